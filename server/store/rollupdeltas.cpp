#include "rollupdeltas.h"

#include "batchwriter.h"
#include "database.h"
#include "sql.h"

#include <algorithm>
#include <map>
#include <vector>


using namespace Qt::StringLiterals;

namespace bva {

void RollupDeltas::add(const StoredOrder &order, int sign)
{
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
        ProductFigures &p = m_products[{item.productExternalId, order.localDay}];
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
          "returned_minor = daily_rollups.returned_minor + excluded.returned_minor "
          "RETURNING day, orders + cancelled_orders + returned_orders"_s;
}

// Returns each touched row's key and figures (and on PostgreSQL its ctid, see removeEmptyRows).
QString productSql(const QString &table, const QString &periodColumn, bool postgres, int rows)
{
    return u"INSERT INTO "_s + table + u" (shop_id, product_external_id, "_s + periodColumn
        + u", units, revenue_minor) VALUES "_s + sql::rowPlaceholders(rows, 5) + u" ON CONFLICT (shop_id, "_s
        + (periodColumn == u"day" ? u"product_external_id, day"_s : u"month, product_external_id"_s)
        + u") DO UPDATE SET units = "_s + table + u".units + excluded.units, revenue_minor = "_s + table
        + u".revenue_minor + excluded.revenue_minor RETURNING product_external_id, "_s + periodColumn
        + u", units, revenue_minor"_s + (postgres ? u", ctid"_s : QString());
}

// '{"a","b"}': a PostgreSQL text array literal.
QString textArray(const QStringList &values)
{
    QString s = u"{"_s;
    for (qsizetype i = 0; i < values.size(); ++i) {
        QString v = values.at(i);
        v.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
        s += (i ? u",\""_s : u"\""_s) + v + u'"';
    }
    return s + u'}';
}

using ProductKey = std::pair<QString, QString>;

// The non-zero (product, period) differences sorted by key.
std::vector<std::pair<const ProductKey *, const ProductFigures *>>
inKeyOrder(const QHash<ProductKey, ProductFigures> &figures)
{
    std::vector<std::pair<const ProductKey *, const ProductFigures *>> sorted;
    sorted.reserve(figures.size());
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        if (!it->isZero())
            sorted.emplace_back(&it.key(), &it.value());
    }
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return *a.first < *b.first; });
    return sorted;
}

// A row an upsert left at zero: (product, day or month) and, on PostgreSQL, its ctid.
struct EmptyRow
{
    QString product;
    QString period;
    QString ctid;
};

// Removes rows an upsert left at zero (a rebuild would not have them). SQLite: one indexed delete
// per key. PostgreSQL: by the ctids the upsert returned in this same transaction (the shop's
// writers are serialised by lockShopOrders), so no join plan can turn into a scan.
Result<void> removeEmptyRows(Database &db, qint64 shopId, const QStringList &days, const QString &table,
                             const QString &period, const QList<EmptyRow> &rows)
{
    const QSqlDatabase c = db.connection();
    const QString shop = QString::number(shopId);
    if (!days.isEmpty()) {
        const QString text = u"DELETE FROM daily_rollups WHERE shop_id = "_s + shop
            + u" AND orders = 0 AND cancelled_orders = 0 AND returned_orders = 0 AND day IN "_s;
        if (auto r = sql::forEachInList(c, db.batchBindLimit(), text, QString(), {}, QVariantList(days.cbegin(), days.cend()),
                                        [](const sql::Row &) {}, u"remove empty day rollups");
            !r)
            return r;
    }
    if (rows.isEmpty())
        return {};
    if (db.isPostgres()) {
        QStringList ctids;
        for (const EmptyRow &row : rows)
            ctids.append(row.ctid);
        auto q = sql::run(c, u"DELETE FROM "_s + table + u" WHERE ctid = ANY(CAST(? AS TID[]))"_s, {textArray(ctids)},
                          u"remove empty product rollups");
        return q ? Result<void>() : Result<void>(q.error());
    }
    sql::BatchWriter writer(
        c, 2, 2,
        [&](int) -> QString {
            return u"DELETE FROM "_s + table + u" WHERE shop_id = "_s + shop + u" AND product_external_id = ? AND "_s
                + period + u" = ? AND units = 0 AND revenue_minor = 0"_s;
        },
        u"remove empty product rollups"_s);
    for (const EmptyRow &row : rows) {
        if (auto r = writer.add({row.product, row.period}); !r)
            return r;
    }
    return writer.finish();
}

} // namespace

Result<void> RollupDeltas::apply(Database &db, qint64 shopId) const
{
    const QSqlDatabase c = db.connection();
    const int limit = db.batchBindLimit();
    QStringList emptyDays;
    sql::BatchWriter daily(c, 12, limit, dailySql, u"update day rollups"_s, [&](const sql::Row &row) {
        if (row.value(1).toLongLong() == 0)
            emptyDays.append(row.value(0).toString());
    });
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

    QList<EmptyRow> emptyProductDays, emptyProductMonths;
    const bool postgres = db.isPostgres();
    const auto collect = [postgres](QList<EmptyRow> *into) {
        return [into, postgres](const sql::Row &row) {
            if (row.value(2).toLongLong() == 0 && row.value(3).toLongLong() == 0)
                into->append({row.value(0).toString(), row.value(1).toString(),
                              postgres ? row.value(4).toString() : QString()});
        };
    };
    // Written in key order: neighbouring keys share B-tree pages, so a batch dirties far fewer of them.
    std::map<std::pair<QString, QString>, ProductFigures> monthly;
    sql::BatchWriter products(
        c, 5, limit, [postgres](int rows) { return productSql(u"product_daily_rollups"_s, u"day"_s, postgres, rows); },
        u"update product rollups"_s, collect(&emptyProductDays));
    for (const auto &[key, figures] : inKeyOrder(m_products)) {
        ProductFigures &m = monthly[{key->first, key->second.left(7)}];
        m.units += figures->units;
        m.revenue += figures->revenue;
        if (auto r = products.add({shopId, key->first, key->second, figures->units, figures->revenue}); !r)
            return r;
    }
    if (auto r = products.finish(); !r)
        return r;
    sql::BatchWriter months(
        c, 5, limit, [postgres](int rows) { return productSql(u"product_monthly_rollups"_s, u"month"_s, postgres, rows); },
        u"update monthly product rollups"_s, collect(&emptyProductMonths));
    for (const auto &[key, figures] : monthly) {
        if (figures.isZero())
            continue;
        if (auto r = months.add({shopId, key.first, key.second, figures.units, figures.revenue}); !r)
            return r;
    }
    if (auto r = months.finish(); !r)
        return r;
    if (auto r = removeEmptyRows(db, shopId, emptyDays, u"product_daily_rollups"_s, u"day"_s, emptyProductDays); !r)
        return r;
    return removeEmptyRows(db, shopId, {}, u"product_monthly_rollups"_s, u"month"_s, emptyProductMonths);
}

} // namespace bva
