#include "jsonread.h"

#include "codepoints.h"
#include "flatjson.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace bva::payload {

namespace {

// Epoch numbers come in milliseconds (JavaScript) or seconds (Unix). Below 1e11 they are seconds:
// as milliseconds that would be before March 1973, as seconds it reaches the year 5138.
QDateTime timeFromEpoch(double value)
{
    if (!std::isfinite(value) || value <= 0)
        return {};
    const double ms = value < 1e11 ? value * 1000 : value;
    if (ms > 253402300799999.0) // after 9999-12-31: no date (and beyond 2^63 no integer either)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC);
}

} // namespace

QByteArray withoutNul(QByteArray json)
{
    if (json.contains('\0'))
        json.replace(QByteArrayView("\0", 1), QByteArrayView("\xEF\xBF\xBD"));
    for (qsizetype at = json.indexOf("u0000"); at >= 0; at = json.indexOf("u0000", at + 5)) {
        // An escape only after an odd number of backslashes ("\\u0000" is a backslash, then text).
        qsizetype slashes = 0;
        while (at - slashes - 1 >= 0 && json.at(at - slashes - 1) == '\\')
            ++slashes;
        if (slashes % 2 == 1)
            json.replace(at + 1, 4, "FFFD");
    }
    return json;
}

namespace {

// One reading for QJsonValue and FlatJsonValue (flatjson.h).
template <class Value> QString textFrom(const Value &value)
{
    if (value.isString())
        return withoutLoneSurrogates(value.toString());
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return {};
}

} // namespace

QString textFromJson(const QJsonValue &value)
{
    return textFrom(value);
}

QString textFromJson(const FlatJsonValue &value)
{
    return textFrom(value);
}

namespace {

template <class Object>
QString idFromObject(const Object &json, std::initializer_list<QLatin1StringView> keys)
{
    for (QLatin1StringView k : keys) {
        const auto v = json.value(k);
        if (v.isString()) {
            // As sent: an id with a lone surrogate is refused where it is read (payload::badId), never
            // rewritten, which would make two ids one.
            const QString s = v.toString().trimmed();
            if (!s.isEmpty())
                return s;
        } else if (v.isDouble()) {
            if (auto i = integerFromJson(v))
                return QString::number(*i);
        }
    }
    return {};
}

} // namespace

QString idFrom(const QJsonObject &json, std::initializer_list<QLatin1StringView> keys)
{
    return idFromObject(json, keys);
}

QString idFrom(const FlatJsonObject &json, std::initializer_list<QLatin1StringView> keys)
{
    return idFromObject(json, keys);
}

QString shopIdFromJson(const QJsonObject &json)
{
    return idFrom(json, {"shopId"_L1, "shop_id"_L1});
}

QString shopIdFromJson(const FlatJsonObject &json)
{
    return idFrom(json, {"shopId"_L1, "shop_id"_L1});
}

namespace {

template <class Value> std::optional<qint64> integerFrom(const Value &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9.0e15)
            return std::nullopt;
        return qint64(d);
    }
    if (value.isString()) {
        const QString s = value.toString().trimmed();
        bool ok = false;
        const qint64 i = s.toLongLong(&ok);
        if (ok)
            return i;
        // "3.0" is a whole number too.
        const double d = s.toDouble(&ok);
        if (ok && std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            return qint64(d);
    }
    return std::nullopt;
}

} // namespace

std::optional<qint64> integerFromJson(const QJsonValue &value)
{
    return integerFrom(value);
}

std::optional<qint64> integerFromJson(const FlatJsonValue &value)
{
    return integerFrom(value);
}

bool isPlausibleTime(const QDateTime &t)
{
    static const qint64 from = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    static const qint64 to = QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 ms = t.toMSecsSinceEpoch();
    return t.isValid() && ms >= from && ms < to;
}

namespace {

// The spelling marketplaces send most ("2025-11-11T10:00:00.000Z" or without the milliseconds) read
// without QDateTime::fromString; nullopt for anything else, or an impossible date or time, which the
// general reading then judges.
std::optional<QDateTime> utcIsoTime(QStringView s)
{
    const bool ms = s.size() == 24;
    if ((s.size() != 20 && !ms) || s.at(4) != u'-' || s.at(7) != u'-' || s.at(10) != u'T' ||
        s.at(13) != u':' || s.at(16) != u':' || (ms && s.at(19) != u'.') || s.back() != u'Z')
        return std::nullopt;
    bool digits = true;
    auto number = [&](qsizetype at, qsizetype n) {
        int v = 0;
        for (qsizetype i = at; i < at + n; ++i) {
            const char16_t c = s.at(i).unicode();
            digits = digits && c >= u'0' && c <= u'9';
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2), ms ? number(20, 3) : 0);
    if (!digits || !date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

template <class Value> QDateTime timeFrom(const Value &value)
{
    if (value.isDouble())
        return timeFromEpoch(value.toDouble());
    if (!value.isString())
        return {};
    const QString s = value.toString().trimmed();
    if (s.isEmpty())
        return {};
    if (auto fast = utcIsoTime(s))
        return *fast;
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid()) {
        // "2025-11-11 10:00:00" (a space instead of T) is common in SQL-backed clones.
        QString alt = s;
        if (alt.size() > 10 && alt.at(10) == u' ')
            alt[10] = u'T';
        t = QDateTime::fromString(alt, Qt::ISODateWithMs);
    }
    if (!t.isValid()) {
        const QDate d = QDate::fromString(s.left(10), Qt::ISODate);
        if (d.isValid() && s.size() == 10)
            t = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    if (!t.isValid()) {
        bool ok = false;
        const double epoch = s.toDouble(&ok);
        return ok ? timeFromEpoch(epoch) : QDateTime();
    }
    // A time without a zone designator is taken as UTC (CONTRACT.md: timestamps are UTC).
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.toUTC();
}

} // namespace

QDateTime timeFromJson(const QJsonValue &value)
{
    return timeFrom(value);
}

QDateTime timeFromJson(const FlatJsonValue &value)
{
    return timeFrom(value);
}

} // namespace bva::payload
