// Where each marketplace lives. Configuration only (bva-server --shopee-url/--lazada-url, the
// desktop's settings), never a field of a request: an account that could name the site BVA asks
// for ownership proof could point it at a server of its own that "proves" any shop.
// Thread-safe: read by the HTTP and sync threads, changed from wherever configuration changes.
#pragma once

#include "domain/platform.h"
#include "util/result.h"

#include <QHash>
#include <QReadWriteLock>
#include <QString>
#include <QUrl>

namespace bva {

class MarketplaceSites final
{
    Q_DISABLE_COPY_MOVE(MarketplaceSites)
public:
    MarketplaceSites() = default;

    // `url` is stored normalized (no trailing slash); an invalid or non-http(s) URL is refused.
    Result<void> set(Platform platform, const QString &url);
    // The configured site of a platform, empty when none.
    QString site(Platform platform) const;
    // The configured site when `requested` is empty or names it (same scheme, host and port;
    // localhost and 127.0.0.1 are one host). Anything else is Invalid, decided without any network
    // access, so the answer tells nothing about other hosts.
    Result<QString> resolve(Platform platform, const QString &requested) const;

    static bool sameSite(const QUrl &a, const QUrl &b);
    static QString normalized(const QString &url);

private:
    mutable QReadWriteLock m_lock;
    QHash<Platform, QString> m_sites;
};

} // namespace bva
