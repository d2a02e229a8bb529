// Per-shop daily rollups (and per-product daily units), rebuilt from the orders of the days an
// upsert touched. Dashboards read these instead of scanning orders.
#pragma once

#include "domain/records.h"
#include "util/result.h"

#include <QList>
#include <QSet>

namespace bva {

class Database;

// Units and revenue of one product of a shop over some days or months (sums of rollup rows).
struct ProductSalesRow
{
    qint64 shopId = 0;
    QString productExternalId;
    qint64 units = 0;
    qint64 revenueMinor = 0;
};

struct ProductDay
{
    QString day; // yyyy-MM-dd
    qint64 units = 0;
    qint64 revenueMinor = 0;
    QString productExternalId; // set by productDaysOfShop
};

class RollupRepository final
{
public:
    explicit RollupRepository(Database &db)
        : m_db(db)
    {}

    // Recomputes the given local days of one shop from its orders (a savepoint inside the caller's
    // transaction).
    Result<void> rebuildDays(qint64 shopId, const QSet<QString> &days);
    Result<void> rebuildAll(qint64 shopId);
    // Rows for the shops in [fromDay, toDay] (inclusive, yyyy-MM-dd), ordered by shop and day.
    Result<QList<DailyRollup>> range(const QList<qint64> &shopIds, const QString &fromDay,
                                     const QString &toDay);
    // Per product of the shops: sums over [fromMonth, toMonth] (yyyy-MM) of the monthly rollups, or
    // over [fromDay, toDay] of the daily ones.
    Result<QList<ProductSalesRow>> productSalesByMonths(const QList<qint64> &shopIds,
                                                        const QString &fromMonth, const QString &toMonth);
    Result<QList<ProductSalesRow>> productSalesByDays(const QList<qint64> &shopIds, const QString &fromDay,
                                                      const QString &toDay);
    // The days of [fromDay, toDay] on which the product sold.
    Result<QList<ProductDay>> productDays(qint64 shopId, const QString &productExternalId,
                                          const QString &fromDay, const QString &toDay);
    // Every product's days of [fromDay, toDay] with a rollup row (in no particular order).
    Result<QList<ProductDay>> productDaysOfShop(qint64 shopId, const QString &fromDay, const QString &toDay);

private:
    Database &m_db;
};

} // namespace bva
