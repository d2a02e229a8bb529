#include "orderrepository.h"

#include "bulk.h"
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

// The statements of a batch, for SQLite (one row, ?N) and PostgreSQL (arrays, $N). Fixed values first.
const QString insertOrderSqlite =
    u"INSERT INTO orders (shop_id, created_at, updated_at, external_id, status, raw_status, total_minor, cost_minor, "
    "profit_minor, units, customer_name, customer_email, placed_at, placed_at_from_source, local_day, "
    "source_updated_at) VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"_s;
const QString insertOrderPg =
    u"INSERT INTO orders (shop_id, created_at, updated_at, external_id, status, raw_status, total_minor, cost_minor, "
    "profit_minor, units, customer_name, customer_email, placed_at, placed_at_from_source, local_day, "
    "source_updated_at) SELECT $1::bigint, $2::bigint, $2::bigint, * FROM unnest($3::text[], $4::text[], "
    "$5::text[], $6::bigint[], $7::bigint[], $8::bigint[], $9::int[], $10::text[], $11::text[], $12::bigint[], "
    "$13::int[], $14::text[], $15::bigint[]) RETURNING id, external_id"_s;
const QString updateOrderSqlite =
    u"UPDATE orders SET updated_at = ?1, status = ?3, raw_status = ?4, total_minor = ?5, cost_minor = ?6, "
    "profit_minor = ?7, units = ?8, customer_name = ?9, customer_email = ?10, placed_at = ?11, "
    "placed_at_from_source = ?12, local_day = ?13, source_updated_at = ?14 WHERE id = ?2"_s;
const QString updateOrderPg =
    u"UPDATE orders AS o SET updated_at = $1::bigint, status = u.status, raw_status = u.raw_status, "
    "total_minor = u.total_minor, cost_minor = u.cost_minor, profit_minor = u.profit_minor, units = u.units, "
    "customer_name = u.customer_name, customer_email = u.customer_email, placed_at = u.placed_at, "
    "placed_at_from_source = u.placed_at_from_source, local_day = u.local_day, source_updated_at = u.source_updated_at "
    "FROM unnest($2::bigint[], $3::text[], $4::text[], $5::bigint[], $6::bigint[], $7::bigint[], $8::int[], "
    "$9::text[], $10::text[], $11::bigint[], $12::int[], $13::text[], $14::bigint[]) AS u(id, status, raw_status, "
    "total_minor, cost_minor, profit_minor, units, customer_name, customer_email, placed_at, placed_at_from_source, "
    "local_day, source_updated_at) WHERE o.id = u.id"_s;
const QString itemUpsertTail =
    u" ON CONFLICT (order_id, line_no) DO UPDATE SET product_external_id = excluded.product_external_id, "
    "product_name = excluded.product_name, quantity = excluded.quantity, unit_price_minor = excluded.unit_price_minor, "
    "subtotal_minor = excluded.subtotal_minor, unit_cost_minor = excluded.unit_cost_minor"_s;
const QString itemUpsertSqlite =
    u"INSERT INTO order_items (order_id, line_no, product_external_id, product_name, quantity, unit_price_minor, "
    "subtotal_minor, unit_cost_minor) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"_s +
    itemUpsertTail;
const QString itemUpsertPg =
    u"INSERT INTO order_items (order_id, line_no, product_external_id, product_name, quantity, unit_price_minor, "
    "subtotal_minor, unit_cost_minor) SELECT * FROM unnest($1::bigint[], $2::int[], $3::text[], $4::text[], "
    "$5::int[], $6::bigint[], $7::bigint[], $8::bigint[])"_s +
    itemUpsertTail;
const QString trimItemsSqlite = u"DELETE FROM order_items WHERE order_id = ?1 AND line_no >= ?2"_s;
const QString trimItemsPg =
    u"DELETE FROM order_items i USING unnest($1::bigint[], $2::int[]) AS u(order_id, keep) "
    "WHERE i.order_id = u.order_id AND i.line_no >= u.keep"_s;

using StoredOrders = QHash<QString, StoredOrder>;

Result<StoredOrders> storedOrders(Database &store, qint64 shopId, const QStringList &externalIds)
{
    StoredOrders map;
    map.reserve(externalIds.size());
    QHash<qint64, StoredOrder *> byId;
    const QString names = u"external_id, id, status, raw_status, total_minor, customer_name, customer_email, "
                          "placed_at, placed_at_from_source, local_day, source_updated_at, updated_at"_s;
    const QString columns = u"SELECT "_s + names + u" FROM orders "_s;
    auto r = sql::forEachKeyJoined(
        store,
        [&](int n) -> QString {
            return u"SELECT "_s + names + u" FROM "_s + sql::keysFrom(n, 1) +
                   u" CROSS JOIN orders WHERE shop_id = ?1 AND external_id = k.column1"_s;
        },
        u"SELECT o.* FROM unnest($2::text[]) AS k(external_id) CROSS JOIN LATERAL ("_s + columns +
            u"WHERE shop_id = $1 AND external_id = k.external_id OFFSET 0) AS o"_s,
        {shopId}, externalIds,
        [&](const sql::Cursor &q) {
            StoredOrder o;
            o.id = q.int64(1);
            o.status = orderStatusFromString(q.text(2));
            o.rawStatus = q.text(3);
            o.totalMinor = q.int64(4);
            o.customerName = q.text(5);
            o.customerEmail = q.text(6);
            o.placedAtMs = q.int64(7);
            o.placedAtFromSource = q.int64(8) != 0;
            o.localDay = q.text(9);
            o.sourceUpdatedAtMs = q.optional64(10);
            o.localUpdatedAtMs = q.int64(11);
            map.insert(q.text(0), std::move(o));
        },
        u"read stored orders"_s);
    if (!r)
        return r.error();
    QList<qint64> ids;
    ids.reserve(map.size());
    for (auto it = map.begin(); it != map.end(); ++it) {
        byId.insert(it->id, &it.value());
        ids.append(it->id);
    }
    // PostgreSQL: one index lookup per order (LATERAL ... OFFSET 0); with `order_id = ANY(...)` the
    // planner took a parallel scan of all items for a page of re-synced orders (~150 ms).
    const QString itemNames =
        u"order_id, line_no, product_external_id, product_name, quantity, unit_price_minor, "
        "subtotal_minor, unit_cost_minor"_s;
    const QString items = u"SELECT "_s + itemNames + u" FROM order_items "_s;
    r = sql::forEachKeyJoined(
        store,
        [&](int n) -> QString {
            return u"SELECT "_s + itemNames + u" FROM "_s + sql::keysFrom(n, 0) +
                   u" CROSS JOIN order_items WHERE order_id = k.column1"_s;
        },
        u"SELECT i.* FROM unnest($1::bigint[]) AS k(id) CROSS JOIN LATERAL ("_s + items +
            u"WHERE order_id = k.id ORDER BY line_no OFFSET 0) AS i"_s,
        {}, ids,
        [&](const sql::Cursor &q) {
            StoredOrder &o = *byId.value(q.int64(0));
            const int line = int(q.int64(1));
            if (o.items.size() <= line)
                o.items.resize(line + 1);
            StoredItem &i = o.items[line];
            i.productExternalId = q.text(2);
            i.productName = q.text(3);
            i.quantity = int(q.int64(4));
            i.unitPriceMinor = q.int64(5);
            i.subtotalMinor = q.int64(6);
            i.unitCostMinor = q.optional64(7);
        },
        u"read stored order items"_s);
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
    QStringList keys(ids.cbegin(), ids.cend());
    keys.sort(); // neighbouring keys share index pages
    QHash<QString, ProductSnapshot> map;
    map.reserve(keys.size());
    const QString select = u"SELECT external_id, cost_minor, name FROM products "_s;
    auto r = sql::forEachKeyJoined(
        store,
        [](int n) -> QString {
            return u"SELECT external_id, cost_minor, name FROM "_s + sql::keysFrom(n, 1) +
                   u" CROSS JOIN products WHERE shop_id = ?1 AND external_id = k.column1"_s;
        },
        u"SELECT p.* FROM unnest($2::text[]) AS k(external_id) CROSS JOIN LATERAL ("_s + select +
            u"WHERE shop_id = $1 AND external_id = k.external_id OFFSET 0) AS p"_s,
        {shopId}, keys,
        [&](const sql::Cursor &q) {
            map.insert(q.text(0), {q.optional64(1), q.text(2)});
        },
        u"read product costs"_s);
    if (!r)
        return r.error();
    return map;
}

Result<QString> shopTimezone(Database &store, qint64 shopId)
{
    std::optional<QString> zone;
    auto r = sql::forEachKey(
        store, u"SELECT timezone FROM shops WHERE id = ?1"_s,
        u"SELECT timezone FROM shops WHERE id = ANY($1::bigint[])"_s, {}, QList<qint64>{shopId},
        [&](const sql::Cursor &q) { zone = q.text(0); }, u"read shop time zone"_s);
    if (!r)
        return r.error();
    if (!zone)
        return Error::notFound(u"unknown shop "_s + QString::number(shopId));
    return *zone;
}

// Writers of one shop's orders take turns across processes sharing a PostgreSQL store, so the
// rollup differences computed from what was read stay right. SQLite has one writer anyway.
Result<void> lockShopOrders(Database &store, qint64 shopId)
{
    if (!store.isPostgres())
        return {};
    auto r = sql::pgExec(sql::pgHandle(store.connection()), "SELECT pg_advisory_xact_lock(25206, $1::int)",
                         {QByteArray::number(shopId)}, u"lock shop orders");
    return r ? Result<void>() : Result<void>(r.error());
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
    QList<qint64> ids;
    ids.reserve(changes.size());
    for (const StatusChange &c : changes)
        ids.append(c.before->id);
    QSet<qint64> withHistory;
    auto r = sql::forEachKey(
        store, u"SELECT order_id FROM order_status_history WHERE order_id = ?1 LIMIT 1"_s,
        u"SELECT h.order_id FROM unnest($1::bigint[]) AS k(id) CROSS JOIN LATERAL (SELECT order_id FROM "
        "order_status_history WHERE order_id = k.id LIMIT 1) AS h"_s,
        {}, ids, [&](const sql::Cursor &q) { withHistory.insert(q.int64(0)); },
        u"read order status history"_s);
    if (!r)
        return r;
    sql::Bulk writer(store,
                     u"INSERT INTO order_status_history (order_id, status, raw_status, changed_at, source) "
                     "VALUES (?1, ?2, ?3, ?4, ?5)"_s,
                     u"INSERT INTO order_status_history (order_id, status, raw_status, changed_at, source) "
                     "SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::bigint[], $5::text[])"_s,
                     5, u"record order status"_s);
    for (const StatusChange &c : changes) {
        const StoredOrder &b = *c.before;
        if (!withHistory.contains(b.id)) {
            writer.add(b.id)
                .add(orderStatusName(b.status))
                .add(b.rawStatus)
                .add(firstSeenMs(b))
                .add(QStringView());
            if (auto w = writer.endRow(); !w)
                return w;
            withHistory.insert(b.id);
        }
        writer.add(b.id).add(orderStatusName(c.status)).add(c.rawStatus).add(c.changedAtMs).add(source);
        if (auto w = writer.endRow(); !w)
            return w;
    }
    return writer.finish();
}

// The order row's own columns, after the fixed values and the key (external id or id).
void addOrderColumns(sql::Bulk &b, const StoredOrder &o)
{
    b.add(orderStatusName(o.status))
        .add(o.rawStatus)
        .add(o.totalMinor)
        .add(o.costMinor())
        .add(o.profitMinor());
    b.add(o.units())
        .add(o.customerName)
        .add(o.customerEmail)
        .add(o.placedAtMs)
        .add(o.placedAtFromSource ? 1 : 0);
    b.add(o.localDay).add(o.sourceUpdatedAtMs);
}

struct PlannedOrder
{
    const Order *incoming;
    const StoredOrder *before; // null: new
    StoredOrder next;
};

// Inserts the new orders and updates the changed ones; fills in the ids of the new ones.
Result<void> writeOrders(Database &store, qint64 shopId, qint64 now, QList<PlannedOrder> &planned)
{
    sql::Bulk inserts(store, insertOrderSqlite, insertOrderPg, 13, u"insert orders"_s);
    sql::Bulk updates(store, updateOrderSqlite, updateOrderPg, 13, u"update orders"_s);
    inserts.fixed(shopId).fixed(now);
    updates.fixed(now);
    QHash<QString, PlannedOrder *> awaitingId;
    for (PlannedOrder &p : planned) {
        if (p.before) {
            updates.add(p.next.id);
            addOrderColumns(updates, p.next);
            if (auto r = updates.endRow(); !r)
                return r;
            continue;
        }
        inserts.add(p.incoming->externalId);
        addOrderColumns(inserts, p.next);
        if (auto r = inserts.endRow(); !r)
            return r;
        if (inserts.isSqlite())
            p.next.id = inserts.lastInsertId();
        else
            awaitingId.insert(p.incoming->externalId, &p);
    }
    if (auto r = updates.finish(); !r)
        return r;
    return inserts.finish([&](const sql::Cursor &q) {
        if (PlannedOrder *p = awaitingId.value(q.text(1)))
            p->next.id = q.int64(0);
    });
}

// Lines that differ from what is stored are written; lines beyond the new count are removed.
Result<int> writeItems(Database &store, const QList<PlannedOrder> &planned)
{
    sql::Bulk upserts(store, itemUpsertSqlite, itemUpsertPg, 8, u"upsert order items"_s);
    sql::Bulk trims(store, trimItemsSqlite, trimItemsPg, 2, u"trim order items"_s);
    int written = 0;
    for (const PlannedOrder &p : planned) {
        if (!p.incoming->itemsKnown)
            continue;
        if (!p.next.id)
            return Error::storage(u"order "_s + p.incoming->externalId + u" was not stored"_s);
        const QList<StoredItem> *old = p.before ? &p.before->items : nullptr;
        for (qsizetype line = 0; line < p.next.items.size(); ++line) {
            const StoredItem &item = p.next.items.at(line);
            if (old && line < old->size() && old->at(line) == item)
                continue;
            upserts.add(p.next.id)
                .add(int(line))
                .add(item.productExternalId)
                .add(item.productName)
                .add(item.quantity);
            upserts.add(item.unitPriceMinor).add(item.subtotalMinor).add(item.unitCostMinor);
            if (auto r = upserts.endRow(); !r)
                return r.error();
        }
        written += int(p.next.items.size());
        if (old && old->size() > p.next.items.size()) {
            if (auto r = trims.add(p.next.id).add(int(p.next.items.size())).endRow(); !r)
                return r.error();
        }
    }
    if (auto r = upserts.finish(); !r)
        return r.error();
    if (auto r = trims.finish(); !r)
        return r.error();
    return written;
}

} // namespace

Result<OrderUpsertResult> OrderRepository::upsertBatch(qint64 shopId, const QList<Order> &orders,
                                                       OrderUpsertOptions options)
{
    // PostgreSQL refuses one statement touching a row twice: keep the last of each id.
    QHash<QString, qsizetype> lastIndex;
    lastIndex.reserve(orders.size());
    for (qsizetype i = 0; i < orders.size(); ++i)
        lastIndex.insert(orders.at(i).externalId, i);
    QList<const Order *> unique;
    QStringList externalIds;
    unique.reserve(lastIndex.size());
    externalIds.reserve(lastIndex.size());
    for (qsizetype i = 0; i < orders.size(); ++i) {
        if (lastIndex.value(orders.at(i).externalId) == i) {
            unique.append(&orders.at(i));
            externalIds.append(orders.at(i).externalId);
        }
    }

    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return Error::storage(u"begin order batch: "_s + tx.beginError());
    if (auto r = lockShopOrders(m_db, shopId); !r)
        return r.error();
    auto tz = shopTimezone(m_db, shopId);
    if (!tz)
        return tz.error();
    std::optional<Result<StoredOrders>> read;
    const StoredOrders *stored = options.stored;
    if (!stored) {
        read = storedOrders(m_db, shopId, externalIds);
        if (!*read)
            return read->error();
        stored = &read->value();
    }
    auto products = productSnapshots(m_db, shopId, unique);
    if (!products)
        return products.error();

    OrderUpsertResult result;
    LocalDayMapper days(*tz);
    const qint64 now = Clock::nowMs();
    MergeContext context{*products, days, now};
    RollupDeltas deltas;
    QList<PlannedOrder> planned;
    planned.reserve(unique.size());
    QList<StatusChange> statusChanges;
    for (const Order *o : std::as_const(unique)) {
        const auto old = stored->constFind(o->externalId);
        const StoredOrder *before = old == stored->cend() ? nullptr : &old.value();
        if (before && options.readAtMs && before->localUpdatedAtMs > *options.readAtMs &&
            o->status != before->status && !isForwardMove(before->status, o->status)) {
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
                statusChanges.append(
                    {before, next.status, next.rawStatus, next.sourceUpdatedAtMs.value_or(now)});
        } else {
            ++result.inserted;
            result.insertedExternalIds.append(o->externalId);
        }
        result.affectedDays.insert(next.localDay);
        deltas.add(next, +1);
        planned.append({o, before, std::move(next)});
    }
    if (auto r = writeOrders(m_db, shopId, now, planned); !r)
        return r.error();
    auto items = writeItems(m_db, planned);
    if (!items)
        return items.error();
    result.items = *items;
    if (auto r = recordStatusChanges(m_db, statusChanges, options.source); !r)
        return r.error();
    if (auto r = deltas.apply(m_db, shopId); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return result;
}

Result<QHash<QString, StoredOrder>> OrderRepository::readStored(qint64 shopId, const QStringList &externalIds)
{
    if (auto r = lockShopOrders(m_db, shopId); !r)
        return r.error();
    return storedOrders(m_db, shopId, externalIds);
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

Result<QHash<QString, StoredOrderState>> OrderRepository::states(qint64 shopId,
                                                                 const QStringList &externalIds)
{
    QHash<QString, StoredOrderState> map;
    const QString select = u"SELECT external_id, status, raw_status, source_updated_at FROM orders "_s;
    auto r = sql::forEachKey(
        m_db, select + u"WHERE shop_id = ?1 AND external_id = ?2"_s,
        u"SELECT o.* FROM unnest($2::text[]) AS k(external_id) CROSS JOIN LATERAL ("_s + select +
            u"WHERE shop_id = $1 AND external_id = k.external_id OFFSET 0) AS o"_s,
        {shopId}, externalIds,
        [&](const sql::Cursor &q) {
            const auto updated = q.optional64(3);
            map.insert(q.text(0),
                       {orderStatusFromString(q.text(1)), q.text(2),
                        updated ? QDateTime::fromMSecsSinceEpoch(*updated, Qt::UTC) : QDateTime()});
        },
        u"read order states"_s);
    if (!r)
        return r.error();
    return map;
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
                                        const QString &rawStatus, const QDateTime &changedAt,
                                        const QString &source)
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
    const bool known = it != stored->cend();
    if (!known || (it->status == status && it->rawStatus == rawStatus)) {
        // Nothing to write: ended as done, not rolled back (inside an all-or-nothing transaction a
        // rollback would fail the whole of it).
        if (auto r = tx.commit(); !r)
            return r.error();
        return known;
    }
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
    auto q = sql::run(
        m_db.connection(),
        u"SELECT status, raw_status, changed_at, source FROM order_status_history WHERE order_id = ? "
        "ORDER BY changed_at, id"_s,
        {orderId}, u"order status history");
    if (!q)
        return q.error();
    QList<OrderStatusChange> list;
    while (q->next()) {
        list.append({orderStatusFromString(q->value(0).toString()), q->value(1).toString(),
                     sql::toTime(q->value(2)), q->value(3).toString()});
    }
    if (!list.isEmpty())
        return list;
    // Never changed since first seen: the order's own row is its whole history.
    auto o = sql::run(
        m_db.connection(),
        u"SELECT status, raw_status, COALESCE(source_updated_at, placed_at) FROM orders WHERE id = ?"_s,
        {orderId}, u"order status");
    if (!o)
        return o.error();
    if (o->next())
        list.append({orderStatusFromString(o->value(0).toString()),
                     o->value(1).toString(),
                     sql::toTime(o->value(2)),
                     {}});
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
        where += u" AND (LOWER(external_id) LIKE ?"_s + sql::kLikeEscape +
                 u" OR LOWER(customer_name) LIKE ?"_s + sql::kLikeEscape +
                 u" OR LOWER(customer_email) LIKE ?"_s + sql::kLikeEscape + u')';
        // "50%" or "a_b" is looked for as typed, not as a pattern.
        const QString like = sql::likeContains(f.search.trimmed().toLower());
        binds << like << like << like;
    }
    auto c = sql::run(m_db.connection(), u"SELECT COUNT(*) FROM orders"_s + where, binds, u"count orders");
    if (!c)
        return c.error();
    page.total = c->next() ? c->value(0).toLongLong() : 0;

    const int size = qBound(1, f.pageSize, 1000);
    // In 64 bits: a page number near INT_MAX times the page size overflows int.
    const qint64 offset = qint64(qMax(1, f.page) - 1) * size;
    auto q = sql::run(m_db.connection(),
                      u"SELECT "_s + orderColumns + u" FROM orders"_s + where +
                          u" ORDER BY placed_at DESC, id DESC LIMIT "_s + QString::number(size) +
                          u" OFFSET "_s + QString::number(offset),
                      binds, u"list orders");
    if (!q)
        return q.error();
    while (q->next())
        page.orders.append(readOrder(*q));
    return page;
}

Result<QList<OrderItem>> OrderRepository::items(qint64 orderId)
{
    auto q = sql::run(
        m_db.connection(),
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
    auto q = sql::run(m_db.connection(), u"SELECT COUNT(*) FROM orders WHERE shop_id = ?"_s, {shopId},
                      u"count orders");
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QList<Order>> OrderRepository::latest(qint64 shopId, int n)
{
    auto q = sql::run(m_db.connection(),
                      u"SELECT id, external_id, status, raw_status, total_minor, cost_minor, profit_minor, "
                      "customer_name, placed_at, local_day, units FROM orders WHERE shop_id = ? "
                      "ORDER BY placed_at DESC LIMIT "_s +
                          QString::number(qMax(1, n)),
                      {shopId}, u"recent orders");
    if (!q)
        return q.error();
    QList<Order> list;
    while (q->next()) {
        Order o;
        o.id = q->value(0).toLongLong();
        o.shopId = shopId;
        o.externalId = q->value(1).toString();
        o.status = orderStatusFromString(q->value(2).toString());
        o.rawStatus = q->value(3).toString();
        o.totalMinor = q->value(4).toLongLong();
        o.costMinor = sql::toOptional64(q->value(5));
        o.profitMinor = sql::toOptional64(q->value(6));
        o.customerName = q->value(7).toString();
        o.placedAt = sql::toTime(q->value(8));
        o.localDay = q->value(9).toString();
        o.itemsKnown = false;
        list.append(o);
    }
    return list;
}

Result<QHash<QString, double>> OrderRepository::unitsPerOrder(qint64 shopId, const QString &fromDay,
                                                              const QString &toDay)
{
    auto q = sql::run(m_db.connection(),
                      u"SELECT i.product_external_id, SUM(i.quantity), COUNT(DISTINCT i.order_id) "
                      "FROM orders o JOIN order_items i ON i.order_id = o.id WHERE o.shop_id = ? "
                      "AND o.local_day >= ? AND o.local_day <= ? AND o.status NOT IN ('CANCELLED', 'FAILED') "
                      "GROUP BY i.product_external_id"_s,
                      {shopId, fromDay, toDay}, u"units per order");
    if (!q)
        return q.error();
    QHash<QString, double> out;
    while (q->next())
        if (const qint64 orders = q->value(2).toLongLong(); orders > 0)
            out.insert(q->value(0).toString(), q->value(1).toDouble() / double(orders));
    return out;
}

} // namespace bva
