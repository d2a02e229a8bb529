// The clones' JSON envelope: {"success":true,"data":…} and {"success":false,"message"|"error":…}.
#pragma once

#include "flavor.h"
#include "httpserver.h"

#include <QJsonObject>

namespace bva::clone {

HttpResponse okResponse(const QByteArray &dataJson, int status = 200, const QByteArray &extra = {});
// Shopee answers errors with "message", Lazada with "error".
HttpResponse errorResponse(Flavor flavor, int status, const QString &text);
// The same with a machine-readable "reason" ("token_expired", "refresh_token_reused", ...).
HttpResponse errorResponse(Flavor flavor, int status, const QString &text, const QString &reason);
HttpResponse jsonResponse(const QJsonObject &object, int status = 200);
QByteArray toJsonBytes(const QJsonObject &object);

} // namespace bva::clone
