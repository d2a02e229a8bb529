// The answer to one request. Move-only; it may be kept and sent later (after a commit). Sending
// after the client went away is a no-op. CORS headers decided for the request are added to every answer.
// Written through Qt's QHttpServerResponder, or, for a request the front door read itself
// (directrequest.h), straight to the socket in one write, as the responder would write it; such an
// answer leaves in request order: the connection's gate holds it until the answers of the requests
// before it on the connection are out (FrontDoor::deliver).
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QTcpSocket>
#include <memory>
#include <utility>

class QHttpServerResponder;

namespace bva {

using HeaderPairs = QList<std::pair<QByteArray, QByteArray>>;

class HttpReply final
{
public:
    HttpReply();
    HttpReply(std::unique_ptr<QHttpServerResponder> responder, HeaderPairs corsHeaders);
    // Written to `socket` directly; `close`: with Connection: close, and the connection ends after it.
    // `ticket`: the request's place on its connection (ConnectionGate), for answers in request order.
    HttpReply(QTcpSocket *socket, HeaderPairs corsHeaders, bool close, quint64 ticket = 0);
    HttpReply(HttpReply &&other) noexcept;
    HttpReply &operator=(HttpReply &&other) noexcept;
    ~HttpReply();
    HttpReply(const HttpReply &) = delete;
    HttpReply &operator=(const HttpReply &) = delete;

    bool isValid() const { return m_responder || m_direct; }
    bool isSent() const { return m_sent; }
    void send(int status, const QByteArray &body, const QByteArray &contentType,
              const HeaderPairs &extra = {});
    void sendJson(int status, const QJsonObject &object, const HeaderPairs &extra = {});

    // Qt 6.4's reason phrase for `status` (empty for one it does not name).
    static QByteArray reasonPhrase(int status);

private:
    void sendDirect(int status, const QByteArray &body, const QByteArray &contentType,
                    const HeaderPairs &extra);

    std::unique_ptr<QHttpServerResponder> m_responder;
    QPointer<QTcpSocket> m_socket;
    HeaderPairs m_cors;
    bool m_direct = false;
    bool m_close = false;
    bool m_sent = false;
    quint64 m_ticket = 0;
};

// `bytes` onto `socket` now: straight into the kernel when nothing waits in Qt's buffer, else after it.
void writeAnswer(QTcpSocket *socket, const QByteArray &bytes);

} // namespace bva
