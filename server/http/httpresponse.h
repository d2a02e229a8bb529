// Answers in the blueprint's envelope, and the ONE place where bva::Error kinds become status codes:
//   {"success":true,"data":…}                     ok(data)
//   {"success":true,"data":[…],"pagination":{page,pageSize,total}}   page(...)
//   {"success":false,"error":"…"}                 error(status, message) / fromError(Error)
#pragma once

#include "httpreply.h"
#include "util/result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bva {

struct HttpResponse
{
    int status = 200;
    QJsonObject body;
    HeaderPairs headers;

    static HttpResponse ok(const QJsonValue &data, int status = 200);
    static HttpResponse page(const QJsonArray &items, int page, int pageSize, qint64 total);
    static HttpResponse error(int status, const QString &message);
    static HttpResponse fromError(const Error &error);
    // Invalid 400, Parse 400, NotFound 404, Conflict 409, Unauthorized 401, Forbidden 403,
    // Storage 503, Network/Remote 502, Internal 500, Throttled 429 and Busy 503 (both with Retry-After
    // and "retryAfter" seconds in the body).
    static int statusFor(Error::Kind kind);

    void sendTo(HttpReply &reply) const { reply.sendJson(status, body, headers); }
};

} // namespace bva
