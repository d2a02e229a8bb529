#include "orderrepository.h"

#include "batchwriter.h"
#include "database.h"
#include "localday.h"
#include "rollupdeltas.h"
#include "rolluprepository.h"
#include "sql.h"
#include "storedorder.h"
#include "transaction.h"
#include "util/clock.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

constexpr int kOrderColumns = 16;
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
    return u"INSERT INTO orders (shop_id, external_id, status, raw_status, total_minor, cost_minor, profit_minor, "
           "units, customer_name, customer_email, placed_at, placed_at_from_source, local_day, source_updated_at, "
           "created_at, updated_at) VALUES "_s
        + sql::rowPlaceholders(rows, kOrderColumns)
        + u" ON CONFLICT (shop_id, external_id) DO UPDATE SET status = excluded.status, "
          "raw_status = excluded.raw_status, total_minor = excluded.total_minor, cost_minor = excluded.cost_minor, "
          "profit_minor = excluded.profit_minor, units = excluded.units, customer_name = excluded.customer_name, "
          "customer_email = excluded.customer_email, placed_at = excluded.placed_at, "
          "placed_at_from_source = excluded.placed_at_from_source, local_day = excluded.local_day, "
          "source_updated_at = excluded.source_updated_at, updated_at = excluded.updated_at "
          "RETURNING id, external_id"_s;
}

QString itemUpsertSql(int rows)
{
    return u"INSERT INTO order_items (order_id, line_no, product_external_id, product_name, quantity, "
           "unit_price_minor, subtotal_minor, unit_cost_minor) VALUES "_s
        + sql::rowPlaceholders(rows, kItemColumns)
        + u" ON CONFLICT (order_id, line_no) DO UPDATE SET product_external_id = excluded.product_external_id, "
          "product_name = excluded.product_name, quantity = excluded.quantity, "
          "unit_price_minor = excluded.unit_price_minor, subtotal_minor = excluded.subtotal_minor, "
          "unit_cost_minor = excluded.unit_cost_minor"_s;
}

QString historySql(int rows)
{
    return u"INSERT INTO order_status_history (order_id, status, raw_status, changed_at, source) VALUES "_s
        + sql::rowPlaceholders(rows, 5);
}

using StoredOrders = QHash<QString, StoredOrder>;

Result<StoredOrders> storedOrders(Database &store, qint64 shopId, const QVariantList &externalIds)
{
    StoredOrders map;
    QHash<qint64, QString> externalById;
    auto r = sql::forEachInList(
        store.connection(), store.batchBindLimit(),
        u"SELECT external_id, id, status, raw_status, total_minor, customer_name, customer_email, placed_at, "
        "placed_at_from_source, local_day, source_updated_at, updated_at FROM orders WHERE shop_id = ? AND external_id IN "_s,
        QString(), {shopId}, externalIds,
        [&](const sql::Row &q) {
            StoredOrder o;
            o.id = q.value(1).toLongLong();
            o.status = orderStatusFromString(q.value(2).toString());
            o.rawStatus = q.value(3).toString();
            o.totalMinor = q.value(4).toLongLong();
            o.customerName = q.value(5).toString();
            o.customerEmail = q.value(6).toString();
            o.placedAtMs = q.value(7).toLongLong();
            o.placedAtFromSource = q.value(8).toInt() != 0;
            o.localDay = q.value(9).toString();
            o.sourceUpdatedAtMs = sql::toOptional64(q.value(10));
            o.localUpdatedAtMs = q.value(11).toLongLong();
            const QString external = q.value(0).toString();
            externalById.insert(o.id, external);
            map.insert(external, o);
        },
        u"read stored orders");
    if (!r)
        return r.error();
    QVariantList ids;
    ids.reserve(externalById.size());
    for (auto it = externalById.cbegin(); it != externalById.cend(); ++it)
        ids.append(it.key());
    r = sql::forEachInList(
        store.connection(), store.batchBindLimit(),
        u"SELECT order_id, line_no, product_external_id, product_name, quantity, unit_price_minor, subtotal_minor, "
        "unit_cost_minor FROM order_items WHERE order_id IN "_s,
        u" ORDER BY order_id, line_no"_s, {}, ids,
        [&](const sql::Row &q) {
            StoredOrder &o = map[externalById.value(q.value(0).toLongLong())];
            const int line = q.value(1).toInt();
            if (o.items.size() <= line)
                o.items.resize(line + 1);
            StoredItem &i = o.items[line];
            i.productExternalId = q.value(2).toString();
            i.productName = q.value(3).toString();
            i.quantity = q.value(4).toInt();
            i.unitPriceMinor = q.value(5).toLongLong();
            i.subtotalMinor = q.value(6).toLongLong();
            i.unitCostMinor = sql::toOptional64(q.value(7));
        },
        u"read stored order items");
    if (!r)
        return r.error();
    return map;
}

Result<QHash<QString, ProductSnapshot>> productSnapshots(Database &store, qint64 shopId,
                                                         const QList<const Order *> &orders)
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
    QHash<QString, ProductSnapshot> map;
    auto r = sql::forEachInList(
        store.connection(), store.batchBindLimit(),
        u"SELECT external_id, cost_minor, name FROM products WHERE shop_id = ? AND external_id IN "_s, QString(),
        {shopId}, keys,
        [&](const sql::Row &q) {
            map.insert(q.value(0).toString(), {sql::toOptional64(q.value(1)), q.value(2).toString()});
        },
        u"read product costs");
    if (!r)
        return r.error();
    return map;
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

// Writers of one shop's orders take turns across processes sharing a PostgreSQL store, so the
// rollup differences computed from what was read stay right. SQLite has one writer anyway.
Result<void> lockShopOrders(Database &store, qint64 shopId)
{
    if (!store.isPostgres())
        return {};
    auto q = sql::run(store.connection(), u"SELECT pg_advisory_xact_lock(?, ?)"_s, {qint64(0x6276), shopId},
                      u"lock shop orders");
    if (!q)
        return q.error();
    return {};
}

struct StatusChange
{
    const StoredOrder *before;
    OrderStatus status;
    QString rawStatus;
    qint64 changedAtMs;
};

qint64 firstSeenMs(const StoredOrder &o)
{
    return o.sourceUpdatedAtMs.value_or(o.placedAtMs);
}

// History rows are written when a status changes, so a bulk load of new orders writes none; the
// first change of an order also records the status it had until then (see statusHistory).
Result<void> recordStatusChanges(Database &store, const QList<StatusChange> &changes, const QString &source)
{
    if (changes.isEmpty())
        return {};
    QVariantList ids;
    for (const StatusChange &c : changes)
        ids.append(c.before->id);
    QSet<qint64> withHistory;
    auto r = sql::forEachInList(
        store.connection(), store.batchBindLimit(),
        u"SELECT DISTINCT order_id FROM order_status_history WHERE order_id IN "_s, QString(), {}, ids,
        [&](const sql::Row &q) { withHistory.insert(q.value(0).toLongLong()); }, u"read order status history");
    if (!r)
        return r;
    sql::BatchWriter writer(store.connection(), 5, store.batchBindLimit(), historySql, u"record order status"_s);
    for (const StatusChange &c : changes) {
        const StoredOrder &b = *c.before;
        if (!withHistory.contains(b.id)) {
            if (auto w = writer.add({b.id, orderStatusName(b.status), b.rawStatus, firstSeenMs(b), QString()}); !w)
                return w;
            withHistory.insert(b.id);
        }
        if (auto w = writer.add({b.id, orderStatusName(c.status), c.rawStatus, c.changedAtMs, source}); !w)
            return w;
    }
    return writer.finish();
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
    if (auto r = lockShopOrders(m_db, shopId); !r)
        return r.error();
    auto tz = shopTimezone(db, shopId);
    if (!tz)
        return tz.error();
    auto stored = storedOrders(m_db, shopId, externalIds);
    if (!stored)
        return stored.error();
    auto products = productSnapshots(m_db, shopId, unique);
    if (!products)
        return products.error();

    OrderUpsertResult result;
    LocalDayMapper days(*tz);
    const qint64 now = Clock::nowMs();
    MergeContext context{*products, days, now};
    RollupDeltas deltas;
    QList<std::pair<const Order *, StoredOrder>> changed;
    QList<StatusChange> statusChanges;
    QHash<QString, qint64> ids;
    sql::BatchWriter orderWriter(db, kOrderColumns, m_db.batchBindLimit(), orderUpsertSql, u"upsert orders"_s,
                                 [&](const sql::Row &q) { ids.insert(q.value(1).toString(), q.value(0).toLongLong()); });
    for (const Order *o : std::as_const(unique)) {
        const auto old = stored->constFind(o->externalId);
        const StoredOrder *before = old == stored->cend() ? nullptr : &old.value();
        if (before && options.readAtMs && before->localUpdatedAtMs > *options.readAtMs
            && o->status != before->status && !isForwardMove(before->status, o->status)) {
            ++result.keptNewer;
            continue;
        }
        StoredOrder next = mergeOrder(before, *o, context);
        if (before) {
            ++result.updated;
            result.affectedDays.insert(before->localDay);
            next.id = before->id;
            if (next == *before)
                continue;
            deltas.add(*before, -1);
            if (next.status != before->status)
                statusChanges.append({before, next.status, next.rawStatus, next.sourceUpdatedAtMs.value_or(now)});
        } else {
            ++result.inserted;
            result.insertedExternalIds.append(o->externalId);
        }
        result.affectedDays.insert(next.localDay);
        deltas.add(next, +1);
        auto r = orderWriter.add({shopId, o->externalId, orderStatusName(next.status), next.rawStatus, next.totalMinor,
                                  sql::optional(next.costMinor()), sql::optional(next.profitMinor()), next.units(),
                                  next.customerName, next.customerEmail, next.placedAtMs,
                                  next.placedAtFromSource ? 1 : 0, next.localDay, sql::optional(next.sourceUpdatedAtMs),
                                  now, now});
        if (!r)
            return r.error();
        changed.append({o, std::move(next)});
    }
    if (auto r = orderWriter.finish(); !r)
        return r.error();

    sql::BatchWriter itemWriter(db, kItemColumns, m_db.batchBindLimit(), itemUpsertSql, u"upsert order items"_s);
    QVariantList trimIds;
    for (const auto &[incoming, next] : std::as_const(changed)) {
        const qint64 orderId = ids.value(incoming->externalId);
        if (!orderId)
            return Error::storage(u"order "_s + incoming->externalId + u" was not stored"_s);
        if (!incoming->itemsKnown)
            continue;
        for (qsizetype line = 0; line < next.items.size(); ++line) {
            const StoredItem &item = next.items.at(line);
            auto r = itemWriter.add({orderId, int(line), item.productExternalId, item.productName, item.quantity,
                                     item.unitPriceMinor, item.subtotalMinor, sql::optional(item.unitCostMinor)});
            if (!r)
                return r.error();
        }
        result.items += int(next.items.size());
        const auto old = stored->constFind(incoming->externalId);
        if (old != stored->cend() && old->items.size() > next.items.size()) {
            auto d = sql::run(db, u"DELETE FROM order_items WHERE order_id = ? AND line_no >= ?"_s,
                              {orderId, int(next.items.size())}, u"trim order items");
            if (!d)
                return d.error();
        }
    }
    if (auto r = itemWriter.finish(); !r)
        return r.error();

    if (auto r = recordStatusChanges(m_db, statusChanges, options.source); !r)
        return r.error();
    if (auto r = deltas.apply(m_db, shopId); !r)
        return r.error();
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
                                        const QString &rawStatus, const QDateTime &changedAt, const QString &source)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Error::storage(u"begin status change: "_s + tx.beginError());
    if (auto r = lockShopOrders(m_db, shopId); !r)
        return r.error();
    auto stored = storedOrders(m_db, shopId, {externalId});
    if (!stored)
        return stored.error();
    const auto it = stored->constFind(externalId);
    if (it == stored->cend())
        return false;
    if (it->status == status && it->rawStatus == rawStatus)
        return true;
    StoredOrder next = *it;
    next.status = status;
    next.rawStatus = rawStatus;
    const qint64 now = Clock::nowMs();
    auto q = sql::run(db, u"UPDATE orders SET status = ?, raw_status = ?, updated_at = ? WHERE id = ?"_s,
                      {orderStatusName(status), rawStatus, now, it->id}, u"set order status");
    if (!q)
        return q.error();
    if (next.status != it->status) {
        const qint64 at = changedAt.isValid() ? changedAt.toMSecsSinceEpoch() : now;
        if (auto h = recordStatusChanges(m_db, {{&it.value(), status, rawStatus, at}}, source); !h)
            return h.error();
        RollupDeltas deltas;
        deltas.add(*it, -1);
        deltas.add(next, +1);
        if (auto r = deltas.apply(m_db, shopId); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return true;
}

Result<QList<OrderStatusChange>> OrderRepository::statusHistory(qint64 orderId)
{
    auto q = sql::run(m_db.connection(),
                      u"SELECT status, raw_status, changed_at, source FROM order_status_history WHERE order_id = ? "
                      "ORDER BY changed_at, id"_s,
                      {orderId}, u"order status history");
    if (!q)
        return q.error();
    QList<OrderStatusChange> list;
    while (q->next()) {
        list.append({orderStatusFromString(q->value(0).toString()), q->value(1).toString(), sql::toTime(q->value(2)),
                     q->value(3).toString()});
    }
    if (!list.isEmpty())
        return list;
    // Never changed since first seen: the order's own row is its whole history.
    auto o = sql::run(m_db.connection(),
                      u"SELECT status, raw_status, COALESCE(source_updated_at, placed_at) FROM orders WHERE id = ?"_s,
                      {orderId}, u"order status");
    if (!o)
        return o.error();
    if (o->next())
        list.append({orderStatusFromString(o->value(0).toString()), o->value(1).toString(), sql::toTime(o->value(2)), {}});
    return list;
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
