// The real platforms' authorization (RFC 8252: a loopback redirect to bva-server itself). A signed-in
// account starts it and gets the platform's authorization URL with a state: unguessable (256 bits),
// single-use, valid ten minutes, bound to that account and platform, kept only as a keyed hash. The
// platform sends the browser back to BVA's callback with a code; the callback finds the state, claims
// it once, exchanges the code and links the shop to the account that started the flow: nothing in the
// callback itself says who owns the shop. Shopee has no state parameter, so its state travels in the
// redirect URL's path. Any thread; complete() answers through a QFuture.
#pragma once

#include "auth/actor.h"
#include "domain/integration.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QUrl>

namespace bva {

class Database;
class IntegrationService;
class PlatformApps;

struct AuthorizationStart
{
    QString state; // the secret the waiting UI polls with
    QUrl authorizeUrl;
    QString redirectUri;
    QDateTime expiresAt;
};

struct AuthorizationStatus
{
    ApiKind kind = ApiKind::Clone;
    QString outcome; // "pending", "connected", "failed", "expired", "cancelled"
    QString reason;
    qint64 integrationId = 0;
    QDateTime expiresAt;
};

class OpenAuthorizations final
{
    Q_DECLARE_TR_FUNCTIONS(OpenAuthorizations)
    Q_DISABLE_COPY_MOVE(OpenAuthorizations)
public:
    static constexpr int kLifetimeSeconds = 600;

    // `stateKey`: the key of the states' keyed hash (a vault key, never in the database).
    OpenAuthorizations(Database &db, PlatformApps &apps, IntegrationService &integrations,
                       QByteArray stateKey);

    // `callbackBase`: where this server answers, e.g. http://127.0.0.1:3000 (the redirect URI to
    // register on the platform is callbackUri(kind) under it).
    Result<AuthorizationStart> start(const Actor &actor, ApiKind kind, const QString &callbackBase);
    static QString callbackPath(ApiKind kind); // "/oauth/callback/shopee-open"
    // The platform's redirect came back. `state` is the query's state (Lazada) or the path's (Shopee).
    // Refused (nothing changed) for an unknown, expired, used or other-platform state, a missing code
    // or a code the platform does not accept; the state is used up by the first attempt either way.
    QFuture<Result<Integration>> complete(ApiKind kind, const QString &state, const QString &code,
                                          const QString &shopId, const QString &error, const QString &source);
    // For the account that started it only (NotFound for anyone else).
    Result<AuthorizationStatus> status(const Actor &actor, const QString &state);
    // The account that started it gives it up (its consent window closed before the platform sent the
    // seller back): the state is used up, so a later callback with it is refused and connects nothing.
    // NotFound for anyone else; Conflict when the callback came first (its outcome follows in status());
    // cancelling a cancelled one again answers its status.
    Result<AuthorizationStatus> cancel(const Actor &actor, const QString &state);

private:
    QString hashOf(const QString &state) const;

    Database &m_db;
    PlatformApps &m_apps;
    IntegrationService &m_integrations;
    QByteArray m_stateKey;
};

} // namespace bva
