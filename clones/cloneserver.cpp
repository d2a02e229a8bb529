#include "cloneserver.h"

#include "adminapi.h"
#include "datagenerator.h"
#include "envelope.h"
#include "httpserver.h"
#include "lazadaopenapi.h"
#include "livefeed.h"
#include "openpush.h"
#include "restapi.h"
#include "shopeeopenapi.h"
#include "sitepages.h"
#include "tokenservice.h"
#include "webhooksender.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcClone, "bva.clone", QtInfoMsg)

namespace bva::clone {

CloneServer::CloneServer(const CloneConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_faults(config.faults)
    , m_faultRng(config.seed ^ 0xfa017fa017ULL)
{
    m_store = std::make_unique<CloneStore>(config.flavor, config.seed);
    m_tokens = std::make_unique<TokenService>(*m_store, config.tokenTtlSecs);
    m_sender = std::make_unique<WebhookSender>(config.open.on() ? config.open.pushUrl : config.webhookUrl,
                                               config.webhookSecret);
    if (config.open.on()) {
        m_store->refreshGrants().setLifetimeSecs(config.open.refreshTtlSecs);
        usePlatformPush(*m_sender, *m_store, m_config.open);
        if (config.open.kind == OpenKind::Shopee)
            m_shopeeOpen = std::make_unique<ShopeeOpenApi>(*m_store, *m_tokens, m_faults, m_config.open);
        else
            m_lazadaOpen = std::make_unique<LazadaOpenApi>(*m_store, *m_tokens, m_faults, m_config.open);
    }
    m_sender->setMaxAttempts(config.webhookAttempts);
    m_sender->setDuplicates(m_faults.duplicateWebhooks);
    m_sender->setReordering(m_faults.reorderWindow, m_faults.reorderSeed);
    m_feed = std::make_unique<LiveFeed>(*m_store, m_faults, *m_tokens, *m_sender, config.seed);
    m_rest = std::make_unique<RestApi>(*m_store, *m_tokens, m_faults);
    m_admin = std::make_unique<AdminApi>(*m_store, *m_tokens, m_faults, *m_feed, *m_sender,
                                         [this] { return describe(); });
    m_pages = std::make_unique<SitePages>(*m_store, m_faults, *m_sender);
    m_http = std::make_unique<HttpServer>(
        [this](const HttpRequest &r, const Responder &respond) { dispatch(r, respond); });

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(500);
    connect(&m_saveTimer, &QTimer::timeout, this, &CloneServer::saveNow);
    if (!config.dataFile.isEmpty())
        connect(m_store.get(), &CloneStore::changed, this, [this] {
            if (!m_saveTimer.isActive()) // a steady stream of changes must not postpone the save forever
                m_saveTimer.start();
        });

    m_warmTimer.setInterval(0);
    connect(&m_warmTimer, &QTimer::timeout, this, [this] {
        const auto &products = m_store->products();
        const auto &orders = m_store->orders();
        const size_t total = products.size() + orders.size();
        for (int n = 0; n < 1000 && m_warmAt < total; ++n, ++m_warmAt) {
            if (m_warmAt < products.size())
                m_store->productJson(products[m_warmAt]);
            else
                m_store->orderJson(orders[m_warmAt - products.size()]);
        }
        if (m_warmAt >= total)
            m_warmTimer.stop();
    });
}

CloneServer::~CloneServer()
{
    if (m_saveTimer.isActive())
        saveNow();
}

quint16 CloneServer::port() const
{
    return m_http->port();
}

bool CloneServer::start(QString *error)
{
    const QHostAddress address(m_config.host == u"localhost" ? u"127.0.0.1"_s : m_config.host);
    if (address.isNull()) {
        *error = tr("invalid --host %1").arg(m_config.host);
        return false;
    }
    if (!m_http->listen(address, quint16(m_config.port))) {
        *error =
            tr("cannot listen on %1:%2: %3").arg(m_config.host).arg(m_config.port).arg(m_http->errorString());
        return false;
    }
    // A wildcard address is not something a browser can open; advertise loopback instead.
    QString host = address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                                       : address.toString();
    if (address == QHostAddress::AnyIPv4 || address == QHostAddress::Any)
        host = u"127.0.0.1"_s;
    else if (address == QHostAddress::AnyIPv6)
        host = u"[::1]"_s;
    m_url = u"http://"_s + host + u':' + QString::number(m_http->port());

    QElapsedTimer timer;
    timer.start();
    bool loaded = false;
    if (!m_config.dataFile.isEmpty() && QFileInfo::exists(m_config.dataFile)) {
        if (!m_store->loadFile(m_config.dataFile, error)) {
            *error = tr("cannot load %1: %2").arg(m_config.dataFile, *error);
            return false;
        }
        loaded = true;
    }
    if (!loaded) {
        GeneratorOptions g;
        g.seed = m_config.seed;
        g.products = m_config.products;
        g.days = m_config.days;
        g.ordersPerDay = m_config.ordersPerDay;
        g.sellers = m_config.sellers;
        g.regionalShop = m_config.regionalShop;
        g.regionalCurrency = m_config.regionalCurrency;
        g.baseUrl = m_config.publicUrl.isEmpty() ? m_url : m_config.publicUrl;
        if (m_config.endDate.isValid())
            g.nowMs = QDateTime(m_config.endDate, QTime(15, 59, 59), Qt::UTC).toMSecsSinceEpoch();
        DataGenerator(g).generate(*m_store);
        if (m_config.open.on()) {
            Open::applyRegion(*m_store, m_config.open.region);
            Open::unlistSome(*m_store);
        }
        if (!m_config.dataFile.isEmpty())
            saveNow();
    }
    m_generationMs = timer.elapsed();
    qCInfo(lcClone).noquote() << tr("%1 clone on %2: %3 products, %4 orders (%5 in %6 ms)")
                                     .arg(m_config.open.on() ? m_config.open.flavorName()
                                                             : flavorName(m_config.flavor),
                                          m_url)
                                     .arg(m_store->products().size())
                                     .arg(m_store->orders().size())
                                     .arg(loaded ? tr("loaded") : tr("generated"))
                                     .arg(m_generationMs);
    if (m_config.liveRate > 0)
        m_feed->setRate(m_config.liveRate);
    m_warmTimer.start();
    return true;
}

void CloneServer::saveNow()
{
    if (m_config.dataFile.isEmpty())
        return;
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!m_store->saveFile(m_config.dataFile, &error))
        qCWarning(lcClone).noquote() << tr("cannot save %1: %2").arg(m_config.dataFile, error);
    // A big state takes a while to write; never spend more than a tenth of the time saving.
    m_saveTimer.setInterval(int(std::clamp<qint64>(timer.elapsed() * 10, 500, 60000)));
}

QJsonObject CloneServer::readyInfo(bool renewTokens)
{
    QJsonArray sellers;
    for (const auto &s : m_store->sellers()) {
        const Shop *shop = m_store->shopById(s.shopId);
        QJsonArray shops; // every shop of the account, the first being shopId
        for (const Shop *owned : m_store->shopsOf(s))
            shops.append(QJsonObject{
                {u"id"_s, owned->id}, {u"name"_s, owned->name}, {u"currency"_s, owned->currency}});
        sellers.append(QJsonObject{
            {u"id"_s, s.id},
            {u"email"_s, s.email},
            {u"password"_s, s.password},
            {u"shopId"_s, s.shopId},
            {u"shopName"_s, shop ? shop->name : QString()},
            {u"currency"_s, shop ? shop->currency : QString()},
            {u"shops"_s, shops},
            {u"token"_s,
             QString::fromLatin1(renewTokens ? m_tokens->stableToken(s) : m_tokens->webhookToken(s))}});
    }
    const QJsonObject main = sellers.at(0).toObject();
    QJsonObject info{
        {u"ready"_s, true},
        {u"flavor"_s, m_config.open.on() ? m_config.open.flavorName() : flavorName(m_config.flavor)},
        {u"url"_s, m_url},
        {u"port"_s, int(m_http->port())},
        {u"seller"_s,
         QJsonObject{{u"email"_s, main.value(u"email"_s)}, {u"password"_s, main.value(u"password"_s)}}},
        {u"shopId"_s, main.value(u"shopId"_s)},
        {u"shopName"_s, main.value(u"shopName"_s)},
        {u"userId"_s, main.value(u"id"_s)},
        {u"token"_s, main.value(u"token"_s)},
        {u"sellers"_s, sellers},
        {u"products"_s, qint64(m_store->products().size())},
        {u"orders"_s, qint64(m_store->orders().size())},
        {u"generationMs"_s, m_generationMs},
        {u"webhookUrl"_s, m_sender->baseUrl().toString()},
        {u"tokenTtl"_s, m_config.tokenTtlSecs},
        {u"liveRate"_s, m_config.liveRate},
        {u"pid"_s, QCoreApplication::applicationPid()}};
    if (m_config.open.on()) {
        const QJsonObject open = openInfo();
        for (auto it = open.begin(); it != open.end(); ++it)
            info.insert(it.key(), it.value());
    }
    return info;
}

QJsonObject CloneServer::openInfo() const
{
    const OpenPlatformConfig &o = m_config.open;
    QJsonArray shops;
    for (const Shop &shop : m_store->shops()) {
        const Seller *seller = m_store->sellerById(shop.sellerId);
        QJsonObject entry{{u"name"_s, shop.name},
                          {u"currency"_s, shop.currency},
                          {u"sellerEmail"_s, seller ? seller->email : QString()}};
        const qint64 number = OpenIds::shopNumber(shop.id);
        if (o.kind == OpenKind::Shopee)
            entry.insert(u"shopId"_s, number);
        else
            entry.insert(u"sellerId"_s, QString::number(number));
        shops.append(entry);
    }
    QJsonObject info{{u"region"_s, o.region},
                     {u"currency"_s, Open::currencyOfRegion(o.region)},
                     {u"redirectUrl"_s, o.registeredRedirect().toString()},
                     {u"pushUrl"_s, m_sender->baseUrl().toString()},
                     {u"refreshTokenTtl"_s, m_store->refreshGrants().lifetimeSecs()},
                     {u"shops"_s, shops}};
    if (o.kind == OpenKind::Shopee) {
        info.insert(u"partnerId"_s, o.partnerId);
        info.insert(u"partnerKey"_s, QString::fromUtf8(o.partnerKey));
    } else {
        info.insert(u"appKey"_s, QString::fromUtf8(o.appKey));
        info.insert(u"appSecret"_s, QString::fromUtf8(o.appSecret));
        info.insert(u"apiUrl"_s, QString(m_url + u"/rest"_s));
    }
    return info;
}

bool CloneServer::dispatchOpen(const HttpRequest &request, const std::function<void(HttpResponse)> &finish)
{
    const bool shopee = m_config.open.kind == OpenKind::Shopee;
    const QString &path = request.path;
    const bool isApi = shopee ? ShopeeOpenApi::isApiPath(path) : LazadaOpenApi::isApiPath(path);
    if (isApi && m_faults.errorRate > 0 && m_faultRng.uniform() < m_faults.errorRate) {
        finish(shopee ? ShopeeOpenApi::serverError() : LazadaOpenApi::serverError());
        return true;
    }
    if (isApi && m_faults.throttleRate > 0 && m_faultRng.uniform() < m_faults.throttleRate) {
        finish(shopee ? ShopeeOpenApi::throttled() : LazadaOpenApi::throttled());
        return true;
    }
    std::optional<HttpResponse> r = shopee ? m_shopeeOpen->handle(request) : m_lazadaOpen->handle(request);
    if (!r && path.startsWith(u"/api/")) // the clone site's own API is not there
        r = shopee ? ShopeeOpenApi::error(404, u"error_not_found"_s, tr("Invalid path."))
                   : LazadaOpenApi::error(u"InvalidApiPath"_s, tr("The specified API path is invalid."));
    if (!r)
        return false;
    if (isApi)
        applyFaults(*r);
    finish(*r);
    return true;
}

QJsonObject CloneServer::describe()
{
    QJsonObject info = readyInfo(false);
    info.remove(u"ready"_s);
    info.insert(u"faults"_s, m_faults.toJson());
    info.insert(u"liveRate"_s, m_feed->rate());
    info.insert(u"refreshes"_s, m_tokens->refreshCount());
    return info;
}

void CloneServer::applyFaults(HttpResponse &r)
{
    if (m_faults.truncateRate > 0 && m_faultRng.uniform() < m_faults.truncateRate) {
        r.body.truncate(std::max<qsizetype>(1, r.body.size() / 2));
        return;
    }
    if (m_faults.malformedRate > 0 && m_faultRng.uniform() < m_faults.malformedRate)
        r.body = "{\"success\":true,\"data\":undefined,}";
}

void CloneServer::dispatch(const HttpRequest &request, const std::function<void(HttpResponse)> &respond)
{
    const bool isApi =
        request.path.startsWith(u"/api/") || (m_config.open.on() && request.path.startsWith(u"/rest/"));
    auto finish = [this, respond, isApi](HttpResponse r) {
        r.addHeader("Access-Control-Allow-Origin", "*");
        if (isApi && m_faults.latencyMs > 0) {
            // Precise: a coarse timer may fire 5% early, and the fault promises at least this delay.
            QTimer::singleShot(m_faults.latencyMs, Qt::PreciseTimer, this, [respond, r] { respond(r); });
            return;
        }
        respond(r);
    };
    if (request.method == "OPTIONS") {
        HttpResponse r = HttpResponse::text(204, {}, "text/plain");
        r.addHeader("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS");
        r.addHeader("Access-Control-Allow-Headers", "Authorization, Content-Type");
        r.addHeader("Access-Control-Max-Age", "600");
        finish(r);
        return;
    }
    if (m_config.open.on() && dispatchOpen(request, finish))
        return;
    if (isApi) {
        if (m_faults.errorRate > 0 && m_faultRng.uniform() < m_faults.errorRate) {
            finish(errorResponse(m_config.flavor, 500, tr("Internal Server Error")));
            return;
        }
        if (m_faults.throttleRate > 0 && m_faultRng.uniform() < m_faults.throttleRate) {
            HttpResponse r = errorResponse(m_config.flavor, 429, tr("Too many requests"));
            r.addHeader("Retry-After", "1");
            finish(r);
            return;
        }
        HttpResponse r = *m_rest->handle(request);
        applyFaults(r);
        finish(r);
        return;
    }
    if (auto r = m_admin->handle(request)) {
        finish(*r);
        return;
    }
    if (auto r = m_pages->handle(request)) {
        finish(*r);
        return;
    }
    finish(HttpResponse::text(404, "Not found", "text/plain; charset=utf-8"));
}

} // namespace bva::clone
