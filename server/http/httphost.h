// Runs the HTTP server in its own QThread. The server and everything `setup` creates (routes,
// WebSocket hub) are made, used and destroyed in that thread, so a burst of webhooks never
// blocks the GUI thread. start() blocks until the server listens (or failed to).
#pragma once

#include "frontdoor.h"
#include "util/result.h"

#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <functional>

class QThread;

namespace bva {

class HttpServer;

struct HttpHostConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 3000;     // 0: any free port
    QStringList corsOrigins; // the clone sites, e.g. http://localhost:5173
    QStringList publicUrls;  // names it is reached by beyond loopback (proxy, DNS name)
    qint64 maxBodyBytes = 1024 * 1024;
    FrontDoorLimits limits;     // headers, connections, timeouts (its maxBodyBytes is the one above)
    QString tlsCertificatePath; // PEM; with tlsKeyPath: serve HTTPS (and wss://) only
    QString tlsKeyPath;         // PEM, RSA or EC, no passphrase
    // Reverse proxies (nginx) whose X-Forwarded-For names the client: sign-in throttling and the
    // audit trail then see the real client instead of the proxy.
    QList<QHostAddress> trustedProxies;
};

class HttpHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpHost)
public:
    // Called in the HTTP thread with the new server: register routes, create the WebSocket hub
    // (parent them to the server so they die with it, in that thread).
    using Setup = std::function<void(HttpServer &server)>;

    explicit HttpHost(QObject *parent = nullptr);
    ~HttpHost() override;

    Result<quint16> start(const HttpHostConfig &config, const Setup &setup);
    // Stops listening and destroys the server in its thread. Called by the destructor too.
    void stop();
    bool isRunning() const { return m_server != nullptr; }
    quint16 port() const { return m_port; }
    // The server's routes ("METHOD /pattern"), as registered when it started.
    QStringList routeNames() const { return m_routeNames; }
    QThread *thread() const { return m_thread; }

signals:
    void started(quint16 port);
    void stopped();

private:
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives in m_thread; target of the blocking calls
    HttpServer *m_server = nullptr;
    quint16 m_port = 0;
    QStringList m_routeNames;
};

} // namespace bva
