#include "rolluprepository.h"

#include "database.h"
#include "sql.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace bva {

namespace {

// Must match domain/orderstatus.h: isCancelledLike / isReturnedLike.
const QString cancelled = u"('CANCELLED', 'FAILED')"_s;
const QString returned = u"('RETURNED', 'REFUNDED')"_s;
const QString notRevenue = u"('CANCELLED', 'FAILED', 'RETURNED', 'REFUNDED')"_s;

QString dailySelect(const QString &dayFilter)
{
    const QString rev = u"status NOT IN "_s + notRevenue;
    return u"INSERT INTO daily_rollups (shop_id, day, orders, units, revenue_minor, cost_minor, profit_minor, "
           "unknown_cost_revenue_minor, cancelled_orders, cancelled_minor, returned_orders, returned_minor) "
           "SELECT shop_id, local_day, "_s +
           u"SUM(CASE WHEN "_s + rev + u" THEN 1 ELSE 0 END), "_s + u"SUM(CASE WHEN "_s + rev +
           u" THEN units ELSE 0 END), "_s + u"SUM(CASE WHEN "_s + rev + u" THEN total_minor ELSE 0 END), "_s +
           u"SUM(CASE WHEN "_s + rev + u" AND cost_minor IS NOT NULL THEN cost_minor ELSE 0 END), "_s +
           u"SUM(CASE WHEN "_s + rev +
           u" AND cost_minor IS NOT NULL THEN total_minor - cost_minor ELSE 0 END), "_s +
           u"SUM(CASE WHEN "_s + rev + u" AND cost_minor IS NULL THEN total_minor ELSE 0 END), "_s +
           u"SUM(CASE WHEN status IN "_s + cancelled + u" THEN 1 ELSE 0 END), "_s +
           u"SUM(CASE WHEN status IN "_s + cancelled + u" THEN total_minor ELSE 0 END), "_s +
           u"SUM(CASE WHEN status IN "_s + returned + u" THEN 1 ELSE 0 END), "_s +
           u"SUM(CASE WHEN status IN "_s + returned + u" THEN total_minor ELSE 0 END) "_s +
           u"FROM orders WHERE shop_id = ?"_s + dayFilter + u" GROUP BY shop_id, local_day"_s;
}

QString productSelect(const QString &dayFilter)
{
    return u"INSERT INTO product_daily_rollups (shop_id, product_external_id, day, units, revenue_minor) "
           "SELECT o.shop_id, i.product_external_id, o.local_day, SUM(i.quantity), SUM(i.subtotal_minor) "
           "FROM orders o JOIN order_items i ON i.order_id = o.id WHERE o.shop_id = ? AND o.status NOT IN "_s +
           notRevenue + QString(dayFilter).replace(u"local_day"_s, u"o.local_day"_s) +
           u" GROUP BY o.shop_id, i.product_external_id, o.local_day"_s
           // Lines of zero units and zero money leave no row (RollupDeltas removes rows left at zero).
           + u" HAVING SUM(i.quantity) <> 0 OR SUM(i.subtotal_minor) <> 0"_s;
}

// Months are yyyy-MM of local days; a month's rows are the sums of its days' product rows.
QString monthSelect(const QString &monthFilter)
{
    return u"INSERT INTO product_monthly_rollups (shop_id, month, product_external_id, units, revenue_minor) "
           "SELECT shop_id, SUBSTR(day, 1, 7), product_external_id, SUM(units), SUM(revenue_minor) "
           "FROM product_daily_rollups WHERE shop_id = ?"_s +
           monthFilter + u" GROUP BY shop_id, SUBSTR(day, 1, 7), product_external_id"_s +
           u" HAVING SUM(units) <> 0 OR SUM(revenue_minor) <> 0"_s;
}

Result<void> runAll(const QSqlDatabase &db, const QList<std::pair<QString, QVariantList>> &statements)
{
    for (const auto &[text, binds] : statements) {
        if (auto q = sql::run(db, text, binds, u"rebuild rollups"); !q)
            return q.error();
    }
    return {};
}

} // namespace

Result<void> RollupRepository::rebuildDays(qint64 shopId, const QSet<QString> &days)
{
    if (days.isEmpty())
        return {};
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Error::storage(u"begin rollup rebuild: "_s + tx.beginError());
    const QStringList dayList(days.cbegin(), days.cend());
    const qsizetype chunk = m_db.batchBindLimit() - 1;
    for (qsizetype start = 0; start < dayList.size(); start += chunk) {
        const QStringList part = dayList.mid(start, chunk);
        const QString filter = u" AND local_day IN ("_s + sql::placeholders(int(part.size())) + u')';
        QVariantList binds{shopId};
        for (const QString &d : part)
            binds.append(d);
        QVariantList deleteBinds = binds;
        const QString dayIn = u" AND day IN ("_s + sql::placeholders(int(part.size())) + u')';
        auto r = runAll(db, {{u"DELETE FROM daily_rollups WHERE shop_id = ?"_s + dayIn, deleteBinds},
                             {u"DELETE FROM product_daily_rollups WHERE shop_id = ?"_s + dayIn, deleteBinds},
                             {dailySelect(filter), binds},
                             {productSelect(filter), binds}});
        if (!r)
            return r.error();
    }
    QSet<QString> months;
    for (const QString &d : dayList)
        months.insert(d.left(7));
    const QStringList monthList(months.cbegin(), months.cend());
    for (qsizetype start = 0; start < monthList.size(); start += chunk) {
        const QStringList part = monthList.mid(start, chunk);
        QVariantList binds{shopId};
        for (const QString &m : part)
            binds.append(m);
        const QString in = u" IN ("_s + sql::placeholders(int(part.size())) + u')';
        auto r =
            runAll(db, {{u"DELETE FROM product_monthly_rollups WHERE shop_id = ? AND month"_s + in, binds},
                        {monthSelect(u" AND SUBSTR(day, 1, 7)"_s + in), binds}});
        if (!r)
            return r.error();
    }
    return tx.commit();
}

Result<void> RollupRepository::rebuildAll(qint64 shopId)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Error::storage(u"begin rollup rebuild: "_s + tx.beginError());
    auto r = runAll(db, {{u"DELETE FROM daily_rollups WHERE shop_id = ?"_s, {shopId}},
                         {u"DELETE FROM product_daily_rollups WHERE shop_id = ?"_s, {shopId}},
                         {u"DELETE FROM product_monthly_rollups WHERE shop_id = ?"_s, {shopId}},
                         {dailySelect(QString()), {shopId}},
                         {productSelect(QString()), {shopId}},
                         {monthSelect(QString()), {shopId}}});
    if (!r)
        return r.error();
    return tx.commit();
}

Result<QList<DailyRollup>> RollupRepository::range(const QList<qint64> &shopIds, const QString &fromDay,
                                                   const QString &toDay)
{
    if (shopIds.isEmpty())
        return QList<DailyRollup>();
    QVariantList binds;
    for (qint64 id : shopIds)
        binds.append(id);
    binds << fromDay << toDay;
    auto q = sql::run(
        m_db.connection(),
        u"SELECT shop_id, day, orders, units, revenue_minor, cost_minor, profit_minor, "
        "unknown_cost_revenue_minor, cancelled_orders, cancelled_minor, returned_orders, returned_minor "
        "FROM daily_rollups WHERE shop_id IN ("_s +
            sql::placeholders(int(shopIds.size())) + u") AND day >= ? AND day <= ? ORDER BY shop_id, day"_s,
        binds, u"read rollups");
    if (!q)
        return q.error();
    QList<DailyRollup> list;
    while (q->next()) {
        DailyRollup r;
        r.shopId = q->value(0).toLongLong();
        r.day = q->value(1).toString();
        r.orders = q->value(2).toLongLong();
        r.units = q->value(3).toLongLong();
        r.revenueMinor = q->value(4).toLongLong();
        r.costMinor = q->value(5).toLongLong();
        r.profitMinor = q->value(6).toLongLong();
        r.unknownCostRevenueMinor = q->value(7).toLongLong();
        r.cancelledOrders = q->value(8).toLongLong();
        r.cancelledMinor = q->value(9).toLongLong();
        r.returnedOrders = q->value(10).toLongLong();
        r.returnedMinor = q->value(11).toLongLong();
        list.append(r);
    }
    return list;
}

namespace {

Result<QList<ProductSalesRow>> productSalesOf(Database &db, const QString &table, const QString &column,
                                              const QList<qint64> &shopIds, const QString &from,
                                              const QString &to)
{
    QList<ProductSalesRow> out;
    if (shopIds.isEmpty())
        return out;
    QVariantList binds;
    for (qint64 id : shopIds)
        binds.append(id);
    binds << from << to;
    auto q = sql::run(
        db.connection(),
        u"SELECT shop_id, product_external_id, CAST(SUM(units) AS BIGINT), CAST(SUM(revenue_minor) AS BIGINT) "
        "FROM "_s +
            table + u" WHERE shop_id IN ("_s + sql::placeholders(int(shopIds.size())) + u") AND "_s + column +
            u" >= ? AND "_s + column + u" <= ? GROUP BY shop_id, product_external_id"_s,
        binds, u"read product sales");
    if (!q)
        return q.error();
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong(),
                    q->value(3).toLongLong()});
    return out;
}

} // namespace

Result<QList<ProductSalesRow>> RollupRepository::productSalesByMonths(const QList<qint64> &shopIds,
                                                                      const QString &fromMonth,
                                                                      const QString &toMonth)
{
    return productSalesOf(m_db, u"product_monthly_rollups"_s, u"month"_s, shopIds, fromMonth, toMonth);
}

Result<QList<ProductSalesRow>> RollupRepository::productSalesByDays(const QList<qint64> &shopIds,
                                                                    const QString &fromDay,
                                                                    const QString &toDay)
{
    return productSalesOf(m_db, u"product_daily_rollups"_s, u"day"_s, shopIds, fromDay, toDay);
}

Result<QList<ProductDay>> RollupRepository::productDays(qint64 shopId, const QString &productExternalId,
                                                        const QString &fromDay, const QString &toDay)
{
    // The table is in day order (047): one key lookup per day of the range, so a product's series
    // costs its range's length, not a scan of every product's rows in that range.
    auto q =
        m_db.isPostgres()
            ? sql::run(m_db.connection(),
                       // LATERAL with OFFSET 0: a lookup per day, never a hash join over a scan.
                       u"SELECT r.day, r.units, r.revenue_minor FROM generate_series(?::date, ?::date, "
                       "interval '1 day') AS d(day) CROSS JOIN LATERAL (SELECT day, units, revenue_minor "
                       "FROM product_daily_rollups WHERE shop_id = ? AND day = to_char(d.day, 'YYYY-MM-DD') "
                       "AND product_external_id = ? OFFSET 0) AS r"_s,
                       {fromDay, toDay, shopId, productExternalId}, u"product series")
            : sql::run(
                  m_db.connection(),
                  u"WITH RECURSIVE b(lo, hi) AS (SELECT ?, ?), d(day) AS (SELECT lo FROM b WHERE lo <= hi "
                  "UNION ALL SELECT date(d.day, '+1 day') FROM d CROSS JOIN b WHERE d.day < b.hi) "
                  "SELECT r.day, r.units, r.revenue_minor FROM d CROSS JOIN product_daily_rollups r "
                  "ON r.shop_id = ? AND r.day = d.day AND r.product_external_id = ?"_s,
                  {fromDay, toDay, shopId, productExternalId}, u"product series");
    if (!q)
        return q.error();
    QList<ProductDay> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toLongLong()});
    return out;
}

Result<QList<ProductDay>> RollupRepository::productDaysOfShop(qint64 shopId, const QString &fromDay,
                                                              const QString &toDay)
{
    auto q = sql::run(m_db.connection(),
                      u"SELECT product_external_id, day, units, revenue_minor FROM product_daily_rollups "
                      "WHERE shop_id = ? AND day >= ? AND day <= ?"_s,
                      {shopId, fromDay, toDay}, u"read product rollups");
    if (!q)
        return q.error();
    QList<ProductDay> out;
    while (q->next())
        out.append({q->value(1).toString(), q->value(2).toLongLong(), q->value(3).toLongLong(),
                    q->value(0).toString()});
    return out;
}

} // namespace bva
