// WebSockets at /ws on the HTTP port. A client authenticates with its session token
// ("Authorization: Bearer …" or "?token=…"), joins shop rooms with {"event":"join_shop","shopId":…}
// (only shops it has access to; others get {"event":"error",…}), and receives
// {"event":"dashboard_update"|"product_update"|"inventory_alert"|"order_status_changed","shopId":…,"data":…}
// fed from the EventBus.
//
// A socket lives no longer than its session: when the session ends (sign-out, sign out everywhere,
// revocation, password change: EventBus::sessionsEnded, from this process or another) or expires,
// the hub sends {"event":"session_ended"} and closes it (code 4001); when the user loses access to a
// shop (EventBus::shopAccessChanged) the socket leaves that room ({"event":"left","reason":
// "access_revoked"}). Sessions are also re-checked every few seconds, for notices lost while the
// store was unreachable. Lives in the HTTP thread (parent it to the HttpServer).
#pragma once

#include "domain/shop.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>

class QAbstractHttpServer;
class QTimer;
class QWebSocket;

namespace bva {

class AuthService;
class Database;
class EventBus;

class WebSocketHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketHub)
public:
    static constexpr int kSessionEndedCloseCode = 4001;
    static constexpr int kRecheckMs = 5000;

    WebSocketHub(QAbstractHttpServer &server, AuthService &auth, Database &db, EventBus &bus,
                 QObject *parent = nullptr);
    ~WebSocketHub() override;

    int clientCount() const { return int(m_clients.size()); }
    void broadcast(qint64 shopRowId, const QString &event, const QJsonObject &data);

private:
    struct Client
    {
        qint64 userId = 0;
        qint64 sessionId = 0;
        QDateTime expiresAt;
        QSet<qint64> rooms;
    };

    void acceptPending();
    void onMessage(QWebSocket *socket, const QString &text);
    // Closes the sockets whose session is no longer open (all of them, or those of one user).
    void recheckSessions(qint64 userId = 0);
    void recheckAccess(qint64 userId, qint64 shopRowId);
    void endSession(QWebSocket *socket, const QString &reason);
    void scheduleExpiry();
    static void sendTo(QWebSocket *socket, const QJsonObject &message);
    const Shop *shopOf(qint64 shopRowId);

    QAbstractHttpServer &m_server;
    AuthService &m_auth;
    Database &m_db;
    QHash<QWebSocket *, Client> m_clients;
    QHash<qint64, Shop> m_shops;
    QTimer *m_expiry;
    QTimer *m_recheck;
};

} // namespace bva
