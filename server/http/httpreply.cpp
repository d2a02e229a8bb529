#include "httpreply.h"

#include "frontdoor.h"

#include <QHttpServerResponder>
#include <QJsonDocument>

namespace bva {

HttpReply::HttpReply() = default;

HttpReply::HttpReply(std::unique_ptr<QHttpServerResponder> responder, HeaderPairs corsHeaders)
    : m_responder(std::move(responder))
    , m_socket(m_responder ? m_responder->socket() : nullptr)
    , m_cors(std::move(corsHeaders))
{}

HttpReply::HttpReply(HttpReply &&other) noexcept
    : m_responder(std::move(other.m_responder))
    , m_socket(std::move(other.m_socket))
    , m_cors(std::move(other.m_cors))
    , m_sent(other.m_sent)
{
    other.m_sent = true;
}

HttpReply &HttpReply::operator=(HttpReply &&other) noexcept
{
    if (this != &other) {
        m_responder = std::move(other.m_responder);
        m_socket = std::move(other.m_socket);
        m_cors = std::move(other.m_cors);
        m_sent = other.m_sent;
        other.m_sent = true;
    }
    return *this;
}

HttpReply::~HttpReply()
{
    if (!m_sent && m_responder)
        FrontDoor::answered(m_socket); // dropped unanswered: the connection owes nothing any more
}

void HttpReply::send(int status, const QByteArray &body, const QByteArray &contentType,
                     const HeaderPairs &extra)
{
    if (m_sent || !m_responder)
        return;
    m_sent = true;
    // The socket may have been closed and deleted by the server while the answer was pending.
    if (!m_socket || !m_socket->isOpen())
        return;
    QHttpServerResponder &r = *m_responder;
    r.writeStatusLine(QHttpServerResponder::StatusCode(status));
    if (!contentType.isEmpty())
        r.writeHeader("Content-Type", contentType);
    r.writeHeader("Content-Length", QByteArray::number(body.size()));
    for (const auto &h : std::as_const(m_cors))
        r.writeHeader(h.first, h.second);
    for (const auto &h : extra)
        r.writeHeader(h.first, h.second);
    r.writeBody(body);
    FrontDoor::answered(m_socket);
}

void HttpReply::sendJson(int status, const QJsonObject &object, const HeaderPairs &extra)
{
    send(status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json", extra);
}

} // namespace bva
