// A small HTTP/1.1 server. The simulator needs wire control QHttpServer 6.4 does not give:
// replies held back for the latency fault, truncated bodies, and answers after the handler returns.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrlQuery>
#include <functional>

class QTcpServer;

namespace bva::clone {

struct HttpRequest
{
    QByteArray method;
    QByteArray target;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names lowercased
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &lowerName) const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(qMakePair(name, value));
    }
    static HttpResponse json(int status, const QByteArray &body);
    static HttpResponse text(int status, const QByteArray &body, const QByteArray &type);
};

using Responder = std::function<void(HttpResponse)>;

class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)
public:
    // The handler must call the responder exactly once, now or later.
    using Handler = std::function<void(const HttpRequest &, const Responder &)>;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QString errorString() const;

private:
    void onNewConnection();
    Handler m_handler;
    QTcpServer *m_server;
};

} // namespace bva::clone
