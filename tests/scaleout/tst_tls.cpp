// bva-server over real HTTPS with a self-signed certificate made here by the openssl CLI, and its
// refusal to serve plain HTTP beyond loopback unless told --insecure.
#include "receiverprocess.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bva::test;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
};

Answer send(QNetworkAccessManager &nam, QNetworkRequest request, const QByteArray &body = {})
{
    request.setTransferTimeout(10000);
    QNetworkReply *reply = body.isEmpty() ? nam.get(request) : nam.post(request, body);
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 15000))
        return {};
    Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->error(),
             reply->readAll()};
    reply->deleteLater();
    return a;
}

} // namespace

class TstTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QStringList baseArgs(const QString &listen)
    {
        qputenv("BVA_DEV_INTEGRATIONS", "shopee:TLS:tls-token"); // inherited by the servers started here
        return {u"--db"_s,           u"sqlite:"_s + m_dir.filePath(u"tls.db"_s),
                u"--listen"_s,       listen,
                u"--memory-vault"_s, u"--no-sync"_s};
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void servesHttpsWithGivenCertificate()
    {
        const QString cert = m_dir.filePath(u"cert.pem"_s);
        const QString key = m_dir.filePath(u"key.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                     u"-keyout"_s, key, u"-out"_s, cert, u"-days"_s, u"2"_s, u"-subj"_s,
                                     u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s});
        if (!openssl.waitForStarted(10000))
            QSKIP("the openssl command is not available");
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);

        const quint16 port = freePort();
        const QString listen = u"127.0.0.1:"_s + QString::number(port);
        ReceiverProcess server(QStringLiteral(BVA_SERVER_BINARY),
                               baseArgs(listen) + QStringList{u"--tls-cert"_s, cert, u"--tls-key"_s, key});
        QString why;
        QVERIFY2(server.start(&why), qPrintable(why));
        QVERIFY(server.output().contains("listening on https://127.0.0.1:"));

        QNetworkAccessManager nam;
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(cert)); // trust exactly this certificate
        auto request = [&](const QString &path) {
            QNetworkRequest r(QUrl(u"https://127.0.0.1:%1%2"_s.arg(port).arg(path)));
            r.setSslConfiguration(ssl);
            return r;
        };
        const Answer health = send(nam, request(u"/api/health"_s));
        QCOMPARE(health.error, QNetworkReply::NoError);
        QCOMPARE(health.status, 200);

        QNetworkRequest webhook = request(u"/api/webhooks/products/created"_s);
        webhook.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        webhook.setRawHeader("Authorization", "Bearer tls-token");
        const Answer stored =
            send(nam, webhook, R"({"id":"T-1","shopId":"TLS","name":"Secure","price":"1.00","stock":1})");
        QCOMPARE(stored.status, 200);

        // A client that does not trust the certificate gets no answer from it.
        QNetworkAccessManager stranger;
        QNetworkRequest untrusted(QUrl(u"https://127.0.0.1:%1/api/health"_s.arg(port)));
        QCOMPARE(send(stranger, untrusted).error, QNetworkReply::SslHandshakeFailedError);
        // Plain HTTP on the TLS port is not served.
        const Answer plain =
            send(stranger, QNetworkRequest(QUrl(u"http://127.0.0.1:%1/api/health"_s.arg(port))));
        QVERIFY(plain.status != 200);
        QVERIFY(server.terminate());
    }

    void refusesPlainHttpBeyondLoopback()
    {
        const QString listen = u"0.0.0.0:"_s + QString::number(freePort());
        QProcess refused;
        refused.start(QStringLiteral(BVA_SERVER_BINARY), baseArgs(listen));
        QVERIFY(refused.waitForFinished(20000));
        QCOMPARE(refused.exitCode(), 2);
        QVERIFY(refused.readAllStandardError().contains("refusing plain HTTP"));

        ReceiverProcess insecure(QStringLiteral(BVA_SERVER_BINARY),
                                 baseArgs(listen) + QStringList{u"--insecure"_s});
        QString why;
        QVERIFY2(insecure.start(&why), qPrintable(why));
        QVERIFY(insecure.terminate());
    }

    void refusesHalfATlsConfiguration()
    {
        QProcess half;
        half.start(QStringLiteral(BVA_SERVER_BINARY),
                   baseArgs(u"127.0.0.1:"_s + QString::number(freePort())) +
                       QStringList{u"--tls-cert"_s, u"/nonexistent.pem"_s});
        QVERIFY(half.waitForFinished(20000));
        QCOMPARE(half.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TstTls)
#include "tst_tls.moc"
