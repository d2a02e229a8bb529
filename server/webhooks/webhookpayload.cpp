#include "webhookpayload.h"

#include "platforms/payloadreader.h"
#include "util/jsonread.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

struct TopicName
{
    WebhookTopic topic;
    QStringView name;
};

constexpr TopicName kTopicNames[] = {
    {WebhookTopic::ProductCreated, u"products/created"},
    {WebhookTopic::ProductUpdated, u"products/updated"},
    {WebhookTopic::ProductDeleted, u"products/deleted"},
    {WebhookTopic::OrderCreated, u"orders/created"},
    {WebhookTopic::OrderUpdated, u"orders/updated"},
    {WebhookTopic::OrderStatusChanged, u"orders/status-changed"},
    {WebhookTopic::InventoryUpdated, u"inventory/updated"},
    {WebhookTopic::SyncBatch, u"sync/batch"},
};

// The context lupdate and QCoreApplication::translate share for this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::Webhooks)
};

Error fieldError(const QString &prefix, const Error &inner)
{
    // The reader's reasons start with the field ("missing id", "price is not a number").
    return Error::invalid(prefix.isEmpty() ? inner.message : prefix + u": "_s + inner.message);
}

template <class Object> void collectShopId(const Object &json, QStringList *ids)
{
    const QString shop = payload::shopIdFromJson(json);
    if (!shop.isEmpty() && !ids->contains(shop))
        ids->append(shop);
}

quint16 absentProductFields(const QJsonObject &json)
{
    struct Spelling
    {
        ProductField field;
        std::array<QLatin1StringView, 3> keys; // unused entries empty
    };
    static const Spelling spellings[] = {
        {PriceField, {"price"_L1}},
        {StockField, {"stock"_L1, "quantity"_L1}},
        {NameField, {"name"_L1, "productName"_L1, "title"_L1}},
        {SkuField, {"sku"_L1}},
        {DescriptionField, {"description"_L1}},
        {CategoryField, {"category"_L1}},
        {ImageField, {"image"_L1, "imageUrl"_L1, "image_url"_L1}},
        {ExpiryField, {"expiryDate"_L1, "expiry_date"_L1}},
        {ActiveField, {"isActive"_L1, "active"_L1}},
    };
    quint16 absent = NoProductField;
    for (const Spelling &s : spellings) {
        if (std::none_of(s.keys.begin(), s.keys.end(),
                         [&](QLatin1StringView k) { return !k.isEmpty() && json.contains(k); }))
            absent |= s.field;
    }
    return absent;
}

Result<Product> readProduct(const QJsonObject &json, int exponent, const QString &prefix, quint16 *absent)
{
    *absent = absentProductFields(json);
    QJsonObject complete = json;
    if (*absent & PriceField)
        complete.insert(u"price"_s,
                        0); // the stored price is kept (WebhookApplier refuses a new product without one)
    auto p = payload::productFromJson(complete, exponent);
    if (!p)
        return fieldError(prefix, p.error());
    return p;
}

// lupdate reads Text::tr in a template as the context "Text": the context is spelled out here.
template <class Object>
Result<Order> readOrder(const Object &json, int exponent, const QString &prefix, bool requireItems)
{
    const auto items = json.value("items"_L1);
    if (!items.isUndefined() && !items.isNull() && !items.isArray())
        return Error::invalid(prefix + (prefix.isEmpty() ? u""_s : u"."_s) +
                              QCoreApplication::translate("bva::Webhooks", "items: must be an array"));
    auto o = payload::orderFromJson(json, exponent);
    if (!o)
        return fieldError(prefix, o.error());
    if (o->status == OrderStatus::Unknown) {
        if (o->rawStatus.trimmed().isEmpty()) {
            // No status (missing, null or ""): a new order is pending, a known one keeps its status.
            o->status = OrderStatus::Pending;
            o->rawStatus.clear();
        } else
            return Error::invalid(
                prefix + (prefix.isEmpty() ? u""_s : u"."_s) +
                QCoreApplication::translate("bva::Webhooks", "status: unknown order status"));
    }
    if (requireItems && !o->itemsKnown)
        return Error::invalid(prefix + (prefix.isEmpty() ? u""_s : u"."_s) +
                              QCoreApplication::translate("bva::Webhooks", "items: required"));
    return o;
}

Result<QList<QJsonObject>> objectArray(const QJsonObject &json, const QString &key)
{
    QList<QJsonObject> list;
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return list;
    if (!v.isArray())
        return Error::invalid(key + Text::tr(": must be an array"));
    const QJsonArray a = v.toArray();
    if (a.size() > kMaxBatchParts)
        return Error::invalid(key + Text::tr(": at most %1 entries").arg(kMaxBatchParts));
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isObject())
            return Error::invalid(key + u'[' + QString::number(i) + Text::tr("]: must be an object"));
        list.append(a.at(i).toObject());
    }
    return list;
}

} // namespace

QString webhookTopicName(WebhookTopic t)
{
    for (const auto &n : kTopicNames) {
        if (n.topic == t)
            return n.name.toString();
    }
    return {};
}

QByteArray withoutByteOrderMark(const QByteArray &body)
{
    return body.startsWith("\xEF\xBB\xBF") ? body.mid(3) : body;
}

QString webhookRecordKey(const WebhookCommand &command)
{
    switch (command.topic) {
    case WebhookTopic::ProductCreated:
    case WebhookTopic::ProductUpdated:
        return command.products.size() == 1 ? u"p:"_s + command.products.constFirst().externalId : QString();
    case WebhookTopic::ProductDeleted:
        return u"p:"_s + command.deletedProductId;
    case WebhookTopic::InventoryUpdated:
        return command.inventory ? u"p:"_s + command.inventory->productExternalId : QString();
    case WebhookTopic::OrderCreated:
    case WebhookTopic::OrderUpdated:
        return command.orders.size() == 1 ? u"o:"_s + command.orders.constFirst().externalId : QString();
    case WebhookTopic::OrderStatusChanged:
        return command.statusChange ? u"o:"_s + command.statusChange->orderExternalId : QString();
    case WebhookTopic::SyncBatch:
        return {};
    }
    return {};
}

std::optional<WebhookTopic> webhookTopicFromName(QStringView name)
{
    for (const auto &n : kTopicNames) {
        if (n.name == name)
            return n.topic;
    }
    return std::nullopt;
}

Result<QJsonObject> readWebhookJson(const QByteArray &body)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(payload::withoutNul(withoutByteOrderMark(body)), &err);
    if (err.error != QJsonParseError::NoError)
        return Error::invalid(Text::tr("body: malformed JSON (%1)").arg(err.errorString()));
    if (!doc.isObject())
        return Error::invalid(Text::tr("body: must be a JSON object"));
    return doc.object();
}

Result<WebhookCommand> parseWebhook(WebhookTopic topic, const QByteArray &body, int exponent)
{
    auto json = readWebhookJson(body);
    if (!json)
        return json.error();
    return parseWebhook(topic, *json, exponent);
}

std::optional<WebhookCommand> parseOrderWebhook(WebhookTopic topic, const payload::FlatJsonObject &json,
                                                int exponent)
{
    if (topic != WebhookTopic::OrderCreated && topic != WebhookTopic::OrderUpdated)
        return std::nullopt;
    // As parseWebhook below does for these topics.
    WebhookCommand cmd;
    cmd.topic = topic;
    collectShopId(json, &cmd.shopIds);
    auto o = readOrder(json, exponent, {}, false);
    if (!o)
        return std::nullopt;
    cmd.orders.append(std::move(o).value());
    return cmd;
}

Result<WebhookCommand> parseWebhook(WebhookTopic topic, const QJsonObject &json, int exponent)
{
    WebhookCommand cmd;
    cmd.topic = topic;
    collectShopId(json, &cmd.shopIds);
    switch (topic) {
    case WebhookTopic::ProductCreated:
    case WebhookTopic::ProductUpdated: {
        quint16 absent = NoProductField;
        auto p = readProduct(json, exponent, {}, &absent);
        if (!p)
            return p.error();
        cmd.products.append(*p);
        cmd.productAbsent.append(absent);
        break;
    }
    case WebhookTopic::ProductDeleted:
        cmd.deletedProductId = payload::idFrom(json, {"id"_L1, "productId"_L1});
        if (cmd.deletedProductId.isEmpty())
            return Error::invalid(Text::tr("id: required (id or productId)"));
        if (auto e = payload::badId(cmd.deletedProductId, "id"_L1))
            return Error::invalid(e->message);
        break;
    case WebhookTopic::OrderCreated:
    case WebhookTopic::OrderUpdated: {
        auto o = readOrder(json, exponent, {}, false);
        if (!o)
            return o.error();
        cmd.orders.append(*o);
        break;
    }
    case WebhookTopic::OrderStatusChanged: {
        StatusChange c;
        c.orderExternalId = payload::idFrom(json, {"id"_L1, "orderId"_L1});
        if (c.orderExternalId.isEmpty())
            return Error::invalid(Text::tr("id: required (id or orderId)"));
        if (auto e = payload::badId(c.orderExternalId, "id"_L1))
            return Error::invalid(e->message);
        const QJsonValue status = json.value(u"status"_s);
        if (!status.isString() || status.toString().trimmed().isEmpty())
            return Error::invalid(Text::tr("status: required string"));
        c.rawStatus = status.toString().trimmed();
        c.status = orderStatusFromString(c.rawStatus);
        if (c.status == OrderStatus::Unknown)
            return Error::invalid(
                QCoreApplication::translate("bva::Webhooks", "status: unknown order status"));
        cmd.statusChange = c;
        break;
    }
    case WebhookTopic::InventoryUpdated: {
        InventoryUpdate u;
        u.productExternalId = payload::idFrom(json, {"productId"_L1, "id"_L1});
        if (u.productExternalId.isEmpty())
            return Error::invalid(Text::tr("productId: required"));
        if (auto e = payload::badId(u.productExternalId, "productId"_L1))
            return Error::invalid(e->message);
        const QJsonValue stockValue = json.contains(u"stock"_s) && !json.value(u"stock"_s).isNull()
                                          ? json.value(u"stock"_s)
                                          : json.value(u"quantity"_s);
        if (stockValue.isUndefined() || stockValue.isNull())
            return Error::invalid(Text::tr("stock: required (stock or quantity)"));
        const auto stock = payload::integerFromJson(stockValue);
        if (!stock || *stock < 0 || *stock > std::numeric_limits<int>::max())
            return Error::invalid(Text::tr("stock: must be a whole number >= 0"));
        u.stock = int(*stock);
        const QJsonValue threshold = json.value(u"threshold"_s);
        if (!threshold.isUndefined() && !threshold.isNull()) {
            const auto t = payload::integerFromJson(threshold);
            if (!t || *t < 0 || *t > std::numeric_limits<int>::max())
                return Error::invalid(Text::tr("threshold: must be a whole number >= 0"));
            u.threshold = int(*t);
        }
        cmd.inventory = u;
        break;
    }
    case WebhookTopic::SyncBatch: {
        auto products = objectArray(json, u"products"_s);
        if (!products)
            return products.error();
        auto orders = objectArray(json, u"orders"_s);
        if (!orders)
            return orders.error();
        if (products->isEmpty() && orders->isEmpty() && !json.value(u"products"_s).isArray() &&
            !json.value(u"orders"_s).isArray())
            return Error::invalid(Text::tr("products: required (products or orders array)"));
        for (qsizetype i = 0; i < products->size(); ++i) {
            collectShopId(products->at(i), &cmd.shopIds);
            quint16 absent = NoProductField;
            auto p =
                readProduct(products->at(i), exponent, u"products["_s + QString::number(i) + u']', &absent);
            if (!p)
                return p.error();
            cmd.products.append(*p);
            cmd.productAbsent.append(absent);
        }
        for (qsizetype i = 0; i < orders->size(); ++i) {
            collectShopId(orders->at(i), &cmd.shopIds);
            auto o = readOrder(orders->at(i), exponent, u"orders["_s + QString::number(i) + u']', false);
            if (!o)
                return o.error();
            cmd.orders.append(*o);
        }
        break;
    }
    }
    return cmd;
}

} // namespace bva
