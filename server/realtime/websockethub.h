// WebSockets at /ws on the HTTP port. A client authenticates with its session token
// ("Authorization: Bearer …" or "?token=…"), joins shop rooms with {"event":"join_shop","shopId":…}
// (only shops it has access to; others get {"event":"error",…}), and receives
// {"event":"dashboard_update"|"product_update"|"inventory_alert"|"order_status_changed","shopId":…,"data":…}
// fed from the EventBus. Lives in the HTTP thread (parent it to the HttpServer).
#pragma once

#include "domain/shop.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>

class QAbstractHttpServer;
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
    WebSocketHub(QAbstractHttpServer &server, AuthService &auth, Database &db, EventBus &bus, QObject *parent = nullptr);
    ~WebSocketHub() override;

    int clientCount() const { return int(m_clients.size()); }
    void broadcast(qint64 shopRowId, const QString &event, const QJsonObject &data);

private:
    struct Client
    {
        qint64 userId = 0;
        QSet<qint64> rooms;
    };

    void acceptPending();
    void onMessage(QWebSocket *socket, const QString &text);
    static void sendTo(QWebSocket *socket, const QJsonObject &message);
    const Shop *shopOf(qint64 shopRowId);

    QAbstractHttpServer &m_server;
    AuthService &m_auth;
    Database &m_db;
    QHash<QWebSocket *, Client> m_clients;
    QHash<qint64, Shop> m_shops;
};

} // namespace bva
