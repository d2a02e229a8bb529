// Applies one parsed webhook to the store, inside the caller's transaction, and lists the events
// to announce once that transaction has committed. Idempotent by construction: upserts by
// marketplace id, soft deletes, stock set to a level (never decremented by a delivery).
#pragma once

#include "webhookpayload.h"

#include <QJsonObject>

namespace bva {

class Database;
class EventBus;

struct StoreEvent
{
    enum class Kind { Order, OrderStatus, Product, Inventory, Dashboard };
    Kind kind = Kind::Dashboard;
    qint64 shopId = 0;
    QString externalId;
    QString status;
    int stock = 0;
    QJsonObject data;
};

struct ApplyResult
{
    bool deferred = false;   // kept for later (status change of an unseen order, stock of an unknown product)
    QString note;
    QList<StoreEvent> events;
};

class WebhookApplier final
{
public:
    explicit WebhookApplier(Database &db) : m_db(db) {}

    Result<ApplyResult> apply(qint64 shopId, const WebhookCommand &command);

    static void announce(EventBus &bus, const QList<StoreEvent> &events);

private:
    Result<void> applyProducts(qint64 shopId, const QList<Product> &products, ApplyResult *out);
    Result<void> applyOrders(qint64 shopId, QList<Order> orders, ApplyResult *out);

    Database &m_db;
};

} // namespace bva
