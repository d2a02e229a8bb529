#include "localday.h"

#include <limits>

namespace bva {

namespace {

constexpr qint64 kMsPerDay = 24 * 3600 * 1000;
constexpr qint64 kJulianDayOfEpoch = 2440588; // 1970-01-01

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : (a - b + 1) / b;
}

// yyyy-MM-dd for years 0..9999 without QDate::toString's formatting machinery; other years (never a
// real order's) go through it.
QString isoText(QDate date)
{
    const int year = date.year();
    if (year < 0 || year > 9999)
        return date.toString(Qt::ISODate);
    const int month = date.month();
    const int day = date.day();
    const char16_t text[10] = {char16_t(u'0' + year / 1000),
                               char16_t(u'0' + year / 100 % 10),
                               char16_t(u'0' + year / 10 % 10),
                               char16_t(u'0' + year % 10),
                               u'-',
                               char16_t(u'0' + month / 10),
                               char16_t(u'0' + month % 10),
                               u'-',
                               char16_t(u'0' + day / 10),
                               char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

} // namespace

LocalDayMapper::LocalDayMapper(const QString &ianaId)
    : m_zone(ianaId.toUtf8())
{
    if (!m_zone.isValid())
        m_zone = QTimeZone(QByteArrayLiteral("UTC"));
}

LocalDayMapper::Span LocalDayMapper::spanAt(qint64 ms) const
{
    constexpr qint64 kHourMs = 3600000;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    const int offset = m_zone.offsetFromUtc(at);
    if (!m_zone.hasTransitions())
        return {std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), offset};
    // The last transition at or before the instant and the first one after it bound its offset.
    const QTimeZone::OffsetData before = m_zone.previousTransition(at.addMSecs(1));
    const QTimeZone::OffsetData after = m_zone.nextTransition(at);
    const qint64 from =
        before.atUtc.isValid() ? before.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    const qint64 to =
        after.atUtc.isValid() ? after.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    if (from <= ms && ms < to && (!before.atUtc.isValid() || before.offsetFromUtc == offset))
        return {from, to, offset};
    // Transitions that do not add up: this instant's hour alone.
    const qint64 hour = floorDiv(ms, kHourMs) * kHourMs;
    return {hour, hour + kHourMs, m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(hour, Qt::UTC))};
}

int LocalDayMapper::offsetAt(qint64 ms)
{
    const auto holds = [ms](const Span &s) { return s.fromMs <= ms && ms < s.toMs; };
    if (m_lastSpan < m_spans.size() && holds(m_spans[m_lastSpan]))
        return m_spans[m_lastSpan].offsetSeconds;
    for (size_t i = 0; i < m_spans.size(); ++i) {
        if (holds(m_spans[i])) {
            m_lastSpan = i;
            return m_spans[i].offsetSeconds;
        }
    }
    if (m_spans.size() >= 64)
        m_spans.clear();
    m_spans.push_back(spanAt(ms));
    m_lastSpan = m_spans.size() - 1;
    return m_spans.back().offsetSeconds;
}

qint64 LocalDayMapper::julianDayOf(qint64 ms)
{
    return kJulianDayOfEpoch + floorDiv(ms + qint64(offsetAt(ms)) * 1000, kMsPerDay);
}

QDate LocalDayMapper::dateOf(const QDateTime &utc)
{
    return QDate::fromJulianDay(julianDayOf(utc.toMSecsSinceEpoch()));
}

QString LocalDayMapper::dayOf(const QDateTime &utc)
{
    const qint64 julian = julianDayOf(utc.toMSecsSinceEpoch());
    auto it = m_dayByJulian.constFind(julian);
    if (it != m_dayByJulian.cend())
        return *it;
    if (m_dayByJulian.size() > 100000)
        m_dayByJulian.clear();
    return *m_dayByJulian.insert(julian, isoText(QDate::fromJulianDay(julian)));
}

QDateTime LocalDayMapper::startOfDay(QDate day) const
{
    return day.startOfDay(m_zone).toUTC();
}

} // namespace bva
