#include "synctestsupport.h"

#include "domain/money.h"
#include "platforms/marketplacesites.h"
#include "platforms/payloadreader.h"
#include "store/orderrepository.h"
#include "store/productrepository.h"
#include "store/shoprepository.h"
#include "store/userrepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace bva::test {

IntegrationServiceOptions quickOptions()
{
    IntegrationServiceOptions o;
    o.scheduler = false;
    o.pageSize = 40;
    o.maxParallelRequests = 4;
    o.requestTimeoutMs = 5000;
    o.maxAttempts = 8;
    o.retryBaseDelayMs = 5;
    o.retryMaxDelayMs = 50;
    return o;
}

QString SyncHarness::open(std::unique_ptr<ScratchDatabase> database, IntegrationServiceOptions options)
{
    scratch = std::move(database);
    auto config = DatabaseConfig::fromUrl(scratch->url());
    if (!config)
        return config.error().message;
    db = std::make_unique<Database>(*config);
    if (auto r = db->open(); !r)
        return r.error().message;
    auto v = FileVault::open(vaultDir.filePath(u"secrets.vault"_s), vaultDir.filePath(u"secrets.key"_s));
    if (!v)
        return v.error().message;
    vault = std::move(*v);
    auto stored = UserRepository(*db).create(u"seller@bva.test"_s, u"Seller"_s, u"x"_s);
    if (!stored)
        return stored.error().message;
    userId = stored->id;
    service = std::make_unique<IntegrationService>(*db, *vault, &bus, QByteArray(32, 'k'), options);
    service->start();
    return {};
}

static QJsonArray cloneList(const CloneProcess &clone, const QString &path, const QByteArray &token,
                            QString *error)
{
    // The whole list (no paging), retried: fault flags may be on.
    for (int attempt = 0; attempt < 20; ++attempt) {
        const CloneReply r = clone.get(path, token);
        if (r.status == 200 && r.json.isObject() && r.data().isArray())
            return r.data().toArray();
        *error = u"GET "_s + path + u" -> "_s + QString::number(r.status);
    }
    return {};
}

QString compareWithClone(Database &db, qint64 shopId, const CloneProcess &clone,
                         const QString &shopExternalId, const QByteArray &token)
{
    QString error;
    const QJsonArray products = cloneList(clone, u"/api/products/shop/"_s + shopExternalId, token, &error);
    const QJsonArray orders = cloneList(clone, u"/api/orders/seller/"_s + shopExternalId, token, &error);
    if (products.isEmpty() || orders.isEmpty())
        return u"could not read the simulator: "_s + error;

    // The simulator writes major units of the shop's currency: read them with its exponent (JPY 0).
    const auto shop = ShopRepository(db).findById(shopId);
    if (!shop || !shop->has_value())
        return u"shop %1 missing"_s.arg(shopId);
    const int exponent = currencyExponent((*shop)->currency);
    ProductRepository productRepo(db);
    auto count = productRepo.count(shopId);
    if (!count)
        return count.error().message;
    if (*count != products.size())
        return u"products: BVA has %1, the simulator %2"_s.arg(*count).arg(products.size());
    for (const QJsonValue &v : products) {
        auto expected = payload::productFromJson(v.toObject(), exponent);
        if (!expected)
            return u"simulator product unreadable: "_s + expected.error().message;
        auto stored = productRepo.findByExternal(shopId, expected->externalId);
        if (!stored || !stored->has_value())
            return u"product "_s + expected->externalId + u" missing"_s;
        if ((*stored)->priceMinor != expected->priceMinor || (*stored)->stock != expected->stock ||
            (*stored)->name != expected->name || (*stored)->deletedAt.isValid())
            return u"product "_s + expected->externalId + u" differs"_s;
    }

    OrderRepository orderRepo(db);
    auto orderCount = orderRepo.count(shopId);
    if (!orderCount)
        return orderCount.error().message;
    if (*orderCount != orders.size())
        return u"orders: BVA has %1, the simulator %2"_s.arg(*orderCount).arg(orders.size());
    for (const QJsonValue &v : orders) {
        auto expected = payload::orderFromJson(v.toObject(), exponent);
        if (!expected)
            return u"simulator order unreadable: "_s + expected.error().message;
        auto stored = orderRepo.findByExternal(shopId, expected->externalId);
        if (!stored || !stored->has_value())
            return u"order "_s + expected->externalId + u" missing"_s;
        const Order &o = **stored;
        if (o.status != expected->status || o.totalMinor != expected->totalMinor ||
            o.placedAt != expected->placedAt || o.items.size() != expected->items.size())
            return u"order "_s + expected->externalId +
                   u" differs: status %1/%2 total %3/%4 items %5/%6"_s
                       .arg(orderStatusName(o.status), orderStatusName(expected->status))
                       .arg(o.totalMinor)
                       .arg(expected->totalMinor)
                       .arg(o.items.size())
                       .arg(expected->items.size());
    }
    return {};
}

CloneOptions cloneOptions(const QString &flavor)
{
    CloneOptions o;
    o.flavor = flavor;
    o.products = 30;
    o.days = 40;
    o.ordersPerDay = 8;
    o.endDate = u"2025-11-01"_s;
    return o;
}

void addFlavours()
{
    QTest::addColumn<QString>("flavor");
    QTest::newRow("shopee") << u"shopee"_s;
    QTest::newRow("lazada") << u"lazada"_s;
}

Platform platformOf(const QString &flavor)
{
    return flavor == u"lazada" ? Platform::Lazada : Platform::Shopee;
}

ConnectRequest connectRequest(SyncHarness &h, const CloneProcess &clone, bool startSync)
{
    ConnectRequest r;
    r.platform = platformOf(clone.flavor());
    h.service->sites().set(r.platform, clone.url().toString()).ok();
    r.token = clone.token();
    r.shopExternalId = clone.shopId();
    r.siteUrl = clone.url().toString();
    r.userId = h.userId;
    r.startSync = startSync;
    return r;
}

std::optional<SyncRun> waitForRun(SyncHarness &h, qint64 runId, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        auto run = h.service->run(runId);
        if (run && run->has_value() && (*run)->state != u"running")
            return **run;
        QTest::qWait(10);
    }
    return std::nullopt;
}

ProgressWatch::ProgressWatch(IntegrationService &s)
{
    QObject::connect(&s, &IntegrationService::syncProgress, &context,
                     [this](qint64, qint64, const QString &phase, int done, int) {
                         ++count;
                         ordersStarted = ordersStarted || (phase == u"orders" && done > 0);
                     });
}

} // namespace bva::test
