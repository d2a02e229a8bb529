// The pull engine: runs sync jobs (one at a time per integration, several integrations at once),
// records their outcome on the integration (CONNECTED, EXPIRED on a 401, ERROR otherwise) and
// re-syncs every integration every syncIntervalSeconds so missed webhooks are caught (unless paused). On
// PostgreSQL a run also holds the integration's SyncLock, so processes sharing the store never sync it twice
// at once. Lives in the IntegrationService's worker thread; its network replies and store writes happen
// there.
#pragma once

#include "sync/integrationservice.h"
#include "sync/syncjob.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace bva {

class StoredText;

class Database;
class EventBus;
class MarketplaceSites;
class PlatformRegistry;
class SecretVault;

class SyncLock;
class TokenKeeper;

class SyncService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncService)
public:
    // `sites`: where each marketplace lives; a sync reads from there, whatever the integration row says.
    SyncService(Database &db, SecretVault &vault, std::shared_ptr<PlatformRegistry> registry,
                std::shared_ptr<const MarketplaceSites> sites, EventBus *bus,
                IntegrationServiceOptions options, QObject *parent = nullptr);
    ~SyncService() override;

    // Called in the worker thread (queued). The run row `runId` exists already.
    void run(qint64 integrationId, qint64 runId, bool full);
    void cancel(qint64 integrationId);
    void cancelAll();
    bool isRunning(qint64 integrationId) const
    {
        return m_jobs.contains(integrationId) || m_starting.contains(integrationId);
    }
    // `request` starts a sync (IntegrationService::syncNow); the scheduler and rechecks call it.
    void setSyncRequest(std::function<void(qint64 integrationId)> request);
    // Asks `request` for each integration due every tickMs.
    void startScheduler(int tickMs);
    void stopScheduler();
    // One scheduler pass at Clock::nowUtc() (the timer calls it; tests call it under an injected clock).
    void tick();
    // Whether `i` is due at `now`: not paused, not expired or disconnected, and its interval (or
    // `defaultInterval` when it has none) gone by since its last sync or attempt, whichever is later.
    static bool isDue(const Integration &i, const QDateTime &lastAttempt, const QDateTime &now,
                      int defaultInterval);
    // A delivery for this shop could not be applied without guessing: an incremental sync of its
    // integrations soon (coalesced), and once more after a run already going, which may have read
    // the order before that delivery came.
    void recheckShop(qint64 shopId);
    // The worker thread's network access (created on first use, in that thread).
    QNetworkAccessManager &network();
    // The worker thread's keeper of marketplace access (created on first use, in that thread).
    TokenKeeper &tokens();

signals:
    void progress(qint64 integrationId, qint64 runId, const QString &phase, int done, int total);
    void finished(qint64 integrationId, qint64 runId, bool ok, const QString &error);

private:
    // Starts the job once the token to call with is known (after a renewal, when one was due).
    void startJob(SyncJobSpec spec, std::shared_ptr<SyncLock> lock);
    void onJobFinished(SyncJob *job, const SyncOutcome &outcome);
    void finishWithoutJob(qint64 integrationId, SyncRun run, const StoredText &error, IntegrationState state);
    void runRechecks();
    // A recheck's sync ended: one that failed for a passing reason (the marketplace busy or failing, a
    // renewal that failed for now) is asked again with back-off, so an accepted notice is not lost.
    void recheckEnded(qint64 integrationId, bool ok, bool reconnectNeeded);

    Database &m_db;
    SecretVault &m_vault;
    std::shared_ptr<PlatformRegistry> m_registry;
    std::shared_ptr<const MarketplaceSites> m_sites;
    EventBus *m_bus = nullptr;
    IntegrationServiceOptions m_options;
    QNetworkAccessManager *m_nam = nullptr;
    QHash<qint64, SyncJob *> m_jobs;
    QHash<qint64, SyncRun> m_starting; // runs waiting for their access to be renewed
    TokenKeeper *m_tokens = nullptr;
    QHash<qint64, std::shared_ptr<SyncLock>> m_locks; // held while the job of that integration runs
    QHash<qint64, QDateTime> m_lastAttempt;
    QTimer *m_scheduler = nullptr;
    std::function<void(qint64)> m_request;
    QSet<qint64> m_recheck; // integrations to sync again for a doubtful delivery
    QTimer *m_recheckTimer = nullptr;
    QSet<qint64> m_rechecking;                // their recheck's sync is running
    QHash<qint64, int> m_recheckFailed;       // rechecks failed in a row
    static constexpr int kRecheckRetries = 6; // 1, 2, 4, 8, 16, 32 s; then the scheduler's next sync
};

} // namespace bva
