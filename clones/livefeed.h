// Marketplace activity the server itself produces: new orders, status moves, stock changes and
// product edits, each applied to the store and announced as server-side webhooks.
#pragma once

#include "clonestore.h"
#include "faults.h"
#include "payloads.h"
#include "rng.h"

#include <QJsonArray>
#include <QObject>
#include <QTimer>

namespace bva::clone {

class TokenService;
class WebhookSender;

class LiveFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveFeed)
public:
    LiveFeed(CloneStore &store, const Faults &faults, TokenService &tokens, WebhookSender &sender,
             quint64 seed, QObject *parent = nullptr);

    void setRate(double eventsPerSecond);
    double rate() const { return m_rate; }

    // kind: "order", "status", "update", "stock", "product", "product-created",
    // "product-deleted" or "mixed". Returns one entry per event with
    // the webhooks it sent ({kind, id, webhooks:[{path, webhookId}]}).
    QJsonArray trigger(int count, const QString &kind, const QString &shopId);
    // Sends /sync/batch for a shop.
    QJsonObject syncBatch(const QString &shopId);

private:
    QJsonObject step(const QString &kind, const QString &shopId);
    QJsonObject newOrder(const QString &shopId);
    QJsonObject statusChange(const QString &shopId);
    QJsonObject returnStep(const QString &shopId);
    QJsonObject journey(const QString &shopId);
    QJsonObject stockChange(const QString &shopId);
    QJsonObject productEdit(const QString &shopId);
    QJsonObject orderUpdate(const QString &shopId);
    QJsonObject productCreate(const QString &shopId);
    QJsonObject productDelete(const QString &shopId);
    const Order *openOrder(const QString &shopId);
    OrderStatus nextStatus(OrderStatus s);
    QJsonObject announce(const QString &kind, const QString &id, const QList<Webhook> &hooks);
    const Product *randomProduct(const QString &shopId, bool inStock);

    CloneStore &m_store;
    const Faults &m_faults;
    TokenService &m_tokens;
    WebhookSender &m_sender;
    Rng m_rng;
    QTimer m_timer;
    double m_rate = 0;
};

} // namespace bva::clone
