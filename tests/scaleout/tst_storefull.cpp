// bva-server on a SQLite store whose disk fills up: webhooks get 503 with a JSON reason and
// Retry-After (never 2xx for what was not stored), the server carries on once space is back, and the
// file passes SQLite's integrity check with every acknowledged webhook in it. The disk is a small
// tmpfs mounted by the test, so it needs root (mount); without that it is skipped.
#include "receiverprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace bva::test;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// Writes zeros until the disk is full.
void fill(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return;
    const QByteArray chunk(64 * 1024, '\0');
    while (f.write(chunk) == chunk.size()) {
    }
    QByteArray small(512, '\0');
    while (f.write(small) > 0) {
    }
    f.close();
}

} // namespace

class TstStoreFull : public QObject
{
    Q_OBJECT

private:
    QString m_mount;
    bool m_mounted = false;
    QNetworkAccessManager m_nam;

    QPair<int, QJsonObject> post(quint16 port, const QString &id, QByteArray *retryAfter = nullptr)
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/api/webhooks/products/created"_s.arg(port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("Authorization", "Bearer full-token");
        request.setTransferTimeout(30000);
        QNetworkReply *reply = m_nam.post(
            request, u"{\"id\":\"%1\",\"shopId\":\"FULL\",\"name\":\"%2\",\"price\":\"3.00\",\"stock\":1}"_s
                         .arg(id, QString(200, u'x'))
                         .toUtf8());
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 40000))
            return {0, {}};
        if (retryAfter)
            *retryAfter = reply->rawHeader("Retry-After");
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return {status, body};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_mount =
            QDir::tempPath() + u"/bva-full-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        QDir().mkpath(m_mount);
        m_mounted = runTool(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=3m"_s, u"tmpfs"_s, m_mount});
        if (!m_mounted)
            QSKIP("cannot mount a small tmpfs (needs root): the disk-full case is not exercised here");
    }

    void cleanupTestCase()
    {
        if (m_mounted)
            runTool(u"umount"_s, {m_mount});
        QDir().rmdir(m_mount);
    }

    void diskFullAnswers503AndRecovers()
    {
        const QString dbPath = m_mount + u"/bva.db"_s;
        const quint16 port = freePort();
        QStringList acked;
        {
            ReceiverProcess server(QStringLiteral(BVA_SERVER_BINARY),
                                   {u"--db"_s, u"sqlite:"_s + dbPath, u"--listen"_s,
                                    u"127.0.0.1:"_s + QString::number(port), u"--memory-vault"_s,
                                    u"--no-sync"_s, u"--rate-limit"_s, u"0"_s});
            qputenv("BVA_DEV_INTEGRATIONS", "shopee:FULL:full-token");
            QString why;
            QVERIFY2(server.start(&why), qPrintable(why));
            QCOMPARE(post(port, u"F-0"_s).first, 200);
            acked << u"F-0"_s;

            const QString filler = m_mount + u"/filler"_s;
            fill(filler);
            int refused = 0;
            for (int i = 1; i <= 40 && refused == 0; ++i) {
                QByteArray retryAfter;
                const auto [status, body] = post(port, u"F-%1"_s.arg(i), &retryAfter);
                if (status >= 200 && status < 300) {
                    acked << u"F-%1"_s.arg(i); // SQLite still had room in pages it owned
                    continue;
                }
                QVERIFY2(status == 503 || status == 500, qPrintable(QString::number(status)));
                QCOMPARE(body.value(u"success"_s).toBool(true), false);
                QVERIFY2(!body.value(u"error"_s).toString().isEmpty(), "the answer names no reason");
                if (status == 503)
                    QVERIFY(!retryAfter.isEmpty());
                qInfo() << "disk full: answered" << status << body.value(u"error"_s).toString() << "after"
                        << acked.size() << "stored";
                ++refused;
            }
            QVERIFY2(refused > 0, "a full disk never refused a webhook");

            QFile::remove(filler);
            QCOMPARE(post(port, u"F-after"_s).first, 200);
            acked << u"F-after"_s;
            QVERIFY(server.terminate());
        }

        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(dbPath);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"ok"_s);
            for (const QString &id : std::as_const(acked)) {
                QVERIFY(q.exec(u"SELECT COUNT(*) FROM products WHERE external_id = '%1'"_s.arg(id)) &&
                        q.next());
                QVERIFY2(q.value(0).toInt() == 1, qPrintable(id));
            }
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"check"_s);
    }
};

QTEST_GUILESS_MAIN(TstStoreFull)
#include "tst_storefull.moc"
