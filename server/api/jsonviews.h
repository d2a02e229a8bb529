// JSON shapes of the API's records. Money: "<field>Minor" integer minor units plus "<field>" as a
// decimal string and the shop's "currency"; unknown cost/profit are null, never a made-up number.
#pragma once

#include "auth/shopaccess.h"
#include "domain/order.h"
#include "domain/product.h"
#include "domain/records.h"
#include "domain/shop.h"

#include <QJsonObject>

namespace bva {

// An instant as ISO-8601 UTC with milliseconds; null when unknown.
QJsonValue timeValue(const QDateTime &t);
QJsonObject userToJson(const User &user);
QJsonObject shopToJson(const AccessibleShop &s);
QJsonObject productToJson(const Product &p, const Shop &shop);
QJsonObject orderToJson(const Order &o, const Shop &shop);
QJsonObject orderItemToJson(const OrderItem &i, const Shop &shop);
QJsonValue moneyValue(std::optional<qint64> minor, const QString &currency);

} // namespace bva
