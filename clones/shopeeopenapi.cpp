#include "shopeeopenapi.h"

#include "clock.h"
#include "envelope.h"
#include "opensigning.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace bva::clone {

namespace {

constexpr qint64 kTimestampWindowSecs = 300;
constexpr qint64 kMaxOrderWindowSecs = 15 * 86400;
constexpr int kMaxIdsPerCall = 50;
constexpr int kMaxPageSize = 100;

const QString kAuthPartner = u"/api/v2/shop/auth_partner"_s;

QJsonObject envelope()
{
    return QJsonObject{
        {u"error"_s, QString()}, {u"message"_s, QString()}, {u"request_id"_s, openRequestId()}};
}

HttpResponse ok(const QJsonObject &response)
{
    QJsonObject o = envelope();
    o.insert(u"response"_s, response);
    return jsonResponse(o);
}

double money(qint64 minor)
{
    return double(minor) / 100.0;
}

QStringList listParam(const QUrlQuery &q, const QString &name)
{
    QStringList out;
    const QStringList values = q.allQueryItemValues(name, QUrl::FullyDecoded);
    for (const QString &v : values) {
        const QStringList parts = v.split(u',', Qt::SkipEmptyParts);
        for (const QString &p : parts)
            out.append(p.trimmed());
    }
    return out;
}

std::optional<qint64> intParam(const QUrlQuery &q, const QString &name)
{
    bool ok = false;
    const qint64 v = q.queryItemValue(name).toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

QString buyerUsername(const Order &o)
{
    const QString local = o.customerEmail.section(u'@', 0, 0);
    return local.isEmpty() ? o.customerName.toLower().remove(u' ') : local;
}

} // namespace

QString openRequestId()
{
    QByteArray raw(16, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

ShopeeOpenApi::ShopeeOpenApi(CloneStore &store, TokenService &tokens, const Faults &faults,
                             const OpenPlatformConfig &config)
    : m_store(store)
    , m_tokens(tokens)
    , m_faults(faults)
    , m_config(config)
    , m_auth(store, config)
    , m_ids(store)
{}

bool ShopeeOpenApi::isApiPath(const QString &path)
{
    return path.startsWith(u"/api/v2/") && path != kAuthPartner;
}

HttpResponse ShopeeOpenApi::error(int status, const QString &error, const QString &message)
{
    return jsonResponse(
        QJsonObject{{u"error"_s, error}, {u"message"_s, message}, {u"request_id"_s, openRequestId()}},
        status);
}

HttpResponse ShopeeOpenApi::throttled()
{
    HttpResponse r = error(429, u"error_rate_limit"_s, tr("Too many requests."));
    r.addHeader("Retry-After", "1");
    return r;
}

HttpResponse ShopeeOpenApi::serverError()
{
    return error(500, u"error_server"_s, tr("Something wrong. Please try later."));
}

std::optional<HttpResponse> ShopeeOpenApi::check(const HttpRequest &r, bool shopApi, Caller *caller) const
{
    const QUrlQuery &q = r.query;
    const auto partnerId = intParam(q, u"partner_id"_s);
    if (!partnerId || *partnerId != m_config.partnerId)
        return error(403, u"error_auth"_s, tr("Invalid partner_id."));
    const auto timestamp = intParam(q, u"timestamp"_s);
    if (!timestamp || std::abs(*timestamp - Clock::nowSecs()) > kTimestampWindowSecs)
        return error(403, u"error_param"_s, tr("Invalid timestamp."));
    QByteArray token;
    qint64 shopNumber = 0;
    if (shopApi) {
        token = q.queryItemValue(u"access_token"_s, QUrl::FullyDecoded).toUtf8();
        shopNumber = intParam(q, u"shop_id"_s).value_or(0);
        if (token.isEmpty() || shopNumber <= 0)
            return error(400, u"error_param"_s, tr("access_token and shop_id are required."));
    }
    const QByteArray expected =
        OpenSigning::shopeeSign(m_config.partnerKey, *partnerId, r.path, *timestamp, token, shopNumber);
    if (!OpenSigning::sameSignature(q.queryItemValue(u"sign"_s).toLatin1(), expected))
        return error(403, u"error_sign"_s, tr("Wrong sign."));
    if (!shopApi)
        return std::nullopt;
    TokenService::Failure failure = TokenService::Failure::None;
    const Seller *seller = m_tokens.authenticate("Bearer " + token, &failure);
    if (!seller)
        return error(403, u"invalid_acceess_token"_s, tr("Invalid access_token."));
    const Shop *shop = m_ids.shop(shopNumber);
    if (!shop || !m_store.owns(*seller, shop->id))
        return error(403, u"error_auth"_s, tr("Invalid shop_id."));
    caller->seller = seller;
    caller->shop = shop;
    return std::nullopt;
}

std::optional<HttpResponse> ShopeeOpenApi::handle(const HttpRequest &request)
{
    const HttpRequest r = withFormQuery(request);
    const QString &path = r.path;
    if (!path.startsWith(u"/api/v2/"))
        return std::nullopt;
    Caller caller;
    if (path == kAuthPartner) {
        if (auto failure = check(r, false, &caller))
            return failure;
        return authPartner(r);
    }
    if (path == u"/api/v2/auth/token/get" || path == u"/api/v2/auth/access_token/get") {
        if (r.method != "POST")
            return error(405, u"error_param"_s, tr("Use POST."));
        if (auto failure = check(r, false, &caller))
            return failure;
        return path == u"/api/v2/auth/token/get" ? tokenGet(r) : accessTokenGet(r);
    }
    using Handler = HttpResponse (ShopeeOpenApi::*)(const HttpRequest &, const Caller &);
    Handler handler = nullptr;
    if (path == u"/api/v2/order/get_order_list")
        handler = &ShopeeOpenApi::orderList;
    else if (path == u"/api/v2/order/get_order_detail")
        handler = &ShopeeOpenApi::orderDetail;
    else if (path == u"/api/v2/product/get_item_base_info")
        handler = &ShopeeOpenApi::itemBaseInfo;
    else if (path != u"/api/v2/shop/get_shop_info" && path != u"/api/v2/product/get_item_list")
        return error(404, u"error_not_found"_s, tr("Invalid path."));
    if (r.method != "GET")
        return error(405, u"error_param"_s, tr("Use GET."));
    if (auto failure = check(r, true, &caller))
        return failure;
    if (path == u"/api/v2/shop/get_shop_info")
        return shopInfo(caller);
    if (path == u"/api/v2/product/get_item_list")
        return itemList(r, caller);
    return (this->*handler)(r, caller);
}

HttpResponse ShopeeOpenApi::authPartner(const HttpRequest &r)
{
    const QUrl redirect(r.query.queryItemValue(u"redirect"_s, QUrl::FullyDecoded));
    if (!Open::redirectAllowed(m_config.registeredRedirect(), redirect, false))
        return OpenAuth::errorPage(400, tr("Shopee Open Platform"),
                                   tr("The redirect URL is not on the app's registered redirect domain."));
    OpenAuth::Flow flow;
    flow.redirect = redirect;
    flow.withShopId = true;
    flow.actionTarget = QString::fromLatin1(r.target);
    return m_auth.handle(r, flow);
}

HttpResponse ShopeeOpenApi::grant(const Seller &seller, const Shop &shop, bool refreshed,
                                  const TokenService::Grant &g) const
{
    Q_UNUSED(seller);
    const qint64 shopNumber = OpenIds::shopNumber(shop.id);
    QJsonObject o = envelope();
    o.insert(u"access_token"_s, QString::fromLatin1(g.accessToken));
    o.insert(u"refresh_token"_s, QString::fromLatin1(g.refreshToken));
    o.insert(u"expire_in"_s, std::max<qint64>(0, g.expiresAtSecs - Clock::nowSecs()));
    if (refreshed) {
        o.insert(u"partner_id"_s, m_config.partnerId);
        o.insert(u"shop_id"_s, shopNumber);
    } else {
        o.insert(u"shop_id_list"_s, QJsonArray{shopNumber});
        o.insert(u"merchant_id_list"_s, QJsonArray{});
    }
    return jsonResponse(o);
}

HttpResponse ShopeeOpenApi::tokenGet(const HttpRequest &r)
{
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    const QString codeText = body.value(u"code"_s).toString();
    const qint64 shopNumber = qint64(body.value(u"shop_id"_s).toDouble());
    if (codeText.isEmpty() || shopNumber <= 0)
        return error(400, u"error_param"_s, tr("code and shop_id are required."));
    if (qint64(body.value(u"partner_id"_s).toDouble()) != m_config.partnerId)
        return error(400, u"error_param"_s, tr("partner_id in the body does not match."));
    const auto code = m_auth.redeem(codeText);
    const Seller *seller = code ? m_store.sellerById(code->sellerId) : nullptr;
    const Shop *shop = code ? m_store.shopById(code->shopId) : nullptr;
    if (!seller || !shop || OpenIds::shopNumber(shop->id) != shopNumber)
        return error(403, u"error_auth"_s, tr("Invalid code."));
    const qint64 now = Clock::nowSecs();
    QString family;
    TokenService::Grant g;
    g.refreshToken = m_store.refreshGrants().start(seller->id, now, &family);
    g.accessToken = m_tokens.issue(*seller, m_tokens.ttlSecs(), family);
    g.expiresAtSecs = now + m_tokens.ttlSecs();
    m_store.markChanged();
    return grant(*seller, *shop, false, g);
}

HttpResponse ShopeeOpenApi::accessTokenGet(const HttpRequest &r)
{
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    const QByteArray refreshToken = body.value(u"refresh_token"_s).toString().toLatin1();
    const qint64 shopNumber = qint64(body.value(u"shop_id"_s).toDouble());
    if (refreshToken.isEmpty() || shopNumber <= 0)
        return error(400, u"error_param"_s, tr("refresh_token and shop_id are required."));
    if (qint64(body.value(u"partner_id"_s).toDouble()) != m_config.partnerId)
        return error(400, u"error_param"_s, tr("partner_id in the body does not match."));
    TokenService::RefreshFailure failure = TokenService::RefreshFailure::None;
    const auto g = m_tokens.refresh(refreshToken, &failure);
    if (!g)
        return error(403, u"error_auth"_s, tr("Invalid refresh_token."));
    TokenService::Failure authFailure = TokenService::Failure::None;
    const Seller *seller = m_tokens.authenticate("Bearer " + g->accessToken, &authFailure);
    const Shop *shop = m_ids.shop(shopNumber);
    if (!seller || !shop || !m_store.owns(*seller, shop->id))
        return error(403, u"error_auth"_s, tr("Invalid shop_id."));
    return grant(*seller, *shop, true, *g);
}

HttpResponse ShopeeOpenApi::shopInfo(const Caller &c) const
{
    QJsonObject o = envelope();
    const qint64 authTime = c.shop->createdMs / 1000;
    o.insert(u"shop_name"_s, c.shop->name);
    o.insert(u"region"_s, m_config.region);
    o.insert(u"status"_s, u"NORMAL"_s);
    o.insert(u"is_cb"_s, false);
    o.insert(u"is_cnsc"_s, false);
    o.insert(u"is_sip"_s, false);
    o.insert(u"auth_time"_s, authTime);
    o.insert(u"expire_time"_s, Clock::nowSecs() + 365 * 86400);
    return jsonResponse(o);
}

HttpResponse ShopeeOpenApi::orderList(const HttpRequest &r, const Caller &c)
{
    const QUrlQuery &q = r.query;
    const QString field = q.queryItemValue(u"time_range_field"_s);
    if (field != u"create_time" && field != u"update_time")
        return error(400, u"error_param"_s, tr("time_range_field must be create_time or update_time."));
    const auto from = intParam(q, u"time_from"_s);
    const auto to = intParam(q, u"time_to"_s);
    if (!from || !to || *from > *to)
        return error(400, u"error_param"_s,
                     tr("time_from and time_to are required, time_from not after time_to."));
    if (*to - *from > kMaxOrderWindowSecs)
        return error(400, u"error_param"_s,
                     tr("The time range between time_from and time_to must be at most 15 days."));
    const auto pageSize = intParam(q, u"page_size"_s);
    if (!pageSize || *pageSize < 1 || *pageSize > kMaxPageSize)
        return error(400, u"error_param"_s, tr("page_size must be between 1 and 100."));
    const QString cursor = q.queryItemValue(u"cursor"_s);
    qint64 start = 0;
    if (!cursor.isEmpty()) {
        bool good = false;
        start = cursor.toLongLong(&good);
        if (!good || start < 0)
            return error(400, u"error_param"_s, tr("Invalid cursor."));
        start += m_faults.pageDrift;
    }
    const QString wanted = q.queryItemValue(u"order_status"_s);
    const bool byUpdate = field == u"update_time";
    std::vector<std::pair<qint64, const Order *>> matching;
    for (const Order &o : m_store.orders()) {
        if (o.shopId != c.shop->id)
            continue;
        const qint64 t = (byUpdate ? o.updatedMs : o.createdMs) / 1000;
        if (t < *from || t > *to || (!wanted.isEmpty() && Open::shopeeStatus(o) != wanted))
            continue;
        matching.emplace_back(t, &o);
    }
    std::sort(matching.begin(), matching.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second->id < b.second->id;
    });
    const qint64 total = qint64(matching.size());
    start = std::clamp<qint64>(start, 0, total);
    const qint64 end = std::min(total, start + *pageSize);
    const bool withStatus = listParam(q, u"response_optional_fields"_s).contains(u"order_status"_s);
    QJsonArray list;
    for (qint64 i = start; i < end; ++i) {
        const Order &o = *matching[size_t(i)].second;
        QJsonObject entry{{u"order_sn"_s, OpenIds::orderSn(o)}};
        if (withStatus)
            entry.insert(u"order_status"_s, Open::shopeeStatus(o));
        list.append(entry);
    }
    const bool more = end < total;
    return ok(QJsonObject{{u"more"_s, more},
                          {u"next_cursor"_s, more ? QString::number(end) : QString()},
                          {u"order_list"_s, list}});
}

HttpResponse ShopeeOpenApi::orderDetail(const HttpRequest &r, const Caller &c)
{
    const QStringList sns = listParam(r.query, u"order_sn_list"_s);
    if (sns.isEmpty())
        return error(400, u"error_param"_s, tr("order_sn_list is required."));
    if (sns.size() > kMaxIdsPerCall)
        return error(400, u"error_param"_s, tr("order_sn_list can hold at most 50 order_sn."));
    const QStringList optional = listParam(r.query, u"response_optional_fields"_s);
    const QString currency = c.shop->currency;
    QJsonArray list;
    for (const QString &sn : sns) {
        const Order *o = m_ids.orderBySn(sn);
        if (!o || o->shopId != c.shop->id)
            continue;
        QJsonObject entry{{u"order_sn"_s, sn},
                          {u"region"_s, m_config.region},
                          {u"currency"_s, currency},
                          {u"cod"_s, o->paymentMethod.contains(u"cash"_s, Qt::CaseInsensitive) ||
                                         o->paymentMethod.compare(u"COD"_s, Qt::CaseInsensitive) == 0},
                          {u"order_status"_s, Open::shopeeStatus(*o)},
                          {u"create_time"_s, o->createdMs / 1000},
                          {u"update_time"_s, o->updatedMs / 1000},
                          {u"days_to_ship"_s, 3},
                          {u"message_to_seller"_s, QString()}};
        if (optional.contains(u"total_amount"_s))
            entry.insert(u"total_amount"_s, money(o->total()));
        if (optional.contains(u"buyer_username"_s))
            entry.insert(u"buyer_username"_s, buyerUsername(*o));
        if (optional.contains(u"payment_method"_s))
            entry.insert(u"payment_method"_s, o->paymentMethod);
        if (optional.contains(u"pay_time"_s) && o->status != OrderStatus::Unpaid &&
            o->status != OrderStatus::Pending)
            entry.insert(u"pay_time"_s, o->createdMs / 1000);
        if (optional.contains(u"item_list"_s)) {
            QJsonArray items;
            for (const OrderItem &i : o->items) {
                const Product *p = m_store.product(i.productId);
                items.append(
                    QJsonObject{{u"item_id"_s, OpenIds::itemNumber(i.productId)},
                                {u"item_name"_s, i.productName.isEmpty() && p ? p->name : i.productName},
                                {u"item_sku"_s, p ? p->sku : QString()},
                                {u"model_id"_s, 0},
                                {u"model_name"_s, QString()},
                                {u"model_sku"_s, QString()},
                                {u"model_quantity_purchased"_s, i.quantity},
                                {u"model_original_price"_s, money(i.price)},
                                {u"model_discounted_price"_s, money(i.price)},
                                {u"image_info"_s, QJsonObject{{u"image_url"_s, i.imageUrl}}}});
            }
            entry.insert(u"item_list"_s, items);
        }
        list.append(entry);
    }
    return ok(QJsonObject{{u"order_list"_s, list}});
}

HttpResponse ShopeeOpenApi::itemList(const HttpRequest &r, const Caller &c) const
{
    const QUrlQuery &q = r.query;
    const qint64 offset = intParam(q, u"offset"_s).value_or(0);
    const auto pageSize = intParam(q, u"page_size"_s);
    if (offset < 0 || !pageSize || *pageSize < 1 || *pageSize > kMaxPageSize)
        return error(400, u"error_param"_s, tr("offset must be 0 or more and page_size between 1 and 100."));
    const QStringList statuses = listParam(q, u"item_status"_s);
    if (statuses.isEmpty())
        return error(400, u"error_param"_s, tr("item_status is required."));
    const auto updatedFrom = intParam(q, u"update_time_from"_s);
    const auto updatedTo = intParam(q, u"update_time_to"_s);
    std::vector<const Product *> matching;
    for (const Product &p : m_store.products()) {
        const qint64 t = p.updatedMs / 1000;
        if (p.shopId != c.shop->id || !statuses.contains(p.active ? u"NORMAL"_s : u"UNLIST"_s) ||
            (updatedFrom && t < *updatedFrom) || (updatedTo && t > *updatedTo))
            continue;
        matching.push_back(&p);
    }
    std::sort(matching.begin(), matching.end(), [](const Product *a, const Product *b) {
        return a->updatedMs != b->updatedMs ? a->updatedMs > b->updatedMs : a->id < b->id;
    });
    const qint64 total = qint64(matching.size());
    const qint64 start = std::clamp<qint64>(offset > 0 ? offset + m_faults.pageDrift : 0, 0, total);
    const qint64 end = std::min(total, start + *pageSize);
    QJsonArray items;
    for (qint64 i = start; i < end; ++i) {
        const Product &p = *matching[size_t(i)];
        items.append(QJsonObject{{u"item_id"_s, OpenIds::itemNumber(p.id)},
                                 {u"item_status"_s, p.active ? u"NORMAL"_s : u"UNLIST"_s},
                                 {u"update_time"_s, p.updatedMs / 1000}});
    }
    QJsonObject response{{u"item"_s, items}, {u"total_count"_s, total}, {u"has_next_page"_s, end < total}};
    if (end < total)
        response.insert(u"next_offset"_s, end);
    return ok(response);
}

HttpResponse ShopeeOpenApi::itemBaseInfo(const HttpRequest &r, const Caller &c)
{
    const QStringList ids = listParam(r.query, u"item_id_list"_s);
    if (ids.isEmpty())
        return error(400, u"error_param"_s, tr("item_id_list is required."));
    if (ids.size() > kMaxIdsPerCall)
        return error(400, u"error_param"_s, tr("item_id_list can hold at most 50 item_id."));
    QJsonArray list;
    for (const QString &id : ids) {
        const Product *p = m_ids.product(id.toLongLong());
        if (!p || p->shopId != c.shop->id)
            continue;
        QJsonArray images;
        if (!p->imageUrl.isNull())
            images.append(p->imageUrl);
        const QByteArray categoryHash =
            QCryptographicHash::hash(p->category.toUtf8(), QCryptographicHash::Sha1);
        list.append(QJsonObject{
            {u"item_id"_s, OpenIds::itemNumber(p->id)},
            {u"category_id"_s, 100000 + (qint64(quint8(categoryHash[0])) << 8 | quint8(categoryHash[1]))},
            {u"item_name"_s, p->name},
            {u"description"_s, p->description.isNull() ? QString() : p->description},
            {u"item_sku"_s, p->sku},
            {u"create_time"_s, p->createdMs / 1000},
            {u"update_time"_s, p->updatedMs / 1000},
            {u"item_status"_s, p->active ? u"NORMAL"_s : u"UNLIST"_s},
            {u"price_info"_s, QJsonArray{QJsonObject{{u"currency"_s, c.shop->currency},
                                                     {u"original_price"_s, money(p->price)},
                                                     {u"current_price"_s, money(p->price)}}}},
            {u"stock_info_v2"_s,
             QJsonObject{{u"summary_info"_s, QJsonObject{{u"total_reserved_stock"_s, 0},
                                                         {u"total_available_stock"_s, p->stock}}},
                         {u"seller_stock"_s, QJsonArray{QJsonObject{{u"stock"_s, p->stock}}}}}},
            {u"image"_s, QJsonObject{{u"image_url_list"_s, images}}},
            {u"has_model"_s, false},
            {u"condition"_s, u"NEW"_s}});
    }
    return ok(QJsonObject{{u"item_list"_s, list}});
}

} // namespace bva::clone
