#include "cors.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace bva {

static QByteArray originOf(const QUrl &url)
{
    QString s = url.scheme() + u"://"_s + url.host();
    if (url.port() != -1)
        s += u':' + QString::number(url.port());
    return s.toUtf8();
}

CorsPolicy::CorsPolicy(const QStringList &origins)
{
    for (const QString &o : origins) {
        QUrl url(o.trimmed());
        if (!url.isValid() || url.host().isEmpty())
            continue;
        m_origins.insert(originOf(url));
        const QString host = url.host();
        if (host == u"localhost"_s || host == u"127.0.0.1"_s) {
            url.setHost(host == u"localhost"_s ? u"127.0.0.1"_s : u"localhost"_s);
            m_origins.insert(originOf(url));
        }
    }
}

bool CorsPolicy::allows(const QByteArray &origin) const
{
    return !origin.isEmpty() && m_origins.contains(origin);
}

HeaderPairs CorsPolicy::responseHeaders(const QByteArray &origin) const
{
    if (!allows(origin))
        return {};
    return {{"Access-Control-Allow-Origin", origin}, {"Vary", "Origin"}};
}

HeaderPairs CorsPolicy::preflightHeaders(const QByteArray &origin) const
{
    if (!allows(origin))
        return {};
    return {{"Access-Control-Allow-Origin", origin},
            {"Vary", "Origin"},
            {"Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, OPTIONS"},
            {"Access-Control-Allow-Headers",
             "Authorization, Content-Type, webhook-id, webhook-timestamp, webhook-signature"},
            {"Access-Control-Max-Age", "600"}};
}

QStringList CorsPolicy::origins() const
{
    QStringList list;
    for (const QByteArray &o : m_origins)
        list.append(QString::fromUtf8(o));
    list.sort();
    return list;
}

} // namespace bva
