// SyncService under bad conditions, against real bva-clone processes: every API fault flag, a sync
// interrupted and resumed, a site that is down, the scheduler, and the retry backoff.
#include "platforms/platformclient.h"
#include "store/integrationrepository.h"
#include "store/orderrepository.h"
#include "store/productrepository.h"
#include "store/shoprepository.h"
#include "store/syncrunrepository.h"
#include "synctestsupport.h"
#include "util/storedtext.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace bva;
using namespace bva::test;

class TestSyncFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void faultFlags_data();
    void faultFlags();
    void interruptedSyncResumes_data() { addFlavours(); }
    void interruptedSyncResumes();
    void serverDownFailsAndKeepsData();
    void pagesThatShift_data();
    void pagesThatShift();
    void pagesWithoutPagination();
    void schedulerResyncs();
    void backoffIsBoundedAndJittered();
    void retryAfterIsRead();
    void retryAfterIsHonoured();
    void retryAfterTooLongFails();
    void redirectsStayOnTheSite();
    void oversizedAnswersAreRefused();
    void tricklingAnswersEndAtTheDeadline();
    void overlongTextIsSkipped();
};

void TestSyncFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (CloneProcess::binaryPath().isEmpty())
        QSKIP("bva-clone is not built");
}

void TestSyncFaults::faultFlags_data()
{
    QTest::addColumn<QString>("flavor");
    QTest::addColumn<QJsonObject>("faults");
    const QList<std::pair<const char *, QJsonObject>> faults = {
        {"errorRate", QJsonObject{{u"errorRate"_s, 0.3}}},
        {"truncateRate", QJsonObject{{u"truncateRate"_s, 0.3}}},
        {"malformedRate", QJsonObject{{u"malformedRate"_s, 0.3}}},
        {"latencyMs", QJsonObject{{u"latencyMs"_s, 150}}},
        {"throttleRate", QJsonObject{{u"throttleRate"_s, 0.3}}},
        {"numbersAsStrings", QJsonObject{{u"numbersAsStrings"_s, true}}},
        {"lowercaseStatuses", QJsonObject{{u"lowercaseStatuses"_s, true}}},
        {"duplicateWebhooks+statusBeforeCreate",
         QJsonObject{{u"duplicateWebhooks"_s, true}, {u"statusBeforeCreate"_s, true}}},
        {"all at once", QJsonObject{{u"errorRate"_s, 0.2},
                                    {u"truncateRate"_s, 0.1},
                                    {u"malformedRate"_s, 0.1},
                                    {u"numbersAsStrings"_s, true},
                                    {u"lowercaseStatuses"_s, true},
                                    {u"latencyMs"_s, 20}}},
    };
    for (const QString &f : {u"shopee"_s, u"lazada"_s}) {
        for (const auto &[name, json] : faults)
            QTest::newRow(qPrintable(f + u'/' + QLatin1StringView(name))) << f << json;
    }
}

void TestSyncFaults::faultFlags()
{
    QFETCH(QString, flavor);
    QFETCH(QJsonObject, faults);
    CloneProcess clone(cloneOptions(flavor));
    QVERIFY2(clone.start(), qPrintable(clone.errorString()));
    BVA_SCRATCH_DB(scratch, u"sqlite"_s);
    SyncHarness h;
    const QString why = h.open(std::move(scratch), quickOptions());
    QVERIFY2(why.isEmpty(), qPrintable(why));

    // Connect cleanly, then turn the faults on for the syncs.
    const auto result = await(h.service->connectShop(connectRequest(h, clone, false)));
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QVERIFY(clone.setFaults(faults));
    const auto run = waitForRun(h, *h.service->syncNow(result->id, SyncKind::Full));
    QVERIFY(run);
    QVERIFY2(run->state == u"succeeded", qPrintable(run->error));
    QCOMPARE(run->skipped, 0);
    clone.admin(u"events"_s, QJsonObject{{u"count"_s, 20}, {u"kind"_s, u"mixed"_s}});
    const auto inc = waitForRun(h, *h.service->syncNow(result->id, SyncKind::Incremental));
    QVERIFY(inc);
    QVERIFY2(inc->state == u"succeeded", qPrintable(inc->error));

    // Compared with what the simulator serves under the same faults (the lazada flavour spells
    // RETURNED and REFUNDED alike, its lowercase fault does not): the reference reads retry too.
    const QString diff = compareWithClone(*h.db, result->shopId, clone, clone.shopId(), clone.token());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestSyncFaults::interruptedSyncResumes()
{
    QFETCH(QString, flavor);
    CloneProcess clone(cloneOptions(flavor));
    QVERIFY2(clone.start(), qPrintable(clone.errorString()));
    BVA_SCRATCH_DB(scratch, u"sqlite"_s);
    SyncHarness h;
    IntegrationServiceOptions o = quickOptions();
    o.pageSize = 20;
    o.maxParallelRequests = 1;
    const QString why = h.open(std::move(scratch), o);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY(clone.setFaults(QJsonObject{{u"latencyMs"_s, 100}}));

    const auto result = await(h.service->connectShop(connectRequest(h, clone, false)));
    QVERIFY(result.ok());
    ProgressWatch progress(*h.service);
    auto runId = h.service->syncNow(result->id, SyncKind::Full);
    QVERIFY(runId.ok());
    // Cancel in the middle of the orders.
    QTRY_VERIFY_WITH_TIMEOUT(progress.ordersStarted, 20000);
    h.service->cancelSync(result->id);
    const auto cancelled = waitForRun(h, *runId);
    QVERIFY(cancelled);
    QCOMPARE(cancelled->state, u"cancelled"_s);
    auto partial = OrderRepository(*h.db).count(result->shopId);
    QVERIFY(partial.ok());
    QVERIFY(*partial > 0);

    // Live changes meanwhile, then the next run: never completed a full sync, so it is a full one.
    clone.admin(u"events"_s, QJsonObject{{u"count"_s, 15}, {u"kind"_s, u"mixed"_s}});
    QVERIFY(clone.setFaults(QJsonObject{{u"reset"_s, true}}));
    auto resumed = h.service->syncNow(result->id);
    QVERIFY(resumed.ok());
    const auto run = waitForRun(h, *resumed);
    QVERIFY(run && run->state == u"succeeded");
    QCOMPARE(run->kind, u"full"_s);
    const QString diff = compareWithClone(*h.db, result->shopId, clone, clone.shopId(), clone.token());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestSyncFaults::serverDownFailsAndKeepsData()
{
    CloneProcess clone(cloneOptions(u"shopee"_s));
    QVERIFY2(clone.start(), qPrintable(clone.errorString()));
    BVA_SCRATCH_DB(scratch, u"sqlite"_s);
    SyncHarness h;
    IntegrationServiceOptions o = quickOptions();
    o.maxAttempts = 3;
    const QString why = h.open(std::move(scratch), o);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const auto result = await(h.service->connectShop(connectRequest(h, clone)));
    QVERIFY(result.ok());
    QVERIFY(waitForRun(h, h.service->progress(result->id).runId)->state == u"succeeded");
    const qint64 orders = *OrderRepository(*h.db).count(result->shopId);

    QVERIFY(clone.setFaults(QJsonObject{{u"errorRate"_s, 1.0}}));
    const auto run = waitForRun(h, *h.service->syncNow(result->id, SyncKind::Full));
    QVERIFY(run && run->state == u"failed");
    QVERIFY2(run->error.contains(u"500"_s), qPrintable(run->error));
    QTRY_COMPARE_WITH_TIMEOUT(IntegrationRepository(*h.db).findById(result->id)->value().state,
                              IntegrationState::Error, 5000);
    QCOMPARE(*OrderRepository(*h.db).count(result->shopId), orders);
    // The message is kept in no language: read in the one the seller uses now, the marketplace's
    // answer as it came.
    const QString stored = IntegrationRepository(*h.db).findById(result->id)->value().lastError;
    const QString english = StoredText::shown(stored);
    QVERIFY2(english.startsWith(u"Sync failed: "_s) && english.contains(u"500"_s), qPrintable(english));
    QTranslator filipino;
    QVERIFY(filipino.load(QStringLiteral(BVA_QM_DIR) + u"/bva_fil.qm"_s));
    QCoreApplication::installTranslator(&filipino);
    const QString tagalog = StoredText::shown(stored);
    QCoreApplication::removeTranslator(&filipino);
    QCOMPARE(tagalog, u"Pumalya ang sync: "_s + english.mid(english.indexOf(u':') + 2));

    // Site back: the next run completes and the state recovers.
    QVERIFY(clone.setFaults(QJsonObject{{u"reset"_s, true}}));
    const auto ok = waitForRun(h, *h.service->syncNow(result->id));
    QVERIFY(ok && ok->state == u"succeeded");
    QTRY_COMPARE_WITH_TIMEOUT(IntegrationRepository(*h.db).findById(result->id)->value().state,
                              IntegrationState::Connected, 5000);
}

void TestSyncFaults::pagesThatShift_data()
{
    QTest::addColumn<QString>("flavor");
    QTest::addColumn<int>("drift");
    QTest::addColumn<QString>("backend");
    QTest::newRow("shopee/skips") << u"shopee"_s << 1 << u"sqlite"_s;
    QTest::newRow("lazada/skips/postgres") << u"lazada"_s << 3 << u"postgres"_s;
    QTest::newRow("shopee/repeats") << u"shopee"_s << -6
                                    << u"sqlite"_s; // the last page ends before the list does
}

// Records deleted or added on the site while BVA pages through a list shift the pages: some are
// never served. A full sync must not take those as deleted, and says the list was incomplete.
void TestSyncFaults::pagesThatShift()
{
    QFETCH(QString, flavor);
    QFETCH(int, drift);
    QFETCH(QString, backend);
    CloneProcess clone(cloneOptions(flavor));
    QVERIFY2(clone.start(), qPrintable(clone.errorString()));
    BVA_SCRATCH_DB(scratch, backend);
    SyncHarness h;
    IntegrationServiceOptions o = quickOptions();
    o.pageSize = 7;
    const QString why = h.open(std::move(scratch), o);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const auto result = await(h.service->connectShop(connectRequest(h, clone)));
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QVERIFY(waitForRun(h, h.service->progress(result->id).runId)->state == u"succeeded");
    const qint64 products = *ProductRepository(*h.db).count(result->shopId);
    const qint64 orders = *OrderRepository(*h.db).count(result->shopId);
    QCOMPARE(products, 30);

    QVERIFY(clone.setFaults(QJsonObject{{u"pageDrift"_s, drift}}));
    const auto run = waitForRun(h, *h.service->syncNow(result->id, SyncKind::Full));
    QVERIFY(run);
    QVERIFY2(run->state == u"succeeded", qPrintable(run->error));
    QCOMPARE(*ProductRepository(*h.db).count(result->shopId), products); // none taken as deleted
    QCOMPARE(*OrderRepository(*h.db).count(result->shopId), orders);
    QVERIFY2(run->skippedByReason.value(u"products list changed while paging (not seen this run)"_s).toInt() >
                 0,
             QJsonDocument(run->skippedByReason).toJson().constData());
    QVERIFY(run->skippedByReason.value(u"orders list changed while paging (not seen this run)"_s).toInt() >
            0);

    // Pages steady again: the next full sync sees everything and says nothing about it.
    QVERIFY(clone.setFaults(QJsonObject{{u"reset"_s, true}}));
    const auto steady = waitForRun(h, *h.service->syncNow(result->id, SyncKind::Full));
    QVERIFY(steady && steady->state == u"succeeded");
    QVERIFY(!steady->skippedByReason.contains(u"products list changed while paging (not seen this run)"_s));
    const QString diff = compareWithClone(*h.db, result->shopId, clone, clone.shopId(), clone.token());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

// A site that pages but sends no pagination block (or one under names BVA does not read): BVA keeps
// asking while pages come full, so nothing past the first page is missed or taken as deleted.
void TestSyncFaults::pagesWithoutPagination()
{
    CloneProcess clone(cloneOptions(u"shopee"_s));
    QVERIFY2(clone.start(), qPrintable(clone.errorString()));
    BVA_SCRATCH_DB(scratch, u"sqlite"_s);
    SyncHarness h;
    IntegrationServiceOptions o = quickOptions();
    o.pageSize = 6; // 30 products: five full pages, then an empty one
    const QString why = h.open(std::move(scratch), o);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY(clone.setFaults(QJsonObject{{u"hidePagination"_s, true}}));
    const auto result = await(h.service->connectShop(connectRequest(h, clone)));
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    const auto run = waitForRun(h, h.service->progress(result->id).runId);
    QVERIFY(run && run->state == u"succeeded");
    QCOMPARE(*ProductRepository(*h.db).count(result->shopId), 30);
    const QString diff = compareWithClone(*h.db, result->shopId, clone, clone.shopId(), clone.token());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    // A second full sync under the same fault deletes nothing.
    const auto again = waitForRun(h, *h.service->syncNow(result->id, SyncKind::Full));
    QVERIFY(again && again->state == u"succeeded");
    QCOMPARE(*ProductRepository(*h.db).count(result->shopId), 30);
}

void TestSyncFaults::schedulerResyncs()
{
    CloneProcess clone(cloneOptions(u"lazada"_s));
    QVERIFY2(clone.start(), qPrintable(clone.errorString()));
    BVA_SCRATCH_DB(scratch, u"sqlite"_s);
    SyncHarness h;
    IntegrationServiceOptions o = quickOptions();
    o.scheduler = true;
    o.schedulerTickMs = 100;
    o.defaultSyncIntervalSeconds = 1;
    const QString why = h.open(std::move(scratch), o);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const auto result = await(h.service->connectShop(connectRequest(h, clone)));
    QVERIFY(result.ok());
    // The initial run, then at least two scheduled ones (incremental), without anyone asking.
    QTRY_VERIFY_WITH_TIMEOUT(h.service->recentRuns(result->id)->size() >= 3, 20000);
    const auto runs = *h.service->recentRuns(result->id);
    QVERIFY(
        std::any_of(runs.cbegin(), runs.cend(), [](const SyncRun &r) { return r.kind == u"incremental"; }));
}

void TestSyncFaults::backoffIsBoundedAndJittered()
{
    ClientOptions o;
    o.retryBaseDelayMs = 100;
    o.retryMaxDelayMs = 1000;
    QSet<int> seen;
    for (int attempt = 2; attempt <= 10; ++attempt) {
        const int cap = std::min(1000, 100 << (attempt - 2));
        for (int i = 0; i < 50; ++i) {
            const int d = PlatformClient::backoffDelayMs(attempt, o);
            QVERIFY(d >= 0 && d <= cap);
            seen.insert(d);
        }
    }
    QVERIFY(seen.size() > 20); // jittered, not a fixed schedule
}

void TestSyncFaults::retryAfterIsRead()
{
    const QDateTime now = QDateTime::fromString(u"2025-10-21T07:28:00Z"_s, Qt::ISODate);
    QCOMPARE(PlatformClient::retryAfterMs("1", now), 1000);
    QCOMPARE(PlatformClient::retryAfterMs(" 3 ", now), 3000);
    QCOMPARE(PlatformClient::retryAfterMs("Tue, 21 Oct 2025 07:28:05 GMT", now), 5000);
    QCOMPARE(PlatformClient::retryAfterMs("Tue, 21 Oct 2025 07:27:00 GMT", now), 0); // already past
    QCOMPARE(PlatformClient::retryAfterMs("-5", now), 0);
    QCOMPARE(PlatformClient::retryAfterMs("soon", now), 0);
    QCOMPARE(PlatformClient::retryAfterMs("", now), 0);
}

namespace {

// A marketplace that answers 429 with `retryAfter` until `throttled` requests have come, then {}.
struct ThrottlingSite
{
    QHttpServer server;
    QList<qint64> arrivals; // ms since start
    QElapsedTimer clock;
    quint16 port = 0;

    ThrottlingSite(int throttled, QByteArray retryAfter)
    {
        clock.start();
        server.route(u"/api/products"_s, [this, throttled, retryAfter] {
            arrivals.append(clock.elapsed());
            if (arrivals.size() > throttled)
                return QHttpServerResponse(QJsonObject{});
            QHttpServerResponse r(QJsonObject{{u"message"_s, u"Too many requests"_s}},
                                  QHttpServerResponse::StatusCode::TooManyRequests);
            r.setHeader("Retry-After", retryAfter);
            return r;
        });
        port = server.listen(QHostAddress::LocalHost, 0);
    }
    QNetworkRequest request() const
    {
        return QNetworkRequest(QUrl(u"http://127.0.0.1:%1/api/products"_s.arg(port)));
    }
};

} // namespace

void TestSyncFaults::retryAfterIsHonoured()
{
    ThrottlingSite site(1, "1");
    QVERIFY(site.port);
    QNetworkAccessManager nam;
    ClientOptions o;
    o.retryBaseDelayMs = 1; // the backoff alone would retry at once
    o.retryMaxDelayMs = 1;
    PlatformClient client(nam, o);
    bool accepted = false;
    client.get(
        site.request(),
        [&](const QByteArray &) -> std::optional<FetchError> {
            accepted = true;
            return std::nullopt;
        },
        [](const FetchError &e) { QFAIL(qPrintable(e.message)); });
    QTRY_VERIFY_WITH_TIMEOUT(accepted, 10000);
    QCOMPARE(site.arrivals.size(), 2);
    QVERIFY2(site.arrivals.at(1) - site.arrivals.at(0) >= 950,
             qPrintable(QString::number(site.arrivals.at(1) - site.arrivals.at(0))));
    QCOMPARE(client.retries(), 1);
}

void TestSyncFaults::retryAfterTooLongFails()
{
    ThrottlingSite site(10, "120");
    QVERIFY(site.port);
    QNetworkAccessManager nam;
    ClientOptions o;
    o.retryAfterMaxMs = 2000;
    PlatformClient client(nam, o);
    std::optional<FetchError> failure;
    client.get(
        site.request(), [](const QByteArray &) -> std::optional<FetchError> { return std::nullopt; },
        [&](const FetchError &e) { failure = e; });
    QTRY_VERIFY_WITH_TIMEOUT(failure.has_value(), 10000);
    QCOMPARE(failure->httpStatus, 429);
    QVERIFY2(failure->message.contains(u"asked to wait 120 s"_s), qPrintable(failure->message));
    QCOMPARE(site.arrivals.size(), 1); // not hammered while it asked for two minutes
    QCOMPARE(client.retries(), 0);
}

namespace {

// Runs one GET through a PlatformClient and waits for its outcome.
struct OneCall
{
    QNetworkAccessManager nam;
    std::optional<FetchError> failure;
    bool accepted = false;
    int retries = 0;

    OneCall(const QNetworkRequest &request, ClientOptions options)
    {
        options.retryBaseDelayMs = 1;
        options.retryMaxDelayMs = 1;
        PlatformClient client(nam, options);
        client.get(
            request,
            [this](const QByteArray &) -> std::optional<FetchError> {
                accepted = true;
                return std::nullopt;
            },
            [this](const FetchError &e) { failure = e; });
        QTRY_VERIFY_WITH_TIMEOUT(accepted || failure.has_value(), 20000);
        retries = client.retries();
    }
};

} // namespace

void TestSyncFaults::redirectsStayOnTheSite()
{
    // A hostile marketplace redirects the sync to another host: the seller's credential must not follow.
    QHttpServer elsewhere;
    QList<QByteArray> seenThere;
    elsewhere.route(u"/collect"_s, [&seenThere](const QHttpServerRequest &r) {
        seenThere.append(r.value("Authorization"));
        return QHttpServerResponse(QJsonObject{});
    });
    const quint16 otherPort = elsewhere.listen(QHostAddress::LocalHost, 0);
    QHttpServer site;
    site.route(u"/api/products"_s, [otherPort] {
        QHttpServerResponse r(QByteArray(), QHttpServerResponse::StatusCode::Found);
        r.setHeader("Location", u"http://127.0.0.1:%1/collect"_s.arg(otherPort).toUtf8());
        return r;
    });
    site.route(u"/api/moved"_s, [] {
        QHttpServerResponse r(QByteArray(), QHttpServerResponse::StatusCode::Found);
        r.setHeader("Location", "/api/here");
        return r;
    });
    site.route(u"/api/here"_s, [] { return QHttpServerResponse(QJsonObject{}); });
    const quint16 port = site.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port && otherPort);

    QNetworkRequest away(QUrl(u"http://127.0.0.1:%1/api/products"_s.arg(port)));
    away.setRawHeader("Authorization", "Bearer seller-secret");
    OneCall redirected(away, {});
    QVERIFY(!redirected.accepted);
    QVERIFY(redirected.failure.has_value());
    QVERIFY2(redirected.failure->message.contains(u"another site"_s),
             qPrintable(redirected.failure->message));
    QCOMPARE(redirected.retries, 0);
    QVERIFY2(seenThere.isEmpty(), seenThere.isEmpty() ? "" : seenThere.constFirst().constData());

    // A move within the marketplace's own site is still followed.
    OneCall moved(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/api/moved"_s.arg(port))), {});
    QVERIFY2(moved.accepted, moved.failure ? qPrintable(moved.failure->message) : "");
}

void TestSyncFaults::oversizedAnswersAreRefused()
{
    QHttpServer site;
    site.route(u"/api/products"_s,
               [] { return QHttpServerResponse("application/json", QByteArray(3 << 20, ' ')); });
    const quint16 port = site.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port);
    ClientOptions o;
    o.limits.maxBytes = 1 << 20;
    OneCall call(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/api/products"_s.arg(port))), o);
    QVERIFY(!call.accepted);
    QVERIFY(call.failure.has_value());
    QVERIFY2(call.failure->message.contains(u"larger than BVA accepts"_s), qPrintable(call.failure->message));
    QCOMPARE(call.retries, 0); // it would only send the same again
}

void TestSyncFaults::tricklingAnswersEndAtTheDeadline()
{
    // Headers, then one byte of the body every 100 ms: never idle long enough for the transfer timeout.
    QTcpServer raw;
    QVERIFY(raw.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> peers;
    QTimer drip;
    QObject::connect(&raw, &QTcpServer::newConnection, &raw, [&] {
        while (QTcpSocket *s = raw.nextPendingConnection()) {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n");
            peers.append(s);
        }
    });
    QObject::connect(&drip, &QTimer::timeout, &raw, [&] {
        for (QTcpSocket *s : std::as_const(peers))
            if (s->state() == QAbstractSocket::ConnectedState)
                s->write(" ");
    });
    drip.start(100);
    ClientOptions o;
    o.timeoutMs = 5000;
    o.limits.deadlineMs = 1500;
    QElapsedTimer clock;
    clock.start();
    OneCall call(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/api/products"_s.arg(raw.serverPort()))), o);
    QVERIFY(!call.accepted);
    QVERIFY(call.failure.has_value());
    QVERIFY2(call.failure->message.contains(u"took too long"_s), qPrintable(call.failure->message));
    QCOMPARE(call.retries, 0);
    QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
}

// The marketplace chooses every name: a shop name and a product name of 900,000 characters, far beyond
// what a real marketplace allows. The product is skipped with the reason in the run's status (it was stored
// whole before), the shop is linked under the first 200 characters of its name, a long description is cut.
void TestSyncFaults::overlongTextIsSkipped()
{
    CloneProcess clone(cloneOptions(u"shopee"_s));
    QVERIFY2(clone.start(), qPrintable(clone.errorString()));
    const QJsonObject seller = clone.addSeller({{u"shopName"_s, QString(900'000, u'S')}, {u"products"_s, 2}});
    const QByteArray token = seller.value(u"token"_s).toString().toLatin1();
    QVERIFY(!token.isEmpty());
    auto create = [&](const QJsonObject &product) {
        return clone.request("POST", u"/api/products"_s, QJsonDocument(product).toJson(), token).status;
    };
    QCOMPARE(create({{u"name"_s, QString(900'000, u'N')}, {u"price"_s, 10}, {u"stock"_s, 1}}), 201);
    QCOMPARE(
        create({{u"name"_s, u"Fine"_s}, {u"sku"_s, QString(401, u'K')}, {u"price"_s, 10}, {u"stock"_s, 1}}),
        201);
    QCOMPARE(create({{u"name"_s, u"Long story"_s},
                     {u"description"_s, QString(30'000, u'D')},
                     {u"price"_s, 10},
                     {u"stock"_s, 1}}),
             201);

    BVA_SCRATCH_DB(scratch, u"sqlite"_s);
    SyncHarness h;
    const QString why = h.open(std::move(scratch), quickOptions());
    QVERIFY2(why.isEmpty(), qPrintable(why));
    ConnectRequest request = connectRequest(h, clone, false);
    request.token = token;
    request.shopExternalId = seller.value(u"shopId"_s).toString();
    const auto result = await(h.service->connectShop(request));
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    const auto run = waitForRun(h, *h.service->syncNow(result->id, SyncKind::Full));
    QVERIFY(run);
    QVERIFY2(run->state == u"succeeded", qPrintable(run->error));
    const QByteArray status = QJsonDocument(run->skippedByReason).toJson(QJsonDocument::Compact);
    QCOMPARE(run->skipped, 2);
    QVERIFY2(run->skippedByReason.value(u"product: name is longer than 1000 characters"_s).toInt() == 1,
             status.constData());
    QVERIFY2(run->skippedByReason.value(u"product: sku is longer than 400 characters"_s).toInt() == 1,
             status.constData());

    const auto shop = ShopRepository(*h.db).findById(result->shopId);
    QVERIFY(shop && shop->has_value());
    QCOMPARE((*shop)->name, QString(200, u'S'));
    const auto products = ProductRepository(*h.db).listByShop(result->shopId);
    QVERIFY(products);
    QCOMPARE(products->size(), 3); // the seller's two, and the long story
    for (const Product &p : std::as_const(*products)) {
        QVERIFY(p.name.size() < 1000);
        if (p.name == u"Long story")
            QCOMPARE(p.description, QString(20'000, u'D'));
    }
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
