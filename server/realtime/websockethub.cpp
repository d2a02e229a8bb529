#include "websockethub.h"

#include "auth/accesspolicy.h"
#include "auth/authservice.h"
#include "auth/shopaccess.h"
#include "domain/eventbus.h"
#include "store/shoprepository.h"
#include "store/userrepository.h"
#include "util/clock.h"

#include <QAbstractHttpServer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcRealtime, "bva.realtime", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace bva {

WebSocketHub::WebSocketHub(QAbstractHttpServer &server, AuthService &auth, Database &db, EventBus &bus,
                           QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_auth(auth)
    , m_db(db)
    , m_expiry(new QTimer(this))
    , m_recheck(new QTimer(this))
{
    m_expiry->setSingleShot(true);
    connect(m_expiry, &QTimer::timeout, this, [this] { recheckSessions(); });
    m_recheck->setInterval(kRecheckMs);
    connect(m_recheck, &QTimer::timeout, this, [this] { recheckSessions(); });
    connect(&bus, &EventBus::sessionsEnded, this, [this](qint64 userId) { recheckSessions(userId); });
    connect(&bus, &EventBus::shopAccessChanged, this, &WebSocketHub::recheckAccess);
    connect(&server, &QAbstractHttpServer::newWebSocketConnection, this, &WebSocketHub::acceptPending);
    connect(&bus, &EventBus::productChanged, this,
            [this](qint64 shop, const QString &, const QJsonObject &data) {
                broadcast(shop, u"product_update"_s, data);
            });
    connect(&bus, &EventBus::inventoryChanged, this,
            [this](qint64 shop, const QString &, int, const QJsonObject &data) {
                broadcast(shop, u"inventory_alert"_s, data);
            });
    connect(&bus, &EventBus::orderStatusChanged, this,
            [this](qint64 shop, const QString &order, const QString &status) {
                broadcast(shop, u"order_status_changed"_s,
                          QJsonObject{{u"orderId"_s, order}, {u"status"_s, status}});
            });
    connect(&bus, &EventBus::dashboardChanged, this, [this](qint64 shop) {
        broadcast(shop, u"dashboard_update"_s, QJsonObject{{u"reason"_s, u"data changed"_s}});
    });
}

WebSocketHub::~WebSocketHub()
{
    const auto sockets = m_clients.keys();
    m_clients.clear();
    for (QWebSocket *s : sockets) {
        s->disconnect(this);
        s->close(QWebSocketProtocol::CloseCodeGoingAway);
        delete s;
    }
}

void WebSocketHub::sendTo(QWebSocket *socket, const QJsonObject &message)
{
    socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void WebSocketHub::acceptPending()
{
    while (m_server.hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> owned = m_server.nextPendingWebSocketConnection();
        if (!owned)
            continue;
        QWebSocket *socket = owned.release();
        socket->setParent(this);
        // Clients send small JSON commands; nothing larger is read into memory.
        socket->setMaxAllowedIncomingFrameSize(16 * 1024);
        socket->setMaxAllowedIncomingMessageSize(16 * 1024);
        const QUrl url = socket->requestUrl();
        if (url.path() != u"/ws"_s) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"unknown path"_s);
            socket->deleteLater();
            continue;
        }
        QByteArray token;
        const QByteArray header = socket->request().rawHeader("Authorization").trimmed();
        if (header.size() > 7 && qstrnicmp(header.constData(), "bearer ", 7) == 0)
            token = header.mid(7).trimmed();
        if (token.isEmpty())
            token = QUrlQuery(url).queryItemValue(u"token"_s, QUrl::FullyDecoded).toUtf8();
        auto identity = m_auth.authenticate(token);
        if (!identity) {
            sendTo(socket, {{u"event"_s, u"error"_s},
                            {u"error"_s, tr("unauthorized: a valid session token is required")}});
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"unauthorized"_s);
            socket->deleteLater();
            continue;
        }
        m_clients.insert(socket, {identity->user.id, identity->sessionId, identity->expiresAt, {}});
        scheduleExpiry();
        if (!m_recheck->isActive())
            m_recheck->start();
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &text) { onMessage(socket, text); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_clients.remove(socket);
            socket->deleteLater();
            if (m_clients.isEmpty())
                m_recheck->stop();
        });
        sendTo(socket, {{u"event"_s, u"connected"_s}, {u"userId"_s, identity->user.id}});
        qCDebug(lcRealtime) << "websocket client connected, user" << identity->user.id;
    }
}

void WebSocketHub::onMessage(QWebSocket *socket, const QString &text)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    const QJsonObject msg = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString event = msg.value(u"event"_s).toString();
    if (event == u"ping"_s) {
        sendTo(socket, {{u"event"_s, u"pong"_s}});
        return;
    }
    if (event != u"join_shop"_s && event != u"leave_shop"_s) {
        sendTo(socket, {{u"event"_s, u"error"_s}, {u"error"_s, tr("unknown event")}});
        return;
    }
    const QJsonValue shopValue = msg.value(u"shopId"_s);
    const QString shopId =
        shopValue.isDouble() ? QString::number(qint64(shopValue.toDouble())) : shopValue.toString();
    ShopAccess access(m_db, it->userId);
    auto shop = access.resolve(shopId, msg.value(u"platform"_s).toString());
    if (!shop) {
        sendTo(socket, {{u"event"_s, u"error"_s}, {u"shopId"_s, shopId}, {u"error"_s, shop.error().message}});
        return;
    }
    if (event == u"join_shop"_s)
        it->rooms.insert(shop->shop.id);
    else
        it->rooms.remove(shop->shop.id);
    m_shops.insert(shop->shop.id, shop->shop);
    sendTo(socket, {{u"event"_s, event == u"join_shop"_s ? u"joined"_s : u"left"_s},
                    {u"shopId"_s, shop->shop.externalId},
                    {u"platform"_s, platformName(shop->shop.platform)}});
}

void WebSocketHub::endSession(QWebSocket *socket, const QString &reason)
{
    // Forget it first: nothing of any room reaches it once its session is over.
    m_clients.remove(socket);
    sendTo(socket, {{u"event"_s, u"session_ended"_s}, {u"reason"_s, reason}});
    socket->close(QWebSocketProtocol::CloseCode(kSessionEndedCloseCode), reason);
    qCInfo(lcRealtime) << "closed a websocket:" << reason;
}

void WebSocketHub::recheckSessions(qint64 userId)
{
    QList<qint64> ids;
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        if (userId == 0 || it->userId == userId)
            ids.append(it->sessionId);
    }
    if (ids.isEmpty())
        return;
    auto open = UserRepository(m_db).activeAmong(ids);
    if (!open) {
        qCWarning(lcRealtime) << "could not check websocket sessions:" << open.error().message;
        return;
    }
    const QDateTime now = Clock::nowUtc();
    QList<std::pair<QWebSocket *, QString>> ended;
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        if (userId != 0 && it->userId != userId)
            continue;
        if (it->expiresAt.isValid() && it->expiresAt <= now)
            ended.append({it.key(), u"session expired"_s});
        else if (!open->contains(it->sessionId))
            ended.append({it.key(), u"session ended"_s});
    }
    for (const auto &[socket, reason] : std::as_const(ended))
        endSession(socket, reason);
    scheduleExpiry();
}

void WebSocketHub::scheduleExpiry()
{
    QDateTime next;
    for (const Client &c : std::as_const(m_clients)) {
        if (c.expiresAt.isValid() && (!next.isValid() || c.expiresAt < next))
            next = c.expiresAt;
    }
    if (!next.isValid()) {
        m_expiry->stop();
        return;
    }
    // Timers take int milliseconds: a far expiry is looked at again later.
    const qint64 ms = qBound<qint64>(0, Clock::nowUtc().msecsTo(next) + 1, 24LL * 3600 * 1000);
    m_expiry->start(int(ms));
}

void WebSocketHub::recheckAccess(qint64 userId, qint64 shopRowId)
{
    std::optional<std::optional<ShopRole>> role; // looked up once, when a socket of the user is in the room
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        if (it->userId != userId || !it->rooms.contains(shopRowId))
            continue;
        if (!role) {
            auto found = AccessPolicy(m_db).roleOf(userId, shopRowId);
            if (!found) {
                qCWarning(lcRealtime) << "could not check shop access:" << found.error().message;
                return;
            }
            role = *found;
        }
        if (AccessPolicy::allows(*role, ShopAction::ViewData))
            continue;
        it->rooms.remove(shopRowId);
        const Shop *shop = shopOf(shopRowId);
        sendTo(it.key(), {{u"event"_s, u"left"_s},
                          {u"shopId"_s, shop ? shop->externalId : QString()},
                          {u"platform"_s, shop ? platformName(shop->platform) : QString()},
                          {u"reason"_s, u"access_revoked"_s}});
    }
}

const Shop *WebSocketHub::shopOf(qint64 shopRowId)
{
    auto it = m_shops.constFind(shopRowId);
    if (it != m_shops.cend())
        return &*it;
    auto found = ShopRepository(m_db).findById(shopRowId);
    if (!found || !found->has_value())
        return nullptr;
    return &*m_shops.insert(shopRowId, **found);
}

void WebSocketHub::broadcast(qint64 shopRowId, const QString &event, const QJsonObject &data)
{
    bool anyone = false;
    for (auto it = m_clients.cbegin(); it != m_clients.cend() && !anyone; ++it)
        anyone = it->rooms.contains(shopRowId);
    if (!anyone)
        return;
    const Shop *shop = shopOf(shopRowId);
    if (!shop)
        return;
    const QJsonObject message{{u"event"_s, event},
                              {u"shopId"_s, shop->externalId},
                              {u"platform"_s, platformName(shop->platform)},
                              {u"data"_s, data}};
    const QString text = QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        if (it->rooms.contains(shopRowId))
            it.key()->sendTextMessage(text);
    }
}

} // namespace bva
