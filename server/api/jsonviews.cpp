#include "jsonviews.h"

#include "domain/money.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bva {

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue moneyValue(std::optional<qint64> minor, const QString &currency)
{
    if (!minor)
        return QJsonValue();
    return formatMinorUnits(*minor, currencyExponent(currency));
}

static QJsonValue minorValue(std::optional<qint64> minor)
{
    return minor ? QJsonValue(*minor) : QJsonValue();
}

QJsonObject userToJson(const User &user)
{
    return {{u"id"_s, user.id},
            {u"email"_s, user.email},
            {u"name"_s, user.name},
            {u"createdAt"_s, timeValue(user.createdAt)}};
}

QJsonObject productToJson(const Product &p, const Shop &shop)
{
    return {{u"id"_s, p.id},
            {u"externalId"_s, p.externalId},
            {u"shopId"_s, shop.externalId},
            {u"platform"_s, platformName(shop.platform)},
            {u"sku"_s, p.sku},
            {u"name"_s, p.name},
            {u"description"_s, p.description},
            {u"category"_s, p.category},
            {u"imageUrl"_s, p.imageUrl},
            {u"currency"_s, shop.currency},
            {u"price"_s, moneyValue(p.priceMinor, shop.currency)},
            {u"priceMinor"_s, p.priceMinor},
            {u"cost"_s, moneyValue(p.costMinor, shop.currency)},
            {u"costMinor"_s, minorValue(p.costMinor)},
            {u"stock"_s, p.stock},
            {u"expiryDate"_s, p.expiryDate ? QJsonValue(p.expiryDate->toString(Qt::ISODate)) : QJsonValue()},
            {u"active"_s, p.active},
            {u"deleted"_s, p.deletedAt.isValid()},
            {u"updatedAt"_s, timeValue(p.sourceUpdatedAt)}};
}

QJsonObject orderItemToJson(const OrderItem &i, const Shop &shop)
{
    return {
        {u"productId"_s, i.productExternalId}, {u"productName"_s, i.productName},
        {u"quantity"_s, i.quantity},           {u"price"_s, moneyValue(i.unitPriceMinor, shop.currency)},
        {u"priceMinor"_s, i.unitPriceMinor},   {u"subtotal"_s, moneyValue(i.subtotalMinor, shop.currency)},
        {u"subtotalMinor"_s, i.subtotalMinor}, {u"unitCostMinor"_s, minorValue(i.unitCostMinor)}};
}

QJsonObject orderToJson(const Order &o, const Shop &shop)
{
    QJsonObject json{{u"id"_s, o.id},
                     {u"externalId"_s, o.externalId},
                     {u"shopId"_s, shop.externalId},
                     {u"platform"_s, platformName(shop.platform)},
                     {u"status"_s, orderStatusName(o.status)},
                     {u"rawStatus"_s, o.rawStatus},
                     {u"currency"_s, shop.currency},
                     {u"total"_s, moneyValue(o.totalMinor, shop.currency)},
                     {u"totalMinor"_s, o.totalMinor},
                     {u"cost"_s, moneyValue(o.costMinor, shop.currency)},
                     {u"costMinor"_s, minorValue(o.costMinor)},
                     {u"profit"_s, moneyValue(o.profitMinor, shop.currency)},
                     {u"profitMinor"_s, minorValue(o.profitMinor)},
                     {u"costKnown"_s, o.costMinor.has_value()},
                     {u"customerName"_s, o.customerName},
                     {u"customerEmail"_s, o.customerEmail},
                     {u"createdAt"_s, timeValue(o.placedAt)},
                     {u"localDay"_s, o.localDay}};
    if (!o.items.isEmpty()) {
        QJsonArray items;
        for (const OrderItem &i : o.items)
            items.append(orderItemToJson(i, shop));
        json.insert(u"items"_s, items);
    }
    return json;
}

QJsonObject shopToJson(const AccessibleShop &s)
{
    return {{u"shopId"_s, s.shop.externalId},
            {u"id"_s, s.shop.externalId},
            {u"platform"_s, platformName(s.shop.platform)},
            {u"name"_s, s.shop.name},
            {u"currency"_s, s.shop.currency},
            {u"timezone"_s, s.shop.timezone},
            {u"role"_s, shopRoleName(s.role)}};
}

} // namespace bva
