// The typed failure of one marketplace request: network, timeout, HTTP status, API envelope or parse.
#pragma once

#include "util/result.h"

#include <QString>

namespace bva {

struct FetchError
{
    enum class Kind { Network, Timeout, Http, Api, Parse, Cancelled };
    Kind kind = Kind::Network;
    int httpStatus = 0;   // 0 when no HTTP answer
    QString message;      // technical, for logs and sync_runs.error; never contains the token
    int retryAfterMs = 0; // how long the server asked us to wait (Retry-After), 0 when it did not

    // Worth another attempt: the network, a timeout, 5xx/429, or a body that was cut or garbled.
    bool retryable() const
    {
        switch (kind) {
        case Kind::Network:
        case Kind::Timeout:
        case Kind::Parse:
            return true;
        case Kind::Http:
            return httpStatus >= 500 || httpStatus == 429 || httpStatus == 408;
        case Kind::Api:
            return httpStatus >= 500;
        case Kind::Cancelled:
            return false;
        }
        return false;
    }
    bool unauthorized() const { return httpStatus == 401; }
    QString kindName() const;
    Error toError() const;
};

} // namespace bva
