// The eight webhook topics of CONTRACT.md section 4 and the parsing of their bodies (both
// flavours) into one command. Field mapping is the platforms' tolerant reader (payloadreader.h);
// this adds the per-topic shape, the batch parts and error messages that name the field.
#pragma once

#include "domain/order.h"
#include "domain/product.h"
#include "util/flatjson.h"
#include "util/result.h"

#include <QByteArray>
#include <QStringList>
#include <optional>

namespace bva {

enum class WebhookTopic {
    ProductCreated,
    ProductUpdated,
    ProductDeleted,
    OrderCreated,
    OrderUpdated,
    OrderStatusChanged,
    InventoryUpdated,
    SyncBatch,
};

inline constexpr WebhookTopic kAllWebhookTopics[] = {
    WebhookTopic::ProductCreated,   WebhookTopic::ProductUpdated, WebhookTopic::ProductDeleted,
    WebhookTopic::OrderCreated,     WebhookTopic::OrderUpdated,   WebhookTopic::OrderStatusChanged,
    WebhookTopic::InventoryUpdated, WebhookTopic::SyncBatch,
};

QString webhookTopicName(WebhookTopic t); // "products/created", the path after /api/webhooks/
std::optional<WebhookTopic> webhookTopicFromName(QStringView name);

struct StatusChange
{
    QString orderExternalId;
    OrderStatus status = OrderStatus::Unknown;
    QString rawStatus;
};

struct InventoryUpdate
{
    QString productExternalId;
    int stock = 0;
    std::optional<int> threshold;
};

// Product fields a body left out (no key in any spelling): an update keeps what BVA has stored.
enum ProductField : quint16 {
    NoProductField = 0,
    PriceField = 1 << 0,
    StockField = 1 << 1,
    NameField = 1 << 2,
    SkuField = 1 << 3,
    DescriptionField = 1 << 4,
    CategoryField = 1 << 5,
    ImageField = 1 << 6,
    ExpiryField = 1 << 7,
    ActiveField = 1 << 8,
};

struct WebhookCommand
{
    WebhookTopic topic = WebhookTopic::ProductCreated;
    QStringList shopIds;          // every "shopId" the body names (top level and parts)
    QList<Product> products;      // products/created|updated, sync/batch
    QList<quint16> productAbsent; // per product: the ProductField bits its body left out
    QString deletedProductId;     // products/deleted
    QList<Order> orders;          // orders/created|updated, sync/batch
    std::optional<StatusChange> statusChange;
    std::optional<InventoryUpdate> inventory;
};

inline constexpr int kMaxBatchParts = 5000;

// The body without a leading UTF-8 byte order mark (some servers send one; QJsonDocument refuses it).
QByteArray withoutByteOrderMark(const QByteArray &body);

// The record a delivery is about: "p:<product id>" or "o:<order id>"; empty for a batch.
QString webhookRecordKey(const WebhookCommand &command);

// Error kind Invalid with a message naming the field, e.g. "price: is not a number",
// "orders[2].items[0].quantity: …", "body: not a JSON object".
Result<WebhookCommand> parseWebhook(WebhookTopic topic, const QByteArray &body, int currencyExponent);
// The two steps of the above, for a receiver that reads the body before it knows the topic's shop:
// the body as a JSON object (a byte-order mark allowed), then the command read from it.
Result<QJsonObject> readWebhookJson(const QByteArray &body);
Result<WebhookCommand> parseWebhook(WebhookTopic topic, const QJsonObject &json, int currencyExponent);
// orders/created and orders/updated from the fast reader (util/flatjson.h, a body readFlatJson took):
// the command parseWebhook(topic, readWebhookJson(body)) gives. nullopt for other topics and for a body
// that one refuses: the caller then takes that path, which words the refusal.
std::optional<WebhookCommand> parseOrderWebhook(WebhookTopic topic, const payload::FlatJsonObject &json,
                                                int currencyExponent);

} // namespace bva
