// Applies one parsed webhook to the store, inside the caller's transaction, and lists the events
// to announce once that transaction has committed. Idempotent by construction: upserts by
// marketplace id, soft deletes, stock set to a level (never decremented by a delivery).
#pragma once

#include "webhookpayload.h"

#include <QJsonObject>
#include <optional>

namespace bva {

class Database;
class EventBus;

struct StoreEvent
{
    enum class Kind { Order, OrderStatus, Product, Inventory, Dashboard, Recheck };
    Kind kind = Kind::Dashboard;
    qint64 shopId = 0;
    QString externalId;
    QString status;
    int stock = 0;
    QJsonObject data;
    qint64 totalMinor = 0; // Order: its total; its `data` is built at announce() if anything listens
};

struct ApplyResult
{
    bool deferred = false; // kept for later (status change of an unseen order, stock of an unknown product)
    QString note;
    int stale = 0; // records older (updatedAt) than what BVA has: left as stored
    // Orders this delivery would have moved back in their lifecycle, with no time to prove it newer:
    // left as stored; the marketplace is asked for them (an incremental sync) once this commits.
    QStringList recheck;
    QList<StoreEvent> events;
};

// One order delivery of a group commit: orders/created (creation) or orders/updated.
struct OrderDelivery
{
    Order order;
    bool creation = false;
};

class WebhookApplier final
{
public:
    explicit WebhookApplier(Database &db)
        : m_db(db)
    {}

    Result<ApplyResult> apply(qint64 shopId, const WebhookCommand &command);
    // Several deliveries' orders of one shop (each order once), read and written together: one
    // result per delivery, as apply() would give each on its own, in the same order.
    Result<QList<ApplyResult>> applyOrderDeliveries(qint64 shopId, const QList<OrderDelivery> &deliveries);

    static void announce(EventBus &bus, const QList<StoreEvent> &events);

private:
    static void holdBack(qint64 shopId, const QString &orderExternalId, OrderStatus stored,
                         OrderStatus incoming, ApplyResult *out);
    Result<void> applyProducts(qint64 shopId, QList<Product> products, const QList<quint16> &absent,
                               ApplyResult *out);
    // Fills the fields a body left out from the stored product; a new product needs a price.
    static Result<void> keepStoredFields(const std::optional<Product> &stored, Product *product,
                                         quint16 absent);
    // creation: orders/created, whose "pending" is the order as it was placed (the lazada flavour
    // always says so): for an order BVA already has it does not undo a later status.
    Result<void> applyOrders(qint64 shopId, QList<Order> orders, ApplyResult *out, bool creation = false);

    Database &m_db;
};

} // namespace bva
