#include "httpresponse.h"

using namespace Qt::StringLiterals;

namespace bva {

HttpResponse HttpResponse::ok(const QJsonValue &data, int status)
{
    return {status, QJsonObject{{u"success"_s, true}, {u"data"_s, data}}, {}};
}

HttpResponse HttpResponse::page(const QJsonArray &items, int page, int pageSize, qint64 total)
{
    return {200,
            QJsonObject{{u"success"_s, true},
                        {u"data"_s, items},
                        {u"pagination"_s,
                         QJsonObject{{u"page"_s, page}, {u"pageSize"_s, pageSize}, {u"total"_s, total}}}},
            {}};
}

HttpResponse HttpResponse::error(int status, const QString &message)
{
    return {status, QJsonObject{{u"success"_s, false}, {u"error"_s, message}}, {}};
}

int HttpResponse::statusFor(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Invalid:
    case Error::Kind::Parse:
        return 400;
    case Error::Kind::NotFound:
        return 404;
    case Error::Kind::Conflict:
        return 409;
    case Error::Kind::Unauthorized:
        return 401;
    case Error::Kind::Forbidden:
        return 403;
    case Error::Kind::Storage:
        return 503;
    case Error::Kind::Network:
    case Error::Kind::Remote:
        return 502;
    case Error::Kind::Internal:
        return 500;
    case Error::Kind::Throttled:
        return 429;
    case Error::Kind::Busy:
        return 503;
    }
    return 500;
}

HttpResponse HttpResponse::fromError(const Error &e)
{
    const int status = statusFor(e.kind);
    if (e.kind == Error::Kind::Throttled || e.kind == Error::Kind::Busy) {
        HttpResponse r = error(status, e.message);
        r.body.insert(u"retryAfter"_s, qMax(1, e.retryAfterSeconds));
        r.headers.emplaceBack("Retry-After", QByteArray::number(qMax(1, e.retryAfterSeconds)));
        return r;
    }
    // Storage and internal details stay in the log; the client gets a generic message.
    if (status >= 500 && e.kind != Error::Kind::Network && e.kind != Error::Kind::Remote) {
        HttpResponse r =
            error(status, status == 503 ? u"the store is unavailable, try again"_s : u"internal error"_s);
        if (status == 503)
            r.headers.emplaceBack("Retry-After", "1");
        return r;
    }
    return error(status, e.message);
}

} // namespace bva
