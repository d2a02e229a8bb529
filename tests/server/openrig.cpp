#include "openrig.h"

#include "auth/secretvault.h"
#include "domain/orderstatus.h"
#include "platforms/apisigning.h"
#include "store/integrationrepository.h"
#include "store/orderrepository.h"
#include "store/productrepository.h"
#include "store/rolluprepository.h"
#include "sync/accessgrant.h"
#include "testbackends.h"
#include "util/clock.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>
#include <cmath>

using namespace Qt::StringLiterals;

namespace bva::test {

Page browse(const QByteArray &method, const QUrl &url, const QByteArray &form, const QByteArray &contentType)
{
    static QNetworkAccessManager nam; // clazy:exclude=non-pod-global-static
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setTransferTimeout(60000);
    if (!contentType.isEmpty())
        req.setRawHeader("Content-Type", contentType);
    else if (!form.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    QNetworkReply *reply = nam.sendCustomRequest(req, method, form);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Page p;
    p.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    p.body = reply->readAll();
    p.location = reply->rawHeader("Location");
    reply->deleteLater();
    return p;
}

QByteArray form(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[k, v] : fields)
        out += (out.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    return out;
}

void addOpenRows()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("flavor");
    for (const QString &backend : {u"sqlite"_s, u"postgres"_s}) {
        for (const QString &flavor : {u"shopee-open"_s, u"lazada-open"_s})
            QTest::newRow(qPrintable(backend + u' ' + flavor)) << backend << flavor;
    }
}

QUrl consent(const QUrl &authorizeUrl, const QString &email, const QString &password)
{
    const Page login =
        browse("POST", authorizeUrl,
               form({{u"step"_s, u"login"_s}, {u"email"_s, email}, {u"password"_s, password}}));
    if (login.status != 200)
        return {};
    const QString page = QString::fromUtf8(login.body);
    const QString ticket =
        QRegularExpression(u"name=\"ticket\" value=\"([0-9a-f]+)\""_s).match(page).captured(1);
    const QString shop = QRegularExpression(u"name=\"shop_id\" value=\"(\\d+)\""_s).match(page).captured(1);
    if (ticket.isEmpty())
        return {};
    QList<QPair<QString, QString>> fields{{u"step"_s, u"consent"_s}, {u"ticket"_s, ticket}};
    if (!shop.isEmpty())
        fields.append({u"shop_id"_s, shop});
    fields.append({u"decision"_s, u"authorize"_s});
    const Page done = browse("POST", authorizeUrl, form(fields));
    return done.status == 302 ? QUrl::fromEncoded(done.location) : QUrl();
}

QString OpenRig::start(const QString &backend, const QString &flavor, int tokenTtl, const CloneOptions &base)
{
    kind = flavor;
    QString why;
    server = TestServer::start(backend, &why, rate);
    if (!server) {
        if (backend == u"postgres"_s && !postgresRequired())
            return u"skip: "_s + why;
        return why.isEmpty() ? u"server did not start"_s : why;
    }
    const QString push = server->url(u"/api/push/"_s + flavor).toString();
    CloneOptions options = base;
    options.flavor = flavor;
    if (base.products == CloneOptions{}.products) { // the suites' usual small shop
        options.products = 12;
        options.days = 40;
        options.ordersPerDay = 5;
    }
    // What the seller registers: the callback URL GET /api/platform-apps shows (any loopback port).
    options.extraArgs.append(QStringList{u"--redirect-url"_s,
                                         QString(u"http://127.0.0.1/oauth/callback/"_s + flavor),
                                         u"--push-url"_s, push, u"--token-ttl"_s, QString::number(tokenTtl)});
    clone = std::make_unique<CloneProcess>(options);
    if (!clone->start())
        return clone->errorString();
    server->services().integrations()->start(); // the sync worker, as the app runs it
    std::tie(userId, session) = server->registerUser(u"seller@example.com"_s);
    std::tie(otherId, otherSession) = server->registerUser(u"other@example.com"_s);
    return {};
}

QString OpenRig::platformShopId() const
{
    const QJsonObject shop = ready().value(u"shops"_s).toArray().at(0).toObject();
    const QJsonValue id = shop.value(shopee() ? u"shopId"_s : u"sellerId"_s);
    return id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
}

QString OpenRig::appId() const
{
    return shopee() ? QString::number(qint64(ready().value(u"partnerId"_s).toDouble()))
                    : ready().value(u"appKey"_s).toVariant().toString();
}

QString OpenRig::secret() const
{
    return ready().value(shopee() ? u"partnerKey"_s : u"appSecret"_s).toString();
}

QJsonObject OpenRig::appBody() const
{
    const QString host = clone->url().toString();
    QJsonObject o{{u"appId"_s, appId()}, {u"secret"_s, secret()}, {u"region"_s, u"PH"_s}};
    if (shopee()) {
        o.insert(u"apiHost"_s, host);
    } else {
        o.insert(u"apiHost"_s, QString(host + u"/rest"_s));
        o.insert(u"authHost"_s, host);
    }
    return o;
}

Reply OpenRig::put(const QString &path, const QJsonObject &body, const QByteArray &s)
{
    return server->send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                        {{"Authorization", "Bearer " + s}, {"Content-Type", "application/json"}});
}

std::pair<QString, QUrl> OpenRig::authorize(const QByteArray &s)
{
    const Reply started = server->postJson(u"/api/integrations/authorize"_s, {{u"kind"_s, kind}}, s);
    if (started.status != 201)
        return {};
    const QJsonObject data = started.json.value(u"data"_s).toObject();
    const QUrl url(data.value(u"authorizeUrl"_s).toString());
    return {data.value(u"state"_s).toString(), consent(url, clone->sellerEmail(), clone->sellerPassword())};
}

qint64 OpenRig::integrationOf(const QString &state, const QByteArray &s)
{
    const Reply r = server->get(u"/api/integrations/authorize/"_s + state, s);
    return qint64(r.json.value(u"data"_s).toObject().value(u"integrationId"_s).toDouble());
}

std::optional<TestIntegration> OpenRig::connect(QString *why)
{
    if (const Reply r = put(u"/api/platform-apps/"_s + kind, appBody(), session); r.status != 200) {
        *why = u"platform app: "_s + QString::fromUtf8(r.body);
        return std::nullopt;
    }
    const auto [state, callback] = authorize(session);
    const Page done = browse("GET", callback);
    if (!callback.isValid() || done.status != 200) {
        *why = u"callback: "_s + QString::number(done.status) + u' ' + QString::fromUtf8(done.body.left(300));
        return std::nullopt;
    }
    TestIntegration t;
    t.integrationId = integrationOf(state, session);
    const auto run = waitRun(t.integrationId);
    if (!run || run->state != u"succeeded"_s) {
        *why = u"first sync: "_s + (run ? run->error : u"did not end"_s);
        return std::nullopt;
    }
    auto integration = IntegrationRepository(server->db()).findById(t.integrationId);
    t.shopId = (*integration)->shopId;
    t.shopExternalId = platformShopId();
    return t;
}

std::optional<SyncRun> OpenRig::waitRun(qint64 integrationId, qint64 afterRun)
{
    IntegrationService *integrations = server->services().integrations();
    for (int i = 0; i < 2400; ++i) {
        auto runs = integrations->recentRuns(integrationId, 1);
        if (runs && !runs->isEmpty() && runs->first().id > afterRun && runs->first().state != u"running") {
            waitSettled(integrationId);
            return runs->first();
        }
        QTest::qWait(50);
    }
    return std::nullopt;
}

void OpenRig::waitSettled(qint64 integrationId)
{
    IntegrationRepository repo(server->db());
    for (int i = 0; i < 200; ++i) {
        auto found = repo.findById(integrationId);
        if (!found || !found->has_value() || (**found).state != IntegrationState::Syncing)
            return;
        QTest::qWait(50);
    }
}

QByteArray OpenRig::accessToken(qint64 integrationId)
{
    auto integration = IntegrationRepository(server->db()).findById(integrationId);
    if (!integration || !integration->has_value())
        return {};
    auto stored = server->services().vault().read(AccessGrant::vaultKey((*integration)->tokenRef));
    if (!stored || !stored->has_value())
        return {};
    const auto grant = AccessGrant::fromVault(**stored);
    return grant ? grant->accessToken : QByteArray();
}

QJsonObject OpenRig::call(const QString &path, QList<QPair<QString, QString>> params, const QByteArray &token,
                          const QString &shopId)
{
    QUrl url = clone->url();
    QUrlQuery q;
    if (shopee()) {
        const qint64 ts = Clock::nowMs() / 1000;
        params.append(QList<QPair<QString, QString>>{
            {u"partner_id"_s, appId()},
            {u"timestamp"_s, QString::number(ts)},
            {u"access_token"_s, QString::fromLatin1(token)},
            {u"shop_id"_s, shopId},
            {u"sign"_s, QString::fromLatin1(
                            signing::shopeeSign(secret().toLatin1(), appId(), path, ts, token, shopId))}});
        url.setPath(path);
    } else {
        params.append(QList<QPair<QString, QString>>{{u"app_key"_s, appId()},
                                                     {u"timestamp"_s, QString::number(Clock::nowMs())},
                                                     {u"sign_method"_s, u"sha256"_s},
                                                     {u"access_token"_s, QString::fromLatin1(token)}});
        params.append(
            {u"sign"_s, QString::fromLatin1(signing::lazadaSign(secret().toLatin1(), path, params))});
        url.setPath(u"/rest"_s + path);
    }
    for (const auto &[k, v] : std::as_const(params))
        q.addQueryItem(k, QString::fromUtf8(QUrl::toPercentEncoding(v)));
    url.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return QJsonDocument::fromJson(browse("GET", url).body).object();
}

namespace {

// "12.50", 12.5 → 1250 (the platforms' two-decimal major units; the suites run in PHP).
qint64 minorOf(const QJsonValue &v)
{
    if (v.isDouble())
        return qint64(std::llround(v.toDouble() * 100));
    const QString t = v.toString();
    const qsizetype dot = t.indexOf(u'.');
    if (dot < 0)
        return t.toLongLong() * 100;
    return t.left(dot).toLongLong() * 100 +
           (t.startsWith(u'-') ? -1 : 1) * t.mid(dot + 1, 2).leftJustified(2, u'0').toLongLong();
}

QString idText(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString();
}

void readShopee(OpenRig &rig, const QString &shopId, const QByteArray &token, int days, PlatformState &out)
{
    const qint64 now = Clock::nowMs() / 1000 + 60;
    QStringList sns;
    for (qint64 from = now - qint64(days) * 86400; from < now && out.error.isEmpty(); from += 15 * 86400) {
        QString cursor;
        for (int guard = 0; guard < 1000; ++guard) {
            QList<QPair<QString, QString>> p{
                {u"time_range_field"_s, u"create_time"_s},
                {u"time_from"_s, QString::number(from)},
                {u"time_to"_s, QString::number(std::min(now, from + 15 * 86400 - 1))},
                {u"page_size"_s, u"100"_s}};
            if (!cursor.isEmpty())
                p.append({u"cursor"_s, cursor});
            const QJsonObject answer = rig.call(u"/api/v2/order/get_order_list"_s, p, token, shopId);
            if (!answer.value(u"error"_s).toString().isEmpty() || !answer.contains(u"response"_s)) {
                out.error = u"get_order_list: "_s + QString::fromUtf8(QJsonDocument(answer).toJson());
                return;
            }
            const QJsonObject r = answer.value(u"response"_s).toObject();
            const QJsonArray listed = r.value(u"order_list"_s).toArray();
            for (const QJsonValue &o : listed)
                sns.append(o.toObject().value(u"order_sn"_s).toString());
            if (!r.value(u"more"_s).toBool())
                break;
            cursor = r.value(u"next_cursor"_s).toString();
        }
    }
    for (qsizetype i = 0; i < sns.size() && out.error.isEmpty(); i += 50) {
        const QJsonObject answer = rig.call(u"/api/v2/order/get_order_detail"_s,
                                            {{u"order_sn_list"_s, sns.mid(i, 50).join(u',')},
                                             {u"response_optional_fields"_s, u"total_amount"_s}},
                                            token, shopId);
        const QJsonArray list = answer.value(u"response"_s).toObject().value(u"order_list"_s).toArray();
        if (list.isEmpty())
            out.error = u"get_order_detail: "_s + QString::fromUtf8(QJsonDocument(answer).toJson());
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            out.orders.insert(o.value(u"order_sn"_s).toString(),
                              {o.value(u"order_status"_s).toString(), minorOf(o.value(u"total_amount"_s))});
        }
    }
    QStringList items;
    for (int offset = 0, guard = 0; guard < 1000 && out.error.isEmpty(); ++guard) {
        const QJsonObject answer = rig.call(u"/api/v2/product/get_item_list"_s,
                                            {{u"offset"_s, QString::number(offset)},
                                             {u"page_size"_s, u"100"_s},
                                             {u"item_status"_s, u"NORMAL"_s},
                                             {u"item_status"_s, u"UNLIST"_s}},
                                            token, shopId);
        if (!answer.contains(u"response"_s)) {
            out.error = u"get_item_list: "_s + QString::fromUtf8(QJsonDocument(answer).toJson());
            return;
        }
        const QJsonObject r = answer.value(u"response"_s).toObject();
        const QJsonArray listed = r.value(u"item"_s).toArray();
        for (const QJsonValue &v : listed)
            items.append(idText(v.toObject().value(u"item_id"_s)));
        if (!r.value(u"has_next_page"_s).toBool())
            break;
        offset = r.value(u"next_offset"_s).toInt();
    }
    for (qsizetype i = 0; i < items.size() && out.error.isEmpty(); i += 50) {
        const QJsonObject answer =
            rig.call(u"/api/v2/product/get_item_base_info"_s,
                     {{u"item_id_list"_s, items.mid(i, 50).join(u',')}}, token, shopId);
        const QJsonArray list = answer.value(u"response"_s).toObject().value(u"item_list"_s).toArray();
        if (list.isEmpty())
            out.error = u"get_item_base_info: "_s + QString::fromUtf8(QJsonDocument(answer).toJson());
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            const QJsonObject price = o.value(u"price_info"_s).toArray().at(0).toObject();
            out.products.insert(idText(o.value(u"item_id"_s)), {o.value(u"stock_info_v2"_s)
                                                                    .toObject()
                                                                    .value(u"summary_info"_s)
                                                                    .toObject()
                                                                    .value(u"total_available_stock"_s)
                                                                    .toInt(),
                                                                minorOf(price.value(u"current_price"_s)),
                                                                o.value(u"item_sku"_s).toString()});
        }
    }
}

void readLazada(OpenRig &rig, const QByteArray &token, PlatformState &out)
{
    for (int offset = 0, guard = 0; guard < 1000; ++guard) {
        const QJsonObject answer = rig.call(u"/orders/get"_s,
                                            {{u"created_after"_s, u"2000-01-01T00:00:00+00:00"_s},
                                             {u"offset"_s, QString::number(offset)},
                                             {u"limit"_s, u"100"_s}},
                                            token, {});
        if (answer.value(u"code"_s).toString() != u"0"_s) {
            out.error = u"/orders/get: "_s + QString::fromUtf8(QJsonDocument(answer).toJson());
            return;
        }
        const QJsonArray orders = answer.value(u"data"_s).toObject().value(u"orders"_s).toArray();
        for (const QJsonValue &v : orders) {
            const QJsonObject o = v.toObject();
            out.orders.insert(
                idText(o.value(u"order_id"_s)),
                {o.value(u"statuses"_s).toArray().at(0).toString(), minorOf(o.value(u"price"_s))});
        }
        if (orders.size() < 100)
            break;
        offset += 100;
    }
    for (int offset = 0, guard = 0; guard < 1000; ++guard) {
        const QJsonObject answer =
            rig.call(u"/products/get"_s,
                     {{u"filter"_s, u"all"_s}, {u"offset"_s, QString::number(offset)}, {u"limit"_s, u"50"_s}},
                     token, {});
        if (answer.value(u"code"_s).toString() != u"0"_s) {
            out.error = u"/products/get: "_s + QString::fromUtf8(QJsonDocument(answer).toJson());
            return;
        }
        const QJsonArray products = answer.value(u"data"_s).toObject().value(u"products"_s).toArray();
        for (const QJsonValue &v : products) {
            const QJsonObject p = v.toObject();
            const QString item = idText(p.value(u"item_id"_s));
            const QJsonArray skus = p.value(u"skus"_s).toArray();
            for (const QJsonValue &s : skus) {
                const QJsonObject sku = s.toObject();
                // One SKU: the item itself; several: one product per SKU (BVA's variants).
                const QString id = skus.size() == 1 ? item : item + u':' + idText(sku.value(u"SkuId"_s));
                QJsonValue price = sku.value(u"special_price"_s);
                if (!price.isDouble() && price.toString().isEmpty())
                    price = sku.value(u"price"_s);
                out.products.insert(id, {sku.value(u"quantity"_s).toInt(), minorOf(price),
                                         sku.value(u"SellerSku"_s).toString()});
            }
        }
        if (products.size() < 50)
            break;
        offset += 50;
    }
}

} // namespace

PlatformState OpenRig::platformState(const QString &shopId, const QByteArray &token, int days)
{
    PlatformState out;
    if (shopee())
        readShopee(*this, shopId, token, days, out);
    else
        readLazada(*this, token, out);
    return out;
}

QString differenceFromPlatform(Database &db, qint64 shopId, const PlatformState &platform, Compare what)
{
    if (!platform.error.isEmpty())
        return u"the platform could not be read: "_s + platform.error;
    OrderRepository orders(db);
    const auto count = orders.count(shopId);
    if (platform.orders.isEmpty() || !count || *count != platform.orders.size())
        return u"order count: BVA %1, platform %2"_s.arg(count ? *count : -1).arg(platform.orders.size());
    for (auto it = platform.orders.cbegin(); it != platform.orders.cend(); ++it) {
        auto stored = orders.findByExternal(shopId, it.key());
        if (!stored || !stored->has_value())
            return u"order %1 missing"_s.arg(it.key());
        const Order &o = **stored;
        const QString want = orderStatusName(orderStatusFromString(it->status));
        if (orderStatusName(o.status) != want)
            return u"order %1: BVA %2 (%3), platform %4 (%5)"_s.arg(it.key(), orderStatusName(o.status),
                                                                    o.rawStatus, want, it->status);
        if (o.totalMinor != it->totalMinor)
            return u"order %1: total BVA %2, platform %3"_s.arg(it.key())
                .arg(o.totalMinor)
                .arg(it->totalMinor);
    }
    // The rollups are what the orders say: a rebuild from them changes nothing.
    RollupRepository rollups(db);
    const auto before = rollups.range({shopId}, u"2000-01-01"_s, u"2100-01-01"_s);
    if (!before || !rollups.rebuildAll(shopId))
        return u"rollups could not be read"_s;
    const auto after = rollups.range({shopId}, u"2000-01-01"_s, u"2100-01-01"_s);
    if (!after || after->size() != before->size())
        return u"rollup days: BVA %1, rebuilt %2"_s.arg(before->size()).arg(after ? after->size() : -1);
    for (qsizetype i = 0; i < after->size(); ++i) {
        const DailyRollup &a = before->at(i);
        const DailyRollup &b = after->at(i);
        if (a.day != b.day || a.orders != b.orders || a.units != b.units ||
            a.revenueMinor != b.revenueMinor || a.cancelledOrders != b.cancelledOrders ||
            a.cancelledMinor != b.cancelledMinor || a.returnedOrders != b.returnedOrders ||
            a.returnedMinor != b.returnedMinor || a.costMinor != b.costMinor)
            return u"rollup of %1: orders %2/%3, revenue %4/%5 (BVA/rebuilt)"_s.arg(b.day)
                .arg(a.orders)
                .arg(b.orders)
                .arg(a.revenueMinor)
                .arg(b.revenueMinor);
    }
    if (what == Compare::Orders)
        return {};
    auto held = ProductRepository(db).listByShop(shopId, false);
    if (!held || held->size() != platform.products.size())
        return u"product count: BVA %1, platform %2"_s.arg(held ? held->size() : -1)
            .arg(platform.products.size());
    for (auto it = platform.products.cbegin(); it != platform.products.cend(); ++it) {
        auto stored = ProductRepository(db).findByExternal(shopId, it.key());
        if (!stored || !stored->has_value() || (*stored)->deletedAt.isValid())
            return u"product %1 missing"_s.arg(it.key());
        if ((*stored)->stock != it->stock || (*stored)->priceMinor != it->priceMinor)
            return u"product %1: stock %2/%3, price %4/%5 (BVA/platform)"_s.arg(it.key())
                .arg((*stored)->stock)
                .arg(it->stock)
                .arg((*stored)->priceMinor)
                .arg(it->priceMinor);
    }
    return {};
}

} // namespace bva::test
