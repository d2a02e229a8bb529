// Connecting shops: ownership proof through the marketplace's GET /api/auth/me, token and webhook
// secret into the vault, shop linked to the BVA user as ADMIN, integration saved, initial sync.
// Also test connection, reconnect with a new token, disconnect, sync now and the state queries the
// Integrations page and /api/integrations* show.
//
// Threads: the service is created in the main thread and owns a worker thread where the platform
// adapters, the network and the SyncService live. Methods that talk to the marketplace return a
// QFuture at once (GUI: future.then(this, ...); HTTP thread: future.result() blocks that thread
// only, for at most the request timeout). Queries and syncNow() are synchronous store calls, safe
// from any thread. Progress arrives by signal (here and on the EventBus), queued to the receiver.
//
// Access control: the methods that take an Actor check the actor's role on the shop themselves
// (AccessPolicy, the same rules for the REST API and the desktop) and audit with the actor and where
// it came from; the older ones taking a user id are the same calls with no source. An actor without
// an account (user id 0) is BVA itself: the scheduler, dev tools, tests.
#pragma once

#include "auth/accesspolicy.h"
#include "auth/actor.h"
#include "domain/integration.h"
#include "domain/records.h"
#include "domain/shop.h"
#include "platforms/openplatform.h"
#include "sync/connectticket.h"
#include "synclog.h"
#include "util/result.h"

#include <QByteArray>
#include <QFuture>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace bva {

class Database;
class EventBus;
class PlatformAdapter;
class MarketplaceSites;
class PlatformRegistry;
struct FetchError;
struct RemoteAccount;
class SecretVault;
class SyncService;
class Transaction;

// What the consent window (validated postMessage payload) or POST /api/integrations hands over.
struct ConnectRequest
{
    Platform platform = Platform::Other;
    QByteArray token;        // the seller's bearer token on the marketplace (a secret)
    QByteArray refreshToken; // renews the token when it expires (a secret); empty when none was given
    QDateTime expiresAt;     // when the token expires; invalid when not said
    QString shopExternalId;  // the claimed shop; empty: the token's only shop
    QString shopName;        // optional hint (consent payload); the marketplace's answer wins
    QString siteUrl;         // empty or the configured site (MarketplaceSites); anything else is refused
    qint64 userId = 0;       // the BVA user connecting (becomes ADMIN of the shop)
    QString source;          // where the request came from (client address or "desktop"), for the audit trail
    bool startSync = true;   // start the initial (full) sync right after connecting
    // Set by the desktop's consent flow: cancelled before the commit, the connect stores nothing.
    std::shared_ptr<ConnectTicket> ticket;
    ApiKind apiKind = ApiKind::Clone; // a real platform's open API (connectAuthorized) or the clone contract
};

// A real platform's authorization came back to BVA's callback: the code to exchange, with the app of
// the account that started it. The shop is linked to `userId` only.
struct AuthorizedConnect
{
    AppCredentials app;
    QString code;
    QString shopId; // Shopee: the shop_id of the redirect; Lazada: empty (the token names the seller)
    qint64 userId = 0;
    QString source;
    bool startSync = true;
};

enum class DataPolicy { KeepData, DeleteData };
enum class SecretUse { Reveal, Copy };
enum class SyncKind { Auto, Full, Incremental }; // Auto: full when never synced, else incremental

// Live progress of a running sync (also in sync_runs once finished).
struct SyncProgress
{
    qint64 runId = 0;
    QString phase; // "auth", "products", "orders", "rollups", "done"
    int done = 0;
    int total = 0; // 0 while unknown
    bool running = false;
};

// An admin's change to a shop's syncing; an absent field stays as it is.
struct SyncSettingsChange
{
    std::optional<int> intervalSeconds; // kMinSyncIntervalSeconds..kMaxSyncIntervalSeconds
    std::optional<bool> paused;
};

// One row of the Integrations page / GET /api/integrations.
struct IntegrationView
{
    Integration integration;
    Shop shop;
    std::optional<SyncRun> lastRun;
    SyncProgress progress; // running = false when idle
    bool hasWebhookSecret = false;
};

struct IntegrationServiceOptions
{
    int defaultSyncIntervalSeconds = 300;
    bool scheduler = true; // re-sync every integration every syncIntervalSeconds
    int maxParallelRequests = 4;
    int pageSize = 500; // records per page when the site pages; 0: always ask for the whole list
    int requestTimeoutMs = 20000;
    int maxAttempts = 5;        // per request: 1 + retries on timeouts, network errors and 5xx
    int retryBaseDelayMs = 200; // exponential backoff with full jitter from here
    int retryMaxDelayMs = 5000;
    int schedulerTickMs = 5000; // how often due integrations are looked for
    // Where each marketplace lives (bva-server --shopee-url, desktop settings); a platform left out
    // keeps its adapter's default site. Changed at run time through sites().
    QHash<Platform, QString> sites;
    // The real platforms' app of an integration's owner (PlatformApps::credentials); unset: none.
    AppLookup appLookup;
};

class IntegrationService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationService)
public:
    // `tokenLookupKey`: the key of the keyed token hash (AppServices::tokenLookupKey()).
    // `registry`: null for the built-in adapters (shopee, lazada).
    IntegrationService(Database &db, SecretVault &vault, EventBus *bus, QByteArray tokenLookupKey,
                       IntegrationServiceOptions options = {},
                       std::shared_ptr<PlatformRegistry> registry = {}, QObject *parent = nullptr);
    ~IntegrationService() override;

    // Starts the worker thread and the scheduler; integrations left SYNCING by a crash are resumed.
    void start();
    // Cancels running syncs and joins the worker thread (also done by the destructor).
    void stop();

    // Proves ownership at the configured site, stores secrets, links the shop, saves the integration
    // (create or update) and, with startSync, starts the initial sync. Refusals: Unauthorized (token
    // rejected), Forbidden (token does not own the shop), Invalid (bad input, a site that is not the
    // configured one), Conflict (the shop is linked by another BVA account: a token is no proof of
    // being its owner in BVA, joining takes an invitation), Network/Remote (site down).
    QFuture<Result<Integration>> connectShop(const ConnectRequest &request);
    // A real platform (openconnect.cpp): exchanges the code for tokens at the platform (once, never
    // retried: a code is single-use), reads the shop with them, then links it like connectShop (the
    // same ownership rules: another account's shop is never taken over). The API host is the app's.
    QFuture<Result<Integration>> connectAuthorized(const AuthorizedConnect &request);
    // Replaces the token of an existing integration after proving it owns the same shop (admins).
    // `refreshToken` and `expiresAt` as in ConnectRequest.
    QFuture<Result<Integration>> reconnect(const Actor &actor, qint64 integrationId, const QByteArray &token,
                                           const QByteArray &refreshToken = {},
                                           const QDateTime &expiresAt = {});
    QFuture<Result<Integration>> reconnect(qint64 integrationId, const QByteArray &token, qint64 userId)
    {
        return reconnect(Actor{userId, {}, {}}, integrationId, token);
    }
    // Calls GET /api/auth/me with the access token (renewed first when due, and once after a 401; editors
    // and admins). A 401 that renewal cannot cure sets the state EXPIRED ("Reconnect needed").
    QFuture<Result<void>> testConnection(const Actor &actor, qint64 integrationId);
    QFuture<Result<void>> testConnection(qint64 integrationId)
    {
        return testConnection(Actor{}, integrationId);
    }
    // Stops syncing, deletes the token and webhook secret from the vault and the integration row;
    // DeleteData also removes the shop and all its data, KeepData keeps it for history (admins).
    QFuture<Result<void>> disconnect(const Actor &actor, qint64 integrationId, DataPolicy policy);
    QFuture<Result<void>> disconnect(qint64 integrationId, qint64 userId, DataPolicy policy)
    {
        return disconnect(Actor{userId, {}, {}}, integrationId, policy);
    }

    // Starts a sync and answers at once with its run id (an already running sync's id if any); editors
    // and admins. Conflict while the shop's syncing is paused. Its start and end (counts or the error) go to
    // the audit trail with the actor.
    Result<qint64> syncNow(const Actor &actor, qint64 integrationId, SyncKind kind = SyncKind::Auto);
    // The scheduler's (and BVA's own) sync.
    Result<qint64> syncNow(qint64 integrationId, SyncKind kind = SyncKind::Auto)
    {
        return syncNow(Actor::system(QStringLiteral("scheduler")), integrationId, kind);
    }
    void cancelSync(qint64 integrationId);
    // The re-sync interval and pause/resume (admins; audited). Invalid for an interval out of bounds,
    // nothing changed. Pausing stops a running sync and keeps the scheduler (and rechecks) away until
    // resumed; webhooks still apply. Resuming starts a sync at once (its run id in `*resumedRun`).
    Result<Integration> changeSyncSettings(const Actor &actor, qint64 integrationId,
                                           const SyncSettingsChange &change, qint64 *resumedRun = nullptr);

    // Queries (any thread).
    Result<std::optional<IntegrationView>> view(qint64 integrationId);
    Result<QList<IntegrationView>> viewsOfUser(qint64 userId);
    Result<std::optional<SyncRun>> run(qint64 runId);
    Result<QList<SyncRun>> recentRuns(qint64 integrationId, int limit = 20);
    SyncProgress progress(qint64 integrationId) const;
    // The Standard Webhooks secret ("whsec_…") to configure on the marketplace's side. Unchecked: for
    // BVA's own use; people get it through the next one.
    Result<QByteArray> webhookSecret(qint64 integrationId);
    // The secret for an admin who shows or copies it (audited as such); Forbidden for anyone else.
    Result<QByteArray> webhookSecret(const Actor &actor, qint64 integrationId, SecretUse use);
    // An admin's choice of whether a bearer token alone still delivers webhooks (domain/integration.h);
    // audited.
    Result<void> setWebhookSigning(const Actor &actor, qint64 integrationId, WebhookSigning mode);
    Result<void> setWebhookSigning(qint64 integrationId, WebhookSigning mode, qint64 userId)
    {
        return setWebhookSigning(Actor{userId, {}, {}}, integrationId, mode);
    }

    const IntegrationServiceOptions &options() const { return m_options; }
    PlatformRegistry &registry() { return *m_registry; }
    std::shared_ptr<PlatformRegistry> registryPtr() const { return m_registry; }
    // Where each marketplace lives; syncs, tests and ownership proofs go there and nowhere else.
    MarketplaceSites &sites() { return *m_sites; }

signals:
    void integrationChanged(qint64 integrationId);
    void syncProgress(qint64 integrationId, qint64 runId, const QString &phase, int done, int total);
    void syncFinished(qint64 integrationId, qint64 runId, bool ok, const QString &error);

private:
    void onProgress(qint64 integrationId, qint64 runId, const QString &phase, int done, int total);
    void onFinished(qint64 integrationId, qint64 runId, bool ok, const QString &error);
    // Worker thread: GET /api/auth/me with `token`; `done` is called once, in the worker thread.
    void fetchAccount(const PlatformAdapter *adapter, const QString &apiBase, const QByteArray &token,
                      std::function<void(Result<RemoteAccount>)> done);
    Result<Integration> saveConnection(const ConnectRequest &request, const PlatformAdapter *adapter,
                                       const QString &siteUrl, const RemoteAccount &account);
    // The token, its grant (none: the old one, if `hadGrant`, is removed) and a new webhook secret when
    // newSecretRef is set into the vault, then the commit.
    Result<void> storeSecretsAndCommit(Transaction &tx, const QString &tokenRef, const QByteArray &token,
                                       const std::optional<QByteArray> &grant, bool hadGrant,
                                       const QString &newSecretRef);
    // The vault as it was before storeSecretsAndCommit (old*: what was kept there, if anything).
    void restoreVault(const QString &tokenRef, const std::optional<QByteArray> &oldToken,
                      const std::optional<QByteArray> &oldGrant, const QString &newSecretRef);
    // GET /api/auth/me with the shop's access token, renewing it when due or refused (worker thread).
    void fetchOwnAccount(const Integration &i, const PlatformAdapter *adapter,
                         std::function<void(Result<RemoteAccount>)> done);
    // Conflict when the shop is linked by accounts other than `userId` (an ADMIN that is not them).
    Result<void> mayLink(const Actor &actor, const PlatformAdapter *adapter, const QString &shopExternalId,
                         const RemoteAccount &account);
    Result<void> adoptCurrency(const Shop &shop, const RemoteAccount &account);
    Result<Integration> saveReconnection(qint64 integrationId, const ConnectRequest &request,
                                         const Actor &actor, const RemoteAccount &account);
    Result<void> doDisconnect(qint64 integrationId, const Actor &actor, DataPolicy policy);
    // The actor's role on the integration's shop allows `action` (BVA itself, with no account, always may).
    Result<Integration> checked(const Actor &actor, qint64 integrationId, ShopAction action);
    void auditSyncEnd(qint64 integrationId, qint64 runId, bool ok, const QString &error);
    Error describe(const FetchError &error, const PlatformAdapter *adapter) const;
    // Worker thread: one signed call of a real platform, not retried; `done` gets the 2xx body or why not.
    void sendOpenCall(const OpenPlatformAdapter *adapter, const ApiCall &call, const AppCredentials &app,
                      const ShopToken &shop, std::function<void(Result<QByteArray>)> done);
    void finishAuthorized(const AuthorizedConnect &request, const OpenPlatformAdapter *adapter,
                          const OpenGrant &grant, const QString &shopId, const QString &apiBase,
                          const RemoteShop &shop, std::function<void(Result<Integration>)> done);
    void recoverInterrupted();

    Database &m_db;
    SecretVault &m_vault;
    EventBus *m_bus = nullptr;
    QByteArray m_lookupKey;
    IntegrationServiceOptions m_options;
    std::shared_ptr<PlatformRegistry> m_registry;
    std::shared_ptr<MarketplaceSites> m_sites;
    QThread *m_thread = nullptr;
    SyncService *m_sync = nullptr; // lives in m_thread
    mutable QMutex m_progressMutex;
    QHash<qint64, SyncProgress> m_progress;
    QHash<qint64, Actor> m_runActors; // who started each run still going, for its audit entry
};

} // namespace bva
