// The real bva-server binary under webhook load: SIGKILL mid-stream, restart, and every webhook that
// was answered 2xx is in the store; SIGTERM drains and exits cleanly.
#include "store/database.h"
#include "store/inboxrepository.h"
#include "store/productrepository.h"
#include "store/shoprepository.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bva;

namespace {

constexpr auto kToken = "kill-test-token";

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

class ServerProcess
{
public:
    ServerProcess(const QString &dbPath, quint16 port)
        : m_dbPath(dbPath)
        , m_port(port)
    {}

    bool start()
    {
        m_process.setProgram(QStringLiteral(BVA_SERVER_BINARY));
        m_process.setArguments({u"--db"_s, u"sqlite:"_s + m_dbPath, u"--listen"_s,
                                u"127.0.0.1:"_s + QString::number(m_port), u"--rate-limit"_s, u"0"_s,
                                u"--memory-vault"_s, u"--no-sync"_s});
        // Dev tokens come from the environment, never the command line.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"BVA_DEV_INTEGRATIONS"_s, u"shopee:KILL:"_s + QLatin1StringView(kToken));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (!out.contains("listening on") && t.elapsed() < 20000 &&
               m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(200);
            out += m_process.readAllStandardOutput();
        }
        return out.contains(QByteArray("listening on http://127.0.0.1:" + QByteArray::number(m_port)));
    }
    QProcess &process() { return m_process; }

private:
    QString m_dbPath;
    quint16 m_port;
    QProcess m_process;
};

// Keeps `inFlight` webhooks going until stop() and records the ids answered 2xx.
class Load final : public QObject
{
public:
    Load(quint16 port, int inFlight)
        : m_port(port)
        , m_inFlight(inFlight)
    {}

    void start()
    {
        for (int i = 0; i < m_inFlight; ++i)
            sendNext();
    }
    void stop() { m_stopped = true; }
    const QSet<QString> &acknowledged() const { return m_acked; }
    int failures() const { return m_failures; }
    int outstanding() const { return m_outstanding; }

private:
    void sendNext()
    {
        if (m_stopped)
            return;
        const QString id = u"K-"_s + QString::number(++m_counter);
        QNetworkRequest request(
            QUrl(u"http://127.0.0.1:"_s + QString::number(m_port) + u"/api/webhooks/products/created"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("Authorization", QByteArray("Bearer ") + kToken);
        request.setTransferTimeout(10000);
        const QByteArray body =
            u"{\"id\":\"%1\",\"shopId\":\"KILL\",\"name\":\"Item\",\"price\":\"1.25\",\"stock\":%2}"_s.arg(id)
                .arg(m_counter % 50)
                .toUtf8();
        QNetworkReply *reply = m_nam.post(request, body);
        ++m_outstanding;
        connect(reply, &QNetworkReply::finished, this, [this, reply, id] {
            --m_outstanding;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300)
                m_acked.insert(id);
            else
                ++m_failures;
            reply->deleteLater();
            sendNext();
        });
    }

    QNetworkAccessManager m_nam;
    quint16 m_port;
    int m_inFlight;
    int m_counter = 0;
    int m_outstanding = 0;
    int m_failures = 0;
    bool m_stopped = false;
    QSet<QString> m_acked;
};

int missingFromStore(const QString &dbPath, const QSet<QString> &acked, qint64 *stored)
{
    Database db(DatabaseConfig::sqliteAt(dbPath));
    if (!db.open().ok())
        return -1;
    auto shop = ShopRepository(db).findByExternal(Platform::Shopee, u"KILL"_s);
    if (!shop.ok() || !shop->has_value())
        return -1;
    ProductRepository products(db);
    *stored = *products.count((*shop)->id);
    int missing = 0;
    for (const QString &id : acked) {
        auto p = products.findByExternal((*shop)->id, id);
        if (!p.ok() || !p->has_value())
            ++missing;
    }
    return missing;
}

} // namespace

class TstKillServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sigkillKeepsAcknowledgedWebhooks()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(u"kill.db"_s);
        const quint16 port = freePort();
        QSet<QString> acked;
        for (int round = 0; round < 2; ++round) {
            ServerProcess server(dbPath, port);
            QVERIFY2(server.start(), "bva-server did not start");
            Load load(port, 24);
            load.start();
            // Kill mid-stream, once a good number of deliveries were acknowledged.
            QTRY_VERIFY_WITH_TIMEOUT(load.acknowledged().size() >= 300 + round * 100, 30000);
            server.process().kill(); // SIGKILL: no chance to flush anything
            QVERIFY(server.process().waitForFinished(10000));
            load.stop();
            QTRY_COMPARE_WITH_TIMEOUT(load.outstanding(), 0, 20000);
            acked += load.acknowledged();
            qInfo() << "round" << round << "acknowledged" << load.acknowledged().size() << "failed"
                    << load.failures();
        }
        // Restart on the same file: it opens, recovers the WAL, and serves again.
        ServerProcess restarted(dbPath, port);
        QVERIFY(restarted.start());
        qint64 stored = 0;
        const int missing = missingFromStore(dbPath, acked, &stored);
        QCOMPARE(missing, 0);
        QVERIFY(stored >= acked.size());
        restarted.process().terminate();
        QVERIFY(restarted.process().waitForFinished(20000));
    }

    void sigtermDrainsAndExitsCleanly()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(u"term.db"_s);
        const quint16 port = freePort();
        ServerProcess server(dbPath, port);
        QVERIFY(server.start());
        Load load(port, 16);
        load.start();
        QTRY_VERIFY_WITH_TIMEOUT(load.acknowledged().size() >= 200, 30000);
        server.process().terminate(); // SIGTERM
        QVERIFY(server.process().waitForFinished(20000));
        QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.process().exitCode(), 0);
        load.stop();
        QTRY_COMPARE_WITH_TIMEOUT(load.outstanding(), 0, 20000);
        qint64 stored = 0;
        QCOMPARE(missingFromStore(dbPath, load.acknowledged(), &stored), 0);
    }
};

QTEST_GUILESS_MAIN(TstKillServer)
#include "tst_killserver.moc"
