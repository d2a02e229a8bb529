// Full sync of one big shop (default 10,000 products, ~100,000 orders, ~300,000 items) from a
// bva-clone on loopback into a fresh SQLite file or PostgreSQL database. Prints wall time, rates
// and this process's peak RSS (the simulator's memory is not counted).
//
//   bva-bench-sync [--backend sqlite|postgres] [--products N] [--days D] [--orders-per-day R]
//                  [--page-size P] [--parallel K] [--flavor shopee|lazada]
#include "auth/filevault.h"
#include "cloneprocess.h"
#include "store/database.h"
#include "store/orderrepository.h"
#include "store/productrepository.h"
#include "store/syncrunrepository.h"
#include "store/userrepository.h"
#include "sync/integrationservice.h"
#include "testbackends.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace bva;

static double peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption backend(u"backend"_s, u"sqlite or postgres"_s, u"name"_s, u"sqlite"_s);
    const QCommandLineOption products(u"products"_s, u"products"_s, u"n"_s, u"10000"_s);
    const QCommandLineOption days(u"days"_s, u"days of history"_s, u"n"_s, u"365"_s);
    const QCommandLineOption perDay(u"orders-per-day"_s, u"orders per day"_s, u"n"_s, u"274"_s);
    const QCommandLineOption pageSize(u"page-size"_s, u"records per page"_s, u"n"_s, u"1000"_s);
    const QCommandLineOption parallel(u"parallel"_s, u"requests in flight"_s, u"n"_s, u"4"_s);
    const QCommandLineOption flavor(u"flavor"_s, u"shopee or lazada"_s, u"name"_s, u"shopee"_s);
    p.addOptions({backend, products, days, perDay, pageSize, parallel, flavor});
    p.process(app);

    test::CloneOptions co;
    co.flavor = p.value(flavor);
    co.products = p.value(products).toInt();
    co.days = p.value(days).toInt();
    co.ordersPerDay = p.value(perDay).toDouble();
    co.endDate = u"2025-11-01"_s;
    co.startTimeoutMs = 300000;
    test::CloneProcess clone(co);
    QElapsedTimer gen;
    gen.start();
    if (!clone.start()) {
        std::fprintf(stderr, "bva-clone: %s\n", qPrintable(clone.errorString()));
        return 1;
    }
    std::fprintf(stderr, "simulator ready in %lld ms: %s\n", gen.elapsed(),
                 QJsonDocument(QJsonObject{{u"products"_s, clone.readyLine().value(u"products"_s)},
                                           {u"orders"_s, clone.readyLine().value(u"orders"_s)}})
                     .toJson(QJsonDocument::Compact)
                     .constData());

    QString why;
    auto scratch = test::ScratchDatabase::create(p.value(backend), &why);
    if (!scratch) {
        std::fprintf(stderr, "database: %s\n", qPrintable(why));
        return 1;
    }
    Database db(*DatabaseConfig::fromUrl(scratch->url()));
    if (auto r = db.open(); !r) {
        std::fprintf(stderr, "database: %s\n", qPrintable(r.error().message));
        return 1;
    }
    QTemporaryDir vaultDir;
    auto vault = FileVault::open(vaultDir.filePath(u"v"_s), vaultDir.filePath(u"k"_s));
    auto user = UserRepository(db).create(u"bench@bva.test"_s, u"Bench"_s, u"x"_s);
    if (!vault || !user)
        return 1;

    IntegrationServiceOptions o;
    o.scheduler = false;
    o.pageSize = p.value(pageSize).toInt();
    o.maxParallelRequests = p.value(parallel).toInt();
    o.requestTimeoutMs = 60000;
    o.sites = {{co.flavor == u"lazada" ? Platform::Lazada : Platform::Shopee, clone.url().toString()}};
    IntegrationService service(db, **vault, nullptr, QByteArray(32, 'k'), o);
    service.start();

    const double rssBefore = peakRssMb();
    QElapsedTimer wall;
    wall.start();
    ConnectRequest req;
    req.platform = co.flavor == u"lazada" ? Platform::Lazada : Platform::Shopee;
    req.token = clone.token();
    req.shopExternalId = clone.shopId();
    req.siteUrl = clone.url().toString();
    req.userId = user->id;
    QEventLoop loop;
    bool ok = false;
    QString error;
    QObject::connect(&service, &IntegrationService::syncFinished, &loop,
                     [&](qint64, qint64, bool success, const QString &e) {
                         ok = success;
                         error = e;
                         loop.quit();
                     });
    auto future = service.connectShop(req);
    future.waitForFinished();
    if (!future.result().ok()) {
        std::fprintf(stderr, "connect: %s\n", qPrintable(future.result().error().message));
        return 1;
    }
    const qint64 integrationId = future.result()->id;
    const qint64 shopId = future.result()->shopId;
    loop.exec();
    const qint64 ms = wall.elapsed();
    if (!ok) {
        std::fprintf(stderr, "sync failed: %s\n", qPrintable(error));
        return 1;
    }
    const auto run = SyncRunRepository(db).latest(integrationId);
    const qint64 productsStored = *ProductRepository(db).count(shopId);
    const qint64 ordersStored = *OrderRepository(db).count(shopId);
    QJsonObject out{{u"backend"_s, p.value(backend)},
                    {u"flavor"_s, co.flavor},
                    {u"products"_s, productsStored},
                    {u"orders"_s, ordersStored},
                    {u"items"_s, run->value().itemsSeen},
                    {u"skipped"_s, run->value().skipped},
                    {u"wallMs"_s, ms},
                    {u"ordersPerSecond"_s, qRound(ordersStored * 1000.0 / std::max<qint64>(1, ms))},
                    {u"peakRssMb"_s, qRound(peakRssMb())},
                    {u"rssBeforeSyncMb"_s, qRound(rssBefore)},
                    {u"pageSize"_s, o.pageSize},
                    {u"parallel"_s, o.maxParallelRequests}};
    if (p.value(backend) == u"sqlite") {
        const QString path = scratch->url().mid(7);
        out.insert(u"dbMb"_s,
                   qRound((QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size()) / 1048576.0));
    }
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    service.stop();
    return 0;
}
