// Maps UTC instants to calendar days in a shop's time zone. Offsets are cached per UTC hour,
// which keeps batch upserts of many orders cheap.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QTimeZone>

namespace bva {

class LocalDayMapper final
{
public:
    explicit LocalDayMapper(const QString &ianaId);

    QString dayOf(const QDateTime &utc);
    QDate dateOf(const QDateTime &utc);
    // The UTC instant at which a local day starts.
    QDateTime startOfDay(QDate day) const;
    bool isValidZone() const { return m_zone.isValid(); }

private:
    QTimeZone m_zone;
    QHash<qint64, int> m_offsetByHour;
    QDate m_lastDate; // dayOf's last answer: a batch's orders mostly fall on one day
    QString m_lastDay;
};

} // namespace bva
