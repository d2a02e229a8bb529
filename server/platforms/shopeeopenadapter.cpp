#include "shopeeopenadapter.h"

#include "openjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

constexpr auto kAuthPartner = "/api/v2/shop/auth_partner"_L1;
constexpr auto kTokenGet = "/api/v2/auth/token/get"_L1;
constexpr auto kRefresh = "/api/v2/auth/access_token/get"_L1;
constexpr auto kShopInfo = "/api/v2/shop/get_shop_info"_L1;
constexpr auto kOrderList = "/api/v2/order/get_order_list"_L1;
constexpr auto kOrderDetail = "/api/v2/order/get_order_detail"_L1;
constexpr auto kItemList = "/api/v2/product/get_item_list"_L1;
constexpr auto kItemBaseInfo = "/api/v2/product/get_item_base_info"_L1;

enum Step { List = 1, Detail = 2 };

QString amount(const QJsonValue &v, int exponent)
{
    return openplatform::minorUnitsText(v, exponent).value_or(u"unreadable"_s);
}

// Both lists: a list call (ids, paged), then the details of up to 50 ids per call.
class ShopeePlan : public FetchPlan
{
public:
    explicit ShopeePlan(PlanContext context)
        : m_context(std::move(context))
    {}

    std::optional<ApiCall> next() override
    {
        if (!m_pending.isEmpty()) {
            const QStringList batch = m_pending.mid(0, ShopeeOpenAdapter::kMaxBatch);
            m_pending.remove(0, batch.size());
            return detailCall(batch);
        }
        if (m_listDone)
            return std::nullopt;
        return listCall();
    }

    Result<QJsonArray> accept(const ApiCall &call, const QByteArray &body) override
    {
        auto o = openjson::object(body);
        if (!o)
            return o.error();
        const QJsonObject response = o->value("response"_L1).toObject();
        if (call.step == List) {
            const QJsonArray ids = response.value(listKey()).toArray();
            for (const QJsonValue &v : ids) {
                const QString id = openjson::idText(v.toObject().value(idKey()));
                if (!id.isEmpty() && !m_seen.contains(id)) {
                    m_seen.insert(id);
                    m_pending.append(id);
                }
            }
            listAnswered(response);
            return QJsonArray();
        }
        QJsonArray out;
        const QJsonArray details = response.value(detailKey()).toArray();
        for (const QJsonValue &v : details)
            out.append(normalised(v.toObject()));
        m_done += int(out.size());
        return out;
    }

protected:
    virtual ApiCall listCall() = 0;
    virtual ApiCall detailCall(const QStringList &ids) = 0;
    virtual void listAnswered(const QJsonObject &response) = 0;
    virtual QLatin1StringView listKey() const = 0;
    virtual QLatin1StringView idKey() const = 0;
    virtual QLatin1StringView detailKey() const = 0;
    virtual QJsonObject normalised(const QJsonObject &record) const = 0;

    PlanContext m_context;
    QStringList m_pending;
    QSet<QString> m_seen; // an order updated in two windows is fetched once
    bool m_listDone = false;
};

class ShopeeOrderPlan final : public ShopeePlan
{
public:
    explicit ShopeeOrderPlan(PlanContext context)
        : ShopeePlan(std::move(context))
    {
        m_windows =
            openplatform::splitWindows(m_context.from.toSecsSinceEpoch(), m_context.to.toSecsSinceEpoch(),
                                       ShopeeOpenAdapter::kMaxWindowSeconds);
        m_listDone = m_windows.isEmpty();
    }

private:
    ApiCall listCall() override
    {
        ApiCall c;
        c.path = kOrderList;
        c.step = List;
        const auto &[from, to] = m_windows.at(m_window);
        c.params = {{u"time_range_field"_s, u"update_time"_s},
                    {u"time_from"_s, QString::number(from)},
                    {u"time_to"_s, QString::number(to)},
                    {u"page_size"_s,
                     QString::number(std::clamp(m_context.pageSize, 1, ShopeeOpenAdapter::kMaxPageSize))},
                    {u"response_optional_fields"_s, u"order_status"_s}};
        if (!m_cursor.isEmpty())
            c.params.append({u"cursor"_s, m_cursor});
        return c;
    }
    ApiCall detailCall(const QStringList &ids) override
    {
        ApiCall c;
        c.path = kOrderDetail;
        c.step = Detail;
        c.params = {{u"order_sn_list"_s, ids.join(u',')},
                    {u"response_optional_fields"_s, u"buyer_username,item_list,total_amount"_s}};
        return c;
    }
    void listAnswered(const QJsonObject &response) override
    {
        const bool more = response.value("more"_L1).toBool();
        const QString cursor = response.value("next_cursor"_L1).toString();
        if (more && !cursor.isEmpty() && cursor != m_cursor) {
            m_cursor = cursor;
            return;
        }
        m_cursor.clear();
        if (++m_window >= m_windows.size())
            m_listDone = true;
    }
    QLatin1StringView listKey() const override { return "order_list"_L1; }
    QLatin1StringView idKey() const override { return "order_sn"_L1; }
    QLatin1StringView detailKey() const override { return "order_list"_L1; }
    QJsonObject normalised(const QJsonObject &record) const override
    {
        return ShopeeOpenAdapter::normalisedOrder(record, m_context.exponent);
    }

    QList<QPair<qint64, qint64>> m_windows;
    int m_window = 0;
    QString m_cursor;
};

class ShopeeItemPlan final : public ShopeePlan
{
public:
    using ShopeePlan::ShopeePlan;

private:
    ApiCall listCall() override
    {
        ApiCall c;
        c.path = kItemList;
        c.step = List;
        c.params = {{u"offset"_s, QString::number(m_offset)},
                    {u"page_size"_s,
                     QString::number(std::clamp(m_context.pageSize, 1, ShopeeOpenAdapter::kMaxPageSize))},
                    // Unlisted items are the seller's still: kept inactive, never taken for deleted.
                    {u"item_status"_s, u"NORMAL"_s},
                    {u"item_status"_s, u"UNLIST"_s}};
        if (m_context.from.isValid()) {
            c.params.append({u"update_time_from"_s, QString::number(m_context.from.toSecsSinceEpoch())});
            c.params.append({u"update_time_to"_s, QString::number(m_context.to.toSecsSinceEpoch())});
        }
        return c;
    }
    ApiCall detailCall(const QStringList &ids) override
    {
        ApiCall c;
        c.path = kItemBaseInfo;
        c.step = Detail;
        c.params = {{u"item_id_list"_s, ids.join(u',')}};
        return c;
    }
    void listAnswered(const QJsonObject &response) override
    {
        const auto next = response.value("next_offset"_L1).toInteger(-1);
        if (response.value("has_next_page"_L1).toBool() && next > m_offset) {
            m_offset = next;
            return;
        }
        m_listDone = true;
    }
    QLatin1StringView listKey() const override { return "item"_L1; }
    QLatin1StringView idKey() const override { return "item_id"_L1; }
    QLatin1StringView detailKey() const override { return "item_list"_L1; }
    QJsonObject normalised(const QJsonObject &record) const override
    {
        return ShopeeOpenAdapter::normalisedProduct(record, m_context.exponent);
    }

    qint64 m_offset = 0;
};

} // namespace

QString ShopeeOpenAdapter::displayName() const
{
    return u"Shopee"_s;
}

QString ShopeeOpenAdapter::defaultApiHost(const QString &) const
{
    return u"https://partner.shopeemobile.com"_s;
}

QStringList ShopeeOpenAdapter::knownHosts() const
{
    // https://open.shopee.com/developer-guide/12 (environments): live and the sandbox.
    return {u"partner.shopeemobile.com"_s, u"partner.test-stable.shopeemobile.com"_s,
            u"openplatform.sandbox.test-stable.shopee.sg"_s};
}

QNetworkRequest ShopeeOpenAdapter::signedRequest(const ApiCall &call, const AppCredentials &app,
                                                 const ShopToken &shop, qint64 nowMs, QByteArray *body) const
{
    const qint64 ts = nowMs / 1000;
    const bool shopScoped = call.scope == ApiCall::Scope::Shop;
    QUrlQuery q;
    q.addQueryItem(u"partner_id"_s, app.appId);
    q.addQueryItem(u"timestamp"_s, QString::number(ts));
    if (shopScoped) {
        q.addQueryItem(u"access_token"_s, QString::fromLatin1(shop.accessToken));
        q.addQueryItem(u"shop_id"_s, shop.shopId);
    }
    q.addQueryItem(u"sign"_s,
                   QString::fromLatin1(signing::shopeeSign(app.secret, app.appId, call.path, ts,
                                                           shopScoped ? shop.accessToken : QByteArray(),
                                                           shopScoped ? shop.shopId : QString())));
    for (const auto &[k, v] : call.params)
        q.addQueryItem(k, v);
    QString host = apiHost(app);
    if (host.endsWith(u'/'))
        host.chop(1);
    QUrl url(host + call.path);
    url.setQuery(q);
    QNetworkRequest r(url);
    r.setRawHeader("Accept", "application/json");
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (call.verb == "POST") {
        r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        if (body)
            *body = QJsonDocument(call.body).toJson(QJsonDocument::Compact);
    }
    return r;
}

QUrl ShopeeOpenAdapter::authorizeUrl(const AppCredentials &app, const QString &redirectUri, const QString &,
                                     qint64 nowMs) const
{
    // Shopee has no state parameter: the caller puts its ticket in redirectUri itself.
    const qint64 ts = nowMs / 1000;
    QString host = authHost(app);
    if (host.endsWith(u'/'))
        host.chop(1);
    QUrl url(host + kAuthPartner);
    QUrlQuery q;
    q.addQueryItem(u"partner_id"_s, app.appId);
    q.addQueryItem(u"timestamp"_s, QString::number(ts));
    q.addQueryItem(u"sign"_s,
                   QString::fromLatin1(signing::shopeeSign(app.secret, app.appId, kAuthPartner, ts)));
    q.addQueryItem(u"redirect"_s, QString::fromUtf8(QUrl::toPercentEncoding(redirectUri)));
    url.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

static QJsonValue numberOrText(const QString &id)
{
    bool ok = false;
    const qint64 n = id.toLongLong(&ok);
    return ok ? QJsonValue(n) : QJsonValue(id);
}

ApiCall ShopeeOpenAdapter::tokenCall(const AppCredentials &app, const QString &code,
                                     const QString &shopId) const
{
    ApiCall c;
    c.verb = "POST";
    c.path = kTokenGet;
    c.scope = ApiCall::Scope::Partner;
    c.body = {
        {u"code"_s, code}, {u"shop_id"_s, numberOrText(shopId)}, {u"partner_id"_s, numberOrText(app.appId)}};
    return c;
}

ApiCall ShopeeOpenAdapter::refreshCall(const AppCredentials &app, const QByteArray &refreshToken,
                                       const QString &shopId) const
{
    ApiCall c;
    c.verb = "POST";
    c.path = kRefresh;
    c.scope = ApiCall::Scope::Partner;
    c.body = {{u"refresh_token"_s, QString::fromLatin1(refreshToken)},
              {u"shop_id"_s, numberOrText(shopId)},
              {u"partner_id"_s, numberOrText(app.appId)}};
    return c;
}

Result<OpenGrant> ShopeeOpenAdapter::readGrant(const QByteArray &body, const QDateTime &now) const
{
    auto o = openjson::object(body);
    if (!o)
        return o.error();
    if (const QString error = o->value("error"_L1).toString(); !error.isEmpty())
        return Error::remote(error + u": "_s + o->value("message"_L1).toString().left(200));
    OpenGrant g;
    g.grant.token = o->value("access_token"_L1).toString().toLatin1();
    g.grant.refreshToken = o->value("refresh_token"_L1).toString().toLatin1();
    const qint64 expireIn = o->value("expire_in"_L1).toInteger(-1);
    if (expireIn > 0 && expireIn < 10LL * 365 * 86400)
        g.grant.expiresAt = now.addSecs(expireIn).toUTC();
    const QJsonArray listed = o->value("shop_id_list"_L1).toArray();
    for (const QJsonValue &v : listed) {
        if (const QString id = openjson::idText(v); !id.isEmpty())
            g.shopIds.append(id);
    }
    if (const QString id = openjson::idText(o->value("shop_id"_L1)); !id.isEmpty() && !g.shopIds.contains(id))
        g.shopIds.append(id);
    if (g.grant.token.isEmpty() || g.grant.token.size() > 8192 || g.grant.refreshToken.size() > 8192)
        return Error::parse(u"the token answer carries no usable access token"_s);
    return g;
}

ApiCall ShopeeOpenAdapter::shopInfoCall() const
{
    ApiCall c;
    c.path = kShopInfo;
    return c;
}

Result<RemoteShop> ShopeeOpenAdapter::readShopInfo(const QByteArray &body, const QString &shopId,
                                                   const QString &region) const
{
    auto o = openjson::object(body);
    if (!o)
        return o.error();
    // v2 answers get_shop_info at the top level; some gateways wrap it in "response".
    QJsonObject info = *o;
    if (!info.contains("shop_name"_L1) && info.value("response"_L1).isObject())
        info = info.value("response"_L1).toObject();
    RemoteShop shop;
    shop.externalId = shopId;
    shop.name = info.value("shop_name"_L1).toString().trimmed();
    shop.platform = Platform::Shopee;
    const QString shopRegion = info.value("region"_L1).toString().trimmed();
    shop.currency = openplatform::currencyOfRegion(shopRegion.isEmpty() ? region : shopRegion);
    if (shop.name.isEmpty())
        shop.name = u"Shopee shop "_s + shopId;
    return shop;
}

std::optional<FetchError> ShopeeOpenAdapter::checkAnswer(int httpStatus, const QByteArray &body) const
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString error = o.value("error"_L1).toString();
    const bool ok2xx = httpStatus >= 200 && httpStatus < 300;
    if (ok2xx && error.isEmpty())
        return std::nullopt;
    FetchError e;
    e.kind = FetchError::Kind::Http;
    e.httpStatus = httpStatus;
    const QString message = o.value("message"_L1).toString().left(200);
    e.message = u"Shopee: "_s + (error.isEmpty() ? u"HTTP "_s + QString::number(httpStatus) : error) +
                (message.isEmpty() ? QString() : u" ("_s + message + u')');
    const QString lower = error.toLower();
    // error_auth also says a shop_id or partner_id is wrong: a new token would be refused the same way.
    const QString said = message.toLower();
    const bool notTheToken = lower == u"error_auth" && !said.contains(u"token") &&
                             (said.contains(u"shop") || said.contains(u"partner"));
    if (notTheToken) {
        e.kind = FetchError::Kind::Api;
        e.httpStatus = ok2xx ? 400 : httpStatus;
    } else if (lower == u"error_auth" || lower.contains(u"access_token") ||
               lower.contains(u"acceess_token") || lower == u"error_permission_expired")
        e.httpStatus = 401; // renewed once, then "Reconnect needed"
    else if (httpStatus == 429 || lower.contains(u"too_many_request") || lower == u"error_rate_limit")
        e.httpStatus = 429; // throttled: back off and retry
    else if (httpStatus >= 500 || lower == u"error_server" || lower == u"error_busy" ||
             lower == u"system_busy")
        e.httpStatus = httpStatus >= 500 ? httpStatus : 503;
    else if (!error.isEmpty()) {
        e.kind = FetchError::Kind::Api; // error_param, error_sign, error_permission …: not worth a retry
        e.httpStatus = ok2xx ? 400 : httpStatus;
    }
    return e;
}

std::unique_ptr<FetchPlan> ShopeeOpenAdapter::productPlan(const PlanContext &context) const
{
    return std::make_unique<ShopeeItemPlan>(context);
}

std::unique_ptr<FetchPlan> ShopeeOpenAdapter::orderPlan(const PlanContext &context) const
{
    return std::make_unique<ShopeeOrderPlan>(context);
}

QJsonObject ShopeeOpenAdapter::normalisedOrder(const QJsonObject &order, int exponent)
{
    QJsonObject o;
    o.insert(u"id"_s, openjson::idText(order.value("order_sn"_L1)));
    o.insert(u"status"_s, order.value("order_status"_L1).toString());
    if (order.contains("total_amount"_L1))
        o.insert(u"total"_s, amount(order.value("total_amount"_L1), exponent));
    if (const QString at = openjson::isoFromSeconds(order.value("create_time"_L1)); !at.isEmpty())
        o.insert(u"createdAt"_s, at);
    if (const QString at = openjson::isoFromSeconds(order.value("update_time"_L1)); !at.isEmpty())
        o.insert(u"updatedAt"_s, at);
    if (order.contains("buyer_username"_L1))
        o.insert(u"customerName"_s, order.value("buyer_username"_L1).toString());
    if (order.value("item_list"_L1).isArray()) {
        QJsonArray items;
        const QJsonArray listed = order.value("item_list"_L1).toArray();
        for (const QJsonValue &v : listed) {
            const QJsonObject i = v.toObject();
            QJsonValue price = i.value("model_discounted_price"_L1);
            if (price.isNull() || price.isUndefined())
                price = i.value("model_original_price"_L1);
            items.append(QJsonObject{{u"productId"_s, openjson::idText(i.value("item_id"_L1))},
                                     {u"productName"_s, i.value("item_name"_L1).toString()},
                                     {u"quantity"_s, i.value("model_quantity_purchased"_L1)},
                                     {u"price"_s, amount(price, exponent)}});
        }
        o.insert(u"items"_s, items);
    }
    return o;
}

QJsonObject ShopeeOpenAdapter::normalisedProduct(const QJsonObject &item, int exponent)
{
    QJsonObject p;
    p.insert(u"id"_s, openjson::idText(item.value("item_id"_L1)));
    p.insert(u"name"_s, item.value("item_name"_L1).toString());
    p.insert(u"sku"_s, item.value("item_sku"_L1).toString());
    if (item.contains("description"_L1))
        p.insert(u"description"_s, item.value("description"_L1).toString());
    const QJsonObject price = item.value("price_info"_L1).toArray().at(0).toObject();
    p.insert(u"price"_s, amount(price.contains("current_price"_L1) ? price.value("current_price"_L1)
                                                                   : price.value("original_price"_L1),
                                exponent));
    const QJsonObject stock = item.value("stock_info_v2"_L1).toObject().value("summary_info"_L1).toObject();
    if (stock.contains("total_available_stock"_L1))
        p.insert(u"stock"_s, stock.value("total_available_stock"_L1));
    else if (item.value("stock_info"_L1).isArray())
        p.insert(u"stock"_s,
                 item.value("stock_info"_L1).toArray().at(0).toObject().value("current_stock"_L1));
    const QJsonArray images = item.value("image"_L1).toObject().value("image_url_list"_L1).toArray();
    if (!images.isEmpty())
        p.insert(u"imageUrl"_s, images.at(0).toString());
    if (const QString at = openjson::isoFromSeconds(item.value("create_time"_L1)); !at.isEmpty())
        p.insert(u"createdAt"_s, at);
    if (const QString at = openjson::isoFromSeconds(item.value("update_time"_L1)); !at.isEmpty())
        p.insert(u"updatedAt"_s, at);
    if (item.contains("item_status"_L1))
        p.insert(u"isActive"_s, item.value("item_status"_L1).toString() == u"NORMAL");
    return p;
}

Result<PushNotice> ShopeeOpenAdapter::readPush(const AppCredentials &app, const QByteArray &url,
                                               const QByteArray &authorization, const QByteArray &body) const
{
    if (!app.complete())
        return Error::unauthorized(u"no Shopee app is configured to check the push with"_s);
    if (!signing::sameSignature(signing::shopeePushSignature(app.secret, url, body), authorization))
        return Error::unauthorized(u"the push signature does not match"_s);
    PushNotice n;
    if (body.trimmed().isEmpty())
        return n; // the console's check of the callback URL
    auto o = openjson::object(body);
    if (!o)
        return o.error();
    const QJsonObject data = o->value("data"_L1).toObject();
    n.code = openjson::idText(o->value("code"_L1));
    n.shopId = openjson::idText(o->value("shop_id"_L1));
    if (n.shopId.isEmpty())
        n.shopId = openjson::idText(data.value("shop_id"_L1));
    const int code = n.code.toInt();
    if (code == 3 || code == 4) { // order status, tracking number
        n.topic = PushNotice::Topic::Order;
        n.recordId = openjson::idText(data.value("ordersn"_L1));
        if (n.recordId.isEmpty())
            n.recordId = openjson::idText(data.value("order_sn"_L1));
        n.rawStatus = data.value("status"_L1).toString();
        if (const QString at = openjson::isoFromSeconds(data.value("update_time"_L1)); !at.isEmpty())
            n.updatedAt = QDateTime::fromString(at, Qt::ISODate);
    } else if (code == 1 || code == 2 || code == 12) { // (de)authorization, authorization expiry
        n.topic = PushNotice::Topic::Authorization;
    } else if (code == 6 || code == 7 || code == 8) { // banned item, item promotion, reserved stock
        n.topic = PushNotice::Topic::Product;
        n.recordId = openjson::idText(data.value("item_id"_L1));
    }
    return n;
}

} // namespace bva
