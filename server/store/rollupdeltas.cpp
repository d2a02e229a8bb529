#include "rollupdeltas.h"

#include "bulk.h"
#include "database.h"

#include <algorithm>
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
    const quint64 dayKey = quint64(numberOf(m_dayNumbers, m_dayTexts, order.localDay)) << 32;
    for (const StoredItem &item : order.items) {
        ProductFigures &p =
            m_products[dayKey | quint64(numberOf(m_productNumbers, m_productIds, item.productExternalId))];
        p.units += qint64(item.quantity) * sign;
        p.revenue += item.subtotalMinor * sign;
    }
}

int RollupDeltas::numberOf(QHash<QString, int> &numbers, QStringList &texts, const QString &text)
{
    const auto it = numbers.constFind(text);
    if (it != numbers.cend())
        return *it;
    numbers.insert(text, int(texts.size()));
    texts.append(text);
    return int(texts.size() - 1);
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

// One non-zero difference of a per-product rollup row.
struct ProductRow
{
    const QString *product;
    const QString *period;
    ProductFigures figures;
};

// Each text's rank in sorted order: rows are written in the table's key order, so neighbouring keys
// share B-tree pages and a batch dirties far fewer of them.
std::vector<quint32> ranks(const QStringList &texts)
{
    std::vector<quint32> order(size_t(texts.size()));
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = quint32(i);
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) { return texts.at(a) < texts.at(b); });
    std::vector<quint32> rank(order.size());
    for (size_t i = 0; i < order.size(); ++i)
        rank[order[i]] = quint32(i);
    return rank;
}

// Quantities are never negative, so a row whose units grew is not empty afterwards: only keys whose
// units did not grow can have been left at zero (a rebuild would not have them), and only those are
// looked at again. No RETURNING: on SQLite it costs an ephemeral table per run (2.7x the upsert).
Result<void> writeProducts(Database &db, qint64 shopId, const QString &table, const QString &period,
                           const std::vector<ProductRow> &rows)
{
    if (rows.empty())
        return {};
    sql::Bulk upsert(db, productInsert(table, period, false), productInsert(table, period, true), 4,
                     u"update "_s + table);
    upsert.fixed(shopId);
    QList<const ProductRow *> mayBeEmpty;
    for (const ProductRow &row : rows) {
        if (auto r = upsert.add(*row.product)
                         .add(*row.period)
                         .add(row.figures.units)
                         .add(row.figures.revenue)
                         .endRow();
            !r)
            return r;
        if (row.figures.units <= 0)
            mayBeEmpty.append(&row);
    }
    if (auto r = upsert.finish(); !r)
        return r;
    if (mayBeEmpty.isEmpty())
        return {};
    sql::Bulk remove(db, productDelete(table, period, false), productDelete(table, period, true), 2,
                     u"remove empty rows of "_s + table);
    remove.fixed(shopId);
    for (const ProductRow *row : std::as_const(mayBeEmpty)) {
        if (auto r = remove.add(*row->product).add(*row->period).endRow(); !r)
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

    return applyProducts(db, shopId);
}

Result<void> RollupDeltas::applyProducts(Database &db, qint64 shopId) const
{
    if (m_products.isEmpty())
        return {};
    const std::vector<quint32> productRank = ranks(m_productIds);
    const std::vector<quint32> dayRank = ranks(m_dayTexts);
    // Days: keyed (shop, day, product). Sort keys are (rank << 32 | rank), so plain integers.
    std::vector<std::pair<quint64, const ProductFigures *>> days;
    days.reserve(size_t(m_products.size()));
    for (auto it = m_products.cbegin(); it != m_products.cend(); ++it) {
        if (!it->isZero())
            days.emplace_back(quint64(dayRank[it.key() >> 32]) << 32 | productRank[quint32(it.key())], &*it);
    }
    std::sort(days.begin(), days.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<quint32> productByRank(productRank.size());
    for (size_t i = 0; i < productRank.size(); ++i)
        productByRank[productRank[i]] = quint32(i);
    std::vector<quint32> dayByRank(dayRank.size());
    for (size_t i = 0; i < dayRank.size(); ++i)
        dayByRank[dayRank[i]] = quint32(i);

    // Months: keyed (shop, product, month); a day's month is its text's first seven characters, and
    // days in rank order give months in rank order.
    QStringList monthTexts;
    std::vector<quint32> monthOfDayRank(dayByRank.size());
    for (size_t r = 0; r < dayByRank.size(); ++r) {
        const QString month = m_dayTexts.at(dayByRank[r]).left(7);
        if (monthTexts.isEmpty() || monthTexts.constLast() != month)
            monthTexts.append(month);
        monthOfDayRank[r] = quint32(monthTexts.size() - 1);
    }
    std::vector<ProductRow> dailyRows;
    dailyRows.reserve(days.size());
    std::vector<std::pair<quint64, ProductFigures>> months;
    months.reserve(days.size());
    for (const auto &[key, figures] : days) {
        const quint32 product = productByRank[quint32(key)];
        const quint32 day = quint32(key >> 32);
        dailyRows.push_back({&m_productIds.at(product), &m_dayTexts.at(dayByRank[day]), *figures});
        months.emplace_back(quint64(quint32(key)) << 32 | monthOfDayRank[day], *figures);
    }
    std::sort(months.begin(), months.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<ProductRow> monthlyRows;
    monthlyRows.reserve(months.size());
    for (size_t i = 0; i < months.size();) {
        ProductFigures sum;
        size_t j = i;
        for (; j < months.size() && months[j].first == months[i].first; ++j) {
            sum.units += months[j].second.units;
            sum.revenue += months[j].second.revenue;
        }
        if (!sum.isZero())
            monthlyRows.push_back({&m_productIds.at(productByRank[quint32(months[i].first >> 32)]),
                                   &monthTexts.at(quint32(months[i].first)), sum});
        i = j;
    }
    if (auto r = writeProducts(db, shopId, u"product_daily_rollups"_s, u"day"_s, dailyRows); !r)
        return r;
    return writeProducts(db, shopId, u"product_monthly_rollups"_s, u"month"_s, monthlyRows);
}

} // namespace bva
