// Orders with their items, upserted in batches keyed by (shop, marketplace id). Item costs are
// snapshots of the product's cost when the line was first seen; the order's cost and profit are
// known only when every line's cost is (rules in storedorder.h). Rollups follow in the same
// transaction by difference (rollupdeltas.h), and every status an order takes is recorded.
#pragma once

#include "domain/order.h"
#include "storedorder.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <optional>

namespace bva {

class Database;

struct OrderUpsertResult
{
    int inserted = 0;
    int updated = 0;
    int items = 0;
    int keptNewer = 0; // changed by BVA after readAtMs and the batch would move them back: left as they are
    QStringList insertedExternalIds;
    QSet<QString> affectedDays;
};

struct OrderUpsertOptions
{
    // Recorded with each status the batch sets: "sync", "webhook", "manual".
    QString source = QStringLiteral("sync");
    // When the batch was asked of the marketplace (a sync page). An order BVA changed after that
    // (a webhook came meanwhile) keeps its newer state if the page would move it back in its
    // lifecycle; the page is authoritative for every other order.
    std::optional<qint64> readAtMs;
    // What readStored() gave for this batch's orders earlier in the same transaction (an order absent
    // from it is new): not read again.
    const QHash<QString, StoredOrder> *stored = nullptr;
};

// What an incoming delivery is compared with: the stored order's status and marketplace time.
struct StoredOrderState
{
    OrderStatus status = OrderStatus::Pending;
    QString rawStatus;
    QDateTime sourceUpdatedAt;
};

struct OrderFilter
{
    QList<qint64> shopIds; // required: the shops the caller may see
    std::optional<OrderStatus> status;
    QDateTime from; // placed_at >= from (inclusive), if valid
    QDateTime to;   // placed_at < to (exclusive), if valid
    QString search; // external id or customer name/email contains
    int page = 1;
    int pageSize = 50;
};

struct OrderPage
{
    QList<Order> orders; // without items
    qint64 total = 0;
};

class OrderRepository final
{
public:
    explicit OrderRepository(Database &db)
        : m_db(db)
    {}

    Result<OrderUpsertResult> upsertBatch(qint64 shopId, const QList<Order> &orders,
                                          OrderUpsertOptions options = {});
    Result<std::optional<Order>> findByExternal(qint64 shopId, const QString &externalId);
    // The stored states of those of `externalIds` the shop has, by external id (one probe each).
    Result<QHash<QString, StoredOrderState>> states(qint64 shopId, const QStringList &externalIds);
    // The stored rows (with items) of those of `externalIds` the shop has, by external id, for an
    // upsertBatch that follows in the same transaction (OrderUpsertOptions::stored): a caller that
    // judges deliveries against what is stored reads each order once. On PostgreSQL the shop's order
    // lock is taken first, as upsertBatch takes it, so what is read stays true until the batch writes.
    Result<QHash<QString, StoredOrder>> readStored(qint64 shopId, const QStringList &externalIds);
    Result<std::optional<Order>> findById(qint64 id);
    // Returns false when the order is unknown (the caller may keep the change for later).
    // changedAt is the marketplace's time of the change when it gave one (else now).
    Result<bool> setStatus(qint64 shopId, const QString &externalId, OrderStatus status,
                           const QString &rawStatus, const QDateTime &changedAt = {},
                           const QString &source = QStringLiteral("webhook"));
    // Oldest first. The first entry is the status the order had when first seen (empty source);
    // an order that never changed has only that one, read from its own row.
    Result<QList<OrderStatusChange>> statusHistory(qint64 orderId);
    Result<OrderPage> list(const OrderFilter &filter);
    // The shop's latest `n` orders by placement time, without items (one indexed probe).
    Result<QList<Order>> latest(qint64 shopId, int n);
    Result<QList<OrderItem>> items(qint64 orderId);
    Result<qint64> count(qint64 shopId);
    // Per product of the shop: the average units of it in one order placed on [fromDay, toDay]
    // (yyyy-MM-dd, local days), cancelled and failed orders left out.
    Result<QHash<QString, double>> unitsPerOrder(qint64 shopId, const QString &fromDay, const QString &toDay);

private:
    Database &m_db;
};

} // namespace bva
