#include "syncservice.h"

#include "auth/secretvault.h"
#include "domain/eventbus.h"
#include "platforms/marketplacesites.h"
#include "platforms/platformregistry.h"
#include "store/database.h"
#include "store/integrationrepository.h"
#include "store/shoprepository.h"
#include "store/synclock.h"
#include "store/syncrunrepository.h"
#include "store/transaction.h"
#include "tokenkeeper.h"
#include "util/clock.h"
#include "util/storedtext.h"

#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace bva {

namespace {
constexpr char kContext[] = "bva::SyncService"; // its tr() context: messages stored untranslated
} // namespace

SyncService::SyncService(Database &db, SecretVault &vault, std::shared_ptr<PlatformRegistry> registry,
                         std::shared_ptr<const MarketplaceSites> sites, EventBus *bus,
                         IntegrationServiceOptions options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_vault(vault)
    , m_registry(std::move(registry))
    , m_sites(std::move(sites))
    , m_bus(bus)
    , m_options(options)
{
    qRegisterMetaType<bva::SyncOutcome>();
}

SyncService::~SyncService()
{
    cancelAll();
}

QNetworkAccessManager &SyncService::network()
{
    if (!m_nam) {
        m_nam = new QNetworkAccessManager(this);
        m_nam->setAutoDeleteReplies(false);
    }
    return *m_nam;
}

TokenKeeper &SyncService::tokens()
{
    if (!m_tokens) {
        m_tokens = new TokenKeeper(m_db, m_vault, network(), m_bus, m_options.requestTimeoutMs, this);
        m_tokens->setAppLookup(m_options.appLookup);
    }
    return *m_tokens;
}

void SyncService::finishWithoutJob(qint64 integrationId, SyncRun run, const StoredText &why,
                                   IntegrationState state)
{
    const QString error = why.shown();
    run.state = u"failed"_s;
    run.error = error;
    run.finishedAt = Clock::nowUtc();
    if (state == IntegrationState::Expired) {
        SyncRunRepository(m_db).update(run).ok();
        tokens().markReconnectNeeded(integrationId, why); // its own commit, announced once committed
    } else {
        Transaction tx(m_db.connection()); // the run over and the shop's state: one commit
        SyncRunRepository(m_db).update(run).ok();
        IntegrationRepository(m_db).setState(integrationId, state, why.stored()).ok();
        if (tx.isActive())
            tx.commit().ok();
    }
    if (m_bus) {
        emit m_bus->integrationChanged(integrationId);
        emit m_bus->syncFinished(integrationId, run.id, false, error);
    }
    emit finished(integrationId, run.id, false, error);
    recheckEnded(integrationId, false, state == IntegrationState::Expired);
}

void SyncService::run(qint64 integrationId, qint64 runId, bool full)
{
    SyncRun run;
    run.id = runId;
    run.integrationId = integrationId;
    run.kind = full ? u"full"_s : u"incremental"_s;
    run.state = u"running"_s;
    run.startedAt = Clock::nowUtc();
    if (auto stored = SyncRunRepository(m_db).findById(runId); stored && stored->has_value())
        run = **stored;
    if (isRunning(integrationId)) {
        finishWithoutJob(integrationId, run,
                         StoredText(kContext, QT_TRANSLATE_NOOP("bva::SyncService",
                                                                "A sync of this shop is already running.")),
                         IntegrationState::Syncing);
        return;
    }
    auto lock = std::make_shared<SyncLock>(m_db);
    if (auto got = lock->tryAcquire(integrationId); !got || !*got) {
        // Another process owns this run's integration for now: its state is that process's to set.
        run.state = u"failed"_s;
        run.error = got ? tr("A sync of this shop is already running in another BVA process.")
                        : tr("Could not take the sync lock: %1").arg(got.error().message);
        run.finishedAt = Clock::nowUtc();
        SyncRunRepository(m_db).update(run).ok();
        if (m_bus)
            emit m_bus->syncFinished(integrationId, run.id, false, run.error);
        emit finished(integrationId, run.id, false, run.error);
        return;
    }
    auto integration = IntegrationRepository(m_db).findById(integrationId);
    if (!integration || !integration->has_value()) {
        run.state = u"failed"_s;
        run.error = integration ? tr("The integration no longer exists.") : integration.error().message;
        run.finishedAt = Clock::nowUtc();
        SyncRunRepository(m_db).update(run).ok();
        emit finished(integrationId, runId, false, run.error);
        return;
    }
    Integration i = **integration;
    // The configured site, never an address stored with the row (rows linked before sites were
    // configuration may name any host).
    // A real platform's host is its app's (kept with the row when it was authorized).
    const OpenPlatformAdapter *open = i.apiKind == ApiKind::Clone ? nullptr : m_registry->findOpen(i.apiKind);
    if (const QString site = m_sites->site(i.platform); !site.isEmpty() && i.apiKind == ApiKind::Clone)
        i.siteUrl = i.apiBaseUrl = site;
    const PlatformAdapter *adapter = i.apiKind == ApiKind::Clone ? m_registry->find(i.platform) : open;
    auto shop = ShopRepository(m_db).findById(i.shopId);
    if (!adapter) {
        finishWithoutJob(integrationId, run,
                         StoredText(kContext,
                                    QT_TRANSLATE_NOOP("bva::SyncService", "BVA has no adapter for %1."),
                                    {platformName(i.platform)}),
                         IntegrationState::Error);
        return;
    }
    if (!shop || !shop->has_value()) {
        finishWithoutJob(integrationId, run,
                         StoredText(kContext, QT_TRANSLATE_NOOP("bva::SyncService",
                                                                "The shop of this integration is missing.")),
                         IntegrationState::Error);
        return;
    }
    auto grant = tokens().current(i);
    if (!grant) {
        finishWithoutJob(integrationId, run, StoredText::plain(grant.error().message),
                         grant.error().kind == Error::Kind::Unauthorized ? IntegrationState::Expired
                                                                         : IntegrationState::Error);
        return;
    }

    SyncJobSpec spec;
    spec.integration = i;
    spec.shop = **shop;
    spec.token = grant->accessToken;
    spec.adapter = adapter;
    spec.run = run;
    spec.full = full || !i.lastSyncAt.isValid();
    // Overlap the previous run a little: clocks differ and records change while a run pages.
    if (!spec.full)
        spec.updatedSince = i.lastSyncAt.addSecs(-120);
    spec.pageSize = m_options.pageSize;
    spec.maxParallel = m_options.maxParallelRequests;
    spec.client.timeoutMs = m_options.requestTimeoutMs;
    spec.client.maxAttempts = m_options.maxAttempts;
    spec.client.retryBaseDelayMs = m_options.retryBaseDelayMs;
    spec.client.retryMaxDelayMs = m_options.retryMaxDelayMs;
    if (open) {
        auto app = m_options.appLookup ? m_options.appLookup(i.ownerUserId, i.apiKind)
                                       : Result<AppCredentials>(Error::notFound(tr("No app is set up.")));
        if (!app) {
            finishWithoutJob(integrationId, run, StoredText::plain(app.error().message),
                             IntegrationState::Error);
            return;
        }
        spec.open = open;
        spec.app = *app;
        spec.app.apiHost = i.apiBaseUrl;
    }
    TokenKeeper *keeper = &tokens();
    const QString apiBase = i.apiBaseUrl;
    spec.renewToken = [keeper, i, adapter, apiBase](const QByteArray &rejected,
                                                    std::function<void(Result<QByteArray>)> done) {
        keeper->renewAfterRefusal(i, adapter, apiBase, rejected, std::move(done));
    };

    IntegrationRepository(m_db).setState(integrationId, IntegrationState::Syncing, i.lastError).ok();
    if (m_bus)
        emit m_bus->integrationChanged(integrationId);
    m_lastAttempt.insert(integrationId, Clock::nowUtc());
    if (!grant->dueForRenewal(Clock::nowUtc())) {
        startJob(std::move(spec), lock);
        return;
    }
    // Renewed before the first call; a cancel meanwhile ends the run here (see cancel()).
    m_starting.insert(integrationId, run);
    keeper->freshToken(i, adapter, apiBase, [this, spec, lock, integrationId](Result<QByteArray> token) {
        if (!m_starting.contains(integrationId)) {
            lock->release();
            return;
        }
        const SyncRun starting = m_starting.take(integrationId);
        if (!token) {
            lock->release();
            finishWithoutJob(integrationId, starting, StoredText::plain(token.error().message),
                             token.error().kind == Error::Kind::Unauthorized ? IntegrationState::Expired
                                                                             : IntegrationState::Error);
            return;
        }
        SyncJobSpec renewed = spec;
        renewed.token = *token;
        startJob(std::move(renewed), lock);
    });
}

void SyncService::startJob(SyncJobSpec spec, std::shared_ptr<SyncLock> lock)
{
    const qint64 integrationId = spec.integration.id;
    const qint64 runId = spec.run.id;
    auto *job = new SyncJob(m_db, network(), std::move(spec), this);
    m_jobs.insert(integrationId, job);
    m_locks.insert(integrationId, lock);
    connect(job, &SyncJob::progress, this,
            [this, integrationId, runId](const QString &phase, int done, int total) {
                if (m_bus)
                    emit m_bus->syncProgress(integrationId, runId, phase, done, total);
                emit progress(integrationId, runId, phase, done, total);
            });
    connect(job, &SyncJob::finished, this,
            [this, job](const SyncOutcome &outcome) { onJobFinished(job, outcome); });
    job->start();
}

void SyncService::onJobFinished(SyncJob *job, const SyncOutcome &outcome)
{
    const qint64 integrationId = job->integrationId();
    m_jobs.remove(integrationId);
    job->deleteLater();
    // Released once the outcome is stored below, so the next holder starts from it.
    const std::shared_ptr<SyncLock> lock = m_locks.take(integrationId);

    // One commit: whoever sees the run over (the API's lastRun, a page) sees the shop's state it led to,
    // never the run succeeded while the shop still says syncing. A refused token's state (with its
    // notification and audit entry) is its own commit, after: TokenKeeper announces it once committed.
    IntegrationRepository repo(m_db);
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        qCWarning(lcSync, "sync run %lld: could not store its outcome: %s", outcome.run.id,
                  qPrintable(tx.beginError()));
    if (auto r = SyncRunRepository(m_db).update(outcome.run); !r)
        qCWarning(lcSync, "could not record sync run %lld: %s", outcome.run.id,
                  qPrintable(r.error().message));
    auto current = repo.findById(integrationId);
    const bool exists = current && current->has_value();
    if (exists && outcome.ok) {
        repo.markSynced(integrationId, outcome.run.startedAt).ok();
        repo.setState(integrationId, IntegrationState::Connected, QString()).ok();
    } else if (exists && outcome.run.state == u"cancelled") {
        repo.setState(integrationId, IntegrationState::Connected, (*current)->lastError).ok();
    } else if (exists && !outcome.unauthorized) {
        repo.setState(integrationId, IntegrationState::Error,
                      StoredText(kContext, QT_TRANSLATE_NOOP("bva::SyncService", "Sync failed: %1"),
                                 {outcome.run.error})
                          .stored())
            .ok();
    }
    if (tx.isActive()) {
        if (auto r = tx.commit(); !r)
            qCWarning(lcSync, "sync run %lld: could not store its outcome: %s", outcome.run.id,
                      qPrintable(r.error().message));
    }
    if (exists && outcome.unauthorized) {
        // A refused renewal marked it already, with the marketplace's reason.
        tokens().markReconnectNeeded(
            integrationId,
            outcome.run.error.isEmpty()
                ? StoredText(kContext,
                             QT_TRANSLATE_NOOP("bva::SyncService", "The marketplace no longer accepts the "
                                                                   "token (expired or revoked). Reconnect "
                                                                   "the shop."))
                : StoredText::plain(outcome.run.error));
    }
    if (lock)
        lock->release();
    if (m_bus) {
        if (exists)
            emit m_bus->dashboardChanged((*current)->shopId);
        emit m_bus->integrationChanged(integrationId);
        emit m_bus->syncFinished(integrationId, outcome.run.id, outcome.ok, outcome.run.error);
    }
    emit finished(integrationId, outcome.run.id, outcome.ok, outcome.run.error);
    recheckEnded(integrationId, outcome.ok || outcome.run.state == u"cancelled", outcome.unauthorized);
}

void SyncService::recheckShop(qint64 shopId)
{
    auto all = IntegrationRepository(m_db).all();
    if (!all)
        return;
    for (const Integration &i : std::as_const(*all)) {
        if (i.shopId == shopId && !i.syncPaused()) // paused: its webhooks apply, nothing is fetched
            m_recheck.insert(i.id);
    }
    if (!m_recheckTimer) {
        m_recheckTimer = new QTimer(this);
        m_recheckTimer->setSingleShot(true);
        m_recheckTimer->setInterval(250); // one sync for a burst of doubtful deliveries
        connect(m_recheckTimer, &QTimer::timeout, this, &SyncService::runRechecks);
    }
    if (!m_recheck.isEmpty() && !m_recheckTimer->isActive())
        m_recheckTimer->start();
}

void SyncService::runRechecks()
{
    const QSet<qint64> due = m_recheck;
    for (qint64 id : due) {
        if (m_jobs.contains(id) || m_starting.contains(id))
            continue; // again when it finishes (a sync still renewing its access would refuse another)
        m_recheck.remove(id);
        m_rechecking.insert(id);
        qCInfo(lcSync, "integration %lld: syncing to check orders a webhook could not settle", id);
        if (m_request)
            m_request(id);
    }
}

void SyncService::recheckEnded(qint64 integrationId, bool ok, bool reconnectNeeded)
{
    if (m_recheck.contains(integrationId) && m_recheckTimer)
        m_recheckTimer->start();
    if (!m_rechecking.remove(integrationId))
        return;
    if (ok || reconnectNeeded) {
        m_recheckFailed.remove(integrationId);
        return;
    }
    const int failed = ++m_recheckFailed[integrationId];
    if (failed > kRecheckRetries) {
        m_recheckFailed.remove(integrationId);
        return;
    }
    qCInfo(lcSync, "integration %lld: the check a notice asked for failed; again in %d s", integrationId,
           1 << (failed - 1));
    QTimer::singleShot(1000 * (1 << (failed - 1)), this, [this, integrationId] {
        m_recheck.insert(integrationId);
        if (!m_recheckTimer->isActive())
            m_recheckTimer->start();
    });
}

void SyncService::cancel(qint64 integrationId)
{
    if (m_starting.contains(integrationId)) {
        // Still renewing its access: the run ends now; the renewal's answer only releases the lock.
        SyncRun run = m_starting.take(integrationId);
        run.state = u"cancelled"_s;
        run.error = u"cancelled"_s;
        run.finishedAt = Clock::nowUtc();
        Transaction tx(m_db.connection()); // the run over and the shop's state: one commit
        SyncRunRepository(m_db).update(run).ok();
        if (auto i = IntegrationRepository(m_db).findById(integrationId); i && i->has_value())
            IntegrationRepository(m_db)
                .setState(integrationId, IntegrationState::Connected, (*i)->lastError)
                .ok();
        if (tx.isActive())
            tx.commit().ok();
        if (m_bus)
            emit m_bus->syncFinished(integrationId, run.id, false, run.error);
        emit finished(integrationId, run.id, false, run.error);
        return;
    }
    if (SyncJob *job = m_jobs.value(integrationId))
        job->cancel(); // finishes synchronously: onJobFinished runs before this returns
}

void SyncService::cancelAll()
{
    const auto starting = m_starting.keys();
    for (qint64 id : starting)
        cancel(id);
    const auto ids = m_jobs.keys();
    for (qint64 id : ids)
        cancel(id);
}

void SyncService::setSyncRequest(std::function<void(qint64)> request)
{
    m_request = std::move(request);
}

void SyncService::startScheduler(int tickMs)
{
    if (!m_scheduler) {
        m_scheduler = new QTimer(this);
        connect(m_scheduler, &QTimer::timeout, this, &SyncService::tick);
    }
    m_scheduler->start(tickMs);
}

void SyncService::stopScheduler()
{
    if (m_scheduler)
        m_scheduler->stop();
}

bool SyncService::isDue(const Integration &i, const QDateTime &lastAttempt, const QDateTime &now,
                        int defaultInterval)
{
    if (i.syncPaused() || i.state == IntegrationState::Expired || i.state == IntegrationState::Disconnected)
        return false;
    const int interval = i.syncIntervalSeconds > 0 ? i.syncIntervalSeconds : defaultInterval;
    QDateTime last = i.lastSyncAt;
    if (lastAttempt.isValid() && (!last.isValid() || lastAttempt > last))
        last = lastAttempt; // a failing integration is retried at the same pace, not every tick
    return !last.isValid() || last.addSecs(interval) <= now;
}

void SyncService::tick()
{
    auto all = IntegrationRepository(m_db).all();
    if (!all)
        return;
    const QDateTime now = Clock::nowUtc();
    for (const Integration &i : std::as_const(*all)) {
        if (isRunning(i.id) ||
            !isDue(i, m_lastAttempt.value(i.id), now, m_options.defaultSyncIntervalSeconds))
            continue;
        m_lastAttempt.insert(i.id, now);
        if (m_request)
            m_request(i.id);
    }
}

} // namespace bva
