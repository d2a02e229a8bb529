#include "restapi.h"

#include "clock.h"
#include "envelope.h"
#include "jsonout.h"
#include "tokenservice.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace bva::clone {

namespace {

std::optional<QJsonObject> jsonBody(const HttpRequest &r)
{
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

std::optional<qint64> moneyFrom(const QJsonValue &v)
{
    double d = 0;
    if (v.isDouble())
        d = v.toDouble();
    else if (v.isString()) {
        bool ok = false;
        d = v.toString().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(d) || d < 0 || d > 1e9)
        return std::nullopt;
    return qint64(std::llround(d * 100));
}

std::optional<int> intFrom(const QJsonValue &v)
{
    if (v.isDouble())
        return int(v.toDouble());
    if (v.isString()) {
        bool ok = false;
        const int i = v.toString().toInt(&ok);
        if (ok)
            return i;
    }
    return std::nullopt;
}

struct Paging
{
    bool on = false;
    qsizetype page = 1;
    qsizetype pageSize = 50;
    qsizetype drift = 0; // Faults::pageDrift
    bool hidden = false; // Faults::hidePagination
};

Paging pagingFrom(const QUrlQuery &q, const Faults &faults)
{
    Paging p;
    p.drift = faults.pageDrift;
    p.hidden = faults.hidePagination;
    if (!q.hasQueryItem(u"page"_s) && !q.hasQueryItem(u"pageSize"_s))
        return p;
    p.on = true;
    p.page = std::max<qsizetype>(1, q.queryItemValue(u"page"_s).toLongLong());
    const qsizetype size = q.queryItemValue(u"pageSize"_s).toLongLong();
    p.pageSize = size > 0 ? std::min<qsizetype>(size, 10000) : 50;
    return p;
}

// Serialises only the requested slice of the matching records into "[a,b,…]".
template <typename Record, typename Serialise>
HttpResponse listResponse(const std::vector<const Record *> &all, const Paging &paging, Serialise serialise)
{
    const qsizetype total = qsizetype(all.size());
    qsizetype from = 0;
    qsizetype to = total;
    if (paging.on) {
        from = std::min(total, (paging.page - 1) * paging.pageSize);
        if (paging.page > 1)
            from = std::clamp<qsizetype>(from + paging.drift, 0, total);
        to = std::min(total, from + paging.pageSize);
    }
    QList<QByteArray> parts;
    parts.reserve(to - from);
    qsizetype bytes = 2;
    for (qsizetype i = from; i < to; ++i) {
        parts.append(serialise(*all[size_t(i)]));
        bytes += parts.last().size() + 1;
    }
    QByteArray data;
    data.reserve(bytes);
    data += '[';
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i)
            data += ',';
        data += parts[i];
    }
    data += ']';
    QByteArray extra;
    if (paging.on && !paging.hidden) {
        extra = "\"pagination\":{\"page\":" + QByteArray::number(paging.page) +
                ",\"pageSize\":" + QByteArray::number(paging.pageSize) +
                ",\"total\":" + QByteArray::number(total) + '}';
    }
    return okResponse(data, 200, extra);
}

} // namespace

RestApi::RestApi(CloneStore &store, TokenService &tokens, const Faults &faults)
    : m_store(store)
    , m_tokens(tokens)
    , m_faults(faults)
{}

HttpResponse RestApi::error(int status, const QString &text) const
{
    return errorResponse(m_store.flavor(), status, text);
}

std::optional<HttpResponse> RestApi::handle(const HttpRequest &r)
{
    const QString &path = r.path;
    if (!path.startsWith(u"/api/"))
        return std::nullopt;
    const QByteArray &m = r.method;
    static const QRegularExpression productsOfShopRe(u"^/api/products/shop/([^/]+)/?$"_s);
    static const QRegularExpression ordersOfShopRe(u"^/api/orders/seller/([^/]+)/?$"_s);
    static const QRegularExpression productRe(u"^/api/products/([^/]+)/?$"_s);
    static const QRegularExpression stockRe(u"^/api/products/([^/]+)/stock/?$"_s);
    static const QRegularExpression orderStatusRe(u"^/api/orders/([^/]+)/status/?$"_s);

    if (path == u"/api/auth/login" && m == "POST")
        return login(r);
    if (path == u"/api/auth/me" && m == "GET")
        return me(r);
    if (path == u"/api/auth/refresh" && m == "POST")
        return refresh(r);
    if (path == u"/api/auth/grant" && m == "POST")
        return grant(r);
    if (path == u"/api/products" && m == "POST")
        return createProduct(r);
    if (path == u"/api/orders" && m == "POST")
        return checkout(r);
    QRegularExpressionMatch match;
    if (m == "GET" && (match = productsOfShopRe.match(path)).hasMatch())
        return productsOfShop(r, match.captured(1));
    if (m == "GET" && (match = ordersOfShopRe.match(path)).hasMatch())
        return ordersOfShop(r, match.captured(1));
    if ((m == "PATCH" || m == "PUT" || m == "POST") && (match = stockRe.match(path)).hasMatch())
        return changeStock(r, match.captured(1));
    if ((m == "PATCH" || m == "PUT") && (match = orderStatusRe.match(path)).hasMatch())
        return changeOrderStatus(r, match.captured(1));
    if ((match = productRe.match(path)).hasMatch()) {
        if (m == "PUT" || m == "PATCH")
            return updateProduct(r, match.captured(1));
        if (m == "DELETE")
            return deleteProduct(r, match.captured(1));
    }
    return error(404, tr("Route not found"));
}

const Seller *RestApi::authenticate(const HttpRequest &r, HttpResponse *failure) const
{
    TokenService::Failure why = TokenService::Failure::None;
    const Seller *seller = m_tokens.authenticate(r.header("authorization"), &why);
    if (!seller)
        *failure = errorResponse(m_store.flavor(), 401, TokenService::failureText(why),
                                 TokenService::failureReason(why));
    return seller;
}

void RestApi::writeGrant(JsonOut &j, const TokenService::Grant &g)
{
    const qint64 now = Clock::nowSecs();
    j.key("token").string(QString::fromLatin1(g.accessToken));
    j.key("refreshToken").string(QString::fromLatin1(g.refreshToken));
    j.key("tokenType").string(u"Bearer"_s);
    j.key("expiresIn").integer(std::max<qint64>(0, g.expiresAtSecs - now));
    j.key("expiresAt").isoTime(g.expiresAtSecs * 1000);
    j.key("refreshExpiresIn").integer(RefreshGrants::kLifetimeSecs);
}

HttpResponse RestApi::grant(const HttpRequest &r)
{
    HttpResponse failure;
    const Seller *seller = authenticate(r, &failure);
    if (!seller)
        return failure;
    QByteArray data;
    JsonOut j(data);
    j.beginObject();
    writeGrant(j, m_tokens.grant(*seller));
    j.endObject();
    return okResponse(data);
}

HttpResponse RestApi::refresh(const HttpRequest &r)
{
    const auto body = jsonBody(r);
    if (!body)
        return error(400, tr("Invalid JSON body"));
    const QString token = body->value(u"refreshToken"_s).toString(body->value(u"refresh_token"_s).toString());
    if (token.trimmed().isEmpty())
        return errorResponse(m_store.flavor(), 400, tr("refreshToken is required"),
                             u"refresh_token_missing"_s);
    TokenService::RefreshFailure why = TokenService::RefreshFailure::None;
    const auto renewed = m_tokens.refresh(token.trimmed().toLatin1(), &why);
    if (!renewed)
        return errorResponse(m_store.flavor(), 401, TokenService::refreshFailureText(why),
                             TokenService::refreshFailureReason(why));
    QByteArray data;
    JsonOut j(data);
    j.beginObject();
    writeGrant(j, *renewed);
    j.endObject();
    return okResponse(data);
}

HttpResponse RestApi::login(const HttpRequest &r)
{
    const auto body = jsonBody(r);
    if (!body)
        return error(400, tr("Invalid JSON body"));
    const QString email = body->value(u"email"_s).toString();
    const QString password = body->value(u"password"_s).toString();
    if (email.isEmpty() || password.isEmpty())
        return error(400, tr("Email and password are required"));
    const Seller *seller = m_store.sellerByEmail(email);
    if (!seller)
        return error(401, tr("Invalid email or password"));
    if (seller->password != password) {
        if (m_faults.wrongPassword500)
            return error(500, tr("Internal server error"));
        return error(401, tr("Invalid password"));
    }
    QByteArray data;
    JsonOut j(data);
    j.beginObject();
    j.key("user").beginObject();
    j.key("id").string(seller->id);
    j.key("email").string(seller->email);
    j.key("name").string(seller->name());
    j.key("firstName").string(seller->firstName);
    j.key("lastName").string(seller->lastName);
    j.key("role").string(u"SELLER"_s);
    j.key("createdAt").isoTime(seller->createdMs);
    j.endObject();
    j.key("shops").beginArray();
    for (const Shop *shop : m_store.shopsOf(*seller))
        j.raw(m_store.shopJson(*shop, false));
    j.endArray();
    writeGrant(j, m_tokens.grant(*seller));
    j.endObject();
    return okResponse(data);
}

HttpResponse RestApi::me(const HttpRequest &r)
{
    HttpResponse failure;
    const Seller *seller = authenticate(r, &failure);
    if (!seller)
        return failure;
    QByteArray data;
    JsonOut j(data);
    j.beginObject();
    j.key("id").string(seller->id);
    j.key("email").string(seller->email);
    j.key("name").string(seller->name());
    j.key("role").string(u"SELLER"_s);
    j.key("createdAt").isoTime(seller->createdMs);
    j.key("shops").beginArray();
    for (const Shop *shop : m_store.shopsOf(*seller))
        j.raw(m_store.shopJson(*shop, true));
    j.endArray();
    j.endObject();
    return okResponse(data);
}

HttpResponse RestApi::productsOfShop(const HttpRequest &r, const QString &shopId)
{
    // Public like the clones' catalogue, but a token that is shown must be good.
    if (!r.header("authorization").trimmed().isEmpty()) {
        HttpResponse failure;
        if (!authenticate(r, &failure))
            return failure;
    }
    if (!m_store.shopById(shopId))
        return error(404, tr("Shop not found"));
    std::optional<qint64> since;
    if (r.query.hasQueryItem(u"updatedSince"_s)) {
        since = parseIsoMs(r.query.queryItemValue(u"updatedSince"_s, QUrl::FullyDecoded));
        if (!since)
            return error(400, tr("Invalid updatedSince"));
    }
    const RenderOptions opts = render();
    std::vector<const Product *> all;
    const auto &products = m_store.products();
    all.reserve(products.size());
    for (auto it = products.rbegin(); it != products.rend(); ++it) {
        if (it->shopId != shopId || (since && it->updatedMs < *since))
            continue;
        all.push_back(&*it);
    }
    return listResponse(all, pagingFrom(r.query, m_faults),
                        [&](const Product &p) { return m_store.productJson(p, opts); });
}

HttpResponse RestApi::ordersOfShop(const HttpRequest &r, const QString &shopId)
{
    HttpResponse failure;
    const Seller *seller = authenticate(r, &failure);
    if (!seller)
        return failure;
    if (!m_store.shopById(shopId))
        return error(404, tr("Shop not found"));
    if (!m_store.owns(*seller, shopId))
        return error(403, tr("You do not have access to this shop"));

    const QUrlQuery &q = r.query;
    QStringList statuses;
    for (const QString &s : q.queryItemValue(u"status"_s, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts))
        statuses.append(s.trimmed().toLower());
    std::optional<qint64> start, end, since;
    if (q.hasQueryItem(u"startDate"_s) && !q.queryItemValue(u"startDate"_s).isEmpty()) {
        start = parseIsoMs(q.queryItemValue(u"startDate"_s, QUrl::FullyDecoded), false);
        if (!start)
            return error(400, tr("Invalid startDate"));
    }
    if (q.hasQueryItem(u"endDate"_s) && !q.queryItemValue(u"endDate"_s).isEmpty()) {
        end = parseIsoMs(q.queryItemValue(u"endDate"_s, QUrl::FullyDecoded), true);
        if (!end)
            return error(400, tr("Invalid endDate"));
    }
    if (q.hasQueryItem(u"updatedSince"_s)) {
        since = parseIsoMs(q.queryItemValue(u"updatedSince"_s, QUrl::FullyDecoded));
        if (!since)
            return error(400, tr("Invalid updatedSince"));
    }
    const RenderOptions opts = render();
    const Flavor flavor = m_store.flavor();
    std::vector<const Order *> all;
    const auto &orders = m_store.orders();
    for (auto it = orders.rbegin(); it != orders.rend(); ++it) {
        const Order &o = *it;
        if (o.shopId != shopId)
            continue;
        if (start && o.createdMs < *start)
            continue;
        if (end && o.createdMs > *end)
            continue;
        if (since && o.updatedMs < *since)
            continue;
        if (!statuses.isEmpty()) {
            const QString mine = statusText(flavor, o.status).toLower();
            const QString lower = statusText(flavor, o.status, true);
            if (!statuses.contains(mine) && !statuses.contains(lower))
                continue;
        }
        all.push_back(&o);
    }
    return listResponse(all, pagingFrom(q, m_faults),
                        [&](const Order &o) { return m_store.orderJson(o, opts); });
}

QByteArray RestApi::webhooksJson(const QList<Webhook> &hooks)
{
    QByteArray out = "\"webhooks\":[";
    for (qsizetype i = 0; i < hooks.size(); ++i) {
        if (i)
            out += ',';
        out += "{\"path\":\"" + hooks[i].path.toLatin1() + "\",\"body\":" + hooks[i].body + '}';
    }
    out += ']';
    return out;
}

HttpResponse RestApi::createProduct(const HttpRequest &r)
{
    HttpResponse failure;
    const Seller *seller = authenticate(r, &failure);
    if (!seller)
        return failure;
    const auto body = jsonBody(r);
    if (!body)
        return error(400, tr("Invalid JSON body"));
    const QString name = body->value(u"name"_s).toString().trimmed();
    const auto price = moneyFrom(body->value(u"price"_s));
    const auto stock = intFrom(body->value(u"stock"_s));
    if (name.isEmpty() || !price || !stock || *stock < 0)
        return error(400, tr("name, price and stock are required"));
    const qint64 now = Clock::nowMs();
    Product p;
    p.id = m_store.newId();
    // A seller with several shops says which one; otherwise the shop they signed up with.
    p.shopId = body->value(u"shopId"_s).toString(seller->shopId);
    if (!m_store.owns(*seller, p.shopId))
        return error(403, tr("You do not have access to this shop"));
    p.name = name;
    p.sku = body->value(u"sku"_s).toString().trimmed();
    if (p.sku.isEmpty())
        p.sku = u"SKU-"_s + p.id.right(6).toUpper();
    p.price = *price;
    p.cost = moneyFrom(body->value(u"cost"_s));
    p.stock = *stock;
    p.quantity = *stock;
    p.category = body->value(u"category"_s).toString(u"General"_s);
    const QString description = body->value(u"description"_s).toString();
    p.description = description.isEmpty() ? QString() : description;
    const QString image = body->value(u"imageUrl"_s).toString();
    p.imageUrl = image.isEmpty() ? QString() : image;
    p.expiryMs = parseIsoMs(body->value(u"expiryDate"_s).toString(), true);
    p.createdMs = now;
    p.updatedMs = now;
    const Product &added = m_store.addProduct(std::move(p));
    m_store.markChanged();
    return okResponse(m_store.productJson(added, render()), 201,
                      webhooksJson({payloads().productCreated(added)}));
}

HttpResponse RestApi::updateProduct(const HttpRequest &r, const QString &id)
{
    HttpResponse failure;
    const Seller *seller = authenticate(r, &failure);
    if (!seller)
        return failure;
    Product *p = m_store.mutableProduct(id);
    if (!p)
        return error(404, tr("Product not found"));
    if (!m_store.owns(*seller, p->shopId))
        return error(403, tr("You do not own this product"));
    const auto body = jsonBody(r);
    if (!body)
        return error(400, tr("Invalid JSON body"));
    const int oldStock = p->stock;
    if (body->contains(u"name"_s) && !body->value(u"name"_s).toString().trimmed().isEmpty())
        p->name = body->value(u"name"_s).toString().trimmed();
    if (body->contains(u"sku"_s))
        p->sku = body->value(u"sku"_s).toString();
    if (body->contains(u"price"_s)) {
        const auto price = moneyFrom(body->value(u"price"_s));
        if (!price)
            return error(400, tr("Invalid price"));
        p->price = *price;
    }
    if (body->contains(u"cost"_s))
        p->cost = moneyFrom(body->value(u"cost"_s));
    if (body->contains(u"stock"_s)) {
        const auto stock = intFrom(body->value(u"stock"_s));
        if (!stock || *stock < 0)
            return error(400, tr("Invalid stock"));
        p->stock = *stock;
        p->quantity = *stock;
    }
    if (body->contains(u"category"_s))
        p->category = body->value(u"category"_s).toString();
    if (body->contains(u"description"_s)) {
        const QString d = body->value(u"description"_s).toString();
        p->description = d.isEmpty() ? QString() : d;
    }
    if (body->contains(u"imageUrl"_s)) {
        const QString i = body->value(u"imageUrl"_s).toString();
        p->imageUrl = i.isEmpty() ? QString() : i;
    }
    if (body->contains(u"expiryDate"_s))
        p->expiryMs = parseIsoMs(body->value(u"expiryDate"_s).toString(), true);
    if (body->contains(u"isActive"_s))
        p->active = body->value(u"isActive"_s).toBool(true);
    m_store.productChanged(*p, Clock::nowMs());
    QList<Webhook> hooks{payloads().productUpdated(*p)};
    if (p->stock != oldStock)
        hooks.append(payloads().inventoryUpdated(*p));
    return okResponse(m_store.productJson(*p, render()), 200, webhooksJson(hooks));
}

HttpResponse RestApi::deleteProduct(const HttpRequest &r, const QString &id)
{
    HttpResponse failure;
    const Seller *seller = authenticate(r, &failure);
    if (!seller)
        return failure;
    const Product *p = m_store.product(id);
    if (!p)
        return error(404, tr("Product not found"));
    if (!m_store.owns(*seller, p->shopId))
        return error(403, tr("You do not own this product"));
    const QString shopId = p->shopId;
    m_store.removeProduct(id);
    QByteArray data;
    JsonOut(data).string(id);
    return okResponse("{\"id\":" + data + '}', 200, webhooksJson({payloads().productDeleted(id, shopId)}));
}

HttpResponse RestApi::changeStock(const HttpRequest &r, const QString &id)
{
    HttpResponse failure;
    const Seller *seller = authenticate(r, &failure);
    if (!seller)
        return failure;
    Product *p = m_store.mutableProduct(id);
    if (!p)
        return error(404, tr("Product not found"));
    if (!m_store.owns(*seller, p->shopId))
        return error(403, tr("You do not own this product"));
    const auto body = jsonBody(r);
    if (!body)
        return error(400, tr("Invalid JSON body"));
    int stock = p->stock;
    if (const auto s = intFrom(body->value(u"stock"_s)))
        stock = *s;
    else if (const auto d = intFrom(body->value(u"delta"_s)))
        stock = p->stock + *d;
    else
        return error(400, tr("stock or delta is required"));
    if (stock < 0)
        return error(400, tr("Stock cannot be negative"));
    p->stock = stock;
    p->quantity = stock;
    m_store.productChanged(*p, Clock::nowMs());
    return okResponse(m_store.productJson(*p, render()), 200,
                      webhooksJson({payloads().inventoryUpdated(*p)}));
}

HttpResponse RestApi::changeOrderStatus(const HttpRequest &r, const QString &id)
{
    HttpResponse failure;
    const Seller *seller = authenticate(r, &failure);
    if (!seller)
        return failure;
    const Order *o = m_store.order(id);
    if (!o)
        return error(404, tr("Order not found"));
    if (!m_store.owns(*seller, o->shopId))
        return error(403, tr("You do not own this order"));
    const auto body = jsonBody(r);
    if (!body)
        return error(400, tr("Invalid JSON body"));
    const auto status = statusFromText(body->value(u"status"_s).toString());
    if (!status)
        return error(400, tr("Unknown status"));
    const bool released = !releasesStock(o->status) && releasesStock(*status);
    m_store.setOrderStatus(id, *status, Clock::nowMs());
    const Order &moved = *m_store.order(id);
    QList<Webhook> hooks{payloads().orderStatusChanged(moved)};
    if (released) {
        for (const auto &item : moved.items) {
            if (const Product *p = m_store.product(item.productId))
                hooks.append(payloads().inventoryUpdated(*p));
        }
    }
    return okResponse(m_store.orderJson(moved, render()), 200, webhooksJson(hooks));
}

HttpResponse RestApi::checkout(const HttpRequest &r)
{
    const auto body = jsonBody(r);
    if (!body)
        return error(400, tr("Invalid JSON body"));
    const QString shopId = body->value(u"shopId"_s).toString();
    const Shop *shop = m_store.shopById(shopId);
    if (!shop)
        return error(404, tr("Shop not found"));
    const QJsonArray items = body->value(u"items"_s).toArray();
    if (items.isEmpty())
        return error(400, tr("The cart is empty"));
    const qint64 now = Clock::nowMs();
    Order o;
    o.id = m_store.newId();
    o.shopId = shopId;
    o.createdMs = now;
    o.updatedMs = now;
    o.status = OrderStatus::Pending;
    o.customerName = body->value(u"customerName"_s).toString(u"Guest Buyer"_s);
    o.customerEmail = body->value(u"customerEmail"_s).toString(u"guest@example.com"_s);
    o.buyerId = body->value(u"buyerId"_s).toString(m_store.newId());
    o.shippingAddress = body->value(u"shippingAddress"_s).toString(u"Metro Manila"_s);
    o.paymentMethod = body->value(u"paymentMethod"_s).toString(u"COD"_s);
    for (const auto v : items) {
        const QJsonObject io = v.toObject();
        const Product *p = m_store.product(io.value(u"productId"_s).toString());
        const int qty = intFrom(io.value(u"quantity"_s)).value_or(0);
        if (!p || p->shopId != shopId)
            return error(404, tr("Product not found"));
        if (qty <= 0)
            return error(400, tr("Invalid quantity"));
        if (p->stock < qty)
            return error(409, tr("Not enough stock for %1").arg(p->name));
        OrderItem item;
        item.productId = p->id;
        item.productName = p->name;
        item.quantity = qty;
        item.price = p->price;
        item.unitCost = p->cost.value_or(-1);
        item.bare = true;
        o.items.append(item);
    }
    const Order &added = m_store.addOrder(std::move(o));
    m_store.markChanged();
    QList<Webhook> hooks{payloads().orderCreated(added)};
    for (const auto &item : added.items) {
        if (const Product *p = m_store.product(item.productId))
            hooks.append(payloads().inventoryUpdated(*p));
    }
    QByteArray extra = webhooksJson(hooks);
    // The buyer's browser relays the webhook with the seller's token, like the public clones.
    if (const Seller *seller = m_store.sellerById(shop->sellerId))
        extra += ",\"webhookToken\":\"" + m_tokens.webhookToken(*seller) + '"';
    return okResponse(m_store.orderJson(added, render()), 201, extra);
}

} // namespace bva::clone
