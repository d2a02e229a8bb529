#include "payloadreader.h"

#include "domain/money.h"
#include "util/codepoints.h"

#include <QJsonArray>
#include <cmath>
#include <limits>
#include <tuple>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace bva::payload {

namespace {

Error skip(const QString &reason)
{
    return Error::parse(reason);
}

// The first present, non-null value under one of `keys`.
template <class Object>
auto firstOf(const Object &json, std::initializer_list<QLatin1StringView> keys)
    -> decltype(json.value(keys.begin()[0]))
{
    for (QLatin1StringView k : keys) {
        auto v = json.value(k);
        if (!v.isNull() && !v.isUndefined())
            return v;
    }
    if constexpr (std::is_same_v<decltype(json.value(keys.begin()[0])), QJsonValue>)
        return QJsonValue(QJsonValue::Undefined);
    else
        return {}; // FlatJsonValue: undefined
}

template <class Value> bool present(const Value &v)
{
    return !v.isUndefined() && !v.isNull();
}

std::optional<bool> boolFromJson(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    if (v.isString()) {
        const QString s = v.toString().trimmed().toLower();
        if (s == u"true" || s == u"1" || s == u"yes")
            return true;
        if (s == u"false" || s == u"0" || s == u"no")
            return false;
    }
    return std::nullopt;
}

} // namespace

std::optional<Error> tooLong(const QString &text, QLatin1StringView field, int maxChars)
{
    if (!longerThanCodePoints(text, maxChars))
        return std::nullopt;
    return skip(QString(field) + u" is longer than "_s + QString::number(maxChars) + u" characters"_s);
}

std::optional<Error> badId(const QString &id, QLatin1StringView field)
{
    if (auto e = tooLong(id, field, kMaxIdChars))
        return e;
    if (!id.isValidUtf16())
        return skip(QString(field) + u" holds a lone surrogate (an unpaired \\uD800-\\uDFFF escape)"_s);
    return std::nullopt;
}

Result<Product> productFromJson(const QJsonObject &json, int exponent)
{
    Product p;
    p.externalId = idFrom(json, {"id"_L1, "productId"_L1, "product_id"_L1});
    if (p.externalId.isEmpty())
        return skip(u"missing id"_s);
    if (auto e = badId(p.externalId, "id"_L1))
        return *e;

    const QJsonValue price = firstOf(json, {"price"_L1});
    if (!present(price))
        return skip(u"missing price"_s);
    bool outOfRange = false;
    const auto priceMinor = minorUnitsFromJson(price, exponent, &outOfRange);
    if (!priceMinor)
        return skip(outOfRange ? u"price is out of range"_s : u"price is not a number"_s);
    if (*priceMinor < 0)
        return skip(u"price is negative"_s);
    p.priceMinor = *priceMinor;

    const QJsonValue cost = firstOf(json, {"cost"_L1, "costPrice"_L1, "cost_price"_L1});
    if (present(cost)) {
        const auto costMinor = minorUnitsFromJson(cost, exponent, &outOfRange);
        if (!costMinor)
            return skip(outOfRange ? u"cost is out of range"_s : u"cost is not a number"_s);
        if (*costMinor >= 0)
            p.costMinor = costMinor;
    }

    const QJsonValue stock = firstOf(json, {"stock"_L1, "quantity"_L1});
    if (present(stock)) {
        const auto s = integerFromJson(stock);
        if (!s)
            return skip(u"stock is not a number"_s);
        if (*s < std::numeric_limits<int>::min() || *s > std::numeric_limits<int>::max())
            return skip(u"stock is out of range"_s);
        p.stock = int(*s);
    }

    p.name = textFromJson(firstOf(json, {"name"_L1, "productName"_L1, "product_name"_L1, "title"_L1}));
    p.sku = textFromJson(json.value("sku"_L1));
    p.description = textFromJson(json.value("description"_L1));
    p.category = textFromJson(json.value("category"_L1));
    p.imageUrl = textFromJson(firstOf(json, {"image"_L1, "imageUrl"_L1, "image_url"_L1}));
    for (const auto &[text, field, limit] :
         {std::tuple{&p.name, "name"_L1, kMaxNameChars}, std::tuple{&p.sku, "sku"_L1, kMaxSkuChars},
          std::tuple{&p.category, "category"_L1, kMaxCategoryChars},
          std::tuple{&p.imageUrl, "image"_L1, kMaxImageUrlChars}}) {
        if (auto e = tooLong(*text, field, limit))
            return *e;
    }
    // Long free text a real listing may have (Lazada's are HTML): the product still counts, its start is
    // kept.
    p.description = cutToCodePoints(std::move(p.description), kMaxDescriptionChars);

    const QJsonValue expiry = firstOf(json, {"expiryDate"_L1, "expiry_date"_L1});
    if (present(expiry)) {
        const QDateTime t = timeFromJson(expiry);
        if (t.isValid())
            p.expiryDate = t.date();
    }
    const QJsonValue active = firstOf(json, {"isActive"_L1, "is_active"_L1, "active"_L1});
    if (present(active)) {
        if (auto b = boolFromJson(active))
            p.active = *b;
    }
    p.sourceCreatedAt = timeFromJson(firstOf(json, {"createdAt"_L1, "created_at"_L1}));
    p.sourceUpdatedAt = timeFromJson(firstOf(json, {"updatedAt"_L1, "updated_at"_L1}));
    if (p.sourceCreatedAt.isValid() && !isPlausibleTime(p.sourceCreatedAt))
        return skip(u"createdAt is outside 2000-2099"_s);
    if (p.sourceUpdatedAt.isValid() && !isPlausibleTime(p.sourceUpdatedAt))
        return skip(u"updatedAt is outside 2000-2099"_s);
    return p;
}

namespace {

// One reading for QJsonObject and FlatJsonObject (flatjson.h): the webhook's fast path must map a body
// exactly as the document does.
template <class Object> Result<OrderItem> orderItemFrom(const Object &json, int exponent)
{
    OrderItem item;
    item.productExternalId = idFrom(json, {"productId"_L1, "product_id"_L1, "id"_L1});
    if (item.productExternalId.isEmpty())
        return skip(u"item missing productId"_s);
    if (auto e = badId(item.productExternalId, "item productId"_L1))
        return *e;
    item.productName = textFromJson(firstOf(json, {"productName"_L1, "name"_L1, "product_name"_L1}));
    if (auto e = tooLong(item.productName, "item name"_L1, kMaxNameChars))
        return *e;

    const auto qty = firstOf(json, {"quantity"_L1, "qty"_L1});
    if (!present(qty))
        return skip(u"item missing quantity"_s);
    const auto q = integerFromJson(qty);
    if (!q)
        return skip(u"item quantity is not a number"_s);
    if (*q < 0 || *q > kMaxQuantity)
        return skip(u"item quantity is out of range"_s);
    item.quantity = int(*q);

    const auto price = firstOf(json, {"price"_L1, "unitPrice"_L1, "unit_price"_L1});
    if (!present(price))
        return skip(u"item missing price"_s);
    bool outOfRange = false;
    const auto unit = minorUnitsFromJson(price, exponent, &outOfRange);
    if (!unit)
        return skip(outOfRange ? u"item price is out of range"_s : u"item price is not a number"_s);
    if (*unit < 0)
        return skip(u"item price is negative"_s);
    item.unitPriceMinor = *unit;

    const auto subtotal = firstOf(json, {"subtotal"_L1, "subTotal"_L1, "sub_total"_L1});
    if (present(subtotal)) {
        const auto s = minorUnitsFromJson(subtotal, exponent, &outOfRange);
        if (!s)
            return skip(outOfRange ? u"item subtotal is out of range"_s : u"item subtotal is not a number"_s);
        if (*s < 0)
            return skip(u"item subtotal is negative"_s);
        item.subtotalMinor = *s;
    } else {
        const auto s = checkedMoneyProduct(item.unitPriceMinor, item.quantity);
        if (!s)
            return skip(u"item price times quantity is out of range"_s);
        item.subtotalMinor = *s;
    }
    return item;
}

Result<void> readItems(const QJsonArray &array, int exponent, Order *o)
{
    o->items.reserve(array.size());
    qint64 units = 0;
    for (const auto &v : array) {
        if (!v.isObject())
            return skip(u"item is not an object"_s);
        auto item = orderItemFrom(v.toObject(), exponent);
        if (!item)
            return item.error();
        units += item->quantity; // each at most kMaxQuantity: no overflow before the check
        if (units > kMaxQuantity)
            return skip(u"the items' quantities are out of range"_s);
        o->items.append(std::move(item).value());
    }
    return {};
}

Result<void> readItems(const std::vector<FlatJsonObject> &array, int exponent, Order *o)
{
    o->items.reserve(qsizetype(array.size()));
    qint64 units = 0;
    for (const FlatJsonObject &v : array) {
        auto item = orderItemFrom(v, exponent);
        if (!item)
            return item.error();
        units += item->quantity; // each at most kMaxQuantity: no overflow before the check
        if (units > kMaxQuantity)
            return skip(u"the items' quantities are out of range"_s);
        o->items.append(std::move(item).value());
    }
    return {};
}

QJsonArray itemsOf(const auto &items, const QJsonObject &)
{
    return items.toArray();
}

const std::vector<FlatJsonObject> &itemsOf(const auto &, const FlatJsonObject &json)
{
    return json.items();
}

template <class Object> Result<Order> orderFrom(const Object &json, int exponent)
{
    Order o;
    o.externalId = idFrom(json, {"id"_L1, "orderId"_L1, "order_id"_L1});
    if (o.externalId.isEmpty())
        return skip(u"missing id"_s);
    if (auto e = badId(o.externalId, "id"_L1))
        return *e;

    const auto items = json.value("items"_L1);
    if (items.isArray()) {
        auto read = readItems(itemsOf(items, json), exponent, &o);
        if (!read)
            return read.error();
        o.itemsKnown = true;
    } else if (present(items)) {
        return skip(u"items is not a list"_s);
    } else {
        o.itemsKnown = false;
    }

    const auto total = firstOf(json, {"total"_L1, "totalPrice"_L1, "total_price"_L1, "totalAmount"_L1});
    if (present(total)) {
        bool outOfRange = false;
        const auto t = minorUnitsFromJson(total, exponent, &outOfRange);
        if (!t)
            return skip(outOfRange ? u"total is out of range"_s : u"total is not a number"_s);
        if (*t < 0)
            return skip(u"total is negative"_s);
        o.totalMinor = *t;
    } else {
        std::optional<qint64> sum = 0;
        for (const OrderItem &i : std::as_const(o.items)) {
            sum = checkedMoneySum(*sum, i.subtotalMinor);
            if (!sum)
                return skip(u"the items' sum is out of range"_s);
        }
        o.totalMinor = *sum;
    }

    const auto status = json.value("status"_L1);
    if (present(status)) {
        o.rawStatus = textFromJson(status);
        o.status = orderStatusFromString(o.rawStatus);
    } else {
        o.status = OrderStatus::Unknown;
    }

    o.customerName = textFromJson(firstOf(json, {"customerName"_L1, "customer_name"_L1, "buyerName"_L1}));
    o.customerEmail = textFromJson(firstOf(json, {"customerEmail"_L1, "customer_email"_L1, "buyerEmail"_L1}));
    for (const auto &[text, field, limit] :
         {std::tuple{&o.rawStatus, "status"_L1, kMaxStatusChars},
          std::tuple{&o.customerName, "customerName"_L1, kMaxCustomerNameChars},
          std::tuple{&o.customerEmail, "customerEmail"_L1, kMaxEmailChars}}) {
        if (auto e = tooLong(*text, field, limit))
            return *e;
    }

    const auto created = firstOf(json, {"createdAt"_L1, "created_at"_L1});
    if (present(created)) {
        o.placedAt = timeFromJson(created);
        if (!o.placedAt.isValid())
            return skip(u"createdAt is not a date"_s);
        if (!isPlausibleTime(o.placedAt))
            return skip(u"createdAt is outside 2000-2099"_s);
    }
    o.sourceUpdatedAt = timeFromJson(firstOf(json, {"updatedAt"_L1, "updated_at"_L1}));
    if (o.sourceUpdatedAt.isValid() && !isPlausibleTime(o.sourceUpdatedAt))
        return skip(u"updatedAt is outside 2000-2099"_s);
    return o;
}

} // namespace

Result<OrderItem> orderItemFromJson(const QJsonObject &json, int exponent)
{
    return orderItemFrom(json, exponent);
}

Result<Order> orderFromJson(const QJsonObject &json, int exponent)
{
    return orderFrom(json, exponent);
}

Result<Order> orderFromJson(const FlatJsonObject &json, int exponent)
{
    return orderFrom(json, exponent);
}

} // namespace bva::payload
