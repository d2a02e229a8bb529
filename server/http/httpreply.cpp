#include "httpreply.h"

#include "frontdoor.h"

#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QSslSocket>
#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <sys/socket.h>

namespace bva {

// A plain connection with nothing of an earlier answer still in its buffer gets the answer straight
// into the kernel. QTcpSocket::write only buffers: it turns the socket's write notifier on, the event
// loop wakes when the socket is writable, writes, and turns the notifier off again; with glib's event
// loop each turn on and off also writes to the thread's wake-up eventfd. Per webhook answer that was
// two eventfd writes, a wake-up read and a loop turn on the HTTP thread, for one send() that would
// have gone through at once. What the kernel does not take (a full send buffer) goes to Qt's buffer
// as before, so order, backpressure (bytesToWrite) and closing after the answer stay Qt's. TLS
// sockets always write through Qt (the bytes must be encrypted).
void writeAnswer(QTcpSocket *socket, const QByteArray &bytes)
{
    if (socket->bytesToWrite() == 0 && !qobject_cast<QSslSocket *>(socket) &&
        socket->state() == QAbstractSocket::ConnectedState && socket->socketDescriptor() != -1) {
        ssize_t sent = -1;
        do {
            sent = ::send(int(socket->socketDescriptor()), bytes.constData(), size_t(bytes.size()),
                          MSG_NOSIGNAL | MSG_DONTWAIT);
        } while (sent < 0 && errno == EINTR);
        if (sent == bytes.size())
            return;
        if (sent > 0) {
            socket->write(bytes.constData() + sent, bytes.size() - sent);
            return;
        }
    }
    socket->write(bytes); // and a failed send: Qt's own write reports the connection's error
}

HttpReply::HttpReply() = default;

HttpReply::HttpReply(std::unique_ptr<QHttpServerResponder> responder, HeaderPairs corsHeaders)
    : m_responder(std::move(responder))
    , m_socket(m_responder ? m_responder->socket() : nullptr)
    , m_cors(std::move(corsHeaders))
{}

HttpReply::HttpReply(QTcpSocket *socket, HeaderPairs corsHeaders, bool close, quint64 ticket)
    : m_socket(socket)
    , m_cors(std::move(corsHeaders))
    , m_direct(true)
    , m_close(close)
    , m_ticket(ticket)
{}

HttpReply::HttpReply(HttpReply &&other) noexcept
    : m_responder(std::move(other.m_responder))
    , m_socket(std::move(other.m_socket))
    , m_cors(std::move(other.m_cors))
    , m_direct(other.m_direct)
    , m_close(other.m_close)
    , m_sent(other.m_sent)
    , m_ticket(other.m_ticket)
{
    other.m_sent = true;
}

HttpReply &HttpReply::operator=(HttpReply &&other) noexcept
{
    if (this != &other) {
        m_responder = std::move(other.m_responder);
        m_socket = std::move(other.m_socket);
        m_cors = std::move(other.m_cors);
        m_direct = other.m_direct;
        m_close = other.m_close;
        m_sent = other.m_sent;
        m_ticket = other.m_ticket;
        other.m_sent = true;
    }
    return *this;
}

HttpReply::~HttpReply()
{
    if (m_sent)
        return;
    // Dropped unanswered: the connection owes nothing any more.
    if (m_direct)
        FrontDoor::deliver(m_socket, m_ticket, std::nullopt);
    else if (m_responder)
        FrontDoor::answered(m_socket);
}

// Answers carry a seller's data (orders, tokens' status, invitation codes): no cache keeps them,
// unless the route chose otherwise.
static bool choosesCaching(const HeaderPairs &extra)
{
    return std::any_of(extra.cbegin(), extra.cend(), [](const auto &h) {
        return h.first.compare("Cache-Control", Qt::CaseInsensitive) == 0;
    });
}

void HttpReply::send(int status, const QByteArray &body, const QByteArray &contentType,
                     const HeaderPairs &extra)
{
    if (m_sent || !isValid())
        return;
    m_sent = true;
    // The socket may have been closed and deleted by the server while the answer was pending.
    if (!m_socket || !m_socket->isOpen())
        return;
    if (m_direct) {
        sendDirect(status, body, contentType, extra);
        return;
    }
    QHttpServerResponder &r = *m_responder;
    r.writeStatusLine(QHttpServerResponder::StatusCode(status));
    if (!contentType.isEmpty())
        r.writeHeader("Content-Type", contentType);
    r.writeHeader("Content-Length", QByteArray::number(body.size()));
    for (const auto &h : std::as_const(m_cors))
        r.writeHeader(h.first, h.second);
    for (const auto &h : extra)
        r.writeHeader(h.first, h.second);
    if (!choosesCaching(extra))
        r.writeHeader("Cache-Control", "no-store");
    if (FrontDoor::closesAfterAnswer(m_socket))
        r.writeHeader("Connection", "close");
    r.writeBody(body);
    FrontDoor::answered(m_socket);
}

void HttpReply::sendDirect(int status, const QByteArray &body, const QByteArray &contentType,
                           const HeaderPairs &extra)
{
    // The bytes QHttpServerResponder writes for send() above, in one write: measured, then copied into
    // one buffer of that size (appending piece by piece cost more than the rest of the answer).
    const QByteArray phrase = reasonPhrase(status);
    char digits[2][24];
    auto text = [](char *to, qint64 n) {
        return QByteArrayView(to, std::to_chars(to, to + sizeof digits[0], n).ptr - to);
    };
    const QByteArrayView statusText = text(digits[0], status);
    const QByteArrayView lengthText = text(digits[1], body.size());
    const bool noStore = !choosesCaching(extra);
    auto answer = [&](auto &&put) {
        put("HTTP/1.1 ");
        put(statusText);
        if (!phrase.isEmpty()) {
            put(" ");
            put(phrase);
        }
        put("\r\n");
        auto header = [&put](QByteArrayView name, QByteArrayView value) {
            put(name);
            put(": ");
            put(value);
            put("\r\n");
        };
        if (!contentType.isEmpty())
            header("Content-Type", contentType);
        header("Content-Length", lengthText);
        for (const auto &h : std::as_const(m_cors))
            header(h.first, h.second);
        for (const auto &h : extra)
            header(h.first, h.second);
        if (noStore)
            header("Cache-Control", "no-store");
        if (m_close)
            header("Connection", "close");
        put("\r\n");
        put(body);
    };
    qsizetype size = 0;
    answer([&size](QByteArrayView piece) { size += piece.size(); });
    QByteArray out(size, Qt::Uninitialized);
    char *at = out.data();
    answer([&at](QByteArrayView piece) {
        if (!piece.isEmpty())
            std::memcpy(at, piece.data(), size_t(piece.size()));
        at += piece.size();
    });
    FrontDoor::deliver(m_socket, m_ticket, std::move(out));
}

QByteArray HttpReply::reasonPhrase(int status)
{
    // Qt 6.4's QHttpServerResponder phrases, for the statuses BVA answers.
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 410:
        return QByteArrayLiteral("Gone");
    case 413:
        return QByteArrayLiteral("Request Entity Too Large");
    case 414:
        return QByteArrayLiteral("URI Too Long");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 421:
        return QByteArrayLiteral("Misdirected Request");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return {};
    }
}

void HttpReply::sendJson(int status, const QJsonObject &object, const HeaderPairs &extra)
{
    send(status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json", extra);
}

} // namespace bva
