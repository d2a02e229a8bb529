#include "marketplacesites.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

// The context lupdate and QCoreApplication::translate share for this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::Sync)
};

QString loopbackAlias(const QString &host)
{
    const QString h = host.toLower();
    return h == u"localhost"_s || h == u"::1"_s ? u"127.0.0.1"_s : h;
}

} // namespace

QString MarketplaceSites::normalized(const QString &url)
{
    QString s = url.trimmed();
    while (s.endsWith(u'/'))
        s.chop(1);
    return s;
}

bool MarketplaceSites::sameSite(const QUrl &a, const QUrl &b)
{
    const int defaultA = a.scheme() == u"https"_s ? 443 : 80;
    const int defaultB = b.scheme() == u"https"_s ? 443 : 80;
    const QString pathA = a.path() == u"/"_s ? QString() : a.path();
    const QString pathB = b.path() == u"/"_s ? QString() : b.path();
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           loopbackAlias(a.host()) == loopbackAlias(b.host()) && a.port(defaultA) == b.port(defaultB) &&
           pathA == pathB && a.userInfo().isEmpty() && b.userInfo().isEmpty();
}

Result<void> MarketplaceSites::set(Platform platform, const QString &url)
{
    const QString s = normalized(url);
    const QUrl parsed(s, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != u"http"_s && parsed.scheme() != u"https"_s) ||
        parsed.host().isEmpty())
        return Error::invalid(Text::tr("\"%1\" is not a web address (http or https).").arg(url));
    QWriteLocker lock(&m_lock);
    m_sites.insert(platform, s);
    return {};
}

QString MarketplaceSites::site(Platform platform) const
{
    QReadLocker lock(&m_lock);
    return m_sites.value(platform);
}

Result<QString> MarketplaceSites::resolve(Platform platform, const QString &requested) const
{
    const QString configured = site(platform);
    if (configured.isEmpty())
        return Error::invalid(
            Text::tr("No %1 site is configured in BVA.").arg(platformDisplayName(platform)));
    if (requested.trimmed().isEmpty() || sameSite(QUrl(normalized(requested)), QUrl(configured)))
        return configured;
    return Error::invalid(Text::tr("siteUrl: BVA connects %1 shops only through the %1 site it is configured "
                                   "with (%2). Ask whoever runs BVA to configure another address.")
                              .arg(platformDisplayName(platform), configured));
}

} // namespace bva
