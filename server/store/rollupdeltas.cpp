#include "rollupdeltas.h"

#include "bulk.h"
#include "database.h"

#include <algorithm>
#include <tuple>
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

const QString dailyColumns =
    u"orders = daily_rollups.orders + excluded.orders, "
    "units = daily_rollups.units + excluded.units, "
    "revenue_minor = daily_rollups.revenue_minor + excluded.revenue_minor, "
    "cost_minor = daily_rollups.cost_minor + excluded.cost_minor, "
    "profit_minor = daily_rollups.profit_minor + excluded.profit_minor, "
    "unknown_cost_revenue_minor = daily_rollups.unknown_cost_revenue_minor + excluded.unknown_cost_revenue_minor, "
    "cancelled_orders = daily_rollups.cancelled_orders + excluded.cancelled_orders, "
    "cancelled_minor = daily_rollups.cancelled_minor + excluded.cancelled_minor, "
    "returned_orders = daily_rollups.returned_orders + excluded.returned_orders, "
    "returned_minor = daily_rollups.returned_minor + excluded.returned_minor"_s;

QString dailyInsert(bool postgres)
{
    return u"INSERT INTO daily_rollups (shop_id, day, orders, units, revenue_minor, cost_minor, profit_minor, "
           "unknown_cost_revenue_minor, cancelled_orders, cancelled_minor, returned_orders, returned_minor) "_s +
           (postgres
                ? u"SELECT $1::bigint, * FROM unnest($2::text[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[], "
                  "$7::bigint[], $8::bigint[], $9::bigint[], $10::bigint[], $11::bigint[], $12::bigint[])"_s
                : u"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"_s) +
           u" ON CONFLICT (shop_id, day) DO UPDATE SET "_s + dailyColumns;
}

// (table, period column): product_daily_rollups / day, keyed (shop_id, day, product_external_id), and
// product_monthly_rollups / month, keyed (shop_id, product_external_id, month). ON CONFLICT names the
// key's columns as a set, so one text serves both orders.
QString productInsert(const QString &table, const QString &period, bool postgres)
{
    return u"INSERT INTO "_s + table + u" (shop_id, product_external_id, "_s + period +
           u", units, revenue_minor) "_s +
           (postgres
                ? u"SELECT $1::bigint, * FROM unnest($2::text[], $3::text[], $4::bigint[], $5::bigint[])"_s
                : u"VALUES (?1, ?2, ?3, ?4, ?5)"_s) +
           u" ON CONFLICT (shop_id, product_external_id, "_s + period + u") DO UPDATE SET units = "_s +
           table + u".units + excluded.units, revenue_minor = "_s + table +
           u".revenue_minor + excluded.revenue_minor"_s;
}

QString productDelete(const QString &table, const QString &period, bool postgres)
{
    if (postgres) {
        // One key lookup per candidate: statistics saying "units = 0" is rare made the planner scan
        // the shop's rows for it and join (up to a second per page). OFFSET 0 keeps the LATERAL
        // lookup from being flattened into that join.
        return u"DELETE FROM "_s + table +
               u" WHERE ctid = ANY(ARRAY(SELECT r.ctid FROM unnest($2::text[], "
               "$3::text[]) AS u(product, period) CROSS JOIN LATERAL (SELECT ctid, units, revenue_minor FROM "_s +
               table + u" WHERE shop_id = $1 AND product_external_id = u.product AND "_s + period +
               u" = u.period OFFSET 0) AS r WHERE r.units = 0 AND r.revenue_minor = 0))"_s;
    }
    return u"DELETE FROM "_s + table + u" WHERE shop_id = ?1 AND product_external_id = ?2 AND "_s + period +
           u" = ?3 AND units = 0 AND revenue_minor = 0"_s;
}

using ProductKey = std::pair<QString, QString>;

enum class KeyOrder { ProductFirst, PeriodFirst };

// The non-zero (product, period) differences sorted in the table's key order: neighbouring keys share
// B-tree pages, so a batch dirties far fewer of them.
std::vector<std::pair<const ProductKey *, const ProductFigures *>>
inKeyOrder(const QHash<ProductKey, ProductFigures> &figures, KeyOrder order)
{
    std::vector<std::pair<const ProductKey *, const ProductFigures *>> sorted;
    sorted.reserve(figures.size());
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        if (!it->isZero())
            sorted.emplace_back(&it.key(), &it.value());
    }
    if (order == KeyOrder::ProductFirst) {
        std::sort(sorted.begin(), sorted.end(),
                  [](const auto &a, const auto &b) { return *a.first < *b.first; });
    } else {
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
            return std::tie(a.first->second, a.first->first) < std::tie(b.first->second, b.first->first);
        });
    }
    return sorted;
}

// Quantities are never negative, so a row whose units grew is not empty afterwards: only keys whose
// units did not grow can have been left at zero (a rebuild would not have them), and only those are
// looked at again. No RETURNING: on SQLite it costs an ephemeral table per run (2.7x the upsert).
Result<void> writeProducts(Database &db, qint64 shopId, const QString &table, const QString &period,
                           const std::vector<std::pair<const ProductKey *, const ProductFigures *>> &rows)
{
    if (rows.empty())
        return {};
    sql::Bulk upsert(db, productInsert(table, period, false), productInsert(table, period, true), 4,
                     u"update "_s + table);
    upsert.fixed(shopId);
    QList<const ProductKey *> mayBeEmpty;
    for (const auto &[key, figures] : rows) {
        if (auto r =
                upsert.add(key->first).add(key->second).add(figures->units).add(figures->revenue).endRow();
            !r)
            return r;
        if (figures->units <= 0)
            mayBeEmpty.append(key);
    }
    if (auto r = upsert.finish(); !r)
        return r;
    if (mayBeEmpty.isEmpty())
        return {};
    sql::Bulk remove(db, productDelete(table, period, false), productDelete(table, period, true), 2,
                     u"remove empty rows of "_s + table);
    remove.fixed(shopId);
    for (const ProductKey *key : std::as_const(mayBeEmpty)) {
        if (auto r = remove.add(key->first).add(key->second).endRow(); !r)
            return r;
    }
    return remove.finish();
}

} // namespace

Result<void> RollupDeltas::apply(Database &db, qint64 shopId) const
{
    // Days: each order counts in exactly one of orders / cancelled / returned, so a day row is empty
    // only when none of its counts grew and one fell.
    std::vector<std::pair<const QString *, const DayFigures *>> days;
    days.reserve(m_days.size());
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it) {
        if (!it->isZero())
            days.emplace_back(&it.key(), &it.value());
    }
    std::sort(days.begin(), days.end(), [](const auto &a, const auto &b) { return *a.first < *b.first; });
    sql::Bulk daily(db, dailyInsert(false), dailyInsert(true), 11, u"update day rollups"_s);
    daily.fixed(shopId);
    QStringList mayBeEmpty;
    for (const auto &[day, d] : days) {
        daily.add(*day).add(d->orders).add(d->units).add(d->revenue).add(d->cost).add(d->profit);
        daily.add(d->unknownCostRevenue)
            .add(d->cancelledOrders)
            .add(d->cancelledMinor)
            .add(d->returnedOrders);
        if (auto r = daily.add(d->returnedMinor).endRow(); !r)
            return r;
        if (d->orders <= 0 && d->cancelledOrders <= 0 && d->returnedOrders <= 0)
            mayBeEmpty.append(*day);
    }
    if (auto r = daily.finish(); !r)
        return r;
    if (auto r = sql::forEachKey(
            db,
            u"DELETE FROM daily_rollups WHERE shop_id = ?1 AND day = ?2 AND orders = 0 "
            "AND cancelled_orders = 0 AND returned_orders = 0"_s,
            u"DELETE FROM daily_rollups WHERE shop_id = $1 AND day = ANY($2::text[]) AND orders = 0 "
            "AND cancelled_orders = 0 AND returned_orders = 0"_s,
            {shopId}, mayBeEmpty, {}, u"remove empty day rollups"_s);
        !r)
        return r;

    const auto productDays = inKeyOrder(m_products, KeyOrder::PeriodFirst);
    QHash<ProductKey, ProductFigures> months;
    for (const auto &[key, figures] : productDays) {
        ProductFigures &m = months[{key->first, key->second.left(7)}];
        m.units += figures->units;
        m.revenue += figures->revenue;
    }
    if (auto r = writeProducts(db, shopId, u"product_daily_rollups"_s, u"day"_s, productDays); !r)
        return r;
    return writeProducts(db, shopId, u"product_monthly_rollups"_s, u"month"_s,
                         inKeyOrder(months, KeyOrder::ProductFirst));
}

} // namespace bva
