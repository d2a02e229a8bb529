#include "rollupdeltas.h"

#include "batchwriter.h"
#include "database.h"
#include "sql.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace bva {

void RollupDeltas::add(const StoredOrder &order, int sign)
{
    if (sign < 0)
        m_daysTakenFrom.insert(order.localDay);
    DayFigures &day = m_days[order.localDay];
    const qint64 total = order.totalMinor * sign;
    if (isCancelledLike(order.status)) {
        day.cancelledOrders += sign;
        day.cancelledMinor += total;
        return;
    }
    if (isReturnedLike(order.status)) {
        day.returnedOrders += sign;
        day.returnedMinor += total;
        return;
    }
    day.orders += sign;
    day.units += qint64(order.units()) * sign;
    day.revenue += total;
    if (const auto cost = order.costMinor()) {
        day.cost += *cost * sign;
        day.profit += total - *cost * sign;
    } else {
        day.unknownCostRevenue += total;
    }
    for (const StoredItem &item : order.items) {
        const std::pair<QString, QString> key{item.productExternalId, order.localDay};
        if (sign < 0)
            m_productsTakenFrom.insert(key);
        ProductFigures &p = m_products[key];
        p.units += qint64(item.quantity) * sign;
        p.revenue += item.subtotalMinor * sign;
    }
}

namespace {

QString dailySql(int rows)
{
    return u"INSERT INTO daily_rollups (shop_id, day, orders, units, revenue_minor, cost_minor, profit_minor, "
           "unknown_cost_revenue_minor, cancelled_orders, cancelled_minor, returned_orders, returned_minor) VALUES "_s
        + sql::rowPlaceholders(rows, 12)
        + u" ON CONFLICT (shop_id, day) DO UPDATE SET orders = daily_rollups.orders + excluded.orders, "
          "units = daily_rollups.units + excluded.units, "
          "revenue_minor = daily_rollups.revenue_minor + excluded.revenue_minor, "
          "cost_minor = daily_rollups.cost_minor + excluded.cost_minor, "
          "profit_minor = daily_rollups.profit_minor + excluded.profit_minor, "
          "unknown_cost_revenue_minor = daily_rollups.unknown_cost_revenue_minor + excluded.unknown_cost_revenue_minor, "
          "cancelled_orders = daily_rollups.cancelled_orders + excluded.cancelled_orders, "
          "cancelled_minor = daily_rollups.cancelled_minor + excluded.cancelled_minor, "
          "returned_orders = daily_rollups.returned_orders + excluded.returned_orders, "
          "returned_minor = daily_rollups.returned_minor + excluded.returned_minor"_s;
}

QString productSql(const QString &table, const QString &periodColumn, int rows)
{
    return u"INSERT INTO "_s + table + u" (shop_id, product_external_id, "_s + periodColumn
        + u", units, revenue_minor) VALUES "_s + sql::rowPlaceholders(rows, 5) + u" ON CONFLICT (shop_id, "_s
        + (periodColumn == u"day" ? u"product_external_id, day"_s : u"month, product_external_id"_s)
        + u") DO UPDATE SET units = "_s + table + u".units + excluded.units, revenue_minor = "_s + table
        + u".revenue_minor + excluded.revenue_minor"_s;
}

// Only rows something was taken from can have reached zero; each is checked by its key. The shop
// id is written into the statement so every bound value is text (PostgreSQL types VALUES lists
// from their first row).
Result<void> removeEmptyRows(Database &db, qint64 shopId, const QSet<QString> &days,
                             const QSet<std::pair<QString, QString>> &products)
{
    const QSqlDatabase c = db.connection();
    const int limit = db.batchBindLimit();
    const QString shop = QString::number(shopId);
    sql::BatchWriter daily(
        c, 1, limit,
        [shop](int rows) -> QString {
            return u"DELETE FROM daily_rollups WHERE shop_id = "_s + shop
                + u" AND orders = 0 AND cancelled_orders = 0 AND returned_orders = 0 AND day IN ("_s
                + sql::placeholders(rows) + u')';
        },
        u"remove empty day rollups"_s);
    for (const QString &day : days) {
        if (auto r = daily.add({day}); !r)
            return r;
    }
    if (auto r = daily.finish(); !r)
        return r;
    // One key: plain equalities (SQLite steps one row at a time). Many: a join with the key list,
    // which PostgreSQL resolves through the primary key (a row-value IN list is a scan there).
    const auto productWriter = [&](const QString &table, const QString &period) {
        return std::make_unique<sql::BatchWriter>(
            c, 2, limit,
            [=](int rows) -> QString {
                const QString empty = u" AND t.units = 0 AND t.revenue_minor = 0 AND t.shop_id = "_s + shop;
                if (rows == 1)
                    return u"DELETE FROM "_s + table + u" AS t WHERE t.product_external_id = ? AND t."_s + period
                        + u" = ?"_s + empty;
                return u"DELETE FROM "_s + table + u" AS t USING (VALUES "_s + sql::rowPlaceholders(rows, 2)
                    + u") AS k(product, period) WHERE t.product_external_id = k.product AND t."_s + period
                    + u" = k.period"_s + empty;
            },
            u"remove empty product rollups"_s);
    };
    QSet<std::pair<QString, QString>> months;
    auto perDay = productWriter(u"product_daily_rollups"_s, u"day"_s);
    for (const auto &[product, day] : products) {
        months.insert({product, day.left(7)});
        if (auto r = perDay->add({product, day}); !r)
            return r;
    }
    if (auto r = perDay->finish(); !r)
        return r;
    auto perMonth = productWriter(u"product_monthly_rollups"_s, u"month"_s);
    for (const auto &[product, month] : std::as_const(months)) {
        if (auto r = perMonth->add({product, month}); !r)
            return r;
    }
    return perMonth->finish();
}

} // namespace

Result<void> RollupDeltas::apply(Database &db, qint64 shopId) const
{
    const QSqlDatabase c = db.connection();
    const int limit = db.batchBindLimit();
    sql::BatchWriter daily(c, 12, limit, dailySql, u"update day rollups"_s);
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it) {
        const DayFigures &d = it.value();
        if (d.isZero())
            continue;
        auto r = daily.add({shopId, it.key(), d.orders, d.units, d.revenue, d.cost, d.profit, d.unknownCostRevenue,
                            d.cancelledOrders, d.cancelledMinor, d.returnedOrders, d.returnedMinor});
        if (!r)
            return r;
    }
    if (auto r = daily.finish(); !r)
        return r;

    QHash<std::pair<QString, QString>, ProductFigures> monthly;
    sql::BatchWriter products(
        c, 5, limit, [](int rows) { return productSql(u"product_daily_rollups"_s, u"day"_s, rows); },
        u"update product rollups"_s);
    for (auto it = m_products.cbegin(); it != m_products.cend(); ++it) {
        if (it->isZero())
            continue;
        ProductFigures &m = monthly[{it.key().first, it.key().second.left(7)}];
        m.units += it->units;
        m.revenue += it->revenue;
        if (auto r = products.add({shopId, it.key().first, it.key().second, it->units, it->revenue}); !r)
            return r;
    }
    if (auto r = products.finish(); !r)
        return r;
    sql::BatchWriter months(
        c, 5, limit, [](int rows) { return productSql(u"product_monthly_rollups"_s, u"month"_s, rows); },
        u"update monthly product rollups"_s);
    for (auto it = monthly.cbegin(); it != monthly.cend(); ++it) {
        if (it->isZero())
            continue;
        if (auto r = months.add({shopId, it.key().first, it.key().second, it->units, it->revenue}); !r)
            return r;
    }
    if (auto r = months.finish(); !r)
        return r;
    return removeEmptyRows(db, shopId, m_daysTakenFrom, m_productsTakenFrom);
}

} // namespace bva
