// Which names this server answers to. A web page the seller opens can make its own domain resolve to
// 127.0.0.1 (DNS rebinding) and then talk to BVA as "same origin"; its requests still say that domain
// in Host. So the API, the WebSocket and the webhooks answer only loopback names, the address the server
// listens on, and the public URLs it is configured with (--public-url, the desktop's settings); anything
// else gets 421. IP literals are safe to accept: a page can only be same-origin with an IP by being
// served from it.
#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace bva {

class HostPolicy final
{
public:
    HostPolicy() = default; // loopback names only
    HostPolicy(const QHostAddress &listenAddress, const QStringList &publicUrls);

    // `hostHeader` as sent ("example.com:3000", "[::1]:3000").
    bool allows(const QByteArray &hostHeader) const;
    // The host part of a Host header, lower case, without port or brackets; empty if malformed.
    static QString hostOf(const QByteArray &hostHeader);
    // The port of a Host header, `defaultPort` when it names none, -1 if malformed.
    static int portOf(const QByteArray &hostHeader, int defaultPort);
    QStringList publicHosts() const { return m_publicHosts; }

private:
    bool allowsAddress(const QHostAddress &address) const;

    QHostAddress m_listen = QHostAddress::LocalHost;
    QStringList m_publicHosts;
};

// Why a server must not listen on `address` as configured (empty when it may): plain HTTP beyond
// loopback sends session tokens and webhook credentials in clear text unless a TLS proxy fronts it.
QString listenRefusal(const QHostAddress &address, bool tls, bool behindTlsProxy);

} // namespace bva
