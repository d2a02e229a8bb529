// Maps UTC instants to calendar days in a shop's time zone. A mapper lives for one batch of orders,
// whose instants may spread over a year in any order: the zone's offset is kept per span between two
// of its transitions (a few per year; asking QTimeZone per order or per hour cost ~3k instructions a
// time) and each day's text once (QDate::toString cost ~5k per order).
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QTimeZone>
#include <vector>

namespace bva {

class LocalDayMapper final
{
public:
    explicit LocalDayMapper(const QString &ianaId);

    // The local day as ISO text (yyyy-MM-dd), as QDate::toString(Qt::ISODate) writes it.
    QString dayOf(const QDateTime &utc);
    QDate dateOf(const QDateTime &utc);
    // The UTC instant at which a local day starts.
    QDateTime startOfDay(QDate day) const;
    bool isValidZone() const { return m_zone.isValid(); }

private:
    struct Span
    {
        qint64 fromMs, toMs; // [from, to) in UTC
        int offsetSeconds;
    };

    qint64 julianDayOf(qint64 utcMs);
    int offsetAt(qint64 utcMs);
    Span spanAt(qint64 utcMs) const;

    QTimeZone m_zone;
    std::vector<Span> m_spans;
    size_t m_lastSpan = 0;
    QHash<qint64, QString> m_dayByJulian; // one shared text per day
};

} // namespace bva
