// The real platforms' simulator flavours (shopee-open, lazada-open) are the source of truth too:
// after any seeded schedule of the platform's faults — throttling (ApiCallLimit, error_rate_limit),
// 5xx, cut and garbled answers, records drifting between pages, duplicated, reordered, late and lost
// pushes, short-lived tokens renewed on the way, access revoked by the seller, records changing while
// BVA syncs — once the faults stop, BVA's orders (status, total in minor units), daily rollups and,
// after a full sync, products (stock, price) equal the platform's own state as this test reads it
// with signed calls. Pushes are notices: with none lost, orders converge without the test asking
// for a sync. Both backends, both flavours; BVA_CONVERGENCE_SCHEDULES sets the schedules per row.
#include "faultschedule.h"
#include "openrig.h"
#include "store/integrationrepository.h"
#include "testbackends.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bva;
using namespace bva::test;

class TstOpenConvergence : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void faultSchedules_data() { addOpenRows(); }
    void faultSchedules()
    {
        QFETCH(QString, backend);
        QFETCH(QString, flavor);
        if (CloneProcess::binaryPath().isEmpty())
            QSKIP("bva-clone is not built");
        OpenRig rig;
        // Access tokens of a few seconds: renewals (rotating refresh tokens) happen under the faults.
        const QString started =
            rig.start(backend, flavor, 4, {.seed = 11, .products = 10, .days = 12, .ordersPerDay = 5});
        if (started.startsWith(u"skip:"_s))
            QSKIP(qPrintable(started));
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QString why;
        auto connected = rig.connect(&why);
        QVERIFY2(connected, qPrintable(why));
        const TestIntegration shop = *connected;
        IntegrationService &integrations = *rig.server->services().integrations();
        CloneProcess &clone = *rig.clone;
        const auto platform = [&] { return rig.platformState(shop.shopExternalId, clone.issueToken(600)); };
        QString difference =
            differenceFromPlatform(rig.server->db(), shop.shopId, platform(), Compare::OrdersAndProducts);
        QVERIFY2(difference.isEmpty(), qPrintable(difference + u" after the first sync"_s));

        const int count = schedulesPerBackend(30);
        const quint64 base = (backend == u"sqlite"_s ? 1000 : 5000) + (rig.shopee() ? 0 : 500);
        int reconnects = 0;
        int revoked = 0;
        int failedUnderFaults = 0;
        for (int n = 0; n < count; ++n) {
            const FaultSchedule s = makeFaultSchedule(base + quint64(n), Deliveries::PlatformPushes);
            const QString context = s.describe();
            QVERIFY2(clone.setFaults(s.faults), qPrintable(context));
            if (s.syncDuring)
                (void)integrations.syncNow(shop.integrationId, SyncKind::Full); // a Conflict is fine
            for (const auto &[kind, events] : s.events)
                clone.admin(u"events"_s, {{u"count"_s, events}, {u"kind"_s, kind}});
            if (s.revoke) {
                clone.admin(u"revoke"_s);
                ++revoked;
            }
            auto pending = [&] {
                return clone.request("GET", u"/__admin/deliveries"_s)
                    .data()
                    .toObject()
                    .value(u"pending"_s)
                    .toInt(-1);
            };
            QTRY_VERIFY2_WITH_TIMEOUT(pending() == 0, qPrintable(context), 60000);
            // The syncs the pushes asked for ran under the faults; one more does, as the scheduler's would
            // (it may fail: the platform is still failing).
            QString underFaults;
            const bool syncedUnderFaults =
                syncAndWait(*rig.server, shop.integrationId, SyncKind::Incremental, &underFaults);
            // The faults stop.
            QVERIFY2(clone.setFaults({{u"reset"_s, true}}), qPrintable(context));
            failedUnderFaults += syncedUnderFaults ? 0 : 1;

            // Every push arrived: the syncs they asked for (again, when the faults made them fail) bring
            // the orders to the platform's state, unless the access was lost (see below).
            const auto lostAccess = [&] {
                const auto i = IntegrationRepository(rig.server->db()).findById(shop.integrationId);
                return i && i->has_value() && (*i)->state == IntegrationState::Expired;
            };
            if (!s.dropsPushes() && !s.revoke) {
                (void)QTest::qWaitFor(
                    [&] {
                        difference = differenceFromPlatform(rig.server->db(), shop.shopId, platform(),
                                                            Compare::Orders);
                        return difference.isEmpty() || lostAccess();
                    },
                    90000);
                QVERIFY2(difference.isEmpty() || lostAccess(), qPrintable(difference + u" — "_s + context));
            }
            // The next incremental sync (the scheduler's) settles what lost pushes left; a revoked or
            // lost grant (a renewal's answer cut after the platform rotated the refresh token) asks
            // the seller to connect again, and the same integration carries on.
            if (!syncAndWait(*rig.server, shop.integrationId, SyncKind::Incremental, &why)) {
                QVERIFY2(lostAccess(), qPrintable(why + u" — "_s + context));
                const auto [st, callback] = rig.authorize(rig.session);
                const Page again = browse("GET", callback);
                QVERIFY2(again.status == 200, qPrintable(QString::fromUtf8(again.body) + u" — "_s + context));
                QCOMPARE(rig.integrationOf(st, rig.session), shop.integrationId);
                ++reconnects;
                QVERIFY2(syncAndWait(*rig.server, shop.integrationId, SyncKind::Incremental, &why),
                         qPrintable(why + u" after reconnecting — "_s + context));
            }
            difference = differenceFromPlatform(rig.server->db(), shop.shopId, platform(), Compare::Orders);
            QVERIFY2(difference.isEmpty(),
                     qPrintable(difference + u" after an incremental sync — "_s + context));
            QVERIFY2(syncAndWait(*rig.server, shop.integrationId, SyncKind::Full, &why),
                     qPrintable(why + u" — "_s + context));
            difference =
                differenceFromPlatform(rig.server->db(), shop.shopId, platform(), Compare::OrdersAndProducts);
            QVERIFY2(difference.isEmpty(), qPrintable(difference + u" after a full sync — "_s + context));
        }
        qInfo("%d schedules on %s %s; %d revoked, %d reconnects, %d syncs failed under the faults", count,
              qPrintable(backend), qPrintable(flavor), revoked, reconnects, failedUnderFaults);
    }
};

QTEST_MAIN(TstOpenConvergence)
#include "tst_openconvergence.moc"
