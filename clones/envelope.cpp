#include "envelope.h"

#include "jsonout.h"

#include <QJsonDocument>

namespace bva::clone {

HttpResponse okResponse(const QByteArray &dataJson, int status, const QByteArray &extra)
{
    QByteArray body;
    body.reserve(dataJson.size() + extra.size() + 32);
    body += "{\"success\":true,\"data\":";
    body += dataJson;
    if (!extra.isEmpty()) {
        body += ',';
        body += extra;
    }
    body += '}';
    return HttpResponse::json(status, body);
}

HttpResponse errorResponse(Flavor flavor, int status, const QString &text)
{
    return errorResponse(flavor, status, text, {});
}

HttpResponse errorResponse(Flavor flavor, int status, const QString &text, const QString &reason)
{
    QByteArray body;
    JsonOut j(body);
    j.beginObject();
    j.key("success").boolean(false);
    j.key(flavor == Flavor::Shopee ? "message" : "error").string(text);
    if (!reason.isEmpty())
        j.key("reason").string(reason);
    j.endObject();
    return HttpResponse::json(status, body);
}

QByteArray toJsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

HttpResponse jsonResponse(const QJsonObject &object, int status)
{
    return HttpResponse::json(status, toJsonBytes(object));
}

} // namespace bva::clone
