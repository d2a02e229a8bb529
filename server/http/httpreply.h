// The answer to one request. Move-only; it may be kept and sent later (after a commit). Sending
// after the client went away is a no-op. CORS headers decided for the request are added to every answer.
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
    HttpReply(HttpReply &&other) noexcept;
    HttpReply &operator=(HttpReply &&other) noexcept;
    ~HttpReply();
    HttpReply(const HttpReply &) = delete;
    HttpReply &operator=(const HttpReply &) = delete;

    bool isValid() const { return bool(m_responder); }
    bool isSent() const { return m_sent; }
    void send(int status, const QByteArray &body, const QByteArray &contentType,
              const HeaderPairs &extra = {});
    void sendJson(int status, const QJsonObject &object, const HeaderPairs &extra = {});

private:
    std::unique_ptr<QHttpServerResponder> m_responder;
    QPointer<QTcpSocket> m_socket;
    HeaderPairs m_cors;
    bool m_sent = false;
};

} // namespace bva
