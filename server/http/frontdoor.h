// The HTTP server's own TCP listener, bound in front of QAbstractHttpServer (bind(QTcpServer *)).
//
// Qt 6.4's QHttpServerRequest reads a whole request into memory before the server sees it (a 400 MB
// body grew the process by ~573 MB before the 413), takes headers without limit, and keeps idle and
// half-sent connections forever. The front door accepts every connection itself and hands it to Qt at
// once, but a ConnectionGate (connectiongate.h) reads each request first, inside a socket transaction,
// framing it with RequestFramer as its bytes arrive: Qt sees the request only once it is complete and
// within limits (the transaction is rolled back and Qt parses the very same bytes). Anything else is
// refused with a clear status (413, 431, 414, 400, 501, 408) before it is buffered, and the socket
// never holds more than one bounded request (QAbstractSocket::setReadBufferSize: TCP pushes back).
// Connections per peer address and in all are capped, idle ones closed. At a cap, the connection that has
// waited longest on its client (idle, a request or handshake still arriving, answers it does not read, a
// WebSocket) is closed to make room, and only when every one is being answered is the new one refused
// (503): on the desktop the marketplace and every local program share 127.0.0.1, so held connections
// must not lock the marketplace's webhooks out. docs/security.md.
// Lives in the HTTP thread, owned by the HttpServer.
#pragma once

#include "requestframer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSslConfiguration>
#include <QTcpServer>
#include <memory>
#include <optional>

class QTcpSocket;

namespace bva {

struct FrontDoorLimits : FramingLimits
{
    int maxConnectionsPerPeer = 64; // one address (all local clients share 127.0.0.1)
    int maxConnections = 1024;
    int headTimeoutMs = 10000; // a request's head, from its first byte (and a TLS handshake)
    int bodyTimeoutMs = 30000; // its body, from the end of the head
    int idleTimeoutMs = 30000; // a connection with no request and no answer pending
    // What the socket may hold: one whole request, which Qt then reads from it.
    qint64 readBufferBytes() const { return maxHeadBytes + maxChunkedBytes() + 4096; }
};

class ConnectionGate;

struct ConnectionCounts
{
    static constexpr int kMaxRefusing = 64; // refused connections still being answered; beyond: cut
    int total = 0;
    int refusing = 0;
    QHash<QString, int> perPeer;
    QList<ConnectionGate *> open; // the counted ones, to choose one to close at a cap
    QElapsedTimer clock;          // since when a connection waits on its client
    ConnectionCounts() { clock.start(); }
};

class FrontDoor final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrontDoor)
public:
    explicit FrontDoor(FrontDoorLimits limits, std::optional<QSslConfiguration> tls = std::nullopt,
                       QObject *parent = nullptr);
    ~FrontDoor() override;

    const FrontDoorLimits &limits() const { return m_limits; }
    int connectionCount() const { return m_counts->total; }

    // The HTTP server reports what became of a request on `socket` (no-ops for sockets of another listener).
    static void requestTaken(QTcpSocket *socket); // Qt parsed it and hands it to the routes
    static void answered(QTcpSocket *socket);     // its answer was written (or dropped)
    // The connection ends after the answer being written (its request asked to close).
    static bool closesAfterAnswer(QTcpSocket *socket);
    // The answer to the request the gate took itself as `ticket` (ConnectionGate::takeDirectly): written
    // once the answers before it on the connection are; nullopt: dropped unanswered. Written at once on a
    // socket of another listener.
    static void deliver(QTcpSocket *socket, quint64 ticket, std::optional<QByteArray> bytes);
    static void released(QTcpSocket *socket); // it became a WebSocket: no HTTP limits any more

    // The peer key for the per-address cap (IPv4-mapped IPv6 as IPv4).
    static QString peerKey(const QHostAddress &address);

protected:
    void incomingConnection(qintptr handle) override;

private:
    friend class ConnectionGate;
    void handOver(QTcpSocket *socket) { addPendingConnection(socket); }
    // At a cap: closes the connection of `peer` (empty: of anyone) that has waited longest on its client;
    // false when each is being answered.
    bool makeRoom(const QString &peer);

    FrontDoorLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    std::shared_ptr<ConnectionCounts> m_counts;
};

} // namespace bva
