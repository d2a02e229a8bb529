// The marketplace is the source of truth: after any schedule of the simulator's delivery faults
// (duplicates, shuffled and late deliveries, a status before its order, orders/created again,
// lowercase statuses, numbers as strings), every order BVA holds has the marketplace's status once
// the deliveries (and the checks BVA asks of the marketplace) are done, and after a resync every
// order and product equals the marketplace's record. Each schedule is seeded: a failure names the
// seed and faults to replay it. BVA_CONVERGENCE_SCHEDULES sets how many schedules run per backend.
#include "faultschedule.h"
#include "marketplacecheck.h"
#include "store/database.h"
#include "store/sql.h"
#include "testbackends.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bva;
using namespace bva::test;

class TstConvergence : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void faultSchedules_data() { addBackendRows(); }
    void faultSchedules()
    {
        QFETCH(QString, backend);
        if (CloneProcess::binaryPath().isEmpty())
            QSKIP("bva-clone is not built");
        QString why;
        auto server = TestServer::start(backend, &why);
        if (!server) {
            if (backend == u"postgres"_s && !postgresRequired())
                QSKIP(qPrintable(why));
            QFAIL(qPrintable(why));
        }
        // The lazada shop speaks its lowercase variant all along, so the statuses the first sync
        // reads and the ones compared at the end are the same words.
        CloneProcess shopee({.flavor = u"shopee"_s,
                             .seed = 7,
                             .products = 15,
                             .days = 6,
                             .ordersPerDay = 6,
                             .webhookUrl = server->url(u"/api/webhooks"_s)});
        CloneProcess lazada({.flavor = u"lazada"_s,
                             .seed = 8,
                             .products = 15,
                             .days = 6,
                             .ordersPerDay = 6,
                             .webhookUrl = server->url(u"/api/webhooks"_s),
                             .extraArgs = {u"--fault-lowercase-statuses"_s}});
        QVERIFY2(shopee.start(), qPrintable(shopee.errorString()));
        QVERIFY2(lazada.start(), qPrintable(lazada.errorString()));
        server->services().startBackground();
        const qint64 user = server->registerUser(u"seller@example.com"_s).first;
        CloneProcess *clones[] = {&shopee, &lazada};
        TestIntegration shops[2];
        for (int i = 0; i < 2; ++i) {
            auto connected = connectClone(*server, *clones[i], user, &why);
            QVERIFY2(connected, qPrintable(why));
            shops[i] = *connected;
        }

        const int count = schedulesPerBackend(200);
        const quint64 base = backend == u"sqlite"_s ? 1000 : 5000;
        for (int n = 0; n < count; ++n) {
            const FaultSchedule s = makeFaultSchedule(base + quint64(n), Deliveries::CloneWebhooks);
            CloneProcess &clone = *clones[s.shop];
            const TestIntegration &shop = shops[s.shop];
            const QString context = s.describe();
            QVERIFY2(clone.setFaults(s.faults), qPrintable(context));
            for (const auto &[kind, events] : s.events)
                clone.admin(u"events"_s, {{u"count"_s, events}, {u"kind"_s, kind}});
            auto pending = [&] {
                return clone.request("GET", u"/__admin/deliveries"_s)
                    .data()
                    .toObject()
                    .value(u"pending"_s)
                    .toInt(-1);
            };
            QTRY_VERIFY2_WITH_TIMEOUT(pending() == 0, qPrintable(context), 30000);
            // Orders converge without a resync: doubtful deliveries were checked with the marketplace.
            QString difference;
            (void)QTest::qWaitFor(
                [&] { // the difference below says why when it times out
                    difference = differenceFromMarketplace(server->db(), shop.shopId, clone, Compare::Orders);
                    return difference.isEmpty();
                },
                20000);
            if (!difference.isEmpty()) {
                const QString order = difference.section(u' ', 1, 1).chopped(1);
                QFAIL(qPrintable(difference + u" — "_s + context + u"\n"_s +
                                 inboxTrail(server->db(), shop.shopId, order)));
            }
            QVERIFY2(syncAndWait(*server, shop.integrationId, SyncKind::Full, &why),
                     qPrintable(why + u" — "_s + context));
            const QString after =
                differenceFromMarketplace(server->db(), shop.shopId, clone, Compare::OrdersAndProducts);
            QVERIFY2(after.isEmpty(), qPrintable(after + u" after a resync — "_s + context));
        }
        // The schedules did reach the doubtful case the rule is for.
        auto q = sql::run(
            server->db().connection(),
            u"SELECT COUNT(*) FROM webhook_inbox WHERE state = 'DEFERRED' AND error LIKE '%held at%'"_s, {},
            u"count held deliveries");
        QVERIFY(q && q->next());
        const int held = q->value(0).toInt();
        qInfo("%d schedules on %s; %d deliveries held back and checked with the marketplace", count,
              qPrintable(backend), held);
        QVERIFY2(count < 50 || held > 0, "no schedule produced a delivery that would move an order back");
    }
};

QTEST_MAIN(TstConvergence)
#include "tst_convergence.moc"
