#include "lazadaopenapi.h"

#include "clock.h"
#include "envelope.h"
#include "jsonout.h"
#include "jwttoken.h"
#include "opensigning.h"
#include "shopeeopenapi.h"

#include <QDateTime>
#include <QJsonDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace bva::clone {

namespace {

constexpr qint64 kTimestampWindowMs = 7200 * 1000;
constexpr int kMaxOrderLimit = 100;
constexpr int kMaxProductLimit = 50;
constexpr int kMaxOrderIds = 50;

QString value(const QList<QPair<QString, QString>> &params, const QString &name)
{
    for (const auto &[key, v] : params) {
        if (key == name)
            return v;
    }
    return {};
}

bool has(const QList<QPair<QString, QString>> &params, const QString &name)
{
    return std::any_of(params.cbegin(), params.cend(), [&name](const auto &p) { return p.first == name; });
}

HttpResponse ok(const QJsonValue &data)
{
    return jsonResponse(
        QJsonObject{{u"code"_s, u"0"_s}, {u"data"_s, data}, {u"request_id"_s, openRequestId()}});
}

double money(qint64 minor)
{
    return double(minor) / 100.0;
}

} // namespace

LazadaOpenApi::LazadaOpenApi(CloneStore &store, TokenService &tokens, const Faults &faults,
                             const OpenPlatformConfig &config)
    : m_store(store)
    , m_tokens(tokens)
    , m_faults(faults)
    , m_config(config)
    , m_auth(store, config)
    , m_ids(store)
{}

HttpResponse LazadaOpenApi::error(const QString &code, const QString &message, const QString &type,
                                  int status)
{
    return jsonResponse(QJsonObject{{u"code"_s, code},
                                    {u"type"_s, type},
                                    {u"message"_s, message},
                                    {u"request_id"_s, openRequestId()}},
                        status);
}

HttpResponse LazadaOpenApi::throttled()
{
    HttpResponse r =
        error(u"ApiCallLimit"_s, tr("The request has exceeded the limit, ban will last 1 seconds"), u"ISP"_s);
    r.addHeader("Retry-After", "1");
    return r;
}

HttpResponse LazadaOpenApi::serverError()
{
    return error(u"InternalError"_s, tr("The request processing has failed due to some unknown error."),
                 u"ISP"_s, 500);
}

QString LazadaOpenApi::shopSku(qint64 itemNumber) const
{
    return QString::number(itemNumber) + u'_' + m_config.region.toUpper() + u"AMZ-"_s +
           QString::number(itemNumber % 100000);
}

QString LazadaOpenApi::localTime(qint64 ms) const
{
    const int offset = Open::utcOffsetSecs(m_config.region);
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offset);
    return t.toString(u"yyyy-MM-dd HH:mm:ss"_s) + (offset >= 0 ? u" +"_s : u" -"_s) +
           QString::number(std::abs(offset) / 3600).rightJustified(2, u'0') + u"00"_s;
}

std::optional<HttpResponse> LazadaOpenApi::check(const QString &apiPath, const Params &params, bool withToken,
                                                 Caller *c)
{
    if (value(params, u"app_key"_s).toLatin1() != m_config.appKey)
        return error(u"InvalidAppKey"_s, tr("The specified app key is invalid."));
    bool good = false;
    const qint64 timestamp = value(params, u"timestamp"_s).toLongLong(&good);
    if (!good || std::abs(timestamp - Clock::nowMs()) > kTimestampWindowMs)
        return error(u"InvalidTimestamp"_s,
                     tr("The specified timestamp is invalid or too far from the server time."));
    if (value(params, u"sign_method"_s) != u"sha256")
        return error(u"InvalidParameter"_s, tr("sign_method must be sha256."));
    const QByteArray expected = OpenSigning::lazadaSign(m_config.appSecret, apiPath, params);
    if (!OpenSigning::sameSignature(value(params, u"sign"_s).toLatin1().toUpper(), expected))
        return error(u"IncompleteSignature"_s,
                     tr("The request signature does not conform to lazada standards"));
    if (!withToken)
        return std::nullopt;
    const QByteArray token = value(params, u"access_token"_s).toLatin1();
    TokenService::Failure failure = TokenService::Failure::None;
    const Seller *seller = token.isEmpty() ? nullptr : m_tokens.authenticate("Bearer " + token, &failure);
    if (!seller)
        return error(u"IllegalAccessToken"_s, tr("The specified access token is invalid or expired"));
    const auto claims = Jwt::verify(token, m_store.jwtSecret(), Clock::nowSecs());
    const QString family = claims ? claims->value(u"fam"_s).toString() : QString();
    const Shop *shop = m_store.shopById(m_familyShop.value(family, seller->shopId));
    if (!shop)
        return error(u"IllegalAccessToken"_s, tr("The specified access token is invalid or expired"));
    c->seller = seller;
    c->shop = shop;
    return std::nullopt;
}

std::optional<HttpResponse> LazadaOpenApi::handle(const HttpRequest &request)
{
    const HttpRequest r = withFormQuery(request);
    if (r.path == u"/oauth/authorize")
        return authorize(r);
    if (!isApiPath(r.path))
        return std::nullopt;
    const QString apiPath = r.path.mid(5); // without "/rest"
    Params params;
    const auto items = r.query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        params.append(item);
    if (r.method == "POST") {
        const auto form = formBody(r.body).queryItems(QUrl::FullyDecoded);
        for (const auto &item : form)
            params.append(item);
    }
    Caller caller;
    if (apiPath == u"/auth/token/create" || apiPath == u"/auth/token/refresh") {
        if (auto failure = check(apiPath, params, false, &caller))
            return failure;
        return apiPath == u"/auth/token/create" ? tokenCreate(params) : tokenRefresh(params);
    }
    static const QStringList known{u"/seller/get"_s, u"/orders/get"_s, u"/order/items/get"_s,
                                   u"/orders/items/get"_s, u"/products/get"_s};
    if (!known.contains(apiPath))
        return error(u"InvalidApiPath"_s, tr("The specified API path is invalid."));
    if (auto failure = check(apiPath, params, true, &caller))
        return failure;
    if (apiPath == u"/seller/get")
        return sellerGet(caller);
    if (apiPath == u"/orders/get")
        return ordersGet(params, caller);
    if (apiPath == u"/order/items/get")
        return orderItemsGet(params, caller);
    if (apiPath == u"/orders/items/get")
        return multipleOrderItemsGet(params, caller);
    return productsGet(params, caller);
}

HttpResponse LazadaOpenApi::authorize(const HttpRequest &r)
{
    const QUrlQuery &q = r.query;
    const QString title = tr("Lazada Open Platform");
    if (q.queryItemValue(u"response_type"_s) != u"code")
        return OpenAuth::errorPage(400, title, tr("response_type must be code."));
    if (q.queryItemValue(u"client_id"_s).toLatin1() != m_config.appKey)
        return OpenAuth::errorPage(400, title, tr("Unknown client_id."));
    const QUrl redirect(q.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    if (!Open::redirectAllowed(m_config.registeredRedirect(), redirect, true))
        return OpenAuth::errorPage(400, title, tr("redirect_uri is not the app's registered callback URL."));
    OpenAuth::Flow flow;
    flow.redirect = redirect;
    flow.state = q.queryItemValue(u"state"_s, QUrl::FullyDecoded);
    flow.actionTarget = QString::fromLatin1(r.target);
    return m_auth.handle(r, flow);
}

HttpResponse LazadaOpenApi::tokenAnswer(const Seller &seller, const Shop &shop,
                                        const TokenService::Grant &g) const
{
    const QString country = m_config.region.toLower();
    const qint64 now = Clock::nowSecs();
    const QString sellerId = QString::number(OpenIds::shopNumber(shop.id));
    const QJsonObject info{{u"country"_s, country},
                           {u"seller_id"_s, sellerId},
                           {u"user_id"_s, QString::number(OpenIds::shopNumber(seller.id))},
                           {u"short_code"_s, QString(m_config.region.toUpper() + sellerId.right(6))}};
    return jsonResponse(QJsonObject{{u"access_token"_s, QString::fromLatin1(g.accessToken)},
                                    {u"refresh_token"_s, QString::fromLatin1(g.refreshToken)},
                                    {u"expires_in"_s, std::max<qint64>(0, g.expiresAtSecs - now)},
                                    {u"refresh_expires_in"_s, m_store.refreshGrants().lifetimeSecs()},
                                    {u"account_platform"_s, u"seller_center"_s},
                                    {u"account"_s, seller.email},
                                    {u"country"_s, country},
                                    {u"country_user_info"_s, QJsonArray{info}},
                                    {u"code"_s, u"0"_s},
                                    {u"request_id"_s, openRequestId()}});
}

HttpResponse LazadaOpenApi::tokenCreate(const Params &params)
{
    const QString codeText = value(params, u"code"_s);
    if (codeText.isEmpty())
        return error(
            u"MissingParameter"_s,
            tr("The input parameter \"code\" that is mandatory for processing this request is not supplied."));
    const auto code = m_auth.redeem(codeText);
    const Seller *seller = code ? m_store.sellerById(code->sellerId) : nullptr;
    const Shop *shop = code ? m_store.shopById(code->shopId) : nullptr;
    if (!seller || !shop)
        return error(u"InvalidCode"_s, tr("The authorization code is invalid or expired."));
    const qint64 now = Clock::nowSecs();
    QString family;
    TokenService::Grant g;
    g.refreshToken = m_store.refreshGrants().start(seller->id, now, &family);
    g.accessToken = m_tokens.issue(*seller, m_tokens.ttlSecs(), family);
    g.expiresAtSecs = now + m_tokens.ttlSecs();
    m_familyShop.insert(family, shop->id);
    m_store.markChanged();
    return tokenAnswer(*seller, *shop, g);
}

HttpResponse LazadaOpenApi::tokenRefresh(const Params &params)
{
    const QByteArray refreshToken = value(params, u"refresh_token"_s).toLatin1();
    if (refreshToken.isEmpty())
        return error(
            u"MissingParameter"_s,
            tr("The input parameter \"refresh_token\" that is mandatory for processing this request is not supplied."));
    TokenService::RefreshFailure failure = TokenService::RefreshFailure::None;
    const auto g = m_tokens.refresh(refreshToken, &failure);
    if (!g)
        return error(u"IllegalRefreshToken"_s, tr("The specified refresh token is invalid or expired."));
    const auto claims = Jwt::verify(g->accessToken, m_store.jwtSecret(), Clock::nowSecs());
    const Seller *seller = claims ? m_store.sellerById(claims->value(u"sub"_s).toString()) : nullptr;
    if (!seller)
        return error(u"IllegalRefreshToken"_s, tr("The specified refresh token is invalid or expired."));
    const Shop *shop =
        m_store.shopById(m_familyShop.value(claims->value(u"fam"_s).toString(), seller->shopId));
    return tokenAnswer(*seller, shop ? *shop : *m_store.shopById(seller->shopId), *g);
}

HttpResponse LazadaOpenApi::sellerGet(const Caller &c) const
{
    const qint64 sellerId = OpenIds::shopNumber(c.shop->id);
    return ok(QJsonObject{
        {u"name"_s, c.shop->name},
        {u"name_company"_s, c.shop->name},
        {u"seller_id"_s, sellerId},
        {u"email"_s, c.seller->email},
        {u"short_code"_s, QString(m_config.region.toUpper() + QString::number(sellerId).right(6))},
        {u"location"_s, m_config.region.toUpper()},
        {u"cb"_s, false},
        {u"verified"_s, true}});
}

HttpResponse LazadaOpenApi::ordersGet(const Params &params, const Caller &c) const
{
    const bool byCreated = has(params, u"created_after"_s);
    if (!byCreated && !has(params, u"update_after"_s))
        return error(u"MissingParameter"_s, tr("created_after or update_after is required."));
    auto time = [&params](const QString &name) -> std::optional<qint64> {
        const QString text = value(params, name);
        return text.isEmpty() ? std::optional<qint64>(std::nullopt) : parseIsoMs(text);
    };
    const auto createdAfter = time(u"created_after"_s);
    const auto createdBefore = time(u"created_before"_s);
    const auto updateAfter = time(u"update_after"_s);
    const auto updateBefore = time(u"update_before"_s);
    if ((has(params, u"created_after"_s) && !createdAfter) ||
        (has(params, u"created_before"_s) && !createdBefore) ||
        (has(params, u"update_after"_s) && !updateAfter) ||
        (has(params, u"update_before"_s) && !updateBefore))
        return error(u"InvalidParameter"_s, tr("Dates must be ISO 8601, e.g. 2026-12-01T00:00:00+08:00."));
    bool good = true;
    const qint64 offset = has(params, u"offset"_s) ? value(params, u"offset"_s).toLongLong(&good) : 0;
    bool goodLimit = true;
    const qint64 limit =
        has(params, u"limit"_s) ? value(params, u"limit"_s).toLongLong(&goodLimit) : kMaxOrderLimit;
    if (!good || !goodLimit || offset < 0 || limit < 1 || limit > kMaxOrderLimit)
        return error(u"InvalidParameter"_s, tr("offset must be 0 or more and limit between 1 and 100."));
    const QString sortBy =
        value(params, u"sort_by"_s).isEmpty() ? u"created_at"_s : value(params, u"sort_by"_s);
    const QString direction = value(params, u"sort_direction"_s).isEmpty()
                                  ? u"DESC"_s
                                  : value(params, u"sort_direction"_s).toUpper();
    if ((sortBy != u"created_at" && sortBy != u"updated_at") || (direction != u"ASC" && direction != u"DESC"))
        return error(u"InvalidParameter"_s,
                     tr("sort_by must be created_at or updated_at, sort_direction ASC or DESC."));
    const QString status = value(params, u"status"_s);
    std::vector<const Order *> matching;
    for (const Order &o : m_store.orders()) {
        if (o.shopId != c.shop->id || (createdAfter && o.createdMs < *createdAfter) ||
            (createdBefore && o.createdMs >= *createdBefore) || (updateAfter && o.updatedMs < *updateAfter) ||
            (updateBefore && o.updatedMs >= *updateBefore) ||
            (!status.isEmpty() && status != u"all" && Open::lazadaStatus(o) != status))
            continue;
        matching.push_back(&o);
    }
    const bool byUpdated = sortBy == u"updated_at";
    const bool ascending = direction == u"ASC";
    std::sort(matching.begin(), matching.end(), [byUpdated, ascending](const Order *a, const Order *b) {
        const qint64 ta = byUpdated ? a->updatedMs : a->createdMs;
        const qint64 tb = byUpdated ? b->updatedMs : b->createdMs;
        if (ta != tb)
            return ascending ? ta < tb : ta > tb;
        return a->id < b->id;
    });
    const qint64 total = qint64(matching.size());
    const qint64 start = std::clamp<qint64>(offset > 0 ? offset + m_faults.pageDrift : 0, 0, total);
    const qint64 end = std::min(total, start + limit);
    QJsonArray orders;
    for (qint64 i = start; i < end; ++i) {
        const Order &o = *matching[size_t(i)];
        int units = 0;
        for (const OrderItem &item : o.items)
            units += item.quantity;
        const qint64 number = OpenIds::orderNumber(o.id);
        orders.append(QJsonObject{{u"order_id"_s, number},
                                  {u"order_number"_s, number},
                                  {u"created_at"_s, localTime(o.createdMs)},
                                  {u"updated_at"_s, localTime(o.updatedMs)},
                                  {u"price"_s, Open::lazadaMoney(o.total())},
                                  {u"items_count"_s, units},
                                  {u"statuses"_s, QJsonArray{Open::lazadaStatus(o)}},
                                  {u"payment_method"_s, o.paymentMethod},
                                  {u"customer_first_name"_s, o.customerName.section(u' ', 0, 0)},
                                  {u"customer_last_name"_s, o.customerName.section(u' ', 1)},
                                  {u"voucher"_s, u"0.00"_s},
                                  {u"shipping_fee"_s, u"0.00"_s}});
    }
    return ok(QJsonObject{{u"count"_s, end - start}, {u"countTotal"_s, total}, {u"orders"_s, orders}});
}

QHash<QString, QString> LazadaOpenApi::itemsOfShop(const QString &shopId) const
{
    std::vector<const Product *> products;
    for (const Product &p : m_store.products()) {
        if (p.shopId == shopId)
            products.push_back(&p);
    }
    std::sort(products.begin(), products.end(), [](const Product *a, const Product *b) {
        return a->createdMs != b->createdMs ? a->createdMs < b->createdMs : a->id < b->id;
    });
    QHash<QString, QString> out;
    QString first;
    for (size_t i = 0; i < products.size(); ++i) {
        if (i % 5 != 4 || first.isEmpty())
            first = products[i]->id;
        out.insert(products[i]->id, first);
    }
    return out;
}

QJsonArray LazadaOpenApi::orderLines(const Order &o, const QString &currency,
                                     const QHash<QString, QString> &items) const
{
    QJsonArray lines;
    int line = 0;
    const qint64 orderNumber = OpenIds::orderNumber(o.id);
    for (const OrderItem &item : o.items) {
        const Product *p = m_store.product(item.productId);
        const qint64 itemNumber = OpenIds::itemNumber(items.value(item.productId, item.productId));
        for (int unit = 0; unit < item.quantity; ++unit) {
            lines.append(
                QJsonObject{{u"order_item_id"_s, OpenIds::lineNumber(o.id, line++)},
                            {u"order_id"_s, orderNumber},
                            {u"product_id"_s, itemNumber},
                            {u"sku_id"_s, OpenIds::lineNumber(item.productId, 0)},
                            {u"name"_s, item.productName.isEmpty() && p ? p->name : item.productName},
                            {u"sku"_s, p ? p->sku : QString()},
                            {u"shop_sku"_s, shopSku(OpenIds::itemNumber(item.productId))},
                            {u"item_price"_s, Open::lazadaMoney(item.price)},
                            {u"paid_price"_s, Open::lazadaMoney(item.price)},
                            {u"currency"_s, currency},
                            {u"status"_s, Open::lazadaStatus(o)},
                            {u"created_at"_s, localTime(o.createdMs)},
                            {u"updated_at"_s, localTime(o.updatedMs)},
                            {u"product_main_image"_s, item.imageUrl}});
        }
    }
    return lines;
}

HttpResponse LazadaOpenApi::orderItemsGet(const Params &params, const Caller &c)
{
    bool good = false;
    const qint64 number = value(params, u"order_id"_s).toLongLong(&good);
    if (!good)
        return error(
            u"MissingParameter"_s,
            tr("The input parameter \"order_id\" that is mandatory for processing this request is not supplied."));
    const Order *o = m_ids.orderByNumber(number);
    if (!o || o->shopId != c.shop->id)
        return error(u"InvalidParameter"_s, tr("Order not found."));
    return ok(orderLines(*o, c.shop->currency, itemsOfShop(c.shop->id)));
}

HttpResponse LazadaOpenApi::multipleOrderItemsGet(const Params &params, const Caller &c)
{
    QString text = value(params, u"order_ids"_s).trimmed();
    if (text.startsWith(u'[') && text.endsWith(u']'))
        text = text.mid(1, text.size() - 2);
    const QStringList ids = text.split(u',', Qt::SkipEmptyParts);
    if (ids.isEmpty())
        return error(
            u"MissingParameter"_s,
            tr("The input parameter \"order_ids\" that is mandatory for processing this request is not supplied."));
    if (ids.size() > kMaxOrderIds)
        return error(u"InvalidParameter"_s, tr("order_ids can hold at most 50 orders."));
    QJsonArray data;
    const QHash<QString, QString> items = itemsOfShop(c.shop->id);
    for (const QString &id : ids) {
        const Order *o = m_ids.orderByNumber(id.trimmed().toLongLong());
        if (!o || o->shopId != c.shop->id)
            continue;
        const qint64 number = OpenIds::orderNumber(o->id);
        data.append(QJsonObject{{u"order_id"_s, number},
                                {u"order_number"_s, number},
                                {u"order_items"_s, orderLines(*o, c.shop->currency, items)}});
    }
    return ok(data);
}

HttpResponse LazadaOpenApi::productsGet(const Params &params, const Caller &c) const
{
    const QString filter = value(params, u"filter"_s).isEmpty() ? u"all"_s : value(params, u"filter"_s);
    static const QStringList filters{u"all"_s,           u"live"_s,    u"inactive"_s, u"deleted"_s,
                                     u"image-missing"_s, u"pending"_s, u"rejected"_s, u"sold-out"_s};
    if (!filters.contains(filter))
        return error(u"InvalidParameter"_s, tr("Unknown filter."));
    bool good = true;
    const qint64 offset = has(params, u"offset"_s) ? value(params, u"offset"_s).toLongLong(&good) : 0;
    bool goodLimit = true;
    const qint64 limit = has(params, u"limit"_s) ? value(params, u"limit"_s).toLongLong(&goodLimit) : 20;
    if (!good || !goodLimit || offset < 0 || limit < 1 || limit > kMaxProductLimit)
        return error(u"InvalidParameter"_s, tr("offset must be 0 or more and limit between 1 and 50."));
    auto time = [&params](const QString &name) { return parseIsoMs(value(params, name)); };
    const auto updateAfter = time(u"update_after"_s);
    const auto createAfter = time(u"create_after"_s);
    if ((has(params, u"update_after"_s) && !updateAfter) || (has(params, u"create_after"_s) && !createAfter))
        return error(u"InvalidParameter"_s, tr("Dates must be ISO 8601, e.g. 2026-12-01T00:00:00+08:00."));
    // Items: a product and the products that are more SKUs of it (itemsOfShop).
    const QHash<QString, QString> itemOf = itemsOfShop(c.shop->id);
    QHash<QString, std::vector<const Product *>> skusOf;
    for (const Product &p : m_store.products()) {
        if (p.shopId == c.shop->id)
            skusOf[itemOf.value(p.id, p.id)].push_back(&p);
    }
    std::vector<const Product *> matching; // each item's first product
    for (auto it = skusOf.begin(); it != skusOf.end(); ++it) {
        std::vector<const Product *> &skus = it.value();
        std::sort(skus.begin(), skus.end(), [](const Product *a, const Product *b) {
            return a->createdMs != b->createdMs ? a->createdMs < b->createdMs : a->id < b->id;
        });
        const Product &p = *skus.front();
        qint64 updated = 0;
        bool soldOut = true;
        for (const Product *sku : skus) {
            updated = std::max(updated, sku->updatedMs);
            soldOut = soldOut && sku->stock == 0;
        }
        if ((updateAfter && updated < *updateAfter) || (createAfter && p.createdMs < *createAfter))
            continue;
        const bool keep = filter == u"all" || (filter == u"live" && p.active) ||
                          (filter == u"inactive" && !p.active) ||
                          (filter == u"sold-out" && p.active && soldOut);
        if (keep)
            matching.push_back(&p);
    }
    std::sort(matching.begin(), matching.end(), [](const Product *a, const Product *b) {
        return a->createdMs != b->createdMs ? a->createdMs < b->createdMs : a->id < b->id;
    });
    const qint64 total = qint64(matching.size());
    const qint64 start = std::clamp<qint64>(offset > 0 ? offset + m_faults.pageDrift : 0, 0, total);
    const qint64 end = std::min(total, start + limit);
    QJsonArray products;
    for (qint64 i = start; i < end; ++i) {
        const Product &p = *matching[size_t(i)];
        const std::vector<const Product *> &members = *std::as_const(skusOf).constFind(p.id);
        const qint64 itemNumber = OpenIds::itemNumber(p.id);
        QJsonArray skus;
        qint64 updated = p.updatedMs;
        for (const Product *m : members) {
            QJsonArray images;
            if (!m->imageUrl.isNull())
                images.append(m->imageUrl);
            skus.append(QJsonObject{{u"SkuId"_s, OpenIds::lineNumber(m->id, 0)},
                                    {u"SellerSku"_s, m->sku},
                                    {u"ShopSku"_s, shopSku(OpenIds::itemNumber(m->id))},
                                    {u"price"_s, money(m->price)},
                                    {u"special_price"_s, money(m->price)},
                                    {u"quantity"_s, m->stock},
                                    {u"Available"_s, m->stock},
                                    {u"Status"_s, m->active ? u"active"_s : u"inactive"_s},
                                    {u"Images"_s, images}});
            updated = std::max(updated, m->updatedMs);
        }
        // Several SKUs: the item is named for what they share ("Name - Variant" → "Name").
        const QString name = members.size() > 1 ? p.name.section(u" - "_s, 0, 0) : p.name;
        products.append(QJsonObject{
            {u"item_id"_s, itemNumber},
            {u"primary_category"_s, 10000 + OpenIds::shopNumber(u"category:"_s + p.category) % 90000},
            {u"status"_s, p.active ? u"Active"_s : u"InActive"_s},
            {u"created_time"_s, QString::number(p.createdMs)},
            {u"updated_time"_s, QString::number(updated)},
            {u"attributes"_s,
             QJsonObject{{u"name"_s, name},
                         {u"description"_s, p.description.isNull() ? QString() : p.description},
                         {u"brand"_s, u"No Brand"_s}}},
            {u"skus"_s, skus}});
    }
    return ok(QJsonObject{{u"total_products"_s, total}, {u"products"_s, products}});
}

} // namespace bva::clone
