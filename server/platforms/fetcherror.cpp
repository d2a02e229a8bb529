#include "fetcherror.h"

using namespace Qt::StringLiterals;

namespace bva {

QString FetchError::kindName() const
{
    switch (kind) {
    case Kind::Network:
        return u"network"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Http:
        return u"http"_s;
    case Kind::Api:
        return u"api"_s;
    case Kind::Parse:
        return u"parse"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    }
    return u"network"_s;
}

Error FetchError::toError() const
{
    if (unauthorized())
        return Error::unauthorized(message);
    if (httpStatus == 403)
        return Error::forbidden(message);
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Cancelled:
        return Error::network(message);
    case Kind::Parse:
        return Error::parse(message);
    case Kind::Http:
    case Kind::Api:
        return Error::remote(message);
    }
    return Error::remote(message);
}

} // namespace bva
