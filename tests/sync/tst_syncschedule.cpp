// The re-sync scheduler under an injected clock (issue 19.5): each shop at its own interval, a paused
// shop never, a resumed one at once; a failing shop retried at its pace, not every tick. No waiting: the
// test moves the clock and runs one scheduler pass at a time, at fixed instants whatever today is.
#include "auth/filevault.h"
#include "platforms/marketplacesites.h"
#include "platforms/platformregistry.h"
#include "store/database.h"
#include "store/integrationrepository.h"
#include "store/shoprepository.h"
#include "sync/syncservice.h"
#include "testbackends.h"
#include "util/clock.h"
#include "util/databaseconfig.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bva;
using namespace bva::test;

namespace {

// The first instant of every schedule (a Sunday in 2031: no test depends on today).
QDateTime t0()
{
    return QDateTime(QDate(2031, 3, 9), QTime(4, 0), Qt::UTC);
}

} // namespace

class TstSyncSchedule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanupTestCase() { Clock::setNow({}); }

    void dueFollowsSettings()
    {
        Integration i;
        i.state = IntegrationState::Connected;
        i.syncIntervalSeconds = 900;
        i.lastSyncAt = t0();
        QVERIFY(!SyncService::isDue(i, {}, t0().addSecs(899), 300));
        QVERIFY(SyncService::isDue(i, {}, t0().addSecs(900), 300));
        // A later attempt (a failed run) counts, so a failing shop is not asked every tick.
        QVERIFY(!SyncService::isDue(i, t0().addSecs(600), t0().addSecs(900), 300));
        QVERIFY(SyncService::isDue(i, t0().addSecs(600), t0().addSecs(1500), 300));
        i.syncPausedAt = t0();
        QVERIFY(!SyncService::isDue(i, {}, t0().addDays(30), 300));
        i.syncPausedAt = {};
        i.lastSyncAt = {};
        QVERIFY(SyncService::isDue(i, {}, t0(), 300)); // never synced: at once
        i.state = IntegrationState::Expired;
        QVERIFY(!SyncService::isDue(i, {}, t0(), 300));
        i.state = IntegrationState::Connected;
        i.syncIntervalSeconds = 0; // none stored: the default
        i.lastSyncAt = t0();
        QVERIFY(!SyncService::isDue(i, {}, t0().addSecs(299), 300));
        QVERIFY(SyncService::isDue(i, {}, t0().addSecs(300), 300));
    }

    void schedulerPasses_data() { addBackendRows(); }
    void schedulerPasses()
    {
        QFETCH(QString, backend);
        BVA_SCRATCH_DB(scratch, backend);
        auto config = DatabaseConfig::fromUrl(scratch->url());
        QVERIFY(config.ok());
        Database db(*config);
        BVA_VERIFY_OK(db.open());
        QTemporaryDir vaultDir;
        auto vault = FileVault::open(vaultDir.filePath(u"v"_s), vaultDir.filePath(u"k"_s));
        QVERIFY(vault.ok());

        IntegrationRepository repo(db);
        auto add = [&](const QString &shopId, int interval, const QDateTime &lastSync) -> qint64 {
            Shop shop;
            shop.platform = Platform::Shopee;
            shop.externalId = shopId;
            shop.name = shopId;
            auto stored = ShopRepository(db).upsert(shop);
            Integration i;
            i.shopId = stored->id;
            i.platform = Platform::Shopee;
            i.tokenRef = u"t/"_s + shopId;
            i.syncIntervalSeconds = interval;
            i.state = IntegrationState::Connected;
            i.lastSyncAt = lastSync;
            return repo.save(i)->id;
        };
        const qint64 tenMinutes = add(u"TEN"_s, 600, t0().addSecs(-599));
        const qint64 paused = add(u"PAUSED"_s, 600, t0().addSecs(-36000));
        const qint64 daily = add(u"DAILY"_s, 86400, t0().addSecs(-3600));
        BVA_VERIFY_OK(repo.setSyncPaused(paused, t0().addSecs(-30000)));

        IntegrationServiceOptions options;
        options.defaultSyncIntervalSeconds = 300;
        SyncService scheduler(db, **vault, PlatformRegistry::builtIn(), std::make_shared<MarketplaceSites>(),
                              nullptr, options);
        QList<qint64> asked;
        scheduler.setSyncRequest([&asked](qint64 id) { asked.append(id); });
        auto passAt = [&](qint64 secondsAfterT0) {
            asked.clear();
            Clock::setNow(t0().addSecs(secondsAfterT0));
            scheduler.tick();
            std::sort(asked.begin(), asked.end());
            return asked;
        };

        QCOMPARE(passAt(0), QList<qint64>{});
        QCOMPARE(passAt(1), QList<qint64>{tenMinutes});
        // Asked but not synced (its run failed): again after its interval, not at every pass.
        QCOMPARE(passAt(2), QList<qint64>{});
        // (The clock runs on from each instant, by milliseconds: checks stay a second off the boundaries.)
        QCOMPARE(passAt(600), QList<qint64>{});
        QCOMPARE(passAt(602), QList<qint64>{tenMinutes});
        // A shorter interval takes effect at the next pass.
        BVA_VERIFY_OK(repo.setSyncInterval(tenMinutes, 60));
        QCOMPARE(passAt(661), QList<qint64>{});
        QCOMPARE(passAt(663), QList<qint64>{tenMinutes});
        // Paused for days: never asked. Pausing the ten-minute shop stops it too.
        BVA_VERIFY_OK(repo.setSyncPaused(tenMinutes, t0().addSecs(700)));
        QCOMPARE(passAt(5 * 86400), QList<qint64>{daily});
        // Resumed: due at once (its last sync is long past).
        BVA_VERIFY_OK(repo.setSyncPaused(paused, QDateTime()));
        BVA_VERIFY_OK(repo.setSyncPaused(tenMinutes, QDateTime()));
        QCOMPARE(passAt(5 * 86400 + 1), (QList<qint64>{tenMinutes, paused}));
        // Each at its own pace: the daily shop a day after its last attempt, the others sooner.
        QCOMPARE(passAt(6 * 86400 - 1), (QList<qint64>{tenMinutes, paused}));
        QCOMPARE(passAt(6 * 86400 + 1), QList<qint64>{daily});
    }
};

QTEST_GUILESS_MAIN(TstSyncSchedule)
#include "tst_syncschedule.moc"
