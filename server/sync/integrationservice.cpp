#include "integrationservice.h"

#include "accessgrant.h"
#include "auth/auditactions.h"
#include "auth/secretvault.h"
#include "auth/vaultkeys.h"
#include "domain/eventbus.h"
#include "platforms/marketplacesites.h"
#include "platforms/payloadreader.h"
#include "platforms/platformclient.h"
#include "platforms/platformregistry.h"
#include "store/auditrepository.h"
#include "store/database.h"
#include "store/integrationrepository.h"
#include "store/shoprepository.h"
#include "store/synclock.h"
#include "store/syncrunrepository.h"
#include "store/transaction.h"
#include "syncservice.h"
#include "tokenkeeper.h"
#include "util/clock.h"
#include "util/codepoints.h"
#include "util/storedtext.h"

#include <QPromise>
#include <QThread>
#include <QUrl>
#include <sodium.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSync, "bva.sync")

namespace bva {

namespace {

template <typename T> QFuture<T> ready(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

QString secretPrefix(Platform platform, const QString &shopExternalId)
{
    return u"integrations/"_s + platformSlug(platform) + u'/' + shopExternalId;
}

QByteArray newWebhookSecret()
{
    // Standard Webhooks: "whsec_" + base64 of the key bytes.
    QByteArray key(32, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    return "whsec_" + key.toBase64();
}

// What the vault keeps beside the consent's token: nothing when the marketplace gave no refresh token.
std::optional<QByteArray> grantFor(const QByteArray &token, const QByteArray &refreshToken,
                                   const QDateTime &expiresAt)
{
    if (refreshToken.isEmpty())
        return std::nullopt;
    AccessGrant g;
    g.accessToken = token;
    g.refreshToken = refreshToken;
    g.expiresAt = expiresAt;
    g.obtainedAt = Clock::nowUtc();
    return g.toVault();
}

QString shopList(const RemoteAccount &account)
{
    // "Name (id)": the name for people, the id for the shopId to send.
    QStringList shops;
    for (const RemoteShop &s : account.shops)
        shops.append(s.name.isEmpty() ? s.externalId : QString(s.name + u" (" + s.externalId + u')'));
    return shops.isEmpty() ? QStringLiteral("-") : shops.join(u", "_s);
}

} // namespace

IntegrationService::IntegrationService(Database &db, SecretVault &vault, EventBus *bus,
                                       QByteArray tokenLookupKey, IntegrationServiceOptions options,
                                       std::shared_ptr<PlatformRegistry> registry, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_vault(vault)
    , m_bus(bus)
    , m_lookupKey(std::move(tokenLookupKey))
    , m_options(options)
    , m_registry(registry ? std::move(registry) : PlatformRegistry::builtIn())
    , m_sites(std::make_shared<MarketplaceSites>())
{
    for (const PlatformAdapter *adapter : m_registry->all())
        m_sites->set(adapter->platform(), adapter->defaultSiteUrl()).ok();
    for (auto it = m_options.sites.cbegin(); it != m_options.sites.cend(); ++it) {
        if (auto r = m_sites->set(it.key(), it.value()); !r)
            qCWarning(lcSync, "%s site not configured: %s", qPrintable(platformSlug(it.key())),
                      qPrintable(r.error().message));
    }
    m_sync = new SyncService(m_db, m_vault, m_registry, m_sites, m_bus, m_options);
    // Direct: the handlers only touch the mutex-guarded progress map and re-emit.
    connect(m_sync, &SyncService::progress, this, &IntegrationService::onProgress, Qt::DirectConnection);
    connect(m_sync, &SyncService::finished, this, &IntegrationService::onFinished, Qt::DirectConnection);
}

IntegrationService::~IntegrationService()
{
    stop();
    delete m_sync; // never started, or already deleted in its thread by stop()
}

void IntegrationService::start()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(u"bva-sync"_s);
    m_sync->moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(
        m_sync,
        [this] {
            recoverInterrupted();
            m_sync->setSyncRequest([this](qint64 id) {
                auto r = syncNow(id, SyncKind::Auto);
                if (!r)
                    qCInfo(lcSync, "sync of integration %lld not started: %s", id,
                           qPrintable(r.error().message));
            });
            if (m_options.scheduler)
                m_sync->startScheduler(m_options.schedulerTickMs);
        },
        Qt::QueuedConnection);
    if (m_bus) {
        SyncService *sync = m_sync;
        connect(m_bus, &EventBus::orderNeedsChecking, sync,
                [sync](qint64 shopId) { sync->recheckShop(shopId); });
    }
}

void IntegrationService::stop()
{
    if (!m_thread)
        return;
    SyncService *sync = m_sync;
    QMetaObject::invokeMethod(
        sync,
        [sync] {
            sync->stopScheduler();
            sync->cancelAll();
            delete sync;
        },
        Qt::BlockingQueuedConnection);
    m_sync = nullptr;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    QMutexLocker lock(&m_progressMutex);
    m_progress.clear();
}

void IntegrationService::recoverInterrupted()
{
    // Runs left "running" by a crash or a kill: the data they wrote stays; the next run completes it.
    IntegrationRepository repo(m_db);
    auto all = repo.all();
    if (!all)
        return;
    for (const Integration &i : std::as_const(*all)) {
        // On a shared PostgreSQL a run marked "running" may be alive in another process.
        if (auto elsewhere = SyncLock::heldElsewhere(m_db, i.id); elsewhere && *elsewhere)
            continue;
        auto latest = SyncRunRepository(m_db).latest(i.id);
        if (latest && latest->has_value() && (*latest)->state == u"running") {
            SyncRun run = **latest;
            run.state = u"failed"_s;
            run.error = tr("Interrupted (BVA stopped during the sync)");
            run.finishedAt = Clock::nowUtc();
            SyncRunRepository(m_db).update(run).ok();
        }
        if (i.state == IntegrationState::Syncing)
            repo.setState(i.id,
                          i.lastSyncAt.isValid() ? IntegrationState::Connected : IntegrationState::Pending,
                          i.lastError)
                .ok();
    }
}

Error IntegrationService::describe(const FetchError &error, const PlatformAdapter *adapter) const
{
    const QString site = adapter ? adapter->displayName() : tr("The marketplace");
    if (error.unauthorized())
        return Error::unauthorized(
            tr("%1 did not accept this token (wrong, expired or revoked). Sign in on %1 again "
               "and grant BVA access.")
                .arg(site));
    if (error.httpStatus == 403)
        return Error::forbidden(tr("%1 refused access with this token.").arg(site));
    switch (error.kind) {
    case FetchError::Kind::Network:
    case FetchError::Kind::Timeout:
    case FetchError::Kind::Cancelled:
        return Error::network(tr("Could not reach %1 (%2).").arg(site, error.message));
    case FetchError::Kind::Parse:
        return Error::parse(tr("%1 sent an answer BVA could not read (%2).").arg(site, error.message));
    case FetchError::Kind::Http:
    case FetchError::Kind::Api:
        break;
    }
    return Error::remote(tr("%1 answered with an error (%2).").arg(site, error.message));
}

void IntegrationService::fetchAccount(const PlatformAdapter *adapter, const QString &apiBase,
                                      const QByteArray &token,
                                      std::function<void(Result<RemoteAccount>)> done)
{
    ClientOptions options;
    options.timeoutMs = m_options.requestTimeoutMs;
    options.maxAttempts = std::min(m_options.maxAttempts, 3);
    options.retryBaseDelayMs = m_options.retryBaseDelayMs;
    options.retryMaxDelayMs = m_options.retryMaxDelayMs;
    auto *client = new PlatformClient(m_sync->network(), options, m_sync);
    auto finish = std::make_shared<std::function<void(Result<RemoteAccount>)>>(std::move(done));
    const QUrl url = adapter->meUrl(QUrl(apiBase));
    client->get(
        adapter->request(url, token),
        [client, adapter, finish](const QByteArray &body) -> std::optional<FetchError> {
            auto account = adapter->readAccount(body);
            if (!account) {
                FetchError e;
                e.kind = account.error().kind == Error::Kind::Remote ? FetchError::Kind::Api
                                                                     : FetchError::Kind::Parse;
                e.httpStatus = 200;
                e.message = account.error().message;
                return e;
            }
            client->deleteLater();
            (*finish)(std::move(account));
            return std::nullopt;
        },
        [this, client, adapter, finish](const FetchError &e) {
            client->deleteLater();
            (*finish)(describe(e, adapter));
        });
}

void IntegrationService::fetchOwnAccount(const Integration &i, const PlatformAdapter *adapter,
                                         std::function<void(Result<RemoteAccount>)> done)
{
    TokenKeeper *keeper = &m_sync->tokens();
    const QString apiBase = m_sites->site(i.platform);
    auto finish = std::make_shared<std::function<void(Result<RemoteAccount>)>>(std::move(done));
    keeper->freshToken(
        i, adapter, apiBase, [this, keeper, i, adapter, apiBase, finish](Result<QByteArray> token) {
            if (!token)
                return (*finish)(token.error());
            const QByteArray used = *token;
            fetchAccount(adapter, apiBase, used,
                         [this, keeper, i, adapter, apiBase, finish, used](Result<RemoteAccount> account) {
                             if (account || account.error().kind != Error::Kind::Unauthorized)
                                 return (*finish)(std::move(account));
                             // Refused: renew once and ask again.
                             keeper->renewAfterRefusal(
                                 i, adapter, apiBase, used,
                                 [this, adapter, apiBase, finish, account](Result<QByteArray> renewed) {
                                     if (!renewed)
                                         return (*finish)(renewed.error().kind == Error::Kind::Unauthorized
                                                              ? account.error()
                                                              : renewed.error());
                                     fetchAccount(adapter, apiBase, *renewed, *finish);
                                 });
                         });
        });
}

QFuture<Result<Integration>> IntegrationService::connectShop(const ConnectRequest &request)
{
    const PlatformAdapter *adapter = m_registry->find(request.platform);
    if (!adapter)
        return ready<Result<Integration>>(
            Error::invalid(tr("BVA cannot connect to %1 shops yet.").arg(platformName(request.platform))));
    if (request.token.trimmed().isEmpty())
        return ready<Result<Integration>>(Error::invalid(tr("The marketplace token is missing.")));
    // Where the proof is asked is configuration: a site named by the request is only accepted when it
    // is the configured one, decided before any network access.
    auto site = m_sites->resolve(request.platform, request.siteUrl);
    if (!site) {
        qCInfo(lcSync, "connect to %s refused: the request named a site that is not configured",
               qPrintable(platformSlug(request.platform)));
        return ready<Result<Integration>>(site.error());
    }
    const QString siteUrl = *site;
    if (!m_thread)
        return ready<Result<Integration>>(Error::internal(tr("The integration service is not running.")));

    auto promise = std::make_shared<QPromise<Result<Integration>>>();
    promise->start();
    QFuture<Result<Integration>> future = promise->future();
    QMetaObject::invokeMethod(
        m_sync,
        [this, request, adapter, siteUrl, promise] {
            fetchAccount(
                adapter, siteUrl, request.token,
                [this, request, adapter, siteUrl, promise](Result<RemoteAccount> account) {
                    Result<Integration> result = account ? saveConnection(request, adapter, siteUrl, *account)
                                                         : Result<Integration>(account.error());
                    if (!result)
                        qCInfo(lcSync, "connect to %s refused: %s",
                               qPrintable(platformSlug(request.platform)),
                               qPrintable(result.error().message));
                    const qint64 id = result ? result->id : 0;
                    // The initial sync starts before the caller hears back, so progress(id) names its run.
                    if (id && request.startSync) {
                        if (auto r = syncNow(Actor{request.userId, {}, request.source}, id, SyncKind::Full);
                            !r)
                            qCWarning(lcSync, "initial sync of integration %lld not started: %s", id,
                                      qPrintable(r.error().message));
                    }
                    promise->addResult(std::move(result));
                    promise->finish();
                    if (id) {
                        emit integrationChanged(id);
                        if (m_bus)
                            emit m_bus->integrationChanged(id);
                    }
                });
        },
        Qt::QueuedConnection);
    return future;
}

Result<void> IntegrationService::mayLink(const Actor &actor, const PlatformAdapter *adapter,
                                         const QString &shopExternalId, const RemoteAccount &account)
{
    const qint64 userId = actor.userId;
    ShopRepository shops(m_db);
    auto shop = shops.findByExternal(adapter->platform(), shopExternalId);
    if (!shop)
        return shop.error();
    if (!shop->has_value())
        return {};
    auto users = shops.usersOfShop((*shop)->id);
    if (!users)
        return users.error();
    bool hasAdmin = false;
    for (qint64 user : std::as_const(*users)) {
        auto role = shops.roleOf(user, (*shop)->id);
        if (!role)
            return role.error();
        if (!role->has_value() || **role != ShopRole::Admin)
            continue;
        if (user == userId && userId > 0)
            return {}; // its admin reconnecting
        hasAdmin = true;
    }
    if (!hasAdmin)
        return {}; // nobody holds it any more (every account unlinked it)
    AuditEntry refused = actor.audit(audit::kLinkRefused, (*shop)->id,
                                     u"shop:"_s + platformName(adapter->platform()) + u':' + shopExternalId);
    refused.outcome = audit::kRefused;
    refused.details = {{u"platform"_s, platformName(adapter->platform())},
                       {u"shopExternalId"_s, shopExternalId},
                       {u"remoteUser"_s, account.email.isEmpty() ? account.userId : account.email},
                       {u"reason"_s, u"linked by another account"_s}};
    AuditRepository(m_db).append(refused).ok();
    qCInfo(lcSync, "link of %s shop %s by user %lld refused: linked by another account",
           qPrintable(platformSlug(adapter->platform())), qPrintable(shopExternalId), userId);
    return Error::conflict(
        tr("%1 shop %2 is already linked in BVA by another account. Ask that shop's admin in "
           "BVA to invite you; nothing was changed.")
            .arg(adapter->displayName(), shopExternalId));
}

Result<Integration> IntegrationService::saveConnection(const ConnectRequest &request,
                                                       const PlatformAdapter *adapter, const QString &siteUrl,
                                                       const RemoteAccount &account)
{
    const QString site = adapter->displayName();
    std::optional<RemoteShop> chosen;
    if (!request.shopExternalId.trimmed().isEmpty()) {
        for (const RemoteShop &s : account.shops) {
            if (s.externalId == request.shopExternalId.trimmed())
                chosen = s;
        }
        if (!chosen)
            return Error::forbidden(
                tr("This token does not own shop %1 on %2 (it belongs to %3, who owns: %4). "
                   "Sign in as the shop's seller and grant access again.")
                    .arg(request.shopExternalId, site,
                         account.email.isEmpty() ? account.userId : account.email, shopList(account)));
    } else if (account.shops.size() == 1) {
        chosen = account.shops.first();
    } else if (account.shops.isEmpty()) {
        return Error::forbidden(tr("This %1 account owns no shop.").arg(site));
    } else {
        return Error::invalid(tr("This %1 account owns several shops (%2); say which one to connect.")
                                  .arg(site, shopList(account)));
    }
    if (chosen->platform && *chosen->platform != adapter->platform() && *chosen->platform != Platform::Other)
        return Error::forbidden(tr("Shop %1 is a %2 shop, not a %3 shop.")
                                    .arg(chosen->externalId, platformName(*chosen->platform), site));

    // Before anything is written: another account's shop keeps its token, site and secret.
    if (auto allowed =
            mayLink(Actor{request.userId, {}, request.source}, adapter, chosen->externalId, account);
        !allowed)
        return allowed.error();
    const auto cancelled = [] {
        return Error::conflict(tr("The connection was cancelled; nothing was stored."));
    };
    if (request.ticket && request.ticket->isCancelled()) {
        qCInfo(lcSync, "connect of %s shop %s cancelled before it was stored",
               qPrintable(platformSlug(adapter->platform())), qPrintable(chosen->externalId));
        return cancelled();
    }

    ShopRepository shops(m_db);
    auto existingShop = shops.findByExternal(adapter->platform(), chosen->externalId);
    if (!existingShop)
        return existingShop.error();
    Shop shop = existingShop->value_or(Shop{});
    shop.platform = adapter->platform();
    shop.externalId = chosen->externalId;
    if (!chosen->name.isEmpty())
        shop.name = chosen->name;
    else if (shop.name.isEmpty())
        shop.name = request.shopName.isEmpty() ? chosen->externalId : request.shopName;
    // Shown wherever the shop is; a name is no reason to refuse the shop, so a longer one is cut.
    shop.name = cutToCodePoints(withoutLoneSurrogates(std::move(shop.name)), payload::kMaxShopNameChars);
    if (!chosen->currency.isEmpty())
        shop.currency = chosen->currency;

    const QString prefix = secretPrefix(adapter->platform(), chosen->externalId);
    const QString tokenRef = prefix + u"/token"_s;
    const QString secretRef = prefix + u"/webhook-secret"_s;
    auto oldToken = m_vault.read(tokenRef);
    if (!oldToken)
        return Error::storage(tr("The secret vault could not be read: %1").arg(oldToken.error().message));
    auto oldGrant = m_vault.read(AccessGrant::vaultKey(tokenRef));
    if (!oldGrant)
        return Error::storage(tr("The secret vault could not be read: %1").arg(oldGrant.error().message));
    auto secret = m_vault.read(secretRef);
    if (!secret)
        return Error::storage(tr("The secret vault could not be read: %1").arg(secret.error().message));
    const bool newSecret = !secret->has_value() || (*secret)->isEmpty();

    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return Error::storage(tx.beginError());
    auto storedShop = shops.upsert(shop);
    if (!storedShop)
        return storedShop.error();
    if (request.userId > 0) {
        if (auto r = shops.grantAccess(request.userId, storedShop->id, ShopRole::Admin); !r)
            return r.error();
    }
    IntegrationRepository integrations(m_db);
    auto existing = integrations.findByShop(storedShop->id);
    if (!existing)
        return existing.error();
    const bool isNew = !existing->has_value();
    Integration i = existing->value_or(Integration{});
    i.shopId = storedShop->id;
    if (i.ownerUserId <= 0 && request.userId > 0)
        i.ownerUserId = request.userId;
    i.platform = adapter->platform();
    i.apiKind = request.apiKind;
    i.siteUrl = siteUrl;
    i.apiBaseUrl = siteUrl;
    i.tokenRef = tokenRef;
    i.tokenLookup = tokenLookupKey(m_lookupKey, request.token);
    i.webhookSecretRef = secretRef;
    if (isNew)
        i.syncIntervalSeconds = m_options.defaultSyncIntervalSeconds;
    i.state = i.lastSyncAt.isValid() ? IntegrationState::Connected : IntegrationState::Pending;
    i.lastError.clear();
    auto saved = integrations.save(i);
    if (!saved)
        return saved.error();
    AuditEntry connected = Actor{request.userId, {}, request.source}.audit(
        isNew ? audit::kConnect : audit::kUpdate, saved->shopId,
        u"integration:"_s + QString::number(saved->id));
    connected.details = {{u"platform"_s, platformName(adapter->platform())},
                         {u"shopExternalId"_s, chosen->externalId},
                         {u"remoteUser"_s, account.email.isEmpty() ? account.userId : account.email},
                         {u"siteUrl"_s, siteUrl},
                         {u"api"_s, apiKindSlug(request.apiKind)}};
    AuditRepository(m_db).append(connected).ok();
    // The vault is written only together with the commit, under the ticket's lock: a cancel comes
    // before both (nothing written anywhere) or after both. Secrets first, so a failed vault leaves no
    // integration pointing at nothing; a failed commit puts the vault back as it was.
    Result<void> committed;
    const auto writeAndCommit = [&] {
        committed = storeSecretsAndCommit(tx, tokenRef, request.token,
                                          grantFor(request.token, request.refreshToken, request.expiresAt),
                                          oldGrant->has_value(), newSecret ? secretRef : QString());
        if (!committed)
            restoreVault(tokenRef, *oldToken, *oldGrant, newSecret ? secretRef : QString());
        return committed.ok();
    };
    if (!request.ticket) {
        writeAndCommit();
    } else if (!request.ticket->commitUnlessCancelled(writeAndCommit)) {
        qCInfo(lcSync, "connect of %s shop %s cancelled before it was stored",
               qPrintable(platformSlug(adapter->platform())), qPrintable(chosen->externalId));
        return cancelled();
    }
    if (!committed)
        return committed.error();
    qCInfo(lcSync, "integration %lld %s: %s shop %s", saved->id, isNew ? "connected" : "updated",
           qPrintable(platformSlug(adapter->platform())), qPrintable(chosen->externalId));
    return saved;
}

Result<void> IntegrationService::storeSecretsAndCommit(Transaction &tx, const QString &tokenRef,
                                                       const QByteArray &token,
                                                       const std::optional<QByteArray> &grant, bool hadGrant,
                                                       const QString &newSecretRef)
{
    if (auto r = m_vault.store(tokenRef, token); !r)
        return Error::storage(tr("The secret vault could not store the token: %1").arg(r.error().message));
    const QString grantRef = AccessGrant::vaultKey(tokenRef);
    if (grant || hadGrant) {
        if (auto r = grant ? m_vault.store(grantRef, *grant) : m_vault.remove(grantRef); !r)
            return Error::storage(
                tr("The secret vault could not store the token: %1").arg(r.error().message));
    }
    if (!newSecretRef.isEmpty()) {
        if (auto r = m_vault.store(newSecretRef, newWebhookSecret()); !r)
            return Error::storage(
                tr("The secret vault could not store the webhook secret: %1").arg(r.error().message));
    }
    return tx.commit();
}

void IntegrationService::restoreVault(const QString &tokenRef, const std::optional<QByteArray> &oldToken,
                                      const std::optional<QByteArray> &oldGrant, const QString &newSecretRef)
{
    const auto logged = [](const Result<void> &r) {
        if (!r)
            qCWarning(lcSync) << "the vault could not be put back after a failed connect:"
                              << r.error().message;
    };
    logged(oldToken ? m_vault.store(tokenRef, *oldToken) : m_vault.remove(tokenRef));
    const QString grantRef = AccessGrant::vaultKey(tokenRef);
    if (oldGrant)
        logged(m_vault.store(grantRef, *oldGrant));
    else if (auto now = m_vault.read(grantRef); !now || now->has_value())
        logged(m_vault.remove(grantRef));
    if (!newSecretRef.isEmpty())
        logged(m_vault.remove(newSecretRef));
}

Result<Integration> IntegrationService::checked(const Actor &actor, qint64 integrationId, ShopAction action)
{
    auto found = IntegrationRepository(m_db).findById(integrationId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(tr("No such integration."));
    if (actor.userId > 0) {
        auto allowed = AccessPolicy(m_db).require(actor.userId, (*found)->shopId, action);
        if (!allowed)
            return allowed.error().kind == Error::Kind::NotFound ? Error::notFound(tr("No such integration."))
                                                                 : allowed.error();
    }
    return **found;
}

QFuture<Result<Integration>> IntegrationService::reconnect(const Actor &actor, qint64 integrationId,
                                                           const QByteArray &token,
                                                           const QByteArray &refreshToken,
                                                           const QDateTime &expiresAt)
{
    if (token.trimmed().isEmpty())
        return ready<Result<Integration>>(Error::invalid(tr("The marketplace token is missing.")));
    auto found = checked(actor, integrationId, ShopAction::Reconnect);
    if (!found)
        return ready<Result<Integration>>(found.error());
    const Integration i = *found;
    const PlatformAdapter *adapter = m_registry->find(i.platform);
    if (!adapter)
        return ready<Result<Integration>>(
            Error::invalid(tr("BVA cannot connect to %1 shops yet.").arg(platformName(i.platform))));
    if (!m_thread)
        return ready<Result<Integration>>(Error::internal(tr("The integration service is not running.")));
    auto promise = std::make_shared<QPromise<Result<Integration>>>();
    promise->start();
    QFuture<Result<Integration>> future = promise->future();
    const QString apiBase = m_sites->site(i.platform);
    ConnectRequest request;
    request.token = token;
    request.refreshToken = refreshToken;
    request.expiresAt = expiresAt;
    QMetaObject::invokeMethod(
        m_sync,
        [this, integrationId, request, actor, adapter, apiBase, promise] {
            fetchAccount(adapter, apiBase, request.token,
                         [this, integrationId, request, actor, promise](Result<RemoteAccount> account) {
                             Result<Integration> result =
                                 account ? saveReconnection(integrationId, request, actor, *account)
                                         : Result<Integration>(account.error());
                             const bool ok = result.ok();
                             if (ok)
                                 syncNow(actor, integrationId, SyncKind::Auto).ok();
                             promise->addResult(std::move(result));
                             promise->finish();
                             if (ok) {
                                 emit integrationChanged(integrationId);
                                 if (m_bus)
                                     emit m_bus->integrationChanged(integrationId);
                             }
                         });
        },
        Qt::QueuedConnection);
    return future;
}

Result<void> IntegrationService::adoptCurrency(const Shop &shop, const RemoteAccount &account)
{
    // The marketplace says which currency its shop sells in; a shop linked before BVA read it (stored
    // as PHP) takes it the next time the token is checked.
    for (const RemoteShop &s : account.shops) {
        if (s.externalId != shop.externalId || s.currency.isEmpty() || s.currency == shop.currency)
            continue;
        qCInfo(lcSync, "shop %lld now in %s (was %s), as the marketplace reports", shop.id,
               qPrintable(s.currency), qPrintable(shop.currency));
        Shop changed = shop;
        changed.currency = s.currency;
        auto stored = ShopRepository(m_db).upsert(changed);
        if (!stored)
            return stored.error();
    }
    return {};
}

Result<Integration> IntegrationService::saveReconnection(qint64 integrationId, const ConnectRequest &request,
                                                         const Actor &actor, const RemoteAccount &account)
{
    const QByteArray &token = request.token;
    const qint64 userId = actor.userId;
    IntegrationRepository integrations(m_db);
    auto found = integrations.findById(integrationId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(tr("No such integration."));
    Integration i = **found;
    auto shop = ShopRepository(m_db).findById(i.shopId);
    if (!shop)
        return shop.error();
    if (!shop->has_value())
        return Error::notFound(tr("The shop of this integration is missing."));
    bool owns = false;
    for (const RemoteShop &s : account.shops)
        owns = owns || s.externalId == (*shop)->externalId;
    if (!owns)
        return Error::forbidden(tr("This token does not own shop %1 (its account owns: %2).")
                                    .arg((*shop)->externalId, shopList(account)));
    if (auto r = adoptCurrency(**shop, account); !r)
        return r.error();
    if (i.tokenRef.isEmpty())
        i.tokenRef = secretPrefix(i.platform, (*shop)->externalId) + u"/token"_s;
    if (auto r = m_vault.store(i.tokenRef, token); !r)
        return Error::storage(tr("The secret vault could not store the token: %1").arg(r.error().message));
    const QString grantRef = AccessGrant::vaultKey(i.tokenRef);
    const auto grant = grantFor(token, request.refreshToken, request.expiresAt);
    auto hadGrant = m_vault.read(grantRef);
    if (grant || !hadGrant || hadGrant->has_value()) {
        if (auto r = grant ? m_vault.store(grantRef, *grant) : m_vault.remove(grantRef); !r)
            return Error::storage(
                tr("The secret vault could not store the token: %1").arg(r.error().message));
    }
    if (i.webhookSecretRef.isEmpty()) {
        i.webhookSecretRef = secretPrefix(i.platform, (*shop)->externalId) + u"/webhook-secret"_s;
        if (auto r = m_vault.store(i.webhookSecretRef, newWebhookSecret()); !r)
            return r.error();
    }
    i.tokenLookup = tokenLookupKey(m_lookupKey, token);
    i.siteUrl = i.apiBaseUrl = m_sites->site(i.platform);
    i.state = i.lastSyncAt.isValid() ? IntegrationState::Connected : IntegrationState::Pending;
    i.lastError.clear();
    auto saved = integrations.save(i);
    if (!saved)
        return saved.error();
    if (userId > 0)
        ShopRepository(m_db).grantAccess(userId, i.shopId, ShopRole::Admin).ok();
    AuditRepository(m_db)
        .append(actor.audit(audit::kReconnect, i.shopId, u"integration:"_s + QString::number(integrationId)))
        .ok();
    return saved;
}

QFuture<Result<void>> IntegrationService::testConnection(const Actor &actor, qint64 integrationId)
{
    auto found = checked(actor, integrationId, ShopAction::SyncNow);
    if (!found)
        return ready<Result<void>>(found.error());
    const Integration i = *found;
    const PlatformAdapter *adapter = m_registry->find(i.platform);
    if (!adapter)
        return ready<Result<void>>(
            Error::invalid(tr("BVA cannot connect to %1 shops yet.").arg(platformName(i.platform))));
    if (!m_thread)
        return ready<Result<void>>(Error::internal(tr("The integration service is not running.")));
    auto promise = std::make_shared<QPromise<Result<void>>>();
    promise->start();
    QFuture<Result<void>> future = promise->future();
    QMetaObject::invokeMethod(
        m_sync,
        [this, i, adapter, promise] {
            fetchOwnAccount(i, adapter, [this, i, promise](Result<RemoteAccount> account) {
                IntegrationRepository repo(m_db);
                Result<void> result;
                if (!account) {
                    result = account.error();
                    if (account.error().kind == Error::Kind::Unauthorized)
                        m_sync->tokens().markReconnectNeeded(i.id,
                                                             StoredText::plain(account.error().message));
                } else {
                    auto shop = ShopRepository(m_db).findById(i.shopId);
                    bool owns = false;
                    if (shop && shop->has_value()) {
                        for (const RemoteShop &s : account->shops)
                            owns = owns || s.externalId == (*shop)->externalId;
                        if (owns)
                            adoptCurrency(**shop, *account).ok();
                    }
                    if (!owns) {
                        const StoredText why(
                            "bva::IntegrationService",
                            QT_TRANSLATE_NOOP("bva::IntegrationService",
                                              "The token no longer owns this shop. Reconnect "
                                              "the shop."));
                        result = Error::forbidden(why.shown());
                        m_sync->tokens().markReconnectNeeded(i.id, why);
                    } else if (!m_sync->isRunning(i.id) &&
                               (i.state == IntegrationState::Expired || i.state == IntegrationState::Error)) {
                        repo.setState(i.id, i.lastSyncAt.isValid() ? IntegrationState::Connected
                                                                   : IntegrationState::Pending)
                            .ok();
                    }
                }
                promise->addResult(result);
                promise->finish();
                emit integrationChanged(i.id);
                if (m_bus)
                    emit m_bus->integrationChanged(i.id);
            });
        },
        Qt::QueuedConnection);
    return future;
}

QFuture<Result<void>> IntegrationService::disconnect(const Actor &actor, qint64 integrationId,
                                                     DataPolicy policy)
{
    if (auto allowed = checked(actor, integrationId, ShopAction::Disconnect); !allowed)
        return ready<Result<void>>(allowed.error());
    if (!m_thread)
        return ready<Result<void>>(doDisconnect(integrationId, actor, policy));
    auto promise = std::make_shared<QPromise<Result<void>>>();
    promise->start();
    QFuture<Result<void>> future = promise->future();
    QMetaObject::invokeMethod(
        m_sync,
        [this, integrationId, actor, policy, promise] {
            promise->addResult(doDisconnect(integrationId, actor, policy));
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

Result<void> IntegrationService::doDisconnect(qint64 integrationId, const Actor &actor, DataPolicy policy)
{
    if (m_sync)
        m_sync->cancel(integrationId); // in the worker thread: the run stops before this returns
    IntegrationRepository repo(m_db);
    auto found = repo.findById(integrationId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(tr("No such integration."));
    const Integration i = **found;
    const QString grantRef = i.tokenRef.isEmpty() ? QString() : AccessGrant::vaultKey(i.tokenRef);
    for (const QString &ref : {grantRef, i.tokenRef, i.webhookSecretRef}) {
        if (ref.isEmpty())
            continue;
        if (auto r = m_vault.remove(ref); !r)
            return Error::storage(
                tr("The secret vault could not delete a secret: %1").arg(r.error().message));
    }
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return Error::storage(tx.beginError());
    if (auto r = repo.remove(integrationId); !r)
        return r;
    QList<qint64> members; // lose the shop with its data: their live sockets leave its room
    if (policy == DataPolicy::DeleteData) {
        auto roles = ShopRepository(m_db).rolesOnShop(i.shopId);
        if (roles)
            members = roles->keys();
        if (auto r = ShopRepository(m_db).remove(i.shopId); !r)
            return r;
    }
    AuditEntry e =
        actor.audit(audit::kDisconnect, i.shopId, u"integration:"_s + QString::number(integrationId));
    e.details = {{u"platform"_s, platformName(i.platform)},
                 {u"shopId"_s, i.shopId},
                 {u"data"_s, policy == DataPolicy::DeleteData ? u"deleted"_s : u"kept"_s}};
    AuditRepository(m_db).append(e).ok();
    if (auto r = tx.commit(); !r)
        return r;
    {
        QMutexLocker lock(&m_progressMutex);
        m_progress.remove(integrationId);
    }
    qCInfo(lcSync, "integration %lld disconnected (data %s)", integrationId,
           policy == DataPolicy::DeleteData ? "deleted" : "kept");
    emit integrationChanged(integrationId);
    if (m_bus) {
        emit m_bus->integrationChanged(integrationId);
        emit m_bus->dashboardChanged(i.shopId);
        for (qint64 user : std::as_const(members))
            emit m_bus->shopAccessChanged(user, i.shopId);
    }
    return {};
}

Result<qint64> IntegrationService::syncNow(const Actor &actor, qint64 integrationId, SyncKind kind)
{
    if (actor.userId > 0) {
        if (auto allowed = checked(actor, integrationId, ShopAction::SyncNow); !allowed)
            return allowed.error();
    }
    SyncProgress current;
    {
        QMutexLocker lock(&m_progressMutex);
        current = m_progress.value(integrationId);
    }
    // Our own worker may still hold the sync lock of a run whose row is already final; it lets go
    // before it takes the next request, so that lock is not another process's.
    bool finishingHere = false;
    if (current.running && current.runId > 0) {
        // The run row is final a moment before the worker reports it finished: trust the row.
        auto row = SyncRunRepository(m_db).findById(current.runId);
        if (!row || !row->has_value() || (*row)->state == u"running")
            return current.runId;
        finishingHere = true;
        QMutexLocker lock(&m_progressMutex);
        if (m_progress.value(integrationId).runId == current.runId)
            m_progress[integrationId].running = false;
    } else if (current.running) {
        return Error::conflict(tr("A sync of this shop is starting."));
    }
    if (!m_thread)
        return Error::internal(tr("The integration service is not running."));
    auto found = IntegrationRepository(m_db).findById(integrationId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(tr("No such integration."));
    const Integration i = **found;
    if (i.state == IntegrationState::Expired)
        return Error::unauthorized(
            tr("The marketplace token of this shop expired. Reconnect the shop first."));
    if (i.syncPaused())
        return Error::conflict(tr("Syncing this shop is paused. Resume it to sync."));
    if (auto elsewhere = SyncLock::heldElsewhere(m_db, integrationId);
        !finishingHere && elsewhere && *elsewhere)
        return Error::conflict(tr("A sync of this shop is already running in another BVA process."));
    const bool full = kind == SyncKind::Full || (kind == SyncKind::Auto && !i.lastSyncAt.isValid());
    {
        QMutexLocker lock(&m_progressMutex);
        SyncProgress &p = m_progress[integrationId];
        if (p.running)
            return p.runId > 0 ? Result<qint64>(p.runId)
                               : Result<qint64>(Error::conflict(tr("A sync of this shop is starting.")));
        p = SyncProgress{0, u"queued"_s, 0, 0, true};
    }
    auto run = SyncRunRepository(m_db).start(integrationId, full ? u"full"_s : u"incremental"_s);
    if (!run) {
        QMutexLocker lock(&m_progressMutex);
        m_progress.remove(integrationId);
        return run.error();
    }
    const qint64 runId = run->id;
    {
        QMutexLocker lock(&m_progressMutex);
        m_progress[integrationId].runId = runId;
        m_runActors.insert(runId, actor);
    }
    AuditEntry started =
        actor.audit(audit::kSyncStart, i.shopId, u"integration:"_s + QString::number(integrationId));
    started.details = {{u"run"_s, runId}, {u"kind"_s, full ? u"full"_s : u"incremental"_s}};
    AuditRepository(m_db).append(started).ok();
    SyncService *sync = m_sync;
    QMetaObject::invokeMethod(
        sync, [sync, integrationId, runId, full] { sync->run(integrationId, runId, full); },
        Qt::QueuedConnection);
    emit syncProgress(integrationId, runId, u"queued"_s, 0, 0);
    return runId;
}

void IntegrationService::cancelSync(qint64 integrationId)
{
    if (!m_thread)
        return;
    SyncService *sync = m_sync;
    QMetaObject::invokeMethod(
        sync, [sync, integrationId] { sync->cancel(integrationId); }, Qt::QueuedConnection);
}

void IntegrationService::onProgress(qint64 integrationId, qint64 runId, const QString &phase, int done,
                                    int total)
{
    {
        QMutexLocker lock(&m_progressMutex);
        m_progress[integrationId] = SyncProgress{runId, phase, done, total, true};
    }
    emit syncProgress(integrationId, runId, phase, done, total);
}

void IntegrationService::onFinished(qint64 integrationId, qint64 runId, bool ok, const QString &error)
{
    // Audited before the run stops counting as running: whoever sees it over (the API, a test) finds its
    // sync.end in the trail.
    auditSyncEnd(integrationId, runId, ok, error);
    {
        QMutexLocker lock(&m_progressMutex);
        SyncProgress &p = m_progress[integrationId];
        if (p.runId == runId || p.runId == 0) {
            p.running = false;
            p.runId = runId;
            p.phase = ok ? u"done"_s : u"failed"_s;
        }
    }
    emit syncFinished(integrationId, runId, ok, error);
    emit integrationChanged(integrationId);
}

void IntegrationService::auditSyncEnd(qint64 integrationId, qint64 runId, bool ok, const QString &error)
{
    Actor actor = Actor::system(u"scheduler"_s);
    {
        QMutexLocker lock(&m_progressMutex);
        if (m_runActors.contains(runId))
            actor = m_runActors.take(runId);
    }
    auto integration = IntegrationRepository(m_db).findById(integrationId);
    const qint64 shopId = integration && integration->has_value() ? (*integration)->shopId : 0;
    AuditEntry e = actor.audit(audit::kSyncEnd, shopId, u"integration:"_s + QString::number(integrationId));
    e.outcome = ok ? audit::kOk : audit::kFailed;
    e.details = {{u"run"_s, runId}};
    if (auto run = SyncRunRepository(m_db).findById(runId); run && run->has_value()) {
        const SyncRun &r = **run;
        e.details.insert(u"kind"_s, r.kind);
        e.details.insert(u"products"_s, r.productsSeen);
        e.details.insert(u"orders"_s, r.ordersSeen);
        e.details.insert(u"items"_s, r.itemsSeen);
        e.details.insert(u"skipped"_s, r.skipped);
    }
    if (!ok)
        e.details.insert(u"error"_s, error.left(500));
    AuditRepository(m_db).append(e).ok();
}

SyncProgress IntegrationService::progress(qint64 integrationId) const
{
    QMutexLocker lock(&m_progressMutex);
    return m_progress.value(integrationId);
}

Result<std::optional<IntegrationView>> IntegrationService::view(qint64 integrationId)
{
    auto found = IntegrationRepository(m_db).findById(integrationId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return std::optional<IntegrationView>();
    IntegrationView v;
    v.integration = **found;
    auto shop = ShopRepository(m_db).findById(v.integration.shopId);
    if (!shop)
        return shop.error();
    if (shop->has_value())
        v.shop = **shop;
    auto latest = SyncRunRepository(m_db).latest(integrationId);
    if (!latest)
        return latest.error();
    v.lastRun = *latest;
    v.progress = progress(integrationId);
    v.hasWebhookSecret = !v.integration.webhookSecretRef.isEmpty();
    return std::optional<IntegrationView>(v);
}

Result<QList<IntegrationView>> IntegrationService::viewsOfUser(qint64 userId)
{
    auto all = IntegrationRepository(m_db).ofUser(userId);
    if (!all)
        return all.error();
    QList<IntegrationView> out;
    for (const Integration &i : std::as_const(*all)) {
        auto v = view(i.id);
        if (!v)
            return v.error();
        if (v->has_value())
            out.append(**v);
    }
    return out;
}

Result<std::optional<SyncRun>> IntegrationService::run(qint64 runId)
{
    return SyncRunRepository(m_db).findById(runId);
}

Result<QList<SyncRun>> IntegrationService::recentRuns(qint64 integrationId, int limit)
{
    return SyncRunRepository(m_db).recent(integrationId, limit);
}

Result<QByteArray> IntegrationService::webhookSecret(qint64 integrationId)
{
    auto found = IntegrationRepository(m_db).findById(integrationId);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->webhookSecretRef.isEmpty())
        return Error::notFound(tr("This integration has no webhook secret."));
    auto secret = m_vault.read((*found)->webhookSecretRef);
    if (!secret)
        return secret.error();
    if (!secret->has_value())
        return Error::notFound(tr("The webhook secret is missing from the vault."));
    return **secret;
}

Result<QByteArray> IntegrationService::webhookSecret(const Actor &actor, qint64 integrationId, SecretUse use)
{
    auto found = checked(actor, integrationId, ShopAction::SeeSecrets);
    if (!found)
        return found.error();
    auto secret = webhookSecret(integrationId);
    AuditEntry e = actor.audit(use == SecretUse::Copy ? audit::kSecretCopy : audit::kSecretReveal,
                               found->shopId, u"integration:"_s + QString::number(integrationId));
    if (!secret)
        e.outcome = audit::kFailed;
    AuditRepository(m_db).append(e).ok();
    return secret;
}

Result<void> IntegrationService::setWebhookSigning(const Actor &actor, qint64 integrationId,
                                                   WebhookSigning mode)
{
    IntegrationRepository repo(m_db);
    auto found = checked(actor, integrationId, ShopAction::ChangeSigning);
    if (!found)
        return found.error();
    const WebhookSigning before = found->webhookSigning;
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return Error::storage(tx.beginError());
    if (auto r = repo.setWebhookSigning(integrationId, mode); !r)
        return r;
    AuditEntry e =
        actor.audit(audit::kSigningMode, found->shopId, u"integration:"_s + QString::number(integrationId));
    e.details = {{u"from"_s, webhookSigningName(before)}, {u"to"_s, webhookSigningName(mode)}};
    AuditRepository(m_db).append(e).ok();
    if (auto r = tx.commit(); !r)
        return r;
    qCInfo(lcSync, "integration %lld: webhook signing %s -> %s", integrationId,
           qPrintable(webhookSigningName(before)), qPrintable(webhookSigningName(mode)));
    emit integrationChanged(integrationId);
    if (m_bus)
        emit m_bus->integrationChanged(integrationId);
    return {};
}

} // namespace bva
