#include "httphost.h"

#include "httpserver.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QThread>
#include <optional>

using namespace Qt::StringLiterals;

namespace bva {

HttpHost::HttpHost(QObject *parent)
    : QObject(parent)
{}

HttpHost::~HttpHost()
{
    stop();
}

struct TlsMaterial
{
    QSslCertificate certificate;
    QSslKey key;
};

static Result<TlsMaterial> loadTls(const QString &certPath, const QString &keyPath)
{
    if (certPath.isEmpty() != keyPath.isEmpty())
        return Error::invalid(u"TLS needs both a certificate and a key file"_s);
    const auto chain = QSslCertificate::fromPath(certPath, QSsl::Pem);
    if (chain.isEmpty() || chain.constFirst().isNull())
        return Error::invalid(u"no PEM certificate in "_s + certPath);
    QFile file(keyPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(u"cannot read the TLS key "_s + keyPath + u": "_s + file.errorString());
    const QByteArray pem = file.readAll();
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return TlsMaterial{chain.constFirst(), key};
    }
    return Error::invalid(u"no unencrypted PEM private key (RSA or EC) in "_s + keyPath);
}

Result<quint16> HttpHost::start(const HttpHostConfig &config, const Setup &setup)
{
    if (m_server)
        return Error::conflict(u"the HTTP server is already running"_s);
    std::optional<TlsMaterial> tls;
    if (!config.tlsCertificatePath.isEmpty() || !config.tlsKeyPath.isEmpty()) {
        auto loaded = loadTls(config.tlsCertificatePath, config.tlsKeyPath);
        if (!loaded)
            return loaded.error();
        tls = *loaded;
    }
    m_thread = new QThread;
    m_thread->setObjectName(u"bva-http"_s);
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    m_thread->start();

    QString error;
    quint16 port = 0;
    HttpServer *server = nullptr;
    QStringList routeNames;
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            auto *s = new HttpServer(CorsPolicy(config.corsOrigins),
                                     HostPolicy(config.address, config.publicUrls), config.maxBodyBytes);
            s->setTrustedProxies(config.trustedProxies);
            if (setup)
                setup(*s);
            routeNames = s->router().routeNames();
            // Our own listener in front of Qt's request parser (frontdoor.h): limits apply before buffering.
            FrontDoorLimits limits = config.limits;
            limits.maxBodyBytes = config.maxBodyBytes;
            std::optional<QSslConfiguration> ssl;
            if (tls) {
                ssl = QSslConfiguration::defaultConfiguration();
                ssl->setLocalCertificate(tls->certificate);
                ssl->setPrivateKey(tls->key);
                ssl->setProtocol(QSsl::TlsV1_2OrLater);
            }
            auto *door = new FrontDoor(limits, ssl, s);
            if (!door->listen(config.address, config.port)) {
                error = door->errorString();
                delete s;
                return;
            }
            port = door->serverPort();
            s->bind(door);
            server = s;
        },
        Qt::BlockingQueuedConnection);

    if (!server) {
        stop();
        return Error::network(
            u"cannot listen on %1:%2: %3"_s.arg(config.address.toString()).arg(config.port).arg(error));
    }
    m_server = server;
    m_port = port;
    m_routeNames = routeNames;
    emit started(port);
    return port;
}

void HttpHost::stop()
{
    if (!m_thread)
        return;
    const bool wasRunning = m_server != nullptr;
    if (m_server) {
        HttpServer *server = m_server;
        m_server = nullptr;
        QMetaObject::invokeMethod(
            m_context, [server] { delete server; }, Qt::BlockingQueuedConnection);
    }
    QMetaObject::invokeMethod(
        m_context, [ctx = m_context] { delete ctx; }, Qt::BlockingQueuedConnection);
    m_context = nullptr;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_port = 0;
    if (wasRunning)
        emit stopped();
}

} // namespace bva
