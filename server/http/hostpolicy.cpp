#include "hostpolicy.h"

#include <QCoreApplication>
#include <QNetworkInterface>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

// The context lupdate and QCoreApplication::translate share for this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::Http)
};

bool isAny(const QHostAddress &a)
{
    return a == QHostAddress(QHostAddress::Any) || a == QHostAddress(QHostAddress::AnyIPv4) ||
           a == QHostAddress(QHostAddress::AnyIPv6);
}

} // namespace

HostPolicy::HostPolicy(const QHostAddress &listenAddress, const QStringList &publicUrls)
    : m_listen(listenAddress)
{
    for (const QString &u : publicUrls) {
        const QString host = QUrl(u.trimmed()).host().toLower();
        if (!host.isEmpty() && !m_publicHosts.contains(host))
            m_publicHosts.append(host);
    }
}

QString HostPolicy::hostOf(const QByteArray &hostHeader)
{
    QString h = QString::fromLatin1(hostHeader.trimmed()).toLower();
    if (h.startsWith(u'[')) {
        const qsizetype end = h.indexOf(u']');
        if (end < 0)
            return {};
        const QString rest = h.mid(end + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':'))
            return {};
        return h.mid(1, end - 1);
    }
    const qsizetype colon = h.indexOf(u':');
    if (colon >= 0) {
        if (h.indexOf(u':', colon + 1) >= 0)
            return {}; // a bare IPv6 address without brackets is no Host
        h.truncate(colon);
    }
    while (h.endsWith(u'.'))
        h.chop(1);
    return h;
}

int HostPolicy::portOf(const QByteArray &hostHeader, int defaultPort)
{
    const QByteArray h = hostHeader.trimmed();
    const qsizetype close = h.lastIndexOf(']');
    const qsizetype colon = h.lastIndexOf(':');
    if (colon < 0 || colon < close)
        return defaultPort;
    bool ok = false;
    const int port = h.mid(colon + 1).toInt(&ok);
    return ok && port > 0 && port < 65536 ? port : -1;
}

bool HostPolicy::allowsAddress(const QHostAddress &address) const
{
    if (address.isLoopback())
        return true;
    if (!isAny(m_listen))
        return address.isEqual(m_listen, QHostAddress::TolerantConversion);
    const auto local = QNetworkInterface::allAddresses();
    for (const QHostAddress &a : local) {
        if (address.isEqual(a, QHostAddress::TolerantConversion))
            return true;
    }
    return false;
}

bool HostPolicy::allows(const QByteArray &hostHeader) const
{
    const QString host = hostOf(hostHeader);
    if (host.isEmpty())
        return false;
    // Browsers resolve these to loopback themselves: no DNS to rebind. 127.0.0.1 is how the clones and
    // the desktop's own pages name it, on every request: allowed without parsing an address.
    if (host == u"127.0.0.1"_s || host == u"localhost"_s || host.endsWith(u".localhost"_s))
        return true;
    if (m_publicHosts.contains(host))
        return true;
    QHostAddress address;
    if (address.setAddress(host))
        return allowsAddress(address);
    return false;
}

QString listenRefusal(const QHostAddress &address, bool tls, bool behindTlsProxy)
{
    if (tls || behindTlsProxy || address.isLoopback())
        return {};
    return Text::tr(
               "Refusing plain HTTP on %1 (beyond this computer): session tokens and webhook credentials "
               "would cross the network in clear text. Serve HTTPS, or say that a TLS proxy on a trusted "
               "network fronts this server.")
        .arg(address.toString());
}

} // namespace bva
