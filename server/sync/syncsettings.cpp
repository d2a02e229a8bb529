// IntegrationService::changeSyncSettings: an admin's re-sync interval and pause/resume of a shop's syncing.
// Kept apart from the connection flow in integrationservice.cpp; same rules (AccessPolicy, audit trail).
#include "auth/auditactions.h"
#include "domain/eventbus.h"
#include "integrationservice.h"
#include "store/auditrepository.h"
#include "store/database.h"
#include "store/integrationrepository.h"
#include "store/transaction.h"
#include "util/clock.h"

using namespace Qt::StringLiterals;

namespace bva {

Result<Integration> IntegrationService::changeSyncSettings(const Actor &actor, qint64 integrationId,
                                                           const SyncSettingsChange &change,
                                                           qint64 *resumedRun)
{
    if (resumedRun)
        *resumedRun = 0;
    if (change.intervalSeconds && (*change.intervalSeconds < kMinSyncIntervalSeconds ||
                                   *change.intervalSeconds > kMaxSyncIntervalSeconds))
        return Error::invalid(
            tr("The sync interval must be between %1 and %2 seconds (1 minute to 24 hours).")
                .arg(kMinSyncIntervalSeconds)
                .arg(kMaxSyncIntervalSeconds));
    auto found = checked(actor, integrationId, ShopAction::ChangeSync);
    if (!found)
        return found.error();
    const Integration before = *found;
    const QString target = u"integration:"_s + QString::number(integrationId);
    const bool intervalChanges =
        change.intervalSeconds && *change.intervalSeconds != before.syncIntervalSeconds;
    const bool pauses = change.paused && *change.paused && !before.syncPaused();
    const bool resumes = change.paused && !*change.paused && before.syncPaused();

    IntegrationRepository repo(m_db);
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return Error::storage(tx.beginError());
    if (intervalChanges) {
        if (auto r = repo.setSyncInterval(integrationId, *change.intervalSeconds); !r)
            return r.error();
        AuditEntry e = actor.audit(audit::kSyncInterval, before.shopId, target);
        e.details = {{u"from"_s, before.syncIntervalSeconds}, {u"to"_s, *change.intervalSeconds}};
        AuditRepository(m_db).append(e).ok();
    }
    if (pauses || resumes) {
        if (auto r = repo.setSyncPaused(integrationId, pauses ? Clock::nowUtc() : QDateTime()); !r)
            return r.error();
        AuditRepository(m_db)
            .append(actor.audit(pauses ? audit::kSyncPause : audit::kSyncResume, before.shopId, target))
            .ok();
    }
    if (auto r = tx.commit(); !r)
        return r.error();

    if (intervalChanges)
        qCInfo(lcSync, "integration %lld: sync interval %d s -> %d s", integrationId,
               before.syncIntervalSeconds, *change.intervalSeconds);
    if (pauses) {
        qCInfo(lcSync, "integration %lld: syncing paused", integrationId);
        cancelSync(integrationId); // paused means no more reads from the marketplace, this one included
    }
    if (resumes) {
        qCInfo(lcSync, "integration %lld: syncing resumed", integrationId);
        // Whatever the marketplace changed while paused comes in now, not at the next interval.
        auto run = syncNow(actor, integrationId, SyncKind::Auto);
        if (!run)
            qCInfo(lcSync, "integration %lld: sync after resuming not started: %s", integrationId,
                   qPrintable(run.error().message));
        else if (resumedRun)
            *resumedRun = *run;
    }
    if (intervalChanges || pauses || resumes) {
        emit integrationChanged(integrationId);
        if (m_bus)
            emit m_bus->integrationChanged(integrationId);
    }
    auto after = repo.findById(integrationId);
    if (!after)
        return after.error();
    return after->value_or(before);
}

} // namespace bva
