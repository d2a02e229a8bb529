// Shape checks shared by the simulator suites: field names and JSON types as in CONTRACT.md.
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <cmath>

namespace bva::test {

enum class J { String, Number, Bool, Object, Array, StringOrNull, NumberOrNull };

inline bool hasType(const QJsonValue &v, J t)
{
    switch (t) {
    case J::String:
        return v.isString();
    case J::Number:
        return v.isDouble();
    case J::Bool:
        return v.isBool();
    case J::Object:
        return v.isObject();
    case J::Array:
        return v.isArray();
    case J::StringOrNull:
        return v.isString() || v.isNull();
    case J::NumberOrNull:
        return v.isDouble() || v.isNull();
    }
    return false;
}

// Empty when `o` has exactly these keys with these types; otherwise what is wrong.
inline QString shapeError(const QJsonObject &o, const QList<std::pair<QString, J>> &fields, bool exact = true)
{
    QStringList problems;
    QSet<QString> expected;
    for (const auto &[key, type] : fields) {
        expected.insert(key);
        if (!o.contains(key))
            problems << QStringLiteral("missing %1").arg(key);
        else if (!hasType(o.value(key), type))
            problems << QStringLiteral("%1 has the wrong type").arg(key);
    }
    if (exact) {
        for (const QString &k : o.keys()) {
            if (!expected.contains(k))
                problems << QStringLiteral("unexpected %1").arg(k);
        }
    }
    return problems.join(QStringLiteral("; "));
}

inline bool isIsoUtc(const QJsonValue &v)
{
    static const QRegularExpression re(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$)"));
    return v.isString() && re.match(v.toString()).hasMatch() &&
           QDateTime::fromString(v.toString(), Qt::ISODateWithMs).isValid();
}

inline bool hasAtMostTwoDecimals(double x)
{
    return std::abs(x * 100 - std::round(x * 100)) < 1e-6;
}

inline bool isFlavorId(const QString &flavor, const QString &id)
{
    static const QRegularExpression cuid(QStringLiteral("^clx[0-9a-z]{22}$"));
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return (flavor == QLatin1String("shopee") ? cuid : uuid).match(id).hasMatch();
}

inline QStringList statusesOf(const QString &flavor)
{
    if (flavor == QLatin1String("shopee"))
        return {QStringLiteral("PENDING"),   QStringLiteral("TO_SHIP"),   QStringLiteral("TO_RECEIVE"),
                QStringLiteral("COMPLETED"), QStringLiteral("CANCELLED"), QStringLiteral("RETURNED"),
                QStringLiteral("REFUNDED"),  QStringLiteral("FAILED")};
    return {QStringLiteral("pending"),       QStringLiteral("unpaid"),         QStringLiteral("to-ship"),
            QStringLiteral("shipping"),      QStringLiteral("delivered"),      QStringLiteral("cancellation"),
            QStringLiteral("return-refund"), QStringLiteral("failed-delivery")};
}

inline const QList<std::pair<QString, J>> &productFields()
{
    static const QList<std::pair<QString, J>> f = {{QStringLiteral("id"), J::String},
                                                   {QStringLiteral("sku"), J::String},
                                                   {QStringLiteral("name"), J::String},
                                                   {QStringLiteral("description"), J::StringOrNull},
                                                   {QStringLiteral("price"), J::Number},
                                                   {QStringLiteral("cost"), J::NumberOrNull},
                                                   {QStringLiteral("stock"), J::Number},
                                                   {QStringLiteral("quantity"), J::Number},
                                                   {QStringLiteral("expiryDate"), J::StringOrNull},
                                                   {QStringLiteral("category"), J::String},
                                                   {QStringLiteral("imageUrl"), J::StringOrNull},
                                                   {QStringLiteral("platform"), J::String},
                                                   {QStringLiteral("createdAt"), J::String},
                                                   {QStringLiteral("updatedAt"), J::String}};
    return f;
}

inline const QList<std::pair<QString, J>> &orderFields()
{
    static const QList<std::pair<QString, J>> f = {
        {QStringLiteral("id"), J::String},           {QStringLiteral("shopId"), J::String},
        {QStringLiteral("shopName"), J::String},     {QStringLiteral("items"), J::Array},
        {QStringLiteral("total"), J::Number},        {QStringLiteral("revenue"), J::Number},
        {QStringLiteral("profit"), J::Number},       {QStringLiteral("status"), J::String},
        {QStringLiteral("customerName"), J::String}, {QStringLiteral("customerEmail"), J::String},
        {QStringLiteral("createdAt"), J::String}};
    return f;
}

inline const QList<std::pair<QString, J>> &orderItemFields()
{
    static const QList<std::pair<QString, J>> f = {
        {QStringLiteral("productId"), J::String}, {QStringLiteral("productName"), J::String},
        {QStringLiteral("quantity"), J::Number},  {QStringLiteral("price"), J::Number},
        {QStringLiteral("subtotal"), J::Number},  {QStringLiteral("imageUrl"), J::StringOrNull}};
    return f;
}

inline const QList<std::pair<QString, J>> &bareItemFields()
{
    static const QList<std::pair<QString, J>> f = {{QStringLiteral("productId"), J::String},
                                                   {QStringLiteral("quantity"), J::Number},
                                                   {QStringLiteral("price"), J::Number}};
    return f;
}

// Webhook bodies per flavour and path (CONTRACT.md section 4).
inline QList<std::pair<QString, J>> webhookFields(const QString &flavor, const QString &path)
{
    const bool shopee = flavor == QLatin1String("shopee");
    using L = QList<std::pair<QString, J>>;
    const auto S = [](const char *k) { return QString::fromLatin1(k); };
    if (path == QLatin1String("/products/created") || path == QLatin1String("/products/updated")) {
        if (shopee)
            return L{{S("id"), J::String},
                     {S("productId"), J::String},
                     {S("shopId"), J::String},
                     {S("name"), J::String},
                     {S("description"), J::StringOrNull},
                     {S("price"), J::Number},
                     {S("cost"), J::NumberOrNull},
                     {S("stock"), J::Number},
                     {S("sku"), J::String},
                     {S("category"), J::String},
                     {S("image"), J::StringOrNull},
                     {S("imageUrl"), J::StringOrNull},
                     {S("expiryDate"), J::StringOrNull}};
        return L{{S("id"), J::String},          {S("shopId"), J::String},
                 {S("name"), J::String},        {S("price"), J::Number},
                 {S("cost"), J::NumberOrNull},  {S("stock"), J::Number},
                 {S("image"), J::StringOrNull}, {S("description"), J::StringOrNull},
                 {S("category"), J::String},    {S("expiryDate"), J::StringOrNull},
                 {S("isActive"), J::Bool}};
    }
    if (path == QLatin1String("/products/deleted"))
        return shopee ? L{{S("id"), J::String}, {S("productId"), J::String}, {S("shopId"), J::String}}
                      : L{{S("id"), J::String}, {S("shopId"), J::String}};
    if (path == QLatin1String("/orders/created")) {
        if (shopee)
            return L{
                {S("id"), J::String},       {S("orderId"), J::String},      {S("shopId"), J::String},
                {S("items"), J::Array},     {S("total"), J::Number},        {S("totalPrice"), J::Number},
                {S("status"), J::String},   {S("customerName"), J::String}, {S("customerEmail"), J::String},
                {S("createdAt"), J::String}};
        return L{{S("id"), J::String},
                 {S("shopId"), J::String},
                 {S("total"), J::Number},
                 {S("items"), J::Array},
                 {S("status"), J::String},
                 {S("buyerId"), J::String},
                 {S("shippingAddress"), J::String},
                 {S("paymentMethod"), J::String}};
    }
    if (path == QLatin1String("/orders/updated")) {
        if (shopee)
            return L{
                {S("id"), J::String},     {S("orderId"), J::String},      {S("shopId"), J::String},
                {S("items"), J::Array},   {S("total"), J::Number},        {S("totalPrice"), J::Number},
                {S("status"), J::String}, {S("customerName"), J::String}, {S("customerEmail"), J::String}};
        return L{{S("id"), J::String},   {S("shopId"), J::String}, {S("total"), J::Number},
                 {S("items"), J::Array}, {S("status"), J::String}, {S("buyerId"), J::String}};
    }
    if (path == QLatin1String("/orders/status-changed"))
        return shopee ? L{{S("id"), J::String},
                          {S("orderId"), J::String},
                          {S("shopId"), J::String},
                          {S("status"), J::String}}
                      : L{{S("id"), J::String}, {S("shopId"), J::String}, {S("status"), J::String}};
    if (path == QLatin1String("/inventory/updated"))
        return shopee ? L{{S("productId"), J::String},
                          {S("shopId"), J::String},
                          {S("quantity"), J::Number},
                          {S("stock"), J::Number},
                          {S("threshold"), J::Number}}
                      : L{{S("productId"), J::String}, {S("shopId"), J::String}, {S("quantity"), J::Number}};
    if (path == QLatin1String("/sync/batch"))
        return L{{S("shopId"), J::String}, {S("products"), J::Array}, {S("orders"), J::Array}};
    return {};
}

} // namespace bva::test
