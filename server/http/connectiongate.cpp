#include "connectiongate.h"

#include "directrequest.h"
#include "httpreply.h"
#include "httpserver.h"

#include <QEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <cerrno>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

constexpr int kLingerMs = 2000; // after a refusal, for the client to read it
constexpr qint64 kMaxDiscarded = 4 * 1024 * 1024;
// Pipelined requests read ahead of their answers: at most this many answers owed, this much unsent.
constexpr int kMaxPendingAnswers = 32;
constexpr qint64 kMaxUnsentBytes = 256 * 1024;
// Pipelined requests one connection gets framed and answered before the HTTP thread turns to the others
// (answers written straight to the kernel do not fill Qt's buffer, so the bound above may not stop it).
constexpr int kMaxRequestsPerTurn = 8;
// The framer is fed in pieces this size: a connection's read buffer holds up to ~1.6 MB of pipelined
// requests, and reading all of it for each request made framing them quadratic.
constexpr qint64 kFeedBytes = 16 * 1024;

} // namespace

ConnectionGate::ConnectionGate(QTcpSocket *socket, FrontDoor *door, std::shared_ptr<ConnectionCounts> counts,
                               QString peer, bool counted)
    : QObject(socket)
    , m_socket(socket)
    , m_door(door)
    , m_counts(std::move(counts))
    , m_peer(std::move(peer))
    , m_counted(counted)
    , m_refusing(!counted)
    , m_waitingSinceMs(m_counts->clock.elapsed())
    , m_limits(door->limits())
    , m_framer(door->limits())
{
    if (m_counted) {
        ++m_counts->total;
        ++m_counts->perPeer[m_peer];
        m_counts->open.append(this);
    } else {
        ++m_counts->refusing;
    }
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGate::onTimeout);
    // The socket holds at most one whole request: beyond that TCP pushes back on the sender.
    m_socket->setReadBufferSize(m_limits.readBufferBytes());
    connect(m_socket, &QAbstractSocket::disconnected, m_socket, &QObject::deleteLater);
    connect(m_socket, &QIODevice::bytesWritten, this, &ConnectionGate::resumeReading);
}

ConnectionGate::~ConnectionGate()
{
    if (m_refusing)
        --m_counts->refusing;
    uncount();
}

void ConnectionGate::uncount()
{
    if (!m_counted)
        return;
    m_counted = false;
    --m_counts->total;
    m_counts->open.removeOne(this);
    const int left = m_counts->perPeer.value(m_peer) - 1;
    if (left > 0)
        m_counts->perPeer.insert(m_peer, left);
    else
        m_counts->perPeer.remove(m_peer);
}

void ConnectionGate::setState(State state)
{
    m_state = state;
    if (waitsOnClient()) // only then is it read (makeRoom)
        m_waitingSinceMs = m_counts->clock.elapsed();
}

bool ConnectionGate::hasUnreadInput() const
{
    // Held input (backlogged, a turn yielded) is the server's choice: such a connection may still be evicted.
    // So is one part-way through a request (Reading): a client trickling a request always has some bytes
    // unread when the server is late, and sparing it would keep the marketplace out again.
    if (m_holding || m_state != State::Waiting)
        return false;
    char byte = 0;
    return ::recv(int(m_socket->socketDescriptor()), &byte, 1, MSG_PEEK | MSG_DONTWAIT) > 0;
}

void ConnectionGate::evict()
{
    qCInfo(lcHttp) << "closed a connection from" << m_peer << "to make room for a new one";
    uncount();
    setState(State::Closing);
    m_timer.stop();
    m_socket->abort();
}

ConnectionGate *ConnectionGate::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<ConnectionGate *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

void ConnectionGate::arm(int ms)
{
    m_timer.start(ms);
}

void ConnectionGate::awaitHandshake()
{
    setState(State::Handshake);
    arm(m_limits.headTimeoutMs);
}

void ConnectionGate::start()
{
    setState(State::Waiting);
    // Connected before Qt's own slot (handOver() below makes Qt connect): the gate reads first.
    connect(m_socket, &QIODevice::readyRead, this, &ConnectionGate::onReadyRead);
    arm(m_limits.idleTimeoutMs);
    if (m_door)
        m_door->handOver(m_socket);
    if (m_socket->bytesAvailable() > 0) // sent along with the TLS handshake
        QMetaObject::invokeMethod(m_socket, &QIODevice::readyRead, Qt::QueuedConnection);
}

void ConnectionGate::onReadyRead()
{
    switch (m_state) {
    case State::Handshake:
    case State::Released:
        return;
    case State::Closing:
        m_discarded += m_socket->skip(m_socket->bytesAvailable());
        if (m_discarded > kMaxDiscarded)
            m_socket->abort();
        return;
    case State::Handed:
        // Qt did not take the request the gate saw complete: their framings differ. Stop both.
        qCWarning(lcHttp) << "request framing disagreement with" << m_peer;
        refuse(400, tr("the request could not be framed"));
        return;
    case State::Waiting:
    case State::Reading:
    case State::Answering:
        break;
    }
    watchForEndOfInput();
    if (m_closeAfterAnswer) {
        // The client asked to close after its request: nothing it sends later is read.
        m_discarded += m_socket->skip(m_socket->bytesAvailable());
        if (m_discarded > kMaxDiscarded)
            m_socket->abort();
        return;
    }
    if (m_holding) {
        if (!m_yielded || mustHold()) {
            m_yielded = false; // still held: the answers draining resume it (resumeReading)
            holdInput();
            return;
        }
        endHold(); // back from a turn of the event loop: frame on from the first held byte
    }
    int framed = 0; // requests answered from these bytes in this turn
    for (;;) {
        // Between requests (nothing framed, nothing in a transaction): read no more while answers pile up,
        // or while an answer is owed that the next request's could overtake.
        if (!m_framer.started() && !m_socket->isTransactionStarted() && mustHold()) {
            holdInput();
            return;
        }
        // Read inside a transaction: the bytes stay in the socket for Qt, which meanwhile reads none.
        if (!m_socket->isTransactionStarted())
            m_socket->startTransaction();
        const bool wasStarted = m_framer.started();
        const bool headWasDone = m_framer.headDone();
        RequestFramer::Status status = RequestFramer::Status::NeedMore;
        do {
            const QByteArray bytes = m_socket->read(qMin(m_socket->bytesAvailable(), kFeedBytes));
            if (bytes.isEmpty())
                break;
            status = m_framer.feed(bytes);
        } while (status == RequestFramer::Status::NeedMore && m_socket->bytesAvailable() > 0);
        if (status == RequestFramer::Status::Refused) {
            m_socket->read(m_socket->bytesAvailable()); // nothing after a refused request is read
            refuse(m_framer.refusalStatus(), m_framer.refusalReason());
            return;
        }
        if (!wasStarted && m_framer.started()) {
            setState(State::Reading);
            if (status != RequestFramer::Status::Complete) // a complete one sets the timer its own way below
                arm(m_limits.headTimeoutMs);
        }
        if (status == RequestFramer::Status::Complete) {
            m_socket->rollbackTransaction();
            const qint64 headBytes = m_framer.headBytes();
            const qint64 size = m_framer.chunked() ? 0 : headBytes + m_framer.bodyBytes();
            const bool closesAfter = m_framer.closesAfter();
            m_framer.reset();
            // A webhook POST is answered from these bytes; the next request behind it is framed next.
            if (size > 0 && takeDirectly(headBytes, size)) {
                if (m_closeAfterAnswer || m_state == State::Closing || m_state == State::Released)
                    return;
                if (m_socket->bytesAvailable() <= 0) {
                    closeIfPeerDone();
                    return;
                }
                if (++framed >= kMaxRequestsPerTurn) {
                    yieldTurn();
                    return;
                }
                continue;
            }
            if (m_pending > 0) {
                // Qt's responder writes at once: this request's answer would overtake those owed. It is
                // framed again once they are out.
                m_waitForQuiet = true;
                setState(State::Answering);
                m_timer.stop();
                holdInput();
                return;
            }
            // Qt's slot, next in this same readyRead, parses the request from these very bytes. Qt 6.4
            // keeps the connection open whatever the request says: the gate ends it after the answer.
            m_closeAfterAnswer = closesAfter;
            setState(State::Handed);
            arm(m_limits.headTimeoutMs);
            return;
        }
        if (!headWasDone && m_framer.headDone()) {
            arm(m_limits.bodyTimeoutMs);
            if (m_framer.expectsContinue() && m_framer.bodyBytes() == 0)
                sendAfterOwed({Outgoing::Kind::Interim, "HTTP/1.1 100 Continue\r\n\r\n"});
        }
        return;
    }
}

bool ConnectionGate::backlogged() const
{
    return m_pending >= kMaxPendingAnswers || m_socket->bytesToWrite() > kMaxUnsentBytes;
}

bool ConnectionGate::mustHold() const
{
    return backlogged() || m_qtOwed > 0 || (m_waitForQuiet && m_pending > 0);
}

void ConnectionGate::holdInput()
{
    m_holding = true;
    if (!m_socket->isTransactionStarted())
        m_socket->startTransaction();
    m_socket->read(m_socket->bytesAvailable()); // kept in the transaction: Qt's slot finds nothing
}

void ConnectionGate::yieldTurn()
{
    // The rest stays unread (Qt's slot, next in this readyRead, finds nothing) until the event loop
    // has turned: then this readyRead frames on, unless the answers meanwhile backlogged the connection.
    holdInput();
    m_yielded = true;
    QMetaObject::invokeMethod(m_socket, &QIODevice::readyRead, Qt::QueuedConnection);
}

void ConnectionGate::endHold()
{
    m_holding = false;
    m_yielded = false;
    if (m_socket->isTransactionStarted())
        m_socket->rollbackTransaction();
}

void ConnectionGate::resumeReading()
{
    // Only once well below the limits: resuming at the edge would frame the held bytes anew per request.
    const bool drained =
        m_pending <= kMaxPendingAnswers / 2 && m_socket->bytesToWrite() <= kMaxUnsentBytes / 4;
    const bool ordered = m_qtOwed == 0 && !(m_waitForQuiet && m_pending > 0);
    if (!m_holding || !drained || !ordered || m_state == State::Closing || m_state == State::Released)
        return;
    m_waitForQuiet = false;
    endHold();
    if (m_socket->bytesAvailable() > 0) // read again from the first held byte, the gate first
        QMetaObject::invokeMethod(m_socket, &QIODevice::readyRead, Qt::QueuedConnection);
}

bool ConnectionGate::takeDirectly(qint64 headBytes, qint64 size)
{
    auto *server = m_door ? qobject_cast<HttpServer *>(m_door->parent()) : nullptr;
    if (!server || m_socket->bytesAvailable() < size)
        return false;
    m_socket->startTransaction();
    // Head and body read apart: the body is the request's as read, not a copy cut out of the whole.
    const QByteArray head = m_socket->read(headBytes);
    std::optional<DirectRequest> direct = readDirectRequest(head, m_socket->read(size - headBytes));
    if (!direct) {
        m_socket->rollbackTransaction();
        return false;
    }
    m_socket->commitTransaction();
    ++m_pending;
    setState(State::Answering);
    m_timer.stop();
    const quint64 ticket = m_nextTicket++;
    if (direct->close) {
        m_closeAfterAnswer = true;
        detachHttpServer(); // Qt reads nothing more from this connection either
    }
    server->handleDirect(std::move(direct->request), direct->close, m_socket, ticket);
    return true;
}

void ConnectionGate::requestTaken()
{
    if (m_state == State::Closing || m_state == State::Released)
        return;
    ++m_pending;
    ++m_qtOwed;
    setState(State::Answering);
    m_timer.stop();
    if (m_closeAfterAnswer)
        detachHttpServer(); // the request asked to close: Qt reads nothing more from this connection
}

void ConnectionGate::answered()
{
    if (m_qtOwed > 0)
        --m_qtOwed;
    countAnswered();
    // Requests pipelined behind one Qt parsed wait unread in the socket: framed now, the gate first.
    if (!m_holding && m_qtOwed == 0 && m_socket->bytesAvailable() > 0 &&
        (m_state == State::Waiting || m_state == State::Answering))
        QMetaObject::invokeMethod(m_socket, &QIODevice::readyRead, Qt::QueuedConnection);
}

void ConnectionGate::countAnswered()
{
    if (m_pending > 0)
        --m_pending;
    if (m_pending == 0 && waitsOnClient()) // its last answer out, in a state that waited on nobody till now
        m_waitingSinceMs = m_counts->clock.elapsed();
    if (m_pending == 0 && m_state == State::Answering) {
        setState(State::Waiting);
        arm(m_limits.idleTimeoutMs);
    }
    if (m_pending == 0 && m_closeAfterAnswer && m_state != State::Closing && m_state != State::Released)
        m_socket->disconnectFromHost(); // once the answer is out
    resumeReading();
    closeIfPeerDone();
}

void ConnectionGate::deliver(quint64 ticket, std::optional<QByteArray> bytes)
{
    if (bytes && ticket == m_nextToWrite && m_outgoing.empty()) {
        // Next in line and nothing waiting: what writeInOrder() would do, without queueing it first.
        ++m_nextToWrite;
        if (!m_dropped)
            writeAnswer(m_socket, *bytes);
        countAnswered();
        return;
    }
    m_outgoing.emplace(ticket, bytes ? Outgoing{Outgoing::Kind::Answer, std::move(*bytes)}
                                     : Outgoing{Outgoing::Kind::Dropped, {}});
    writeInOrder();
}

void ConnectionGate::sendAfterOwed(Outgoing out)
{
    m_outgoing.emplace(m_nextTicket++, std::move(out));
    writeInOrder();
}

void ConnectionGate::writeInOrder()
{
    while (!m_outgoing.empty() && m_outgoing.begin()->first == m_nextToWrite) {
        Outgoing out = std::move(m_outgoing.begin()->second);
        m_outgoing.erase(m_outgoing.begin());
        ++m_nextToWrite;
        switch (out.kind) {
        case Outgoing::Kind::Answer:
            if (!m_dropped)
                writeAnswer(m_socket, out.bytes);
            countAnswered();
            break;
        case Outgoing::Kind::Dropped:
            // The client matches answers by order: with one missing, no later one can be matched.
            m_dropped = true;
            countAnswered();
            if (m_state != State::Closing && m_state != State::Released)
                m_socket->disconnectFromHost(); // after the answers before it, already written
            break;
        case Outgoing::Kind::Interim:
            if (!m_dropped)
                writeAnswer(m_socket, out.bytes);
            break;
        case Outgoing::Kind::Refusal:
            sendRefusal(out.bytes);
            break;
        }
    }
}

void ConnectionGate::watchForEndOfInput()
{
    if (m_readNotifier || qobject_cast<QSslSocket *>(m_socket))
        return;
    const auto notifiers = m_socket->findChildren<QSocketNotifier *>();
    for (QSocketNotifier *n : notifiers) {
        if (n->type() == QSocketNotifier::Read) {
            m_readNotifier = n;
            n->installEventFilter(this);
            return;
        }
    }
}

bool ConnectionGate::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_readNotifier || event->type() != QEvent::SockAct)
        return false;
    // Qt closes the socket, unsent answers and all, when it reads the end of the client's input.
    const bool owing =
        m_pending > 0 || m_holding || m_socket->bytesToWrite() > 0 || m_socket->bytesAvailable() > 0;
    if (!owing || m_socket->socketDescriptor() == -1)
        return false;
    if (!m_peerDone) {
        char byte = 0;
        ssize_t n = -1;
        do {
            n = ::recv(int(m_socket->socketDescriptor()), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
        } while (n < 0 && errno == EINTR);
        if (n != 0)
            return false; // data (Qt reads it) or an error (Qt reports it)
        // A half-close: nothing more will come, and what came is still to be answered. Qt reads no more
        // (it turns the notifier on again when it reads its buffer dry: each time, off again here); the
        // connection closes once all is answered (closeIfPeerDone).
        m_peerDone = true;
        QMetaObject::invokeMethod(this, &ConnectionGate::closeIfPeerDone, Qt::QueuedConnection);
    }
    m_readNotifier->setEnabled(false);
    return true;
}

void ConnectionGate::closeIfPeerDone()
{
    if (!m_peerDone || m_pending > 0 || m_holding || m_state == State::Closing || m_state == State::Released)
        return;
    if (m_socket->bytesAvailable() > 0) { // pipelined behind a request Qt parsed
        QMetaObject::invokeMethod(m_socket, &QIODevice::readyRead, Qt::QueuedConnection);
        return;
    }
    m_socket->disconnectFromHost(); // after what Qt still has to write
}

void ConnectionGate::release()
{
    setState(State::Released);
    m_timer.stop();
}

void ConnectionGate::onTimeout()
{
    switch (m_state) {
    case State::Waiting:
        m_socket->disconnectFromHost(); // idle: nothing owed either way
        return;
    case State::Reading:
        refuse(408,
               m_framer.headDone()
                   ? tr("the request body did not arrive within %1 s").arg(m_limits.bodyTimeoutMs / 1000)
                   : tr("the request head did not arrive within %1 s").arg(m_limits.headTimeoutMs / 1000));
        return;
    case State::Handshake:
    case State::Handed:
    case State::Closing:
        m_socket->abort();
        return;
    case State::Answering:
    case State::Released:
        return;
    }
}

void ConnectionGate::detachHttpServer()
{
    // Qt's readyRead slot has the HTTP server (the door's parent) as its context.
    if (m_door && m_door->parent())
        QObject::disconnect(m_socket, &QIODevice::readyRead, m_door->parent(), nullptr);
}

void ConnectionGate::refuse(int status, const QString &reason)
{
    if (m_state == State::Closing || m_state == State::Released)
        return;
    qCInfo(lcHttp) << "refused" << status << "from" << m_peer << ":" << reason;
    detachHttpServer();
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    setState(State::Closing);
    connect(m_socket, &QIODevice::readyRead, this, &ConnectionGate::onReadyRead, Qt::UniqueConnection);
    if (m_nextToWrite != m_nextTicket)
        arm(m_limits.bodyTimeoutMs); // the answers owed before it, then the refusal; cut if they never come
    sendAfterOwed({Outgoing::Kind::Refusal, refusalBytes(status, reason)});
}

void ConnectionGate::sendRefusal(const QByteArray &bytes)
{
    m_socket->write(bytes);
    arm(kLingerMs);
    if (qobject_cast<QSslSocket *>(m_socket)) {
        m_socket->disconnectFromHost();
        return;
    }
    // Plain TCP: close our side once the answer is out and keep discarding what the client still
    // sends for a moment, so it reads the answer instead of a reset.
    auto shutWrite = [socket = m_socket] {
        if (socket->bytesToWrite() == 0 && socket->socketDescriptor() != -1)
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
    };
    connect(m_socket, &QIODevice::bytesWritten, this, shutWrite);
    m_socket->flush();
    shutWrite();
}

QByteArray ConnectionGate::refusalBytes(int status, const QString &reason)
{
    const QByteArray body = QJsonDocument(QJsonObject{{u"success"_s, false}, {u"error"_s, reason}})
                                .toJson(QJsonDocument::Compact);
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + HttpReply::reasonPhrase(status) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\nConnection: close\r\n";
    if (status == 503)
        head += "Retry-After: 1\r\n";
    return head + "\r\n" + body;
}

} // namespace bva
