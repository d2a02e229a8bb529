// One connection's guard (see frontdoor.h). A child of its socket, so it lives exactly as long as
// the socket, whoever ends up owning that (the HTTP server, a QWebSocket). For each request:
//   Waiting  -> (first byte) Reading: the gate reads the bytes in a socket transaction and frames them
//   Reading  -> complete: transaction rolled back, Handed; Qt's slot (connected after the gate's)
//               parses the very same bytes in the same readyRead, and the server calls requestTaken();
//               or a webhook POST the gate reads and routes itself (directrequest.h), then the next
//               request in the bytes (pipelined) is framed in the same way
//   Answering: answers pending; when the last is written, Waiting again (idle timeout)
//   refused: one JSON answer with Connection: close, Qt detached, later bytes discarded, closed
// Between requests the gate stops reading (holds the bytes in a transaction, so Qt reads none either)
// while the connection owes too many answers or too much of them is unsent: a client that pipelines
// requests and never reads the answers cannot make the server buffer them without end.
// While the gate holds an open transaction Qt's slot reads nothing, so Qt never sees an incomplete
// or over-limit request. After a few pipelined requests answered in one readyRead the gate holds the
// rest for a turn of the event loop, so no connection keeps the HTTP thread from the others (answers
// go straight to the kernel and need not fill Qt's buffer).
#pragma once

#include "frontdoor.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace bva {

class ConnectionGate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGate)
public:
    // `counted`: false for a connection refused at once (it takes no place while it is answered).
    ConnectionGate(QTcpSocket *socket, FrontDoor *door, std::shared_ptr<ConnectionCounts> counts,
                   QString peer, bool counted = true);
    ~ConnectionGate() override;

    static ConnectionGate *of(QTcpSocket *socket);

    // Starts guarding (after the TLS handshake on an HTTPS port) and hands the socket to Qt.
    void start();
    // Before start(): a TLS handshake must finish within the head timeout.
    void awaitHandshake();
    void requestTaken();
    void answered();
    void release();
    // Answers `status` with `reason` and closes, reading nothing more into memory.
    void refuse(int status, const QString &reason);

    // The bytes of a refusal: status line, JSON body, Connection: close.
    static QByteArray refusalBytes(int status, const QString &reason);

private:
    enum class State { Handshake, Waiting, Reading, Handed, Answering, Closing, Released };

    void onReadyRead();
    // A complete request of `size` bytes (`headBytes` of head) at the front of the socket that
    // HttpServer::handleDirect can answer (directrequest.h): read, taken and routed; false to leave it
    // to Qt's parser.
    bool takeDirectly(qint64 headBytes, qint64 size);
    void onTimeout();
    // Too many answers owed, or too many bytes of them unsent: read no further request for now.
    bool backlogged() const;
    // Keeps what arrived unread (for the gate and Qt) until resumeReading().
    void holdInput();
    // A few pipelined requests were answered in this turn: hold the rest until the event loop turned.
    void yieldTurn();
    void endHold();
    void resumeReading();
    void arm(int ms);
    void detachHttpServer();

    QTcpSocket *m_socket;
    QPointer<FrontDoor> m_door;
    std::shared_ptr<ConnectionCounts> m_counts;
    QString m_peer;
    bool m_counted;
    FrontDoorLimits m_limits;
    RequestFramer m_framer;
    QTimer m_timer;
    State m_state = State::Handshake;
    int m_pending = 0;
    qint64 m_discarded = 0;
    bool m_closeAfterAnswer = false; // a direct request asked to close: no further request is read
    bool m_holding = false;          // holdInput(): reading stopped until the answers drain
    bool m_yielded = false;          // held only for a turn of the event loop (yieldTurn())
};

} // namespace bva
