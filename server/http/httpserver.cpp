#include "httpserver.h"

#include "frontdoor.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QUrl>

Q_LOGGING_CATEGORY(lcHttp, "bva.http", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace bva {

static HttpRequest::Method methodOf(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return HttpRequest::Method::Get;
    case QHttpServerRequest::Method::Post:
        return HttpRequest::Method::Post;
    case QHttpServerRequest::Method::Put:
        return HttpRequest::Method::Put;
    case QHttpServerRequest::Method::Delete:
        return HttpRequest::Method::Delete;
    case QHttpServerRequest::Method::Patch:
        return HttpRequest::Method::Patch;
    case QHttpServerRequest::Method::Options:
        return HttpRequest::Method::Options;
    case QHttpServerRequest::Method::Head:
        return HttpRequest::Method::Head;
    default:
        return HttpRequest::Method::Other;
    }
}

HttpServer::HttpServer(CorsPolicy cors, HostPolicy hosts, qint64 maxBodyBytes, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_cors(std::move(cors))
    , m_hosts(std::move(hosts))
    , m_maxBody(maxBodyBytes)
{}

HttpResponse HttpServer::foreignHost(const QByteArray &host)
{
    return HttpResponse::error(
        421, tr("Host \"%1\" is not a name of this BVA server. If it is reached through a proxy "
                "or a public name, configure that address (bva-server --public-url).")
                 .arg(QString::fromLatin1(host.left(200))));
}

bool HttpServer::refuseForeignHost(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QByteArray host = request.value("host");
    if (m_hosts.allows(host))
        return false;
    qCInfo(lcHttp) << "refused Host" << host.left(200) << "from" << request.remoteAddress().toString();
    HttpReply reply(std::make_unique<QHttpServerResponder>(makeResponder(request, socket)), {});
    foreignHost(host).sendTo(reply);
    return true;
}

void HttpServer::handleDirect(HttpRequest request, bool close, QTcpSocket *socket, quint64 ticket)
{
    request.remoteAddress = socket->peerAddress();
    request.clientAddress = clientOf(request.remoteAddress, request.header("x-forwarded-for"));
    const QByteArray host = request.header("host");
    if (!m_hosts.allows(host)) {
        qCInfo(lcHttp) << "refused Host" << host.left(200) << "from" << request.remoteAddress.toString();
        HttpReply reply(socket, {}, close, ticket);
        foreignHost(host).sendTo(reply);
        return;
    }
    route(request, HttpReply(socket, m_cors.responseHeaders(request.header("origin")), close, ticket));
}

bool HttpServer::allowsOrigin(const QByteArray &origin, const QByteArray &host) const
{
    // Native clients send none; a browser always does, and only pages of BVA's own names or of the
    // configured sites may open a socket (the session token is still checked by the hub) or send a
    // request that changes something. "null" (a sandboxed frame, a file) is nobody's page.
    if (origin.isEmpty() || m_cors.allows(origin))
        return true;
    const QUrl url(QString::fromLatin1(origin));
    if (!url.isValid() || url.host().isEmpty() || !m_hosts.allows(url.authority().toLatin1()))
        return false;
    // BVA's own page is served from the port the request came to; a page of another port of localhost
    // is another program's (a dev server, a notebook), however local.
    const int defaultPort = url.scheme() == u"https"_s ? 443 : 80;
    return url.port(defaultPort) == HostPolicy::portOf(host, defaultPort);
}

static bool changesState(HttpRequest::Method method)
{
    return method != HttpRequest::Method::Get && method != HttpRequest::Method::Head &&
           method != HttpRequest::Method::Options;
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    FrontDoor::requestTaken(socket);
    // Qt 6.4 hands a WebSocket upgrade to its QWebSocketServer (newWebSocketConnection) when this
    // returns true without answering; the hub then checks the session token. Only /ws upgrades from
    // our own names; a refused one is answered by missingHandler().
    if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0) {
        const bool accepted = request.url().path() == u"/ws"_s && m_hosts.allows(request.value("host")) &&
                              allowsOrigin(request.value("origin"), request.value("host"));
        if (accepted)
            FrontDoor::released(socket);
        return accepted;
    }
    if (refuseForeignHost(request, socket))
        return true;
    HttpRequest req;
    req.method = methodOf(request.method());
    req.path = request.url().path();
    req.query = request.query();
    const auto headers = request.headers();
    req.headers.reserve(headers.size());
    for (const auto &h : headers)
        req.headers.insert(h.first.toLower(), h.second);
    req.body = request.body();
    req.remoteAddress = request.remoteAddress();
    req.clientAddress = clientOf(req.remoteAddress, req.header("x-forwarded-for"));

    const QByteArray origin = req.header("origin");
    auto responder = std::make_unique<QHttpServerResponder>(makeResponder(request, socket));

    if (req.method == HttpRequest::Method::Options) {
        HttpReply reply(std::move(responder), {});
        if (m_cors.allows(origin))
            reply.send(204, {}, {}, m_cors.preflightHeaders(origin));
        else
            HttpResponse::error(403, tr("origin not allowed")).sendTo(reply);
        return true;
    }

    route(req, HttpReply(std::move(responder), m_cors.responseHeaders(origin)));
    return true;
}

void HttpServer::route(HttpRequest &req, HttpReply reply)
{
    if (req.body.size() > m_maxBody) {
        qCInfo(lcHttp) << methodName(req.method) << loggablePath(req.path)
                       << "body too large:" << req.body.size();
        HttpResponse::error(413, tr("request body is larger than %1 bytes").arg(m_maxBody)).sendTo(reply);
        return;
    }
    // Any page the seller's browser shows may POST a form here (text/plain or form-encoded, no
    // preflight, no CORS needed to send it): register or sign in to accounts, guess passwords from
    // the seller's own address, send deliveries. A browser names the sending page in Origin; only
    // pages of the configured marketplaces and of BVA's own names may change anything.
    if (changesState(req.method) && !allowsOrigin(req.header("origin"), req.header("host"))) {
        qCInfo(lcHttp) << "refused" << methodName(req.method) << loggablePath(req.path) << "from page"
                       << req.header("origin").left(200);
        HttpResponse::error(403, tr("requests from other sites' pages are refused")).sendTo(reply);
        return;
    }
    Router::Handler handler;
    switch (m_router.match(req, &handler)) {
    case Router::Match::Found:
        qCDebug(lcHttp) << methodName(req.method) << loggablePath(req.path);
        handler(req, std::move(reply));
        break;
    case Router::Match::MethodNotAllowed:
        HttpResponse::error(405, tr("method not allowed")).sendTo(reply);
        break;
    case Router::Match::NotFound:
        // The path as a URL writes it (never markup an attacker chose), and not all of a huge one.
        HttpResponse::error(404,
                            tr("no such endpoint: %1")
                                .arg(QString::fromLatin1(QUrl::toPercentEncoding(req.path.left(200), "/"))))
            .sendTo(reply);
        break;
    }
}

QHostAddress HttpServer::clientOf(const QHostAddress &peer, const QByteArray &forwardedFor) const
{
    auto trusted = [this](const QHostAddress &a) {
        const QHostAddress plain = plainAddress(a);
        for (const QHostAddress &p : m_trustedProxies) {
            if (plainAddress(p) == plain)
                return true;
        }
        return false;
    };
    if (forwardedFor.isEmpty() || !trusted(peer))
        return peer;
    // Each proxy appends the address it received from; read from the right, skipping our own proxies.
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (qsizetype i = hops.size() - 1; i >= 0; --i) {
        const QHostAddress hop(QString::fromLatin1(hops.at(i).trimmed()));
        if (hop.isNull())
            return peer; // unreadable: believe nothing further left
        if (!trusted(hop))
            return hop;
    }
    return peer;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (refuseForeignHost(request, socket))
        return;
    HttpReply reply(std::make_unique<QHttpServerResponder>(makeResponder(request, socket)), {});
    if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0 &&
        request.url().path() == u"/ws"_s) {
        HttpResponse::error(403, tr("origin not allowed")).sendTo(reply);
        return;
    }
    HttpResponse::error(404, tr("not found")).sendTo(reply);
}

} // namespace bva
