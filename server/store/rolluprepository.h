// Per-shop daily rollups (and per-product daily units), rebuilt from the orders of the days an
// upsert touched. Dashboards read these instead of scanning orders.
#pragma once

#include "domain/records.h"
#include "util/result.h"

#include <QList>
#include <QSet>

namespace bva {

class Database;

class RollupRepository final
{
public:
    explicit RollupRepository(Database &db) : m_db(db) {}

    // Recomputes the given local days of one shop from its orders (a savepoint inside the caller's transaction).
    Result<void> rebuildDays(qint64 shopId, const QSet<QString> &days);
    Result<void> rebuildAll(qint64 shopId);
    // Rows for the shops in [fromDay, toDay] (inclusive, yyyy-MM-dd), ordered by shop and day.
    Result<QList<DailyRollup>> range(const QList<qint64> &shopIds, const QString &fromDay, const QString &toDay);

private:
    Database &m_db;
};

} // namespace bva
