// A webhook POST read straight from the bytes the front door framed (issue 18). Qt 6.4's
// QHttpServerRequest parses a request again one byte per QIODevice::read (~40k instructions per
// delivery); for the requests that arrive by the thousand the connection's gate hands the framed bytes
// to HttpServer::handleDirect instead, which answers through the same routes and limits and writes
// the answer itself. Only what reads the same either way comes here: POST to a plain /api/webhooks/
// path (no query, no escapes), HTTP/1.0 or 1.1, a Content-Length body (or none), no header given twice,
// no Upgrade; anything else is parsed by Qt as before. Pure function, any thread.
#pragma once

#include "httprequest.h"

#include <optional>

namespace bva {

struct DirectRequest
{
    HttpRequest request; // method, path, headers (lower-case names) and body; addresses not set
    bool close = false;  // Connection: close, or HTTP/1.0 without keep-alive: close after the answer
};

// `head`: a request's head as RequestFramer framed it (blank lines before it included), `body` the bytes
// after it (kept as the request's body, not copied). nullopt: not one for the direct path.
std::optional<DirectRequest> readDirectRequest(QByteArrayView head, QByteArray body);
// The same from one whole request: `headBytes` of head, then its body.
std::optional<DirectRequest> readDirectRequest(const QByteArray &bytes, qsizetype headBytes);

} // namespace bva
