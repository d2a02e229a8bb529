// The embedded HTTP server: QAbstractHttpServer with our own router, so that answers can carry
// any status and headers and can be sent later. Refuses foreign Host names (421, DNS rebinding),
// applies CORS and the body size limit before routing.
// Lives and is used in the HTTP thread only (see HttpHost).
#pragma once

#include "cors.h"
#include "hostpolicy.h"
#include "httpresponse.h"
#include "router.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace bva {

class HttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)
public:
    static constexpr qint64 kDefaultMaxBody = 1024 * 1024;

    explicit HttpServer(CorsPolicy cors, HostPolicy hosts = {}, qint64 maxBodyBytes = kDefaultMaxBody,
                        QObject *parent = nullptr);

    Router &router() { return m_router; }
    // Peers whose X-Forwarded-For is believed (HttpRequest::clientAddress).
    void setTrustedProxies(const QList<QHostAddress> &proxies) { m_trustedProxies = proxies; }
    // The client behind `peer`: the right-most X-Forwarded-For entry that is not a trusted proxy,
    // when `peer` is one; otherwise `peer` itself.
    QHostAddress clientOf(const QHostAddress &peer, const QByteArray &forwardedFor) const;
    const CorsPolicy &cors() const { return m_cors; }
    const HostPolicy &hosts() const { return m_hosts; }
    // A request the front door read whole (directrequest.h): the same Host policy, CORS, limits and
    // routes as one Qt parsed, answered straight to `socket` (`ticket`: its place there, see HttpReply).
    void handleDirect(HttpRequest request, bool close, QTcpSocket *socket, quint64 ticket);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    bool refuseForeignHost(const QHttpServerRequest &request, QTcpSocket *socket);
    static HttpResponse foreignHost(const QByteArray &host);
    // Body limit, then the routes (404, 405 when none takes it).
    void route(HttpRequest &req, HttpReply reply);
    bool allowsOrigin(const QByteArray &origin, const QByteArray &host) const;

    Router m_router;
    CorsPolicy m_cors;
    HostPolicy m_hosts;
    qint64 m_maxBody;
    QList<QHostAddress> m_trustedProxies;
};

} // namespace bva
