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
// Answers leave in request order, as HTTP/1.1 pipelining needs (a client matches them by order): the
// requests the gate takes itself are numbered and an answer ready early (a 404 behind a webhook that waits
// for its commit) waits for those before it; a request for Qt's parser, which answers through its own
// responder, is handed over only once nothing is owed, and nothing is framed while Qt's answer is owed.
// A client that half-closes (shutdown(SHUT_WR)) after pipelining is answered in full: Qt's socket closes
// on reading the end of its input, so while answers are owed or requests held the gate keeps Qt from
// reading it, and closes once all are out.
#pragma once

#include "frontdoor.h"

#include <QObject>
#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>
#include <map>
#include <optional>

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
    // The request being answered asked to end the connection: it ends once the answer is out.
    bool closesAfterAnswer() const { return m_closeAfterAnswer; }
    // The answer to the request taken as `ticket` (takeDirectly), written in request order; nullopt:
    // dropped unanswered (the connection then ends after the answers before it).
    void deliver(quint64 ticket, std::optional<QByteArray> bytes);
    void release();
    // Answers `status` with `reason` and closes, reading nothing more into memory.
    void refuse(int status, const QString &reason);

    const QString &peer() const { return m_peer; }
    // Nothing of a request is being answered: the connection waits on its client (idle, a request or a
    // TLS handshake still arriving, answers it does not read, a refusal lingering, a WebSocket).
    bool waitsOnClient() const
    {
        return m_pending == 0 && m_state != State::Handed && m_state != State::Answering;
    }
    // Its client sent bytes the server has not read yet (they wait in the kernel for the next turn of the
    // event loop): it waits on the server, not on its client (a request that arrived while connections
    // accepted in the same turn filled the cap).
    bool hasUnreadInput() const;
    qint64 waitingSinceMs() const { return m_waitingSinceMs; } // on ConnectionCounts::clock
    bool isWebSocket() const { return m_state == State::Released; }
    // Closed at once to make room for a new connection (FrontDoor::makeRoom); its place is free now.
    void evict();

    // The bytes of a refusal: status line, JSON body, Connection: close.
    static QByteArray refusalBytes(int status, const QString &reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class State { Handshake, Waiting, Reading, Handed, Answering, Closing, Released };
    // What leaves the connection in request order.
    struct Outgoing
    {
        enum class Kind { Answer, Dropped, Interim, Refusal };
        Kind kind = Kind::Answer;
        QByteArray bytes;
    };

    void onReadyRead();
    // A complete request of `size` bytes (`headBytes` of head) at the front of the socket that
    // HttpServer::handleDirect can answer (directrequest.h): read, taken and routed; false to leave it
    // to Qt's parser.
    bool takeDirectly(qint64 headBytes, qint64 size);
    void onTimeout();
    // Too many answers owed, or too many bytes of them unsent: read no further request for now.
    bool backlogged() const;
    // Backlogged, or an answer owed that a request framed now could overtake (see the top).
    bool mustHold() const;
    // `out` goes after everything owed before it (a 100 Continue, a refusal): at once when nothing is.
    void sendAfterOwed(Outgoing out);
    void writeInOrder();
    void countAnswered();
    void sendRefusal(const QByteArray &bytes);
    // Finds Qt's read notifier of the socket and filters it (eventFilter): see the top.
    void watchForEndOfInput();
    void closeIfPeerDone();
    // Keeps what arrived unread (for the gate and Qt) until resumeReading().
    void holdInput();
    // A few pipelined requests were answered in this turn: hold the rest until the event loop turned.
    void yieldTurn();
    void endHold();
    void resumeReading();
    void arm(int ms);
    void detachHttpServer();
    void setState(State state);
    // Gives up its place in the counts (once).
    void uncount();

    QTcpSocket *m_socket;
    QPointer<FrontDoor> m_door;
    std::shared_ptr<ConnectionCounts> m_counts;
    QString m_peer;
    bool m_counted;
    bool m_refusing; // refused at once: counted among those being refused instead
    qint64 m_waitingSinceMs = 0;
    FrontDoorLimits m_limits;
    RequestFramer m_framer;
    QTimer m_timer;
    State m_state = State::Handshake;
    int m_pending = 0;
    qint64 m_discarded = 0;
    bool m_closeAfterAnswer = false; // a request asked to close: no further request is read
    bool m_holding = false;          // holdInput(): reading stopped until the answers drain
    bool m_yielded = false;          // held only for a turn of the event loop (yieldTurn())
    // Answers in request order: tickets of the requests taken directly (and of interim answers and a
    // refusal), the next one to write, and those ready before it.
    quint64 m_nextTicket = 0;
    quint64 m_nextToWrite = 0;
    std::map<quint64, Outgoing> m_outgoing;
    int m_qtOwed = 0;            // answers owed to requests Qt parsed
    bool m_waitForQuiet = false; // a request for Qt's parser waits (held) until nothing is owed
    bool m_dropped = false;      // an answer was dropped: later ones cannot be matched any more
    bool m_peerDone = false;     // the client sent its last byte (half-close) while answers were owed
    QPointer<QSocketNotifier> m_readNotifier;
};

} // namespace bva
