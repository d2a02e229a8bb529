// Rollup maintenance by difference: an order that changes takes its old contribution out of the
// daily, per-product daily and per-product monthly rollups and puts its new one in, so a batch
// costs work in proportion to its own size, not to the days it touches. The result equals
// RollupRepository::rebuildDays over the same orders (tst_store checks this).
#pragma once

#include "storedorder.h"
#include "util/result.h"

#include <QHash>
#include <QStringList>

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
    // A batch's distinct products and days, each numbered once: an item then costs one string hash
    // (its product) and an integer-keyed update, and apply() sorts numbers instead of comparing pairs
    // of strings (hashing and sorting (product, day) string pairs was ~9% of a sync page's work).
    Result<void> applyProducts(Database &db, qint64 shopId) const;
    static int numberOf(QHash<QString, int> &numbers, QStringList &texts, const QString &text);

    QHash<QString, DayFigures> m_days;
    QHash<QString, int> m_productNumbers;
    QStringList m_productIds;
    QHash<QString, int> m_dayNumbers;
    QStringList m_dayTexts;
    QHash<quint64, ProductFigures> m_products; // (day number << 32) | product number
};

} // namespace bva
