// Small readers shared by the open-platform adapters.
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

namespace bva::openjson {

// The body as a JSON object; Parse error otherwise.
Result<QJsonObject> object(const QByteArray &body);
// A number or a numeric string as text ("123", 123 -> "123"); empty when neither.
QString idText(const QJsonValue &value);
// Seconds since the epoch (number or numeric string) as ISO-8601 UTC text; empty when absent.
QString isoFromSeconds(const QJsonValue &value);
// Milliseconds since the epoch, likewise.
QString isoFromMillis(const QJsonValue &value);
// "2014-10-11 15:10:20 +0800" (Lazada) or ISO-8601, as ISO-8601 UTC text; empty when unreadable.
QString isoFromLocalText(const QJsonValue &value);

} // namespace bva::openjson
