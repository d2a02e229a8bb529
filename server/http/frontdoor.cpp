#include "frontdoor.h"

#include "connectiongate.h"
#include "httpreply.h"
#include "httpserver.h"

#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace bva {

FrontDoor::FrontDoor(FrontDoorLimits limits, std::optional<QSslConfiguration> tls, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_tls(std::move(tls))
    , m_counts(std::make_shared<ConnectionCounts>())
{}

FrontDoor::~FrontDoor() = default;

QString FrontDoor::peerKey(const QHostAddress &address)
{
    bool v4 = false;
    const quint32 ip = address.toIPv4Address(&v4);
    return v4 ? QHostAddress(ip).toString() : address.toString();
}

void FrontDoor::incomingConnection(qintptr handle)
{
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    // Answers go out whole in one write each: no reason to hold one back for the ACK of the one before
    // (Nagle), which with the client's delayed ACK could hold a pipelined answer up to 40 ms.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QString peer = peerKey(socket->peerAddress());
    if (m_counts->perPeer.value(peer) >= m_limits.maxConnectionsPerPeer)
        makeRoom(peer);
    if (m_counts->total >= m_limits.maxConnections)
        makeRoom(QString());
    const bool fromPeer = m_counts->perPeer.value(peer) >= m_limits.maxConnectionsPerPeer;
    if (fromPeer || m_counts->total >= m_limits.maxConnections) {
        qCInfo(lcHttp) << "connection refused:" << (fromPeer ? "too many from" : "too many in all, last from")
                       << peer;
        auto *gate = new ConnectionGate(socket, this, m_counts, peer, false);
        if (m_tls || m_counts->refusing > ConnectionCounts::kMaxRefusing) {
            // No answer can be read before a TLS handshake, and none is spent on it; nor on a flood.
            socket->abort();
            socket->deleteLater();
            return;
        }
        gate->refuse(
            503, fromPeer
                     ? tr("too many connections from %1 (at most %2); close some and retry")
                           .arg(peer)
                           .arg(m_limits.maxConnectionsPerPeer)
                     : tr("too many connections (at most %1); retry shortly").arg(m_limits.maxConnections));
        return;
    }
    auto *gate = new ConnectionGate(socket, this, m_counts, peer); // counts it while it lives
    if (!m_tls) {
        gate->start();
        return;
    }
    auto *ssl = static_cast<QSslSocket *>(socket);
    ssl->setSslConfiguration(*m_tls);
    connect(ssl, &QSslSocket::encrypted, gate, &ConnectionGate::start);
    connect(ssl, &QSslSocket::sslErrors, ssl, [ssl] { ssl->abort(); });
    connect(ssl, &QAbstractSocket::errorOccurred, ssl, [ssl] {
        if (!ssl->isEncrypted())
            ssl->abort();
    });
    gate->awaitHandshake();
    ssl->startServerEncryption();
}

bool FrontDoor::makeRoom(const QString &peer)
{
    // A WebSocket (a signed-in client's live updates, reconnected on its own) only when nothing else is.
    const auto rank = [](const ConnectionGate *g) {
        return std::pair(g->isWebSocket(), g->waitingSinceMs());
    };
    // Not one whose request has arrived but is not read yet (accepted earlier in this turn): it would be
    // closed unanswered though its client sent everything.
    QList<const ConnectionGate *> arrived;
    for (;;) {
        ConnectionGate *longest = nullptr;
        for (ConnectionGate *gate : std::as_const(m_counts->open)) {
            if ((peer.isEmpty() || gate->peer() == peer) && gate->waitsOnClient() &&
                (!longest || rank(gate) < rank(longest)) && !arrived.contains(gate))
                longest = gate;
        }
        if (!longest)
            return false;
        if (!longest->hasUnreadInput()) {
            longest->evict();
            return true;
        }
        arrived.append(longest);
    }
}

void FrontDoor::requestTaken(QTcpSocket *socket)
{
    if (ConnectionGate *gate = ConnectionGate::of(socket))
        gate->requestTaken();
}

void FrontDoor::answered(QTcpSocket *socket)
{
    if (ConnectionGate *gate = ConnectionGate::of(socket))
        gate->answered();
}

bool FrontDoor::closesAfterAnswer(QTcpSocket *socket)
{
    const ConnectionGate *gate = ConnectionGate::of(socket);
    return gate && gate->closesAfterAnswer();
}

void FrontDoor::deliver(QTcpSocket *socket, quint64 ticket, std::optional<QByteArray> bytes)
{
    if (ConnectionGate *gate = ConnectionGate::of(socket))
        gate->deliver(ticket, std::move(bytes));
    else if (socket && bytes)
        writeAnswer(socket, *bytes);
}

void FrontDoor::released(QTcpSocket *socket)
{
    if (ConnectionGate *gate = ConnectionGate::of(socket))
        gate->release();
}

} // namespace bva
