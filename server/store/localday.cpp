#include "localday.h"

namespace bva {

LocalDayMapper::LocalDayMapper(const QString &ianaId)
    : m_zone(ianaId.toUtf8())
{
    if (!m_zone.isValid())
        m_zone = QTimeZone(QByteArrayLiteral("UTC"));
}

QDate LocalDayMapper::dateOf(const QDateTime &utc)
{
    const qint64 ms = utc.toMSecsSinceEpoch();
    const qint64 hour = ms >= 0 ? ms / 3600000 : (ms - 3599999) / 3600000;
    auto it = m_offsetByHour.constFind(hour);
    int offset;
    if (it != m_offsetByHour.cend()) {
        offset = *it;
    } else {
        offset = m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(hour * 3600000, Qt::UTC));
        if (m_offsetByHour.size() > 200000)
            m_offsetByHour.clear();
        m_offsetByHour.insert(hour, offset);
    }
    return QDateTime::fromMSecsSinceEpoch(ms + qint64(offset) * 1000, Qt::UTC).date();
}

QString LocalDayMapper::dayOf(const QDateTime &utc)
{
    const QDate date = dateOf(utc);
    if (date != m_lastDate || m_lastDay.isNull()) {
        m_lastDate = date;
        m_lastDay = date.toString(Qt::ISODate);
    }
    return m_lastDay;
}

QDateTime LocalDayMapper::startOfDay(QDate day) const
{
    return day.startOfDay(m_zone).toUTC();
}

} // namespace bva
