#include "httpserver.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace bva::clone {

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 32 * 1024 * 1024;

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

// One keep-alive connection; requests are answered in order, one at a time.
class Connection final : public QObject
{
public:
    Connection(QTcpSocket *socket, const HttpServer::Handler &handler)
        : QObject(socket)
        , m_socket(socket)
        , m_handler(handler)
    {
        connect(socket, &QTcpSocket::readyRead, this, &Connection::process);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void process()
    {
        if (m_busy)
            return;
        m_buffer += m_socket->readAll();
        if (m_headerEnd < 0) {
            m_headerEnd = m_buffer.indexOf("\r\n\r\n");
            if (m_headerEnd < 0) {
                if (m_buffer.size() > kMaxHeaderBytes)
                    fail(431);
                return;
            }
            if (!parseHead())
                return;
            if (m_request.header("expect").toLower() == "100-continue")
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        if (m_buffer.size() < m_headerEnd + 4 + m_contentLength)
            return;
        m_request.body = m_buffer.mid(m_headerEnd + 4, m_contentLength);
        m_buffer.remove(0, m_headerEnd + 4 + m_contentLength);
        m_headerEnd = -1;
        m_busy = true;
        const HttpRequest request = std::move(m_request);
        m_request = {};
        QPointer<Connection> self(this);
        const QByteArray connectionHeader = request.header("connection").toLower();
        const bool close = connectionHeader == "close";
        m_handler(request, [self, close](HttpResponse response) {
            if (self)
                self->send(response, close);
        });
    }

    bool parseHead()
    {
        const QList<QByteArray> lines = m_buffer.left(m_headerEnd).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        if (first.size() < 3) {
            fail(400);
            return false;
        }
        m_request.method = first[0];
        m_request.target = first[1];
        m_request.peer = m_socket->peerAddress();
        const qsizetype q = m_request.target.indexOf('?');
        const QByteArray rawPath = q < 0 ? m_request.target : m_request.target.left(q);
        m_request.path = QUrl::fromPercentEncoding(rawPath);
        if (q >= 0) {
            // '+' stays a plus: API clients send ISO offsets like "+08:00" unencoded.
            m_request.query = QUrlQuery(QString::fromUtf8(m_request.target.mid(q + 1)));
        }
        m_contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            m_request.headers.append({name, value});
            if (name == "content-length")
                m_contentLength = value.toLongLong();
            else if (name == "transfer-encoding" && value.toLower().contains("chunked")) {
                fail(411);
                return false;
            }
        }
        if (m_contentLength < 0 || m_contentLength > kMaxBodyBytes) {
            fail(413);
            return false;
        }
        return true;
    }

    void send(const HttpResponse &r, bool close)
    {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reason(r.status) + "\r\n";
        head += "Content-Type: " + r.contentType + "\r\n";
        head += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        head += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
        for (const auto &[name, value] : r.headers)
            head += name + ": " + value + "\r\n";
        head += "\r\n";
        m_socket->write(head);
        m_socket->write(r.body);
        m_busy = false;
        if (close) {
            m_socket->disconnectFromHost();
            return;
        }
        if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0)
            QMetaObject::invokeMethod(this, &Connection::process, Qt::QueuedConnection);
    }

    void fail(int status)
    {
        HttpResponse r = HttpResponse::json(status, R"({"success":false,"message":"bad request"})");
        m_busy = true;
        send(r, true);
    }

    QTcpSocket *m_socket;
    const HttpServer::Handler &m_handler;
    QByteArray m_buffer;
    HttpRequest m_request;
    qsizetype m_headerEnd = -1;
    qint64 m_contentLength = 0;
    bool m_busy = false;
};

} // namespace

QByteArray HttpRequest::header(const QByteArray &lowerName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerName)
            return value;
    }
    return {};
}

HttpResponse HttpResponse::json(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    return r;
}

HttpResponse HttpResponse::text(int status, const QByteArray &body, const QByteArray &type)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.contentType = type;
    return r;
}

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer() = default;

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

QString HttpServer::errorString() const
{
    return m_server->errorString();
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new Connection(socket, m_handler);
}

} // namespace bva::clone
