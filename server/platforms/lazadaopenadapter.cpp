#include "lazadaopenadapter.h"

#include "openjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

constexpr auto kAuthorize = "/oauth/authorize"_L1;
constexpr auto kTokenCreate = "/auth/token/create"_L1;
constexpr auto kTokenRefresh = "/auth/token/refresh"_L1;
constexpr auto kSeller = "/seller/get"_L1;
constexpr auto kOrders = "/orders/get"_L1;
constexpr auto kOrderItems = "/orders/items/get"_L1;
constexpr auto kProducts = "/products/get"_L1;

enum Step { List = 1, Detail = 2 };

QString amount(const QJsonValue &v, int exponent)
{
    return openplatform::minorUnitsText(v, exponent).value_or(u"unreadable"_s);
}

// Lazada's dates: ISO-8601 with the offset ("2026-12-01T00:00:00+00:00").
QString isoWithOffset(const QDateTime &at)
{
    return at.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"+00:00"_s;
}

class LazadaOrderPlan final : public FetchPlan
{
public:
    explicit LazadaOrderPlan(PlanContext context)
        : m_context(std::move(context))
    {}

    std::optional<ApiCall> next() override
    {
        if (!m_waiting.isEmpty() && (m_listDone || m_waiting.size() >= LazadaOpenAdapter::kMaxBatch)) {
            ApiCall c;
            c.path = kOrderItems;
            c.step = Detail;
            m_batch = m_waiting.mid(0, LazadaOpenAdapter::kMaxBatch);
            m_waiting.remove(0, m_batch.size());
            QStringList ids;
            for (const QJsonObject &o : std::as_const(m_batch))
                ids.append(openjson::idText(o.value("order_id"_L1)));
            c.params = {{u"order_ids"_s, u'[' + ids.join(u',') + u']'}};
            return c;
        }
        if (m_listDone)
            return std::nullopt;
        ApiCall c;
        c.path = kOrders;
        c.step = List;
        c.params = {{u"update_after"_s, isoWithOffset(m_context.from)},
                    {u"sort_by"_s, u"updated_at"_s},
                    {u"sort_direction"_s, u"ASC"_s},
                    {u"offset"_s, QString::number(m_offset)},
                    {u"limit"_s, QString::number(limit())}};
        return c;
    }

    Result<QJsonArray> accept(const ApiCall &call, const QByteArray &body) override
    {
        auto o = openjson::object(body);
        if (!o)
            return o.error();
        if (call.step == List) {
            const QJsonObject data = o->value("data"_L1).toObject();
            const QJsonArray orders = data.value("orders"_L1).toArray();
            for (const QJsonValue &v : orders) {
                const QJsonObject order = v.toObject();
                const QString id = openjson::idText(order.value("order_id"_L1));
                if (!id.isEmpty() && !m_seen.contains(id)) {
                    m_seen.insert(id);
                    m_waiting.append(order);
                }
            }
            m_offset += orders.size();
            const qint64 total = data.value("countTotal"_L1).toInteger(-1);
            if (orders.size() < limit() || (total >= 0 && m_offset >= total))
                m_listDone = true;
            return QJsonArray();
        }
        QHash<QString, QJsonArray> lines;
        const QJsonArray listed = o->value("data"_L1).toArray();
        for (const QJsonValue &v : listed) {
            const QJsonObject entry = v.toObject();
            lines.insert(openjson::idText(entry.value("order_id"_L1)),
                         entry.value("order_items"_L1).toArray());
        }
        QJsonArray out;
        for (const QJsonObject &order : std::as_const(m_batch)) {
            const QString id = openjson::idText(order.value("order_id"_L1));
            out.append(LazadaOpenAdapter::normalisedOrder(order, lines.value(id), m_context.exponent,
                                                          m_context.productBySku));
        }
        m_batch.clear();
        m_done += int(out.size());
        return out;
    }

private:
    int limit() const { return std::clamp(m_context.pageSize, 1, LazadaOpenAdapter::kMaxOrderPage); }

    PlanContext m_context;
    QList<QJsonObject> m_waiting; // listed, items not fetched yet
    QList<QJsonObject> m_batch;   // the orders of the /orders/items/get call in flight
    QSet<QString> m_seen;
    qint64 m_offset = 0;
    bool m_listDone = false;
};

class LazadaProductPlan final : public FetchPlan
{
public:
    explicit LazadaProductPlan(PlanContext context)
        : m_context(std::move(context))
    {}

    std::optional<ApiCall> next() override
    {
        if (m_listDone)
            return std::nullopt;
        ApiCall c;
        c.path = kProducts;
        c.step = List;
        c.params = {{u"filter"_s, u"all"_s},
                    {u"offset"_s, QString::number(m_offset)},
                    {u"limit"_s, QString::number(limit())}};
        if (m_context.from.isValid())
            c.params.append({u"update_after"_s, isoWithOffset(m_context.from)});
        return c;
    }

    Result<QJsonArray> accept(const ApiCall &, const QByteArray &body) override
    {
        auto o = openjson::object(body);
        if (!o)
            return o.error();
        const QJsonObject data = o->value("data"_L1).toObject();
        const QJsonArray products = data.value("products"_L1).toArray();
        QJsonArray out;
        for (const QJsonValue &v : products) {
            const QJsonArray skus = LazadaOpenAdapter::normalisedProducts(v.toObject(), m_context.exponent);
            for (const QJsonValue &sku : skus)
                out.append(sku);
        }
        m_offset += products.size();
        const qint64 total = data.value("total_products"_L1).toInteger(-1);
        if (products.size() < limit() || (total >= 0 && m_offset >= total))
            m_listDone = true;
        m_done += int(out.size());
        return out;
    }

private:
    int limit() const { return std::clamp(m_context.pageSize, 1, LazadaOpenAdapter::kMaxProductPage); }

    PlanContext m_context;
    qint64 m_offset = 0;
    bool m_listDone = false;
};

} // namespace

QString LazadaOpenAdapter::displayName() const
{
    return u"Lazada"_s;
}

QString LazadaOpenAdapter::defaultApiHost(const QString &region) const
{
    static const struct
    {
        const char16_t *region;
        const char16_t *host;
    } hosts[] = {{u"PH", u"https://api.lazada.com.ph/rest"}, {u"ID", u"https://api.lazada.co.id/rest"},
                 {u"MY", u"https://api.lazada.com.my/rest"}, {u"TH", u"https://api.lazada.co.th/rest"},
                 {u"VN", u"https://api.lazada.vn/rest"},     {u"SG", u"https://api.lazada.sg/rest"}};
    for (const auto &row : hosts) {
        if (region.compare(QStringView(row.region), Qt::CaseInsensitive) == 0)
            return QString::fromUtf16(row.host);
    }
    return u"https://api.lazada.com.ph/rest"_s;
}

QString LazadaOpenAdapter::defaultAuthHost(const QString &) const
{
    return u"https://auth.lazada.com"_s;
}

QNetworkRequest LazadaOpenAdapter::signedRequest(const ApiCall &call, const AppCredentials &app,
                                                 const ShopToken &shop, qint64 nowMs, QByteArray *body) const
{
    signing::Params params = call.params;
    params.append({u"app_key"_s, app.appId});
    params.append({u"timestamp"_s, QString::number(nowMs)});
    params.append({u"sign_method"_s, u"sha256"_s});
    if (call.scope == ApiCall::Scope::Shop)
        params.append({u"access_token"_s, QString::fromLatin1(shop.accessToken)});
    params.append({u"sign"_s, QString::fromLatin1(signing::lazadaSign(app.secret, call.path, params))});
    QUrlQuery q;
    for (const auto &[k, v] : std::as_const(params))
        q.addQueryItem(QString::fromUtf8(QUrl::toPercentEncoding(k)),
                       QString::fromUtf8(QUrl::toPercentEncoding(v)));
    QString host = call.onAuthHost ? authHost(app) : apiHost(app);
    while (host.endsWith(u'/'))
        host.chop(1);
    if (call.onAuthHost)
        host += u"/rest"_s;
    QUrl url(host + call.path);
    QNetworkRequest r;
    r.setRawHeader("Accept", "application/json");
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (call.verb == "POST") {
        // The SDKs send a POST's parameters form-encoded in the body.
        r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded;charset=utf-8"_s);
        if (body)
            *body = q.query(QUrl::FullyEncoded).toUtf8();
    } else {
        url.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    }
    r.setUrl(url);
    return r;
}

QUrl LazadaOpenAdapter::authorizeUrl(const AppCredentials &app, const QString &redirectUri,
                                     const QString &state, qint64) const
{
    QString host = authHost(app);
    if (host.endsWith(u'/'))
        host.chop(1);
    QUrl url(host + kAuthorize);
    QUrlQuery q;
    q.addQueryItem(u"response_type"_s, u"code"_s);
    q.addQueryItem(u"force_auth"_s, u"true"_s);
    q.addQueryItem(u"redirect_uri"_s, QString::fromUtf8(QUrl::toPercentEncoding(redirectUri)));
    q.addQueryItem(u"client_id"_s, QString::fromUtf8(QUrl::toPercentEncoding(app.appId)));
    q.addQueryItem(u"state"_s, QString::fromUtf8(QUrl::toPercentEncoding(state)));
    url.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

ApiCall LazadaOpenAdapter::tokenCall(const AppCredentials &, const QString &code, const QString &) const
{
    ApiCall c;
    c.verb = "POST";
    c.path = kTokenCreate;
    c.scope = ApiCall::Scope::Partner;
    c.onAuthHost = true;
    c.params = {{u"code"_s, code}};
    return c;
}

ApiCall LazadaOpenAdapter::refreshCall(const AppCredentials &, const QByteArray &refreshToken,
                                       const QString &) const
{
    ApiCall c;
    c.verb = "POST";
    c.path = kTokenRefresh;
    c.scope = ApiCall::Scope::Partner;
    c.onAuthHost = true;
    c.params = {{u"refresh_token"_s, QString::fromLatin1(refreshToken)}};
    return c;
}

Result<OpenGrant> LazadaOpenAdapter::readGrant(const QByteArray &body, const QDateTime &now) const
{
    auto o = openjson::object(body);
    if (!o)
        return o.error();
    const QString code = openjson::idText(o->value("code"_L1));
    if (!code.isEmpty() && code != u"0")
        return Error::remote(code + u": "_s + o->value("message"_L1).toString().left(200));
    OpenGrant g;
    g.grant.token = o->value("access_token"_L1).toString().toLatin1();
    g.grant.refreshToken = o->value("refresh_token"_L1).toString().toLatin1();
    const qint64 expiresIn = o->value("expires_in"_L1).toInteger(-1);
    if (expiresIn > 0 && expiresIn < 10LL * 365 * 86400)
        g.grant.expiresAt = now.addSecs(expiresIn).toUTC();
    const qint64 refreshIn = o->value("refresh_expires_in"_L1).toInteger(-1);
    if (refreshIn > 0 && refreshIn < 10LL * 365 * 86400)
        g.refreshExpiresAt = now.addSecs(refreshIn).toUTC();
    g.account = o->value("account"_L1).toString();
    g.country = o->value("country"_L1).toString().toUpper();
    const QJsonArray listed = o->value("country_user_info"_L1).toArray();
    for (const QJsonValue &v : listed) {
        const QJsonObject info = v.toObject();
        const QString seller = openjson::idText(info.value("seller_id"_L1));
        if (!seller.isEmpty() && !g.shopIds.contains(seller))
            g.shopIds.append(seller);
        if (g.country.isEmpty() || g.country == u"CB")
            g.country = info.value("country"_L1).toString().toUpper();
    }
    if (g.grant.token.isEmpty() || g.grant.token.size() > 8192 || g.grant.refreshToken.size() > 8192)
        return Error::parse(u"the token answer carries no usable access token"_s);
    return g;
}

ApiCall LazadaOpenAdapter::shopInfoCall() const
{
    ApiCall c;
    c.path = kSeller;
    return c;
}

Result<RemoteShop> LazadaOpenAdapter::readShopInfo(const QByteArray &body, const QString &shopId,
                                                   const QString &region) const
{
    auto o = openjson::object(body);
    if (!o)
        return o.error();
    const QJsonObject data = o->value("data"_L1).toObject();
    RemoteShop shop;
    shop.externalId = openjson::idText(data.value("seller_id"_L1));
    if (shop.externalId.isEmpty())
        shop.externalId = shopId;
    shop.name = data.value("name"_L1).toString().trimmed();
    if (shop.name.isEmpty())
        shop.name = data.value("name_company"_L1).toString().trimmed();
    if (shop.name.isEmpty())
        shop.name = u"Lazada shop "_s + shop.externalId;
    shop.platform = Platform::Lazada;
    shop.currency = openplatform::currencyOfRegion(region);
    return shop;
}

std::optional<FetchError> LazadaOpenAdapter::checkAnswer(int httpStatus, const QByteArray &body) const
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString code = openjson::idText(o.value("code"_L1));
    const bool ok2xx = httpStatus >= 200 && httpStatus < 300;
    if (ok2xx && (code.isEmpty() || code == u"0"))
        return std::nullopt;
    FetchError e;
    e.kind = FetchError::Kind::Http;
    e.httpStatus = httpStatus;
    const QString message = o.value("message"_L1).toString().left(200);
    e.message = u"Lazada: "_s + (code.isEmpty() ? u"HTTP "_s + QString::number(httpStatus) : code) +
                (message.isEmpty() ? QString() : u" ("_s + message + u')');
    if (code == u"IllegalAccessToken" || code == u"MissingAccessToken" || code == u"AccessTokenExpired" ||
        code == u"InvalidAccessToken")
        e.httpStatus = 401;
    else if (httpStatus == 429 || code.endsWith(u"CallLimit") || code == u"AppInvokeLimit" ||
             code.contains(u"Throttl"))
        e.httpStatus = 429;
    else if (httpStatus >= 500 || code == u"ServiceTimeout" || code == u"ServiceUnavailable" ||
             code.startsWith(u"ISP."))
        e.httpStatus = httpStatus >= 500 ? httpStatus : 503;
    else if (!code.isEmpty()) {
        e.kind = FetchError::Kind::Api;
        e.httpStatus = ok2xx ? 400 : httpStatus;
    }
    return e;
}

std::unique_ptr<FetchPlan> LazadaOpenAdapter::productPlan(const PlanContext &context) const
{
    return std::make_unique<LazadaProductPlan>(context);
}

std::unique_ptr<FetchPlan> LazadaOpenAdapter::orderPlan(const PlanContext &context) const
{
    return std::make_unique<LazadaOrderPlan>(context);
}

QJsonObject LazadaOpenAdapter::normalisedOrder(const QJsonObject &order, const QJsonArray &lines,
                                               int exponent, const QHash<QString, QString> &productBySku)
{
    QJsonObject o;
    o.insert(u"id"_s, openjson::idText(order.value("order_id"_L1)));
    const QJsonArray statuses = order.value("statuses"_L1).toArray();
    o.insert(u"status"_s,
             statuses.isEmpty() ? order.value("status"_L1).toString() : statuses.at(0).toString());
    o.insert(u"total"_s, amount(order.value("price"_L1), exponent));
    if (const QString at = openjson::isoFromLocalText(order.value("created_at"_L1)); !at.isEmpty())
        o.insert(u"createdAt"_s, at);
    if (const QString at = openjson::isoFromLocalText(order.value("updated_at"_L1)); !at.isEmpty())
        o.insert(u"updatedAt"_s, at);
    const QString fullName = order.value("customer_first_name"_L1).toString() + u' ' +
                             order.value("customer_last_name"_L1).toString();
    const QString name = fullName.trimmed();
    if (!name.isEmpty())
        o.insert(u"customerName"_s, name);
    // One line per unit: lines of the same product at the same price become one item.
    QJsonArray items;
    QHash<QString, qsizetype> at;
    for (const QJsonValue &v : lines) {
        const QJsonObject line = v.toObject();
        const QString sku = line.value("sku"_L1).toString();
        QString product = productBySku.value(sku);
        if (product.isEmpty())
            product = openjson::idText(line.value("product_id"_L1));
        if (product.isEmpty())
            product = sku;
        const QString price = amount(line.value("item_price"_L1), exponent);
        const QString key = product + u'|' + price;
        if (const auto found = at.constFind(key); found != at.constEnd()) {
            QJsonObject item = items.at(*found).toObject();
            item.insert(u"quantity"_s, item.value("quantity"_L1).toInt() + 1);
            items.replace(*found, item);
            continue;
        }
        at.insert(key, items.size());
        items.append(QJsonObject{{u"productId"_s, product},
                                 {u"productName"_s, line.value("name"_L1).toString()},
                                 {u"quantity"_s, 1},
                                 {u"price"_s, price}});
    }
    o.insert(u"items"_s, items);
    return o;
}

QString LazadaOpenAdapter::skuProductId(const QJsonObject &product, const QJsonObject &sku)
{
    const QString item = openjson::idText(product.value("item_id"_L1));
    if (product.value("skus"_L1).toArray().size() < 2)
        return item;
    QString id = openjson::idText(sku.value("SkuId"_L1));
    if (id.isEmpty())
        id = sku.value("SellerSku"_L1).toString();
    return item + u':' + id;
}

QJsonArray LazadaOpenAdapter::normalisedProducts(const QJsonObject &product, int exponent)
{
    const QJsonObject attributes = product.value("attributes"_L1).toObject();
    const QString name = attributes.value("name"_L1).toString();
    const QJsonArray skus = product.value("skus"_L1).toArray();
    QJsonArray out;
    for (qsizetype i = 0; i < std::max<qsizetype>(1, skus.size()); ++i) {
        const QJsonObject sku = skus.at(i).toObject();
        QJsonObject p;
        p.insert(u"id"_s, skuProductId(product, sku));
        QString variation;
        for (const char *key : {"Variation", "variation", "color_family", "size"}) {
            variation = sku.value(QLatin1StringView(key)).toString();
            if (!variation.isEmpty())
                break;
        }
        if (variation.isEmpty())
            variation = sku.value("SellerSku"_L1).toString();
        p.insert(u"name"_s, skus.size() > 1 ? QString(name + u" - "_s + variation) : name);
        if (attributes.contains("description"_L1))
            p.insert(u"description"_s, attributes.value("description"_L1).toString());
        p.insert(u"sku"_s, sku.value("SellerSku"_L1).toString());
        QJsonValue price = sku.value("special_price"_L1);
        const auto special = openplatform::minorUnitsText(price, exponent);
        if (!special || *special == u"0")
            price = sku.value("price"_L1);
        p.insert(u"price"_s, amount(price, exponent));
        const QJsonValue q = sku.value("quantity"_L1);
        p.insert(u"stock"_s, q.isString() ? q.toString().toLongLong() : q.toInteger());
        const QJsonArray images = sku.value("Images"_L1).toArray();
        if (!images.isEmpty())
            p.insert(u"imageUrl"_s, images.at(0).toString());
        if (const QString at = openjson::isoFromMillis(product.value("created_time"_L1)); !at.isEmpty())
            p.insert(u"createdAt"_s, at);
        if (const QString at = openjson::isoFromMillis(product.value("updated_time"_L1)); !at.isEmpty())
            p.insert(u"updatedAt"_s, at);
        // The item's status, and a SKU's own when it says one (an inactive SKU of a live item).
        const auto isActive = [](const QJsonValue &v) {
            return v.toString().compare(u"active", Qt::CaseInsensitive) == 0;
        };
        if (product.contains("status"_L1) || sku.contains("Status"_L1)) {
            p.insert(u"isActive"_s,
                     (!product.contains("status"_L1) || isActive(product.value("status"_L1))) &&
                         (!sku.contains("Status"_L1) || isActive(sku.value("Status"_L1))));
        }
        out.append(p);
    }
    return out;
}

Result<PushNotice> LazadaOpenAdapter::readPush(const AppCredentials &app, const QByteArray &,
                                               const QByteArray &authorization, const QByteArray &body) const
{
    if (!app.complete())
        return Error::unauthorized(u"no Lazada app is configured to check the push with"_s);
    if (!signing::sameSignature(signing::lazadaPushSignature(app.secret, app.appId, body), authorization))
        return Error::unauthorized(u"the push signature does not match"_s);
    auto o = openjson::object(body);
    if (!o)
        return o.error();
    PushNotice n;
    const QJsonObject data = o->value("data"_L1).toObject();
    n.code = openjson::idText(o->value("message_type"_L1));
    n.shopId = openjson::idText(o->value("seller_id"_L1));
    if (n.shopId.isEmpty() || n.shopId == u"null")
        n.shopId = openjson::idText(data.value("seller_id"_L1));
    const int type = n.code.toInt();
    if (n.code == u"0" || type == 10) { // trade order, reverse (return/refund) order
        n.topic = PushNotice::Topic::Order;
        n.recordId = openjson::idText(data.value("trade_order_id"_L1));
        n.rawStatus = data.value("order_status"_L1).toString();
        if (const QString at = openjson::isoFromSeconds(data.value("status_update_time"_L1)); !at.isEmpty())
            n.updatedAt = QDateTime::fromString(at, Qt::ISODate);
    } else if (type == 3 || type == 4) { // product quality control, product update
        n.topic = PushNotice::Topic::Product;
        n.recordId = openjson::idText(data.value("item_id"_L1));
    } else if (type == 8) { // authorization expiry alert
        n.topic = PushNotice::Topic::Authorization;
    }
    return n;
}

} // namespace bva
