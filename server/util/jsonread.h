// Lenient readers of single JSON values from outside (marketplace payloads, API bodies): ids as
// strings or integers, whole numbers as numbers or numeric strings, times in the spellings clones use.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <initializer_list>
#include <optional>

namespace bva::payload {

class FlatJsonObject; // flatjson.h
class FlatJsonValue;

// The external id of a record: the first of `keys` holding a non-empty string or an integer.
QString idFrom(const QJsonObject &json, std::initializer_list<QLatin1StringView> keys);
QString idFrom(const FlatJsonObject &json, std::initializer_list<QLatin1StringView> keys);
// The marketplace shop id a payload names ("shopId"), empty when absent.
QString shopIdFromJson(const QJsonObject &json);
QString shopIdFromJson(const FlatJsonObject &json);
// A JSON number or numeric string holding a whole number; nullopt otherwise.
std::optional<qint64> integerFromJson(const QJsonValue &value);
std::optional<qint64> integerFromJson(const FlatJsonValue &value);
// ISO-8601 (with or without milliseconds, "Z" or offset), a date alone, or epoch milliseconds.
// Invalid QDateTime when absent or unreadable. Always UTC.
QDateTime timeFromJson(const QJsonValue &value);
QDateTime timeFromJson(const FlatJsonValue &value);
// Whether a marketplace's time is one BVA takes for a record (2000-01-01 to the end of 2099, UTC). A fixed
// window, not the wall clock: the marketplace's dates are the source of truth, a computer's clock may be
// wrong, and suites run at other dates. Year 1 or 9999 spanned reports over millennia and, as an
// updatedAt, made every later change of the record look older.
bool isPlausibleTime(const QDateTime &t);
// A string (a lone surrogate in it as U+FFFD: util/codepoints.h), or a number printed as text, or empty.
QString textFromJson(const QJsonValue &value);
QString textFromJson(const FlatJsonValue &value);
// JSON text from outside with U+0000 (escaped "\\u0000" or a raw NUL byte) turned into U+FFFD, for
// QJsonDocument::fromJson: neither store keeps U+0000 in text (sql::storableUtf8), and ids read here
// must be the ones stored. The same bytes (no copy) when there is none.
QByteArray withoutNul(QByteArray json);

} // namespace bva::payload
