#include "clonestore.h"

#include "clock.h"
#include "jsonout.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace bva::clone {

CloneStore::CloneStore(Flavor flavor, quint64 seed, QObject *parent)
    : QObject(parent)
    , m_flavor(flavor)
    , m_rng(seed ^ (flavor == Flavor::Shopee ? 0x5109ee5eedULL : 0x1a2ada5eedULL))
{
    for (int i = 0; i < 4; ++i) {
        const quint64 v = m_rng.next();
        m_jwtSecret.append(reinterpret_cast<const char *>(&v), sizeof v);
    }
}

QString CloneStore::newId()
{
    // Mixing a counter in keeps ids unique even if the generator's stream were to repeat.
    const quint64 a = m_rng.next() ^ (++m_idCounter * 0x9e3779b97f4a7c15ULL);
    const quint64 b = m_rng.next();
    if (m_flavor == Flavor::Shopee) {
        static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyz";
        char id[25] = {'c', 'l', 'x'};
        quint64 x = a, y = b;
        for (int i = 0; i < 22; ++i) {
            quint64 &src = i < 11 ? x : y;
            id[3 + i] = alphabet[src % 36];
            src /= 36;
        }
        return QString::fromLatin1(id, 25);
    }
    // Lazada-like ids are UUID v4 strings.
    static const char hex[] = "0123456789abcdef";
    char u[36];
    int at = 0;
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            u[at++] = '-';
        const quint64 src = i < 16 ? a : b;
        int nibble = int((src >> ((i % 16) * 4)) & 15);
        if (i == 12)
            nibble = 4;
        else if (i == 16)
            nibble = 8 | (nibble & 3);
        u[at++] = hex[nibble];
    }
    return QString::fromLatin1(u, 36);
}

Seller &CloneStore::addSeller(Seller seller, const QString &shopName, qint64 createdMs,
                              const QString &currency)
{
    Shop shop;
    shop.id = newId();
    shop.name = shopName;
    shop.currency = currency;
    shop.sellerId = seller.id;
    shop.createdMs = createdMs;
    seller.shopId = shop.id;
    seller.createdMs = createdMs;
    m_shops.append(shop);
    m_sellers.append(seller);
    return m_sellers.last();
}

const Shop &CloneStore::addShop(const QString &sellerId, const QString &name, qint64 createdMs,
                                const QString &currency)
{
    Shop shop;
    shop.id = newId();
    shop.name = name;
    shop.currency = currency;
    shop.sellerId = sellerId;
    shop.createdMs = createdMs;
    m_shops.append(shop);
    return m_shops.last();
}

QList<const Shop *> CloneStore::shopsOf(const Seller &seller) const
{
    QList<const Shop *> out;
    if (const Shop *first = shopById(seller.shopId))
        out.append(first);
    for (const auto &s : m_shops) {
        if (s.sellerId == seller.id && s.id != seller.shopId)
            out.append(&s);
    }
    return out;
}

bool CloneStore::owns(const Seller &seller, const QString &shopId) const
{
    const Shop *shop = shopById(shopId);
    return shop && (shop->sellerId == seller.id || seller.shopId == shopId);
}

const Seller *CloneStore::sellerByEmail(const QString &email) const
{
    for (const auto &s : m_sellers) {
        if (s.email.compare(email.trimmed(), Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

const Seller *CloneStore::sellerById(const QString &id) const
{
    for (const auto &s : m_sellers) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const Shop *CloneStore::shopById(const QString &id) const
{
    for (const auto &s : m_shops) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const Product *CloneStore::product(const QString &id) const
{
    const auto it = m_productIndex.constFind(id);
    return it == m_productIndex.cend() ? nullptr : &m_products[size_t(*it)];
}

void CloneStore::setShopCurrency(const QString &shopId, const QString &currency)
{
    for (Shop &shop : m_shops) {
        if (shop.id == shopId)
            shop.currency = currency;
    }
}

Product *CloneStore::mutableProduct(const QString &id)
{
    const auto it = m_productIndex.constFind(id);
    return it == m_productIndex.cend() ? nullptr : &m_products[size_t(*it)];
}

Product &CloneStore::addProduct(Product p)
{
    m_productIndex.insert(p.id, qsizetype(m_products.size()));
    m_products.push_back(std::move(p));
    return m_products.back();
}

void CloneStore::productChanged(Product &p, qint64 nowMs)
{
    p.updatedMs = nowMs;
    p.jsonCache.clear();
    markChanged();
}

bool CloneStore::removeProduct(const QString &id)
{
    const auto it = m_productIndex.constFind(id);
    if (it == m_productIndex.cend())
        return false;
    m_products.erase(m_products.begin() + *it);
    rebuildProductIndex();
    markChanged();
    return true;
}

void CloneStore::rebuildProductIndex()
{
    m_productIndex.clear();
    m_productIndex.reserve(qsizetype(m_products.size()));
    for (size_t i = 0; i < m_products.size(); ++i)
        m_productIndex.insert(m_products[i].id, qsizetype(i));
}

const Order *CloneStore::order(const QString &id) const
{
    const auto it = m_orderIndex.constFind(id);
    return it == m_orderIndex.cend() ? nullptr : &m_orders[size_t(*it)];
}

Order *CloneStore::mutableOrder(const QString &id)
{
    const auto it = m_orderIndex.constFind(id);
    return it == m_orderIndex.cend() ? nullptr : &m_orders[size_t(*it)];
}

Order &CloneStore::addOrder(Order o, bool applyStock)
{
    if (applyStock && !releasesStock(o.status)) {
        for (const auto &item : o.items) {
            if (Product *p = mutableProduct(item.productId)) {
                p->stock = std::max(0, p->stock - item.quantity);
                p->quantity = std::max(0, p->quantity - item.quantity);
                p->updatedMs = std::max(p->updatedMs, o.createdMs);
                p->jsonCache.clear();
            }
        }
    }
    m_orderIndex.insert(o.id, qsizetype(m_orders.size()));
    m_orders.push_back(std::move(o));
    return m_orders.back();
}

bool CloneStore::setOrderStatus(const QString &id, OrderStatus status, qint64 nowMs)
{
    Order *o = mutableOrder(id);
    if (!o)
        return false;
    const bool wasReleased = releasesStock(o->status);
    const bool nowReleased = releasesStock(status);
    if (wasReleased != nowReleased) {
        for (const auto &item : o->items) {
            if (Product *p = mutableProduct(item.productId)) {
                const int delta = nowReleased ? item.quantity : -item.quantity;
                p->stock = std::max(0, p->stock + delta);
                p->quantity = std::max(0, p->quantity + delta);
                productChanged(*p, nowMs);
            }
        }
    }
    o->status = status;
    o->updatedMs = nowMs;
    o->jsonCache.clear();
    markChanged();
    return true;
}

QByteArray CloneStore::productJson(const Product &p, const RenderOptions &r) const
{
    if (r.cacheable() && !p.jsonCache.isEmpty())
        return p.jsonCache;
    QByteArray out;
    out.reserve(420);
    JsonOut j(out, r.numbersAsStrings);
    j.beginObject();
    j.key("id").string(p.id);
    j.key("sku").string(p.sku);
    j.key("name").string(p.name);
    j.key("description").string(p.description);
    j.key("price").money(p.price);
    j.key("cost").moneyOrNull(p.cost);
    j.key("stock").integer(p.stock);
    j.key("quantity").integer(p.quantity);
    j.key("expiryDate").isoTimeOrNull(p.expiryMs);
    j.key("category").string(p.category);
    j.key("imageUrl").string(p.imageUrl);
    j.key("platform").string(platformEnum(m_flavor));
    j.key("createdAt").isoTime(p.createdMs);
    j.key("updatedAt").isoTime(p.updatedMs);
    j.endObject();
    if (r.cacheable())
        p.jsonCache = out;
    return out;
}

QByteArray CloneStore::orderJson(const Order &o, const RenderOptions &r) const
{
    if (r.cacheable() && !o.jsonCache.isEmpty())
        return o.jsonCache;
    QByteArray out;
    out.reserve(200 + 160 * o.items.size());
    JsonOut j(out, r.numbersAsStrings);
    const Shop *shop = shopById(o.shopId);
    j.beginObject();
    j.key("id").string(o.id);
    j.key("shopId").string(o.shopId);
    j.key("shopName").string(shop ? shop->name : QString());
    j.key("items").beginArray();
    for (const auto &i : o.items) {
        j.beginObject();
        j.key("productId").string(i.productId);
        if (!i.bare)
            j.key("productName").string(i.productName);
        j.key("quantity").integer(i.quantity);
        j.key("price").money(i.price);
        if (!i.bare) {
            j.key("subtotal").money(i.price * i.quantity);
            j.key("imageUrl").string(i.imageUrl);
        }
        j.endObject();
    }
    j.endArray();
    const qint64 total = o.total();
    j.key("total").money(total);
    j.key("revenue").money(total);
    j.key("profit").money(o.profit());
    j.key("status").string(statusText(m_flavor, o.status, r.lowercaseStatuses));
    j.key("customerName").string(o.customerName);
    j.key("customerEmail").string(o.customerEmail);
    j.key("createdAt").isoTime(o.createdMs);
    j.endObject();
    if (r.cacheable())
        o.jsonCache = out;
    return out;
}

QByteArray CloneStore::shopJson(const Shop &s, bool withPlatform) const
{
    QByteArray out;
    JsonOut j(out);
    j.beginObject();
    j.key("id").string(s.id);
    j.key("name").string(s.name);
    j.key("currency").string(s.currency);
    if (withPlatform)
        j.key("platform").string(platformEnum(m_flavor));
    j.endObject();
    return out;
}

// ---- persistence ----

static QJsonValue optMoney(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

static QJsonValue nullableString(const QString &s)
{
    return s.isNull() ? QJsonValue() : QJsonValue(s);
}

static QString stringOrNull(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString();
}

QJsonObject CloneStore::toJson() const
{
    QJsonArray sellers;
    for (const auto &s : m_sellers) {
        sellers.append(QJsonObject{{u"id"_s, s.id},
                                   {u"email"_s, s.email},
                                   {u"password"_s, s.password},
                                   {u"token"_s, QString::fromLatin1(m_sellerTokens.value(s.id))},
                                   {u"firstName"_s, s.firstName},
                                   {u"lastName"_s, s.lastName},
                                   {u"shopId"_s, s.shopId},
                                   {u"createdMs"_s, double(s.createdMs)}});
    }
    QJsonArray shops;
    for (const auto &s : m_shops) {
        shops.append(QJsonObject{{u"id"_s, s.id},
                                 {u"name"_s, s.name},
                                 {u"sellerId"_s, s.sellerId},
                                 {u"currency"_s, s.currency},
                                 {u"createdMs"_s, double(s.createdMs)}});
    }
    QJsonArray products;
    for (const auto &p : m_products) {
        products.append(QJsonObject{{u"id"_s, p.id},
                                    {u"shopId"_s, p.shopId},
                                    {u"sku"_s, p.sku},
                                    {u"name"_s, p.name},
                                    {u"description"_s, nullableString(p.description)},
                                    {u"category"_s, p.category},
                                    {u"imageUrl"_s, nullableString(p.imageUrl)},
                                    {u"price"_s, double(p.price)},
                                    {u"cost"_s, optMoney(p.cost)},
                                    {u"stock"_s, p.stock},
                                    {u"quantity"_s, p.quantity},
                                    {u"threshold"_s, p.threshold},
                                    {u"expiryMs"_s, optMoney(p.expiryMs)},
                                    {u"createdMs"_s, double(p.createdMs)},
                                    {u"updatedMs"_s, double(p.updatedMs)},
                                    {u"active"_s, p.active}});
    }
    QJsonArray orders;
    for (const auto &o : m_orders) {
        QJsonArray items;
        for (const auto &i : o.items) {
            items.append(QJsonObject{{u"productId"_s, i.productId},
                                     {u"productName"_s, i.productName},
                                     {u"imageUrl"_s, nullableString(i.imageUrl)},
                                     {u"quantity"_s, i.quantity},
                                     {u"price"_s, double(i.price)},
                                     {u"unitCost"_s, double(i.unitCost)},
                                     {u"bare"_s, i.bare}});
        }
        orders.append(QJsonObject{{u"id"_s, o.id},
                                  {u"shopId"_s, o.shopId},
                                  {u"items"_s, items},
                                  {u"status"_s, int(o.status)},
                                  {u"customerName"_s, o.customerName},
                                  {u"customerEmail"_s, o.customerEmail},
                                  {u"buyerId"_s, o.buyerId},
                                  {u"shippingAddress"_s, o.shippingAddress},
                                  {u"paymentMethod"_s, o.paymentMethod},
                                  {u"createdMs"_s, double(o.createdMs)},
                                  {u"updatedMs"_s, double(o.updatedMs)}});
    }
    return QJsonObject{{u"format"_s, u"bva-clone-state/1"_s},
                       {u"flavor"_s, flavorName(m_flavor)},
                       {u"jwtSecret"_s, QString::fromLatin1(m_jwtSecret.toBase64())},
                       {u"refreshGrants"_s, m_refreshGrants.toJson()},
                       {u"idCounter"_s, double(m_idCounter)},
                       {u"sellers"_s, sellers},
                       {u"shops"_s, shops},
                       {u"products"_s, products},
                       {u"orders"_s, orders}};
}

bool CloneStore::fromJson(const QJsonObject &json, QString *error)
{
    if (json.value(u"format"_s).toString() != u"bva-clone-state/1") {
        *error = tr("not a bva-clone state file");
        return false;
    }
    if (json.value(u"flavor"_s).toString() != flavorName(m_flavor)) {
        *error = tr("the state file belongs to the %1 flavour").arg(json.value(u"flavor"_s).toString());
        return false;
    }
    m_jwtSecret = QByteArray::fromBase64(json.value(u"jwtSecret"_s).toString().toLatin1());
    m_refreshGrants.fromJson(json.value(u"refreshGrants"_s).toObject());
    m_idCounter = quint64(json.value(u"idCounter"_s).toDouble());
    // Fresh ids after a restart must not repeat the ones already handed out.
    m_rng.reseed(m_rng.next() ^ m_idCounter ^ quint64(Clock::nowMs()));
    m_sellers.clear();
    m_shops.clear();
    m_products.clear();
    m_orders.clear();
    m_orderIndex.clear();
    const QJsonArray sellers = json.value(u"sellers"_s).toArray();
    for (const auto v : sellers) {
        const QJsonObject o = v.toObject();
        Seller s;
        s.id = o.value(u"id"_s).toString();
        s.email = o.value(u"email"_s).toString();
        s.password = o.value(u"password"_s).toString();
        s.firstName = o.value(u"firstName"_s).toString();
        s.lastName = o.value(u"lastName"_s).toString();
        s.shopId = o.value(u"shopId"_s).toString();
        s.createdMs = qint64(o.value(u"createdMs"_s).toDouble());
        if (const QString token = o.value(u"token"_s).toString(); !token.isEmpty())
            m_sellerTokens.insert(s.id, token.toLatin1());
        m_sellers.append(s);
    }
    const QJsonArray shops = json.value(u"shops"_s).toArray();
    for (const auto v : shops) {
        const QJsonObject o = v.toObject();
        // States saved before shops had a currency are Philippine shops.
        m_shops.append(Shop{o.value(u"id"_s).toString(), o.value(u"name"_s).toString(),
                            o.value(u"sellerId"_s).toString(), qint64(o.value(u"createdMs"_s).toDouble()),
                            o.value(u"currency"_s).toString(u"PHP"_s)});
    }
    const QJsonArray products = json.value(u"products"_s).toArray();
    for (const auto v : products) {
        const QJsonObject o = v.toObject();
        Product p;
        p.id = o.value(u"id"_s).toString();
        p.shopId = o.value(u"shopId"_s).toString();
        p.sku = o.value(u"sku"_s).toString();
        p.name = o.value(u"name"_s).toString();
        p.description = stringOrNull(o.value(u"description"_s));
        p.category = o.value(u"category"_s).toString();
        p.imageUrl = stringOrNull(o.value(u"imageUrl"_s));
        p.price = qint64(o.value(u"price"_s).toDouble());
        if (!o.value(u"cost"_s).isNull())
            p.cost = qint64(o.value(u"cost"_s).toDouble());
        p.stock = o.value(u"stock"_s).toInt();
        p.quantity = o.value(u"quantity"_s).toInt();
        p.threshold = o.value(u"threshold"_s).toInt(10);
        if (!o.value(u"expiryMs"_s).isNull())
            p.expiryMs = qint64(o.value(u"expiryMs"_s).toDouble());
        p.createdMs = qint64(o.value(u"createdMs"_s).toDouble());
        p.updatedMs = qint64(o.value(u"updatedMs"_s).toDouble());
        p.active = o.value(u"active"_s).toBool(true);
        m_products.push_back(std::move(p));
    }
    rebuildProductIndex();
    const QJsonArray orders = json.value(u"orders"_s).toArray();
    for (const auto v : orders) {
        const QJsonObject o = v.toObject();
        Order order;
        order.id = o.value(u"id"_s).toString();
        order.shopId = o.value(u"shopId"_s).toString();
        const QJsonArray items = o.value(u"items"_s).toArray();
        for (const auto iv : items) {
            const QJsonObject io = iv.toObject();
            OrderItem item;
            item.productId = io.value(u"productId"_s).toString();
            item.productName = io.value(u"productName"_s).toString();
            item.imageUrl = stringOrNull(io.value(u"imageUrl"_s));
            item.quantity = io.value(u"quantity"_s).toInt();
            item.price = qint64(io.value(u"price"_s).toDouble());
            item.unitCost = qint64(io.value(u"unitCost"_s).toDouble());
            item.bare = io.value(u"bare"_s).toBool();
            order.items.append(item);
        }
        order.status = OrderStatus(std::clamp(o.value(u"status"_s).toInt(), 0, int(OrderStatus::Failed)));
        order.customerName = o.value(u"customerName"_s).toString();
        order.customerEmail = o.value(u"customerEmail"_s).toString();
        order.buyerId = o.value(u"buyerId"_s).toString();
        order.shippingAddress = o.value(u"shippingAddress"_s).toString();
        order.paymentMethod = o.value(u"paymentMethod"_s).toString();
        order.createdMs = qint64(o.value(u"createdMs"_s).toDouble());
        order.updatedMs = qint64(o.value(u"updatedMs"_s).toDouble());
        addOrder(std::move(order), false);
    }
    return true;
}

bool CloneStore::saveFile(const QString &path, QString *error) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = f.errorString();
        return false;
    }
    f.write(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
    if (!f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

bool CloneStore::loadFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject()) {
        *error = pe.errorString();
        return false;
    }
    return fromJson(doc.object(), error);
}

} // namespace bva::clone
