// One HTTP request as the routes see it: copied out of QHttpServerRequest (which lives only while
// the server's handler runs) so that a handler may answer later, e.g. after a group commit.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrlQuery>

namespace bva {

// `name` (as sent, any case) is the header `lowerName`. Header names are ASCII tokens.
inline bool headerNameIs(QByteArrayView name, QByteArrayView lowerName)
{
    return name.size() == lowerName.size() && name.compare(lowerName, Qt::CaseInsensitive) == 0;
}

// A request's headers, names in lower case. A handful per request, looked up a few times each: a flat
// list costs less than a hash built per request (issue 18).
class HttpHeaders
{
public:
    QByteArray value(QByteArrayView lowerName) const
    {
        for (const auto &h : m_list) {
            if (h.first == lowerName)
                return h.second;
        }
        return {};
    }
    // Sets `lowerName` to `value`, replacing an earlier one (the last wins, as in a hash): false then.
    bool insert(QByteArray lowerName, QByteArray value)
    {
        for (auto &h : m_list) {
            if (h.first == lowerName) {
                h.second = std::move(value);
                return false;
            }
        }
        m_list.emplaceBack(std::move(lowerName), std::move(value));
        return true;
    }
    qsizetype size() const { return m_list.size(); }
    void reserve(qsizetype n) { m_list.reserve(n); }

private:
    QList<std::pair<QByteArray, QByteArray>> m_list;
};

struct HttpRequest
{
    enum class Method { Get, Post, Put, Delete, Patch, Options, Head, Other };

    Method method = Method::Other;
    QString path; // decoded path, e.g. /api/products/12
    QUrlQuery query;
    HttpHeaders headers;
    QByteArray body;
    QHostAddress remoteAddress;     // the peer (a reverse proxy when one fronts the server)
    QHostAddress clientAddress;     // the client: the peer, or what a trusted proxy forwarded
    QHash<QString, QString> params; // ":name" captures of the matched route

    QByteArray header(QByteArrayView lowerName) const { return headers.value(lowerName); }
    QString param(const QString &name) const { return params.value(name); }
    QString queryValue(const QString &name) const { return query.queryItemValue(name, QUrl::FullyDecoded); }
    // The token of "Authorization: Bearer <token>", empty when absent or another scheme.
    QByteArray bearerToken() const;
    // The client address as audit entries and sign-in throttling name it ("203.0.113.9", "::1").
    QString client() const;
};

// IPv4 peers of a dual-stack socket arrive as ::ffff:a.b.c.d; this reads them as a.b.c.d.
QHostAddress plainAddress(const QHostAddress &address);

QString methodName(HttpRequest::Method m);
// A path for the logs: segments of 32 characters or more (an authorization's state, anything
// token-like) are left out, since a log reader must not be able to use them.
QString loggablePath(const QString &path);

} // namespace bva
