#include "orderrepository.h"

#include "batchwriter.h"
#include "database.h"
#include "localday.h"
#include "rolluprepository.h"
#include "sql.h"
#include "transaction.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

constexpr int kOrderColumns = 13;
constexpr int kItemColumns = 8;

const QString orderColumns =
    u"id, shop_id, external_id, status, raw_status, total_minor, cost_minor, profit_minor, customer_name, "
    "customer_email, placed_at, source_updated_at, local_day"_s;

Order readOrder(const QSqlQuery &q)
{
    Order o;
    o.id = q.value(0).toLongLong();
    o.shopId = q.value(1).toLongLong();
    o.externalId = q.value(2).toString();
    o.status = orderStatusFromString(q.value(3).toString());
    o.rawStatus = q.value(4).toString();
    o.totalMinor = q.value(5).toLongLong();
    o.costMinor = sql::toOptional64(q.value(6));
    o.profitMinor = sql::toOptional64(q.value(7));
    o.customerName = q.value(8).toString();
    o.customerEmail = q.value(9).toString();
    o.placedAt = sql::toTime(q.value(10));
    o.sourceUpdatedAt = sql::toTime(q.value(11));
    o.localDay = q.value(12).toString();
    return o;
}

QString orderUpsertSql(int rows)
{
    return u"INSERT INTO orders (shop_id, external_id, status, raw_status, total_minor, customer_name, customer_email, "
           "placed_at, placed_at_from_source, local_day, source_updated_at, created_at, updated_at) VALUES "_s
        + sql::rowPlaceholders(rows, kOrderColumns)
        + u" ON CONFLICT (shop_id, external_id) DO UPDATE SET status = excluded.status, "
          "raw_status = excluded.raw_status, total_minor = excluded.total_minor, "
          "customer_name = CASE WHEN excluded.customer_name <> '' THEN excluded.customer_name ELSE orders.customer_name END, "
          "customer_email = CASE WHEN excluded.customer_email <> '' THEN excluded.customer_email ELSE orders.customer_email END, "
          "placed_at = CASE WHEN excluded.placed_at_from_source = 1 THEN excluded.placed_at ELSE orders.placed_at END, "
          "local_day = CASE WHEN excluded.placed_at_from_source = 1 THEN excluded.local_day ELSE orders.local_day END, "
          "placed_at_from_source = CASE WHEN excluded.placed_at_from_source = 1 THEN 1 ELSE orders.placed_at_from_source END, "
          "source_updated_at = COALESCE(excluded.source_updated_at, orders.source_updated_at), "
          "updated_at = excluded.updated_at RETURNING id, external_id, local_day"_s;
}

QString itemUpsertSql(int rows)
{
    return u"INSERT INTO order_items (order_id, line_no, product_external_id, product_name, quantity, "
           "unit_price_minor, subtotal_minor, unit_cost_minor) VALUES "_s
        + sql::rowPlaceholders(rows, kItemColumns)
        + u" ON CONFLICT (order_id, line_no) DO UPDATE SET "
          "unit_cost_minor = CASE WHEN order_items.product_external_id = excluded.product_external_id "
          "THEN COALESCE(order_items.unit_cost_minor, excluded.unit_cost_minor) ELSE excluded.unit_cost_minor END, "
          "product_external_id = excluded.product_external_id, "
          "product_name = CASE WHEN excluded.product_name <> '' THEN excluded.product_name ELSE order_items.product_name END, "
          "quantity = excluded.quantity, unit_price_minor = excluded.unit_price_minor, "
          "subtotal_minor = excluded.subtotal_minor"_s;
}

struct Existing
{
    qint64 id = 0;
    QString day;
    int itemCount = 0;
};

struct ProductInfo
{
    std::optional<qint64> cost;
    QString name;
};

Result<QHash<QString, Existing>> existingOrders(Database &store, qint64 shopId, const QVariantList &externalIds)
{
    QHash<QString, Existing> map;
    auto r = sql::forEachInList(
        store.connection(), store.batchBindLimit(),
        u"SELECT o.external_id, o.id, o.local_day, (SELECT COUNT(*) FROM order_items i WHERE i.order_id = o.id) "
        "FROM orders o WHERE o.shop_id = ? AND o.external_id IN "_s,
        QString(), {shopId}, externalIds,
        [&](const QSqlQuery &q) {
            map.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt()});
        },
        u"read existing orders");
    if (!r)
        return r.error();
    return map;
}

Result<QHash<QString, ProductInfo>> productInfo(Database &store, qint64 shopId, const QList<const Order *> &orders)
{
    QSet<QString> ids;
    for (const Order *o : orders) {
        for (const OrderItem &i : o->items)
            ids.insert(i.productExternalId);
    }
    QVariantList keys;
    keys.reserve(ids.size());
    for (const QString &id : std::as_const(ids))
        keys.append(id);
    QHash<QString, ProductInfo> map;
    auto r = sql::forEachInList(
        store.connection(), store.batchBindLimit(),
        u"SELECT external_id, cost_minor, name FROM products WHERE shop_id = ? AND external_id IN "_s, QString(),
        {shopId}, keys,
        [&](const QSqlQuery &q) {
            map.insert(q.value(0).toString(), {sql::toOptional64(q.value(1)), q.value(2).toString()});
        },
        u"read product costs");
    if (!r)
        return r.error();
    return map;
}

Result<void> refreshTotals(Database &store, const QVariantList &orderIds)
{
    const auto ignore = [](const QSqlQuery &) {};
    auto r = sql::forEachInList(
        store.connection(), store.batchBindLimit(),
        u"UPDATE orders SET units = (SELECT COALESCE(SUM(quantity), 0) FROM order_items WHERE order_id = orders.id), "
        "cost_minor = (SELECT CASE WHEN COUNT(*) > 0 AND COUNT(*) = COUNT(unit_cost_minor) "
        "THEN SUM(unit_cost_minor * quantity) END FROM order_items WHERE order_id = orders.id) WHERE id IN "_s,
        QString(), {}, orderIds, ignore, u"refresh order cost");
    if (!r)
        return r;
    return sql::forEachInList(store.connection(), store.batchBindLimit(),
                              u"UPDATE orders SET profit_minor = total_minor - cost_minor WHERE id IN "_s, QString(), {},
                              orderIds, ignore, u"refresh order profit");
}

Result<QString> shopTimezone(const QSqlDatabase &db, qint64 shopId)
{
    auto q = sql::run(db, u"SELECT timezone FROM shops WHERE id = ?"_s, {shopId}, u"read shop time zone");
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(u"unknown shop "_s + QString::number(shopId));
    return q->value(0).toString();
}

} // namespace

Result<OrderUpsertResult> OrderRepository::upsertBatch(qint64 shopId, const QList<Order> &orders,
                                                       OrderUpsertOptions options)
{
    // PostgreSQL refuses one statement touching a row twice: keep the last of each id.
    QHash<QString, qsizetype> lastIndex;
    for (qsizetype i = 0; i < orders.size(); ++i)
        lastIndex.insert(orders.at(i).externalId, i);
    QList<const Order *> unique;
    QVariantList externalIds;
    unique.reserve(lastIndex.size());
    for (qsizetype i = 0; i < orders.size(); ++i) {
        if (lastIndex.value(orders.at(i).externalId) == i) {
            unique.append(&orders.at(i));
            externalIds.append(orders.at(i).externalId);
        }
    }

    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Error::storage(u"begin order batch: "_s + tx.beginError());
    auto tz = shopTimezone(db, shopId);
    if (!tz)
        return tz.error();
    auto existing = existingOrders(m_db, shopId, externalIds);
    if (!existing)
        return existing.error();
    auto products = productInfo(m_db, shopId, unique);
    if (!products)
        return products.error();

    OrderUpsertResult result;
    QHash<QString, qint64> ids;
    sql::BatchWriter orderWriter(db, kOrderColumns, m_db.batchBindLimit(), orderUpsertSql, u"upsert orders"_s,
                                 [&](const QSqlQuery &q) {
                                     ids.insert(q.value(1).toString(), q.value(0).toLongLong());
                                     result.affectedDays.insert(q.value(2).toString());
                                 });
    LocalDayMapper days(*tz);
    const QVariant now = sql::nowMs();
    const QDateTime nowTime = sql::toTime(now);
    for (const Order *o : std::as_const(unique)) {
        const bool fromSource = o->placedAt.isValid();
        const QDateTime placed = fromSource ? o->placedAt : nowTime;
        auto r = orderWriter.add({shopId, o->externalId, orderStatusName(o->status), o->rawStatus, o->totalMinor,
                                  o->customerName, o->customerEmail, placed.toMSecsSinceEpoch(), fromSource ? 1 : 0,
                                  days.dayOf(placed), sql::time(o->sourceUpdatedAt), now, now});
        if (!r)
            return r.error();
    }
    if (auto r = orderWriter.finish(); !r)
        return r.error();

    sql::BatchWriter itemWriter(db, kItemColumns, m_db.batchBindLimit(), itemUpsertSql, u"upsert order items"_s);
    QVariantList orderIds;
    orderIds.reserve(unique.size());
    for (const Order *o : std::as_const(unique)) {
        const qint64 orderId = ids.value(o->externalId);
        if (!orderId)
            return Error::storage(u"order "_s + o->externalId + u" was not stored"_s);
        orderIds.append(orderId);
        const auto old = existing->constFind(o->externalId);
        if (old == existing->cend()) {
            ++result.inserted;
            result.insertedExternalIds.append(o->externalId);
        } else {
            ++result.updated;
            result.affectedDays.insert(old->day);
        }
        if (!o->itemsKnown)
            continue;
        for (qsizetype line = 0; line < o->items.size(); ++line) {
            const OrderItem &item = o->items.at(line);
            const ProductInfo info = products->value(item.productExternalId);
            const std::optional<qint64> cost = item.unitCostMinor ? item.unitCostMinor : info.cost;
            auto r = itemWriter.add({orderId, int(line), item.productExternalId,
                                     item.productName.isEmpty() ? info.name : item.productName, item.quantity,
                                     item.unitPriceMinor, item.subtotalMinor, sql::optional(cost)});
            if (!r)
                return r.error();
        }
        result.items += int(o->items.size());
        if (old != existing->cend() && old->itemCount > o->items.size()) {
            auto d = sql::run(db, u"DELETE FROM order_items WHERE order_id = ? AND line_no >= ?"_s,
                              {orderId, int(o->items.size())}, u"trim order items");
            if (!d)
                return d.error();
        }
    }
    if (auto r = itemWriter.finish(); !r)
        return r.error();
    if (auto r = refreshTotals(m_db, orderIds); !r)
        return r.error();
    if (options.rebuildRollups) {
        if (auto r = RollupRepository(m_db).rebuildDays(shopId, result.affectedDays); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return result;
}

Result<std::optional<Order>> OrderRepository::findByExternal(qint64 shopId, const QString &externalId)
{
    auto q = sql::run(m_db.connection(),
                      u"SELECT "_s + orderColumns + u" FROM orders WHERE shop_id = ? AND external_id = ?"_s,
                      {shopId, externalId}, u"find order");
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Order>();
    Order o = readOrder(*q);
    auto it = items(o.id);
    if (!it)
        return it.error();
    o.items = *it;
    return std::optional<Order>(o);
}

Result<std::optional<Order>> OrderRepository::findById(qint64 id)
{
    auto q = sql::run(m_db.connection(), u"SELECT "_s + orderColumns + u" FROM orders WHERE id = ?"_s, {id},
                      u"find order");
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Order>();
    Order o = readOrder(*q);
    auto it = items(o.id);
    if (!it)
        return it.error();
    o.items = *it;
    return std::optional<Order>(o);
}

Result<bool> OrderRepository::setStatus(qint64 shopId, const QString &externalId, OrderStatus status,
                                        const QString &rawStatus)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Error::storage(u"begin status change: "_s + tx.beginError());
    auto q = sql::run(db,
                      u"UPDATE orders SET status = ?, raw_status = ?, updated_at = ? WHERE shop_id = ? AND external_id = ? "
                      "RETURNING local_day"_s,
                      {orderStatusName(status), rawStatus, sql::nowMs(), shopId, externalId}, u"set order status");
    if (!q)
        return q.error();
    if (!q->next())
        return false;
    const QString day = q->value(0).toString();
    q->finish();
    if (auto r = RollupRepository(m_db).rebuildDays(shopId, {day}); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return true;
}

Result<OrderPage> OrderRepository::list(const OrderFilter &f)
{
    OrderPage page;
    if (f.shopIds.isEmpty())
        return page;
    QString where = u" WHERE shop_id IN ("_s + sql::placeholders(int(f.shopIds.size())) + u')';
    QVariantList binds;
    for (qint64 id : f.shopIds)
        binds.append(id);
    if (f.status) {
        where += u" AND status = ?"_s;
        binds.append(orderStatusName(*f.status));
    }
    if (f.from.isValid()) {
        where += u" AND placed_at >= ?"_s;
        binds.append(f.from.toMSecsSinceEpoch());
    }
    if (f.to.isValid()) {
        where += u" AND placed_at < ?"_s;
        binds.append(f.to.toMSecsSinceEpoch());
    }
    if (!f.search.trimmed().isEmpty()) {
        where += u" AND (LOWER(external_id) LIKE ? OR LOWER(customer_name) LIKE ? OR LOWER(customer_email) LIKE ?)"_s;
        const QString like = u'%' + f.search.trimmed().toLower() + u'%';
        binds << like << like << like;
    }
    auto c = sql::run(m_db.connection(), u"SELECT COUNT(*) FROM orders"_s + where, binds, u"count orders");
    if (!c)
        return c.error();
    page.total = c->next() ? c->value(0).toLongLong() : 0;

    const int size = qBound(1, f.pageSize, 1000);
    const int offset = (qMax(1, f.page) - 1) * size;
    auto q = sql::run(m_db.connection(),
                      u"SELECT "_s + orderColumns + u" FROM orders"_s + where
                          + u" ORDER BY placed_at DESC, id DESC LIMIT "_s + QString::number(size) + u" OFFSET "_s
                          + QString::number(offset),
                      binds, u"list orders");
    if (!q)
        return q.error();
    while (q->next())
        page.orders.append(readOrder(*q));
    return page;
}

Result<QList<OrderItem>> OrderRepository::items(qint64 orderId)
{
    auto q = sql::run(m_db.connection(),
                      u"SELECT product_external_id, product_name, quantity, unit_price_minor, subtotal_minor, unit_cost_minor "
                      "FROM order_items WHERE order_id = ? ORDER BY line_no"_s,
                      {orderId}, u"order items");
    if (!q)
        return q.error();
    QList<OrderItem> list;
    while (q->next()) {
        OrderItem i;
        i.productExternalId = q->value(0).toString();
        i.productName = q->value(1).toString();
        i.quantity = q->value(2).toInt();
        i.unitPriceMinor = q->value(3).toLongLong();
        i.subtotalMinor = q->value(4).toLongLong();
        i.unitCostMinor = sql::toOptional64(q->value(5));
        list.append(i);
    }
    return list;
}

Result<qint64> OrderRepository::count(qint64 shopId)
{
    auto q = sql::run(m_db.connection(), u"SELECT COUNT(*) FROM orders WHERE shop_id = ?"_s, {shopId}, u"count orders");
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace bva
