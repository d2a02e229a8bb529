// A seller's own apps on the real platforms (Shopee "Seller In House System" partner_id + partner_key,
// Lazada "Seller In-house APP" app_key + app_secret), one per account and platform API: checked,
// the secret into the vault (never logged, never returned), the rest into platform_apps, audited.
// Any thread: store and vault calls only.
#pragma once

#include "auth/actor.h"
#include "platforms/openplatform.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <memory>

namespace bva {

class Database;
class PlatformRegistry;
class SecretVault;
struct PlatformAppRecord;

// What GET /api/platform-apps shows of one platform API: never the secret.
struct PlatformAppView
{
    ApiKind kind = ApiKind::Clone;
    QString displayName;
    bool configured = false;
    QString appId;
    QString region;
    QString apiHost;  // as entered (empty: the default)
    QString authHost; // as entered (empty: the default)
    QString effectiveApiHost;
    QString effectiveAuthHost;
    QStringList regions;
    QDateTime updatedAt;
};

// PUT /api/platform-apps/:kind. `secret` absent keeps the stored one (the UI never sees it).
struct PlatformAppChange
{
    QString appId;
    std::optional<QByteArray> secret;
    QString region;
    QString apiHost;
    QString authHost;
};

class PlatformApps final
{
    Q_DECLARE_TR_FUNCTIONS(PlatformApps)
    Q_DISABLE_COPY_MOVE(PlatformApps)
public:
    // `simulatorHosts`: this computer may stand in for the platforms' hosts (their simulator, in tests
    // and development). Off in production: an account could otherwise make BVA call services on the
    // server's own loopback.
    // `extraHosts`: host names the server's operator allows for a platform's apps besides the
    // platform's own (bva-server --platform-host; https, default port), never taken from a request.
    PlatformApps(Database &db, SecretVault &vault, std::shared_ptr<PlatformRegistry> registry,
                 bool simulatorHosts = false, QMap<ApiKind, QStringList> extraHosts = {});

    // One --platform-host value, "KIND=HOST" or "KIND=https://HOST": the API and the lower-case host name.
    // Invalid (with the reason) for an unknown kind, another scheme, a port, path, user or query, or this
    // computer (that is --simulated-platforms).
    static Result<std::pair<ApiKind, QString>> parseExtraHost(const QString &spec);

    // Every real platform, configured or not, for the actor's account.
    Result<QList<PlatformAppView>> list(const Actor &actor);
    // Invalid (with the reason) for bad input; nothing is stored then.
    Result<PlatformAppView> save(const Actor &actor, ApiKind kind, const PlatformAppChange &change);
    // The account's app with its secret, to sign with (NotFound when not configured).
    Result<AppCredentials> credentials(qint64 userId, ApiKind kind);
    const OpenPlatformAdapter *adapter(ApiKind kind) const;

    // A push to /api/push/<kind>: the shop it names must be linked with that API, and the signature
    // must be the one its owner's app makes (Unauthorized otherwise; nothing is kept). An empty body
    // (the console checking the URL) is accepted when any account's app of that kind signed it.
    // `url` is the full URL the platform was given. The shop row id comes in *shopRowId once the push is
    // known to name a shop connected through this kind (also when it is then refused).
    Result<PushNotice> verifyPush(ApiKind kind, const QByteArray &url, const QByteArray &authorization,
                                  const QByteArray &body, qint64 *shopRowId);

    // A host the app may use: one of the platform's own or the operator's extra ones (https, default
    // port), or this computer's (http or https, any port) when simulator hosts are allowed; no user info,
    // query or fragment. Empty is the platform's default.
    Result<QString> checkedHost(const OpenPlatformAdapter &adapter, const QString &host) const;
    // The host names an app of this platform may name (the platform's, then the operator's).
    QStringList allowedHosts(const OpenPlatformAdapter &adapter) const;

private:
    PlatformAppView viewOf(ApiKind kind, const std::optional<PlatformAppRecord> &record) const;
    static QString secretKey(qint64 userId, ApiKind kind);

    Database &m_db;
    SecretVault &m_vault;
    std::shared_ptr<PlatformRegistry> m_registry;
    bool m_simulatorHosts = false;
    QMap<ApiKind, QStringList> m_extraHosts;
};

} // namespace bva
