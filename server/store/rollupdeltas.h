// Rollup maintenance by difference: an order that changes takes its old contribution out of the
// daily, per-product daily and per-product monthly rollups and puts its new one in, so a batch
// costs work in proportion to its own size, not to the days it touches. The result equals
// RollupRepository::rebuildDays over the same orders (tst_store checks this).
#pragma once

#include "storedorder.h"
#include "util/result.h"

#include <QHash>
#include <QSet>

namespace bva {

class Database;

struct DayFigures
{
    qint64 orders = 0, units = 0, revenue = 0, cost = 0, profit = 0, unknownCostRevenue = 0;
    qint64 cancelledOrders = 0, cancelledMinor = 0, returnedOrders = 0, returnedMinor = 0;

    bool isZero() const { return *this == DayFigures(); }
    bool operator==(const DayFigures &) const = default;
};

struct ProductFigures
{
    qint64 units = 0, revenue = 0;

    bool isZero() const { return units == 0 && revenue == 0; }
};

class RollupDeltas final
{
public:
    // sign is +1 to add the order's contribution, -1 to take it out.
    void add(const StoredOrder &order, int sign);
    bool isEmpty() const { return m_days.isEmpty() && m_products.isEmpty(); }
    // Applies the differences to one shop's rollup tables; rows left at zero are removed.
    Result<void> apply(Database &db, qint64 shopId) const;

private:
    QHash<QString, DayFigures> m_days;
    QHash<std::pair<QString, QString>, ProductFigures> m_products; // (product, day)
};

} // namespace bva
