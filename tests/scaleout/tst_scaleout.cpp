// Several receivers on one PostgreSQL under faults: a private PostgreSQL cluster, two real bva-server
// processes on it, webhooks with duplicates spread over both; PostgreSQL restarted and a receiver
// SIGKILLed mid-stream. The store must then hold exactly the acknowledged events, each once, with
// the content sent. Also: live updates between processes (LISTEN/NOTIFY) and the cross-process sync lock.
#include "auth/vaultkey.h"
#include "deliveryload.h"
#include "domain/eventbus.h"
#include "memoryvault.h"
#include "pgcluster.h"
#include "receiverprocess.h"
#include "store/clusterevents.h"
#include "store/database.h"
#include "store/integrationrepository.h"
#include "store/shoprepository.h"
#include "store/synclock.h"
#include "sync/integrationservice.h"
#include "testbackends.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <memory>

using namespace Qt::StringLiterals;
using namespace bva;
using namespace bva::test;

namespace {

constexpr auto kToken = "scaleout-token";
constexpr auto kShop = "SCALE";

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TstScaleOut : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PgCluster> m_pg;
    QTemporaryDir m_vaultDir;
    QTemporaryDir m_keyDir; // the vault's key lives apart from the vault
    QList<quint16> m_ports;
    std::vector<std::unique_ptr<ReceiverProcess>> m_receivers;

    std::unique_ptr<ReceiverProcess> makeReceiver(quint16 port)
    {
        return std::make_unique<ReceiverProcess>(
            QStringLiteral(BVA_SERVER_BINARY),
            QStringList{u"--db"_s, m_pg->url(), u"--listen"_s, u"127.0.0.1:"_s + QString::number(port),
                        u"--rate-limit"_s, u"0"_s, u"--vault-dir"_s, m_vaultDir.path(), u"--vault-key-file"_s,
                        m_keyDir.filePath(u"vault.key"_s), u"--no-sync"_s});
    }

    qint64 shopRowId(Database &db)
    {
        auto shop = ShopRepository(db).findByExternal(Platform::Shopee, QLatin1StringView(kShop));
        return shop && shop->has_value() ? (*shop)->id : 0;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (PgCluster::binDir().isEmpty()) {
            if (postgresRequired())
                QFAIL(
                    "PostgreSQL binaries (initdb, pg_ctl) are missing; CI needs them for the scale-out suite");
            QSKIP(
                "PostgreSQL binaries (initdb, pg_ctl in /usr/lib/postgresql/15/bin) are missing: scale-out suite skipped");
        }
        m_pg = std::make_unique<PgCluster>();
        QString why;
        QVERIFY(vaultkey::writeNewKeyFile(m_keyDir.filePath(u"vault.key"_s)).ok());
        // Dev tokens from the environment, never the command line.
        qputenv("BVA_DEV_INTEGRATIONS", QByteArray("shopee:") + kShop + ':' + kToken);
        QVERIFY2(m_pg->init(&why), qPrintable(why));
        QVERIFY2(m_pg->start(&why), qPrintable(why));
        // One after the other: the first migrates the store and provisions the shop and its credential.
        for (int i = 0; i < 2; ++i) {
            m_ports.append(freePort());
            m_receivers.push_back(makeReceiver(m_ports.last()));
            QVERIFY2(m_receivers.back()->start(&why), qPrintable(why));
        }
    }

    void cleanupTestCase()
    {
        m_receivers.clear();
        m_pg.reset();
    }

    void liveUpdatesCrossProcesses()
    {
        // This process plays a desktop on the shared store: it hears what receiver 0 stores.
        Database db(*DatabaseConfig::fromUrl(m_pg->url()));
        BVA_VERIFY_OK(db.open());
        EventBus bus;
        ClusterEvents cluster(db, bus);
        BVA_VERIFY_OK(cluster.start());

        QElapsedTimer clock;
        qint64 heardAfter = -1;
        int echoes = 0;
        connect(&bus, &EventBus::productChanged, this, [&](qint64, const QString &id, const QJsonObject &) {
            if (id == u"LIVE-1" && heardAfter < 0)
                heardAfter = clock.elapsed();
            if (id == u"ECHO-1")
                ++echoes;
        });
        QTest::qWait(300); // LISTEN is in place before the change

        QNetworkAccessManager nam;
        QNetworkRequest request(
            QUrl(u"http://127.0.0.1:%1/api/webhooks/products/created"_s.arg(m_ports.at(0))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("Authorization", QByteArray("Bearer ") + kToken);
        clock.start();
        QNetworkReply *reply = nam.post(
            request,
            QByteArray(R"({"id":"LIVE-1","shopId":"SCALE","name":"Live","price":"2.00","stock":3})"));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        // Pushed (NOTIFY), not polled: how soon is a benchmark's question, not this test's.
        QTRY_VERIFY_WITH_TIMEOUT(heardAfter >= 0, 10000);
        qInfo() << "change stored by another process heard after" << heardAfter << "ms";

        // What this process announces is not played back to itself.
        emit bus.productChanged(shopRowId(db), u"ECHO-1"_s, {});
        QTest::qWait(600);
        QCOMPARE(echoes, 1);
    }

    void webSocketOnOneReceiverSeesWebhookOfTheOther()
    {
        // A user of the team, registered through receiver 1, watches the shop there.
        QNetworkAccessManager nam;
        const QByteArray credentials(
            R"({"email":"team@example.com","password":"correct horse","name":"Team"})");
        QNetworkRequest reg(QUrl(u"http://127.0.0.1:%1/api/auth/register"_s.arg(m_ports.at(1))));
        reg.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *created = nam.post(reg, credentials);
        QTRY_VERIFY_WITH_TIMEOUT(created->isFinished(), 20000);
        QCOMPARE(created->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
        created->deleteLater();
        QNetworkRequest login(QUrl(u"http://127.0.0.1:%1/api/auth/login"_s.arg(m_ports.at(1))));
        login.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *r = nam.post(login, credentials);
        QTRY_VERIFY_WITH_TIMEOUT(r->isFinished(), 20000);
        const QJsonObject data = QJsonDocument::fromJson(r->readAll()).object().value(u"data"_s).toObject();
        r->deleteLater();
        const qint64 userId = qint64(data.value(u"user"_s).toObject().value(u"id"_s).toDouble());
        const QString token = data.value(u"token"_s).toString();
        QVERIFY2(userId > 0 && !token.isEmpty(), "registration failed");
        Database db(*DatabaseConfig::fromUrl(m_pg->url()));
        BVA_VERIFY_OK(db.open());
        BVA_VERIFY_OK(ShopRepository(db).grantAccess(userId, shopRowId(db), ShopRole::Viewer));

        QWebSocket socket;
        QStringList messages;
        connect(&socket, &QWebSocket::textMessageReceived, this, [&](const QString &m) { messages << m; });
        socket.open(QUrl(u"ws://127.0.0.1:%1/ws?token=%2"_s.arg(m_ports.at(1)).arg(token)));
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 10000);
        socket.sendTextMessage(uR"({"event":"join_shop","shopId":"SCALE","platform":"shopee"})"_s);
        QTRY_VERIFY_WITH_TIMEOUT(messages.join(u'\n').contains(u"\"joined\""_s), 10000);

        // The webhook goes to receiver 0.
        QNetworkRequest request(
            QUrl(u"http://127.0.0.1:%1/api/webhooks/products/created"_s.arg(m_ports.at(0))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("Authorization", QByteArray("Bearer ") + kToken);
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *reply = nam.post(
            request,
            QByteArray(R"({"id":"WS-1","shopId":"SCALE","name":"Watched","price":"5.00","stock":7})"));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        QTRY_VERIFY_WITH_TIMEOUT(messages.join(u'\n').contains(u"WS-1"_s), 10000);
        qInfo() << "WebSocket client of receiver 1 saw the webhook of receiver 0 after" << clock.elapsed()
                << "ms";
        socket.close();
    }

    void syncLockIsExclusiveAcrossProcesses()
    {
        Database db(*DatabaseConfig::fromUrl(m_pg->url()));
        BVA_VERIFY_OK(db.open());
        const qint64 shop = shopRowId(db);
        QVERIFY(shop > 0);
        auto integration = IntegrationRepository(db).findByShop(shop);
        QVERIFY(integration && integration->has_value());
        const qint64 id = (*integration)->id;

        SyncLock mine(db);
        QCOMPARE(*mine.tryAcquire(id), true);
        SyncLock second(db); // its own session, like another process
        QCOMPARE(*second.tryAcquire(id), false);
        QCOMPARE(*SyncLock::heldElsewhere(db, id), true);
        QCOMPARE(*second.tryAcquire(id + 1), true); // other integrations are free
        mine.release();
        QCOMPARE(*SyncLock::heldElsewhere(db, id), false);

        // Another OS process holds it (psql, idle in its session after taking it): syncNow refuses
        // clearly, and the lock goes away with that process when it is killed.
        QProcess holder;
        holder.start(u"psql"_s, {u"-X"_s, u"-q"_s, m_pg->url()});
        QVERIFY(holder.waitForStarted(10000));
        holder.write(u"SELECT pg_advisory_lock(%1, %2);\n"_s.arg(0x4256).arg(id).toUtf8());
        QTRY_VERIFY_WITH_TIMEOUT(*SyncLock::heldElsewhere(db, id), 10000);

        MemoryVault vault;
        EventBus bus;
        IntegrationServiceOptions options;
        options.scheduler = false;
        IntegrationService service(db, vault, &bus, QByteArray(32, 'k'), options);
        service.start();
        auto run = service.syncNow(id, SyncKind::Full);
        QVERIFY(!run);
        QCOMPARE(run.error().kind, Error::Kind::Conflict);
        QVERIFY2(run.error().message.contains(u"another BVA process"_s), qPrintable(run.error().message));
        service.stop();

        holder.kill();
        holder.waitForFinished(10000);
        QTRY_VERIFY_WITH_TIMEOUT(!*SyncLock::heldElsewhere(db, id), 10000);
    }

    void duplicatesAndFaultsKeepExactlyTheAcknowledged()
    {
        // A listener that must survive the PostgreSQL restart below (it reconnects and listens again).
        Database listenerDb(*DatabaseConfig::fromUrl(m_pg->url()));
        BVA_VERIFY_OK(listenerDb.open());
        EventBus listenerBus;
        ClusterEvents listener(listenerDb, listenerBus);
        BVA_VERIFY_OK(listener.start());
        int heard = 0;
        connect(&listenerBus, &EventBus::productChanged, this, [&] { ++heard; });

        DeliveryLoad load(m_ports, kToken, QString::fromLatin1(kShop), 16, 3);
        load.start();
        QTRY_VERIFY_WITH_TIMEOUT(load.acknowledgedCount() >= 300, 30000);

        // PostgreSQL goes away under load: receivers say 503 + Retry-After, never 2xx, and come back.
        QString why;
        QVERIFY2(m_pg->stop(&why), qPrintable(why));
        const int ackedAtStop = load.acknowledgedCount();
        QTRY_VERIFY_WITH_TIMEOUT(load.unavailable() >= 20, 15000);
        QVERIFY2(m_pg->start(&why), qPrintable(why));
        qInfo() << "PostgreSQL down: acknowledged" << ackedAtStop << "before, 503s" << load.unavailable();
        QTRY_VERIFY_WITH_TIMEOUT(load.acknowledgedCount() >= ackedAtStop + 300, 30000);
        QCOMPARE(load.unavailableWithRetryAfter(), load.unavailable());
        const int heardBeforeBack = heard;
        QTRY_VERIFY_WITH_TIMEOUT(heard > heardBeforeBack + 50, 10000); // live updates flow again

        // A receiver dies without warning; the sender retries its deliveries on the other one.
        m_receivers.at(1)->kill();
        const int ackedAtKill = load.acknowledgedCount();
        QTRY_VERIFY_WITH_TIMEOUT(load.acknowledgedCount() >= ackedAtKill + 300, 30000);

        load.stopNewEvents();
        QTRY_VERIFY_WITH_TIMEOUT(load.outstanding() == 0 && load.unacknowledged() == 0, 40000);
        qInfo() << "events" << load.created() << "duplicates sent" << load.duplicatesSent() << "503s"
                << load.unavailable() << "other failures" << load.otherFailures();
        QVERIFY(load.duplicatesSent() > 100);

        Database db(*DatabaseConfig::fromUrl(m_pg->url()));
        BVA_VERIFY_OK(db.open());
        const qint64 shop = shopRowId(db);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(
            u"SELECT external_id, name, price_minor, stock FROM products WHERE shop_id = %1 AND external_id LIKE 'S-%%'"_s
                .arg(shop)));
        QHash<QString, int> seen;
        int wrongContent = 0;
        while (q.next()) {
            const QString id = q.value(0).toString();
            ++seen[id];
            const auto it = load.events().constFind(id);
            if (it == load.events().cend() || !it->acknowledged || it->name != q.value(1).toString() ||
                it->priceMinor != q.value(2).toLongLong() || it->stock != q.value(3).toInt()) {
                if (++wrongContent <= 5)
                    qWarning() << "unexpected row" << id << q.value(1) << q.value(2) << q.value(3);
            }
        }
        QCOMPARE(wrongContent, 0);
        QCOMPARE(int(seen.size()), load.acknowledgedCount()); // every acknowledged event, nothing else
        for (auto it = load.events().cbegin(); it != load.events().cend(); ++it)
            QVERIFY2(seen.value(it.key()) == 1, qPrintable(it.key()));

        // One inbox row per event, however often and wherever it was delivered.
        QVERIFY(q.exec(
            u"SELECT COUNT(*), COUNT(DISTINCT payload) FROM webhook_inbox WHERE shop_id = %1 AND payload LIKE '%%\"S-%%'"_s
                .arg(shop)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), load.acknowledgedCount());
        QCOMPARE(q.value(1).toInt(), load.acknowledgedCount());

        // The surviving receiver still answers after all this.
        QVERIFY(m_receivers.at(0)->process().state() == QProcess::Running);
    }
};

QTEST_GUILESS_MAIN(TstScaleOut)
#include "tst_scaleout.moc"
