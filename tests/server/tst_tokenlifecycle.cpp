// Marketplace access that expires (issue 19 item 4), end to end over real sockets on SQLite and
// PostgreSQL: the headless server connected through its REST API to a real bva-clone whose access tokens
// live two seconds. Syncs keep succeeding over several lifetimes by renewing with the rotating refresh
// token; a 401 in the middle of a sync renews once and asks again; a refresh token used twice is
// refused by the marketplace; a refused renewal stops syncing loudly ("Reconnect needed" in the API, a
// notification, the audit trail) while webhooks keep arriving, and granting access again keeps the data.
#include "auth/auditactions.h"
#include "auth/secretvault.h"
#include "cloneprocess.h"
#include "platforms/marketplacesites.h"
#include "store/auditrepository.h"
#include "store/integrationrepository.h"
#include "store/notificationrepository.h"
#include "store/orderrepository.h"
#include "store/productrepository.h"
#include "store/sql.h"
#include "store/syncrunrepository.h"
#include "sync/accessgrant.h"
#include "sync/integrationservice.h"
#include "sync/syncservice.h"
#include "testserver.h"
#include "util/clock.h"
#include "util/storedtext.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bva;
using namespace bva::test;

namespace {

QList<std::pair<QByteArray, QByteArray>> bearer(const QByteArray &token)
{
    return {{"Authorization", "Bearer " + token}};
}

// Everything one case needs: the server, a seller signed in to it, the simulator and the shop linked
// through POST /api/integrations with what the consent page hands over.
struct Rig
{
    std::unique_ptr<TestServer> server;
    std::unique_ptr<CloneProcess> clone;
    QByteArray session;
    qint64 userId = 0;
    qint64 integrationId = 0;
    qint64 shopId = 0;

    // Empty when ready, else why not (PostgreSQL missing: "skip:" first).
    QString start(const QString &backend, int tokenTtl)
    {
        QString why;
        server = TestServer::start(backend, &why);
        if (!server)
            return (backend == u"postgres"_s && !postgresRequired() ? u"skip:"_s : QString()) + why;
        CloneOptions o;
        o.products = 20;
        o.days = 20;
        o.ordersPerDay = 6;
        o.webhookUrl = server->url(u"/api/webhooks"_s);
        o.extraArgs = {u"--token-ttl"_s, QString::number(tokenTtl)};
        clone = std::make_unique<CloneProcess>(o);
        if (!clone->start())
            return clone->errorString();
        if (auto r =
                server->services().integrations()->sites().set(Platform::Shopee, clone->url().toString());
            !r)
            return r.error().message;
        server->services().integrations()->start(); // the sync worker and scheduler, as the app runs them
        auto [user, token] = server->registerUser(u"seller@bva.test"_s);
        userId = user;
        session = token;
        const Reply connected = server->send("POST", u"/api/integrations"_s, connectBody(), bearer(session));
        if (connected.status != 201)
            return u"connect: "_s + QString::fromUtf8(connected.body);
        const QJsonObject data = connected.json.value(u"data"_s).toObject();
        integrationId = qint64(data.value(u"id"_s).toDouble());
        auto i = IntegrationRepository(server->db()).findById(integrationId);
        if (!i || !i->has_value())
            return u"the integration was not stored"_s;
        shopId = (*i)->shopId;
        return {};
    }

    // On PostgreSQL, its first sync done, with a trigger `name` holding each write `on` names open for
    // 1.5 s, so the test thread can look while it is (SQLite cannot sleep in SQL). As start() returns.
    QString startHolding(const QString &name, const QString &on)
    {
        if (QString why = start(u"postgres"_s, 600); !why.isEmpty())
            return why;
        const auto first = waitRun(server->services().integrations()->progress(integrationId).runId);
        if (!first || first->state != u"succeeded"_s)
            return u"the first sync did not succeed"_s;
        for (const QString &statement : {u"CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS "
                                         u"$$ BEGIN PERFORM pg_sleep(1.5); RETURN NEW; END $$"_s.arg(name),
                                         u"CREATE TRIGGER %1 %2 EXECUTE FUNCTION %1()"_s.arg(name, on)}) {
            if (auto made = sql::run(server->db().connection(), statement, {}, u"test"); !made)
                return made.error().message;
        }
        return {};
    }

    // What the consent page posts: a new grant of the simulator's seller.
    QByteArray connectBody() const
    {
        const QJsonObject grant = clone->admin(u"grant"_s).toObject();
        QJsonObject body{{u"platform"_s, u"SHOPEE"_s}, {u"shopId"_s, clone->shopId()}};
        for (const QString &key : {u"token"_s, u"refreshToken"_s, u"expiresAt"_s})
            body.insert(key, grant.value(key));
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }

    Integration integration() const
    {
        return IntegrationRepository(server->db()).findById(integrationId)->value_or(Integration{});
    }
    AccessGrant grant() const
    {
        auto stored = server->services().vault().read(AccessGrant::vaultKey(integration().tokenRef));
        if (!stored || !stored->has_value())
            return {};
        return AccessGrant::fromVault(**stored).value_or(AccessGrant{});
    }
    bool storeGrant(const AccessGrant &g) const
    {
        return server->services()
            .vault()
            .store(AccessGrant::vaultKey(integration().tokenRef), g.toVault())
            .ok();
    }
    int refreshes() const
    {
        return clone->get(u"/__admin/state"_s).data().toObject().value(u"refreshes"_s).toInt();
    }
    qint64 orders() const
    {
        return OrderRepository(server->db()).count(shopId).ok() ? *OrderRepository(server->db()).count(shopId)
                                                                : -1;
    }
    qint64 products() const
    {
        return ProductRepository(server->db()).count(shopId).ok()
                   ? *ProductRepository(server->db()).count(shopId)
                   : -1;
    }

    // Starts a sync (or takes the running one) and waits for its stored outcome.
    std::optional<SyncRun> syncAndWait()
    {
        auto id = server->services().integrations()->syncNow(integrationId, SyncKind::Auto);
        if (!id)
            return std::nullopt;
        return waitRun(*id);
    }
    std::optional<SyncRun> waitRun(qint64 runId)
    {
        std::optional<SyncRun> run;
        for (int i = 0; i < 600; ++i) {
            auto found = SyncRunRepository(server->db()).findById(runId);
            if (found && found->has_value() && (*found)->state != u"running") {
                run = **found;
                break;
            }
            QTest::qWait(50); // the server answers on this thread's event loop meanwhile
        }
        // A refused token's state (with its notification) is committed a moment after the run's row; any
        // other outcome's state is committed with it (finishedRunArrivesWithTheShopsState).
        for (int i = 0; i < 200 && integration().state == IntegrationState::Syncing; ++i)
            QTest::qWait(50);
        return run;
    }
    QJsonObject listed()
    {
        const Reply list = server->get(u"/api/integrations"_s, session);
        const QJsonArray items = list.json.value(u"data"_s).toArray();
        for (const QJsonValue &v : items) {
            if (qint64(v.toObject().value(u"id"_s).toDouble()) == integrationId)
                return v.toObject();
        }
        return {};
    }
};

#define START_OR_SKIP(rig, started)                                                                          \
    Rig rig;                                                                                                 \
    if (const QString why = rig.started; !why.isEmpty()) {                                                   \
        if (why.startsWith(u"skip:"_s))                                                                      \
            QSKIP(qPrintable(why));                                                                          \
        QFAIL(qPrintable(why));                                                                              \
    }

#define START_RIG(rig, ttl)                                                                                  \
    QFETCH(QString, backend);                                                                                \
    START_OR_SKIP(rig, start(backend, ttl))

} // namespace

class TestTokenLifecycle final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Four lifetimes of a 2-second token: before each sync the access has run out, BVA renews it with
    // the refresh token (rotated each time, stored with the new access token) and the sync succeeds.
    void renewsAcrossLifetimes_data() { addBackendRows(); }
    void renewsAcrossLifetimes()
    {
        START_RIG(rig, 2);
        auto first = rig.waitRun(rig.server->services().integrations()->progress(rig.integrationId).runId);
        QVERIFY(first && first->state == u"succeeded");
        QSet<QByteArray> accessTokens, refreshTokens;
        for (int lifetime = 0; lifetime < 4; ++lifetime) {
            const AccessGrant before = rig.grant();
            QVERIFY(before.renewable());
            QVERIFY(before.expiresAt.isValid());
            accessTokens.insert(before.accessToken);
            refreshTokens.insert(before.refreshToken);
            // Let the access run out: the marketplace refuses it from here on.
            QTRY_VERIFY_WITH_TIMEOUT(Clock::nowUtc() > before.expiresAt, 5000);
            QCOMPARE(
                rig.clone->get(u"/api/orders/seller/"_s + rig.clone->shopId(), before.accessToken).status,
                401);
            const auto run = rig.syncAndWait();
            QVERIFY(run);
            QVERIFY2(run->state == u"succeeded", qPrintable(run->error));
            const AccessGrant after = rig.grant();
            QVERIFY(after.accessToken != before.accessToken);
            QVERIFY(after.refreshToken != before.refreshToken);
            QVERIFY(after.expiresAt > before.expiresAt);
            QCOMPARE(rig.integration().state, IntegrationState::Connected);
        }
        QCOMPARE(accessTokens.size(), 4);
        QCOMPARE(refreshTokens.size(), 4);
        QVERIFY(rig.refreshes() >= 4);
        // What BVA holds is what the marketplace lists.
        const CloneReply orders =
            rig.clone->get(u"/api/orders/seller/"_s + rig.clone->shopId(), rig.grant().accessToken);
        QCOMPARE(orders.status, 200);
        QCOMPARE(rig.orders(), qint64(orders.data().toArray().size()));
        QVERIFY(!rig.listed().value(u"reconnectNeeded"_s).toBool());
    }

    // The marketplace refuses the access token in the middle of its lifetime (as after a key rotation):
    // the sync renews once, asks again and succeeds; the old refresh token is then refused as reused.
    void unauthorizedMidSyncRenewsOnce_data() { addBackendRows(); }
    void unauthorizedMidSyncRenewsOnce()
    {
        START_RIG(rig, 600);
        auto first = rig.waitRun(rig.server->services().integrations()->progress(rig.integrationId).runId);
        QVERIFY(first && first->state == u"succeeded");
        QCOMPARE(rig.refreshes(), 0); // a fresh token needs no renewal
        AccessGrant refused = rig.grant();
        const QByteArray oldRefresh = refused.refreshToken;
        refused.accessToken = rig.clone->issueToken(-60); // BVA believes it good for an hour more
        refused.expiresAt = Clock::nowUtc().addSecs(3600);
        QVERIFY(rig.storeGrant(refused));

        const auto run = rig.syncAndWait();
        QVERIFY(run);
        QVERIFY2(run->state == u"succeeded", qPrintable(run->error));
        QCOMPARE(rig.refreshes(), 1); // the parallel pages' 401s shared one renewal
        const AccessGrant renewed = rig.grant();
        QVERIFY(renewed.accessToken != refused.accessToken);
        QVERIFY(renewed.refreshToken != oldRefresh);
        QCOMPARE(rig.integration().state, IntegrationState::Connected);

        // The used refresh token again: refused as reused, and the whole grant goes with it.
        const QByteArray reuse =
            QJsonDocument(QJsonObject{{u"refreshToken"_s, QString::fromLatin1(oldRefresh)}})
                .toJson(QJsonDocument::Compact);
        const CloneReply again = rig.clone->request("POST", u"/api/auth/refresh"_s, reuse);
        QCOMPARE(again.status, 401);
        QCOMPARE(again.json.object().value(u"reason"_s).toString(), u"refresh_token_reused"_s);
        QCOMPARE(rig.clone->get(u"/api/auth/me"_s, renewed.accessToken).status, 401);
    }

    // A page that reloads while the shop is marked reconnect-needed never sees the state without its
    // notification: both are one commit. PostgreSQL only, where a trigger can hold the notification's
    // insert open long enough for the test thread to look in between (SQLite cannot sleep in SQL).
    void reconnectNeededArrivesWithItsNotification()
    {
        START_OR_SKIP(rig, startHolding(u"slow_notice"_s, u"BEFORE INSERT ON notifications FOR EACH ROW"_s));
        QCOMPARE(rig.clone->admin(u"revoke"_s).toObject().value(u"revoked"_s).toInt(), 1);
        AccessGrant due = rig.grant();
        due.expiresAt = Clock::nowUtc().addSecs(-1);
        QVERIFY(rig.storeGrant(due));
        QVERIFY(rig.server->services().integrations()->syncNow(rig.integrationId, SyncKind::Auto));

        auto notices = [&rig] {
            int n = 0;
            for (const Notification &note :
                 NotificationRepository(rig.server->db()).recent(rig.userId).value())
                n += note.kind == u"expired"_s && note.shopId == rig.shopId ? 1 : 0;
            return n;
        };
        bool expired = false;
        for (int i = 0; i < 600 && !expired; ++i) {
            expired = rig.integration().state == IntegrationState::Expired;
            if (expired)
                QCOMPARE(notices(), 1);
            else
                QTest::qWait(10);
        }
        QVERIFY(expired);
    }

    // Whoever sees a sync run over sees the shop's state it led to: the run's final row, the shop's
    // last sync and its state are one commit. They were three: the API said the run succeeded while the
    // shop still said "syncing" (tst_security compares the shop before and after). PostgreSQL only: a
    // trigger holds the shop's "last synced" update open while the test thread looks.
    void finishedRunArrivesWithTheShopsState()
    {
        START_OR_SKIP(rig, startHolding(u"slow_synced"_s,
                                        u"BEFORE UPDATE ON integrations FOR EACH ROW "
                                        u"WHEN (NEW.last_sync_at IS DISTINCT FROM OLD.last_sync_at)"_s));
        const auto runId = rig.server->services().integrations()->syncNow(rig.integrationId, SyncKind::Full);
        QVERIFY(runId);

        bool over = false;
        for (int i = 0; i < 1000 && !over; ++i) {
            const auto run = SyncRunRepository(rig.server->db()).findById(*runId).value();
            over = run && run->state != u"running"_s;
            if (over) {
                QCOMPARE(run->state, u"succeeded"_s);
                const Integration shop = rig.integration();
                QCOMPARE(int(shop.state), int(IntegrationState::Connected));
                QCOMPARE(shop.lastSyncAt, run->startedAt);
            } else {
                QTest::qWait(10);
            }
        }
        QVERIFY(over);
    }

    // The seller takes the access back on the marketplace: the next renewal is refused, the shop is
    // "Reconnect needed" (API, notification, audit), syncing stops loudly, webhooks still apply, and a
    // new consent for the same shop picks up where it stopped with all the data.
    void revokedNeedsReconnect_data() { addBackendRows(); }
    void revokedNeedsReconnect()
    {
        START_RIG(rig, 600);
        auto first = rig.waitRun(rig.server->services().integrations()->progress(rig.integrationId).runId);
        QVERIFY(first && first->state == u"succeeded");
        QCOMPARE(rig.clone->admin(u"revoke"_s).toObject().value(u"revoked"_s).toInt(), 1);
        AccessGrant due = rig.grant();
        due.expiresAt = Clock::nowUtc().addSecs(-1); // due for renewal at the next sync
        QVERIFY(rig.storeGrant(due));

        const auto run = rig.syncAndWait();
        QVERIFY(run);
        QCOMPARE(run->state, u"failed"_s);
        QVERIFY2(run->error.contains(u"refused to renew"_s), qPrintable(run->error));
        const Integration expired = rig.integration();
        QCOMPARE(expired.state, IntegrationState::Expired);
        QVERIFY(expired.lastError.contains(u"revoked"_s, Qt::CaseInsensitive));
        const QJsonObject listed = rig.listed();
        QVERIFY(listed.value(u"reconnectNeeded"_s).toBool());
        QCOMPARE(listed.value(u"state"_s).toString(), u"EXPIRED"_s);
        // Listed in the server's language, not in the form it is stored in.
        QCOMPARE(listed.value(u"lastError"_s).toString(), StoredText::shown(expired.lastError));
        const QString listedError = listed.value(u"lastError"_s).toString();
        QVERIFY2(!listedError.startsWith(u'{') &&
                     listedError.contains(u" refused to renew BVA's access ("_s) &&
                     !listedError.contains(u"%1"_s),
                 qPrintable(listedError));
        auto notes = NotificationRepository(rig.server->db()).recent(rig.userId);
        QVERIFY(notes.ok());
        int reconnect = 0;
        for (const Notification &n : std::as_const(*notes))
            reconnect += n.kind == u"expired"_s && n.shopId == rig.shopId ? 1 : 0;
        QCOMPARE(reconnect, 1);
        AuditQuery q;
        q.unscoped = true;
        q.actions = {QString(audit::kAccessLost)};
        const auto accessLost = AuditRepository(rig.server->db()).count(q);
        QVERIFY(accessLost.ok());
        QCOMPARE(*accessLost, 1);
        // No silent stop: a sync is refused with the reason, and the scheduler leaves the shop alone.
        const auto refusedSync = rig.server->services().integrations()->syncNow(rig.integrationId);
        QVERIFY(!refusedSync);
        QCOMPARE(refusedSync.error().kind, Error::Kind::Unauthorized);
        QVERIFY(!SyncService::isDue(expired, {}, Clock::nowUtc().addDays(2), 300));

        // Webhooks carry the consent's credential, not the access token: they still apply.
        const qint64 ordersBefore = rig.orders();
        rig.clone->admin(u"events"_s, {{u"count"_s, 3}, {u"kind"_s, u"order"_s}});
        QTRY_COMPARE_WITH_TIMEOUT(rig.orders(), ordersBefore + 3, 15000);
        QCOMPARE(rig.integration().state, IntegrationState::Expired);

        // Granting access again re-links the same shop: same integration, same data, syncing again.
        const qint64 orders = rig.orders();
        const qint64 products = rig.products();
        const Reply again =
            rig.server->send("POST", u"/api/integrations"_s, rig.connectBody(), bearer(rig.session));
        QCOMPARE(again.status, 201);
        QCOMPARE(qint64(again.json.value(u"data"_s).toObject().value(u"id"_s).toDouble()), rig.integrationId);
        auto resync = rig.waitRun(rig.server->services().integrations()->progress(rig.integrationId).runId);
        QVERIFY(resync);
        QVERIFY2(resync->state == u"succeeded", qPrintable(resync->error));
        QCOMPARE(rig.integration().state, IntegrationState::Connected);
        QCOMPARE(rig.integration().shopId, rig.shopId);
        QCOMPARE(rig.orders(), orders);
        QCOMPARE(rig.products(), products);
        QVERIFY(!rig.listed().value(u"reconnectNeeded"_s).toBool());
        QVERIFY(rig.grant().renewable());
    }
};

QTEST_MAIN(TestTokenLifecycle)
#include "tst_tokenlifecycle.moc"
