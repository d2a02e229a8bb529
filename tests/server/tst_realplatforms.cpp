// The real platforms end to end, against the simulator's open flavours (bva-clone --flavor
// shopee-open / lazada-open) over real HTTP, on SQLite and PostgreSQL: the seller's app entered
// through the API (checked, secret never shown), the authorization started by a signed-in account,
// the platform's consent pages and their redirect to BVA's loopback callback, the code exchanged,
// the shop linked to that account only, the first sync over the platform's windows and batches
// (every order and product of the shop, money exact), renewals across short token lifetimes, pushes
// verified (a bad signature refused, nothing kept) and read as notices. The callback refuses a
// replay, a forged or unknown state, another account's state, and a used code.
#include "auth/secretvault.h"
#include "openrig.h"
#include "platforms/apisigning.h"
#include "store/auditrepository.h"
#include "store/integrationrepository.h"
#include "store/orderrepository.h"
#include "store/productrepository.h"
#include "store/shoprepository.h"
#include "sync/accessgrant.h"
#include "sync/integrationservice.h"
#include "testserver.h"
#include "util/clock.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace bva;
using namespace bva::test;

namespace {

using Rig = OpenRig;

#define START_RIG(rig, flavor, ttl)                                                                          \
    QFETCH(QString, backend);                                                                                \
    Rig rig;                                                                                                 \
    if (const QString why = rig.start(backend, flavor, ttl); !why.isEmpty()) {                               \
        if (why.startsWith(u"skip:"_s))                                                                      \
            QSKIP(qPrintable(why));                                                                          \
        QFAIL(qPrintable(why));                                                                              \
    }

} // namespace

class TestRealPlatforms final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The app is checked field by field, kept per account, its secret never shown.
    void platformApps_data() { addOpenRows(); }
    void platformApps()
    {
        QFETCH(QString, flavor);
        START_RIG(rig, flavor, 14400);
        const QString path = u"/api/platform-apps/"_s + flavor;
        QJsonObject good = rig.appBody();
        // Refused with a reason, nothing stored.
        for (const auto &[field, value] : QList<std::pair<QString, QJsonValue>>{
                 {u"appId"_s, rig.shopee() ? u"12ab"_s : u"key with spaces"_s},
                 {u"region"_s, u"US"_s},
                 {u"secret"_s, u"short"_s},
                 {u"apiHost"_s, u"http://203.0.113.5:80"_s},
                 {u"apiHost"_s, u"https://user:pw@example.com"_s},
                 {u"appId"_s, 12345}}) {
            QJsonObject bad = good;
            bad.insert(field, value);
            const Reply r = rig.put(path, bad, rig.session);
            QVERIFY2(r.status == 400, qPrintable(field + u": "_s + QString::number(r.status)));
            QVERIFY(!r.json.value(u"error"_s).toString().isEmpty());
        }
        QCOMPARE(rig.put(u"/api/platform-apps/tiktok-open"_s, good, rig.session).status, 400);
        QCOMPARE(rig.put(path, good, {}).status, 401);
        Reply list = rig.server->get(u"/api/platform-apps"_s, rig.session);
        QCOMPARE(list.status, 200);
        const QJsonArray listed1 = list.json.value(u"data"_s).toArray();
        for (const QJsonValue &v : listed1)
            QVERIFY(!v.toObject().value(u"configured"_s).toBool());

        const Reply saved = rig.put(path, good, rig.session);
        QCOMPARE(saved.status, 200);
        QVERIFY(!saved.body.contains(rig.secret().toUtf8()));
        list = rig.server->get(u"/api/platform-apps"_s, rig.session);
        QVERIFY(!list.body.contains(rig.secret().toUtf8()));
        bool seen = false;
        const QJsonArray listed2 = list.json.value(u"data"_s).toArray();
        for (const QJsonValue &v : listed2) {
            const QJsonObject o = v.toObject();
            if (o.value(u"kind"_s).toString() != flavor)
                continue;
            seen = true;
            QVERIFY(o.value(u"configured"_s).toBool());
            QCOMPARE(o.value(u"appId"_s).toString(), rig.appId());
            QVERIFY(o.value(u"callbackUrl"_s).toString().contains(u"/oauth/callback/"_s + flavor));
        }
        QVERIFY(seen);
        // The secret may be left out to keep it; another account sees nothing of it.
        QJsonObject keep = good;
        keep.remove(u"secret"_s);
        QCOMPARE(rig.put(path, keep, rig.session).status, 200);
        const QJsonArray others =
            rig.server->get(u"/api/platform-apps"_s, rig.otherSession).json.value(u"data"_s).toArray();
        for (const QJsonValue &v : others)
            QVERIFY(!v.toObject().value(u"configured"_s).toBool());
        // A first save without a secret is refused.
        QCOMPARE(rig.put(path, keep, rig.otherSession).status, 400);
        // Audited, never with the secret.
        auto entries = AuditRepository(rig.server->db()).recent(500);
        QVERIFY(entries);
        int audited = 0;
        for (const AuditEntry &e : std::as_const(*entries)) {
            if (e.action == u"integration.platform_app") {
                ++audited;
                QVERIFY(!QJsonDocument(e.details).toJson().contains(rig.secret().toUtf8()));
            }
        }
        QCOMPARE(audited, 2);
    }

    // Connect through the platform's pages and BVA's loopback callback, then the first sync.
    void connectAndSync_data() { addOpenRows(); }
    void connectAndSync()
    {
        QFETCH(QString, flavor);
        START_RIG(rig, flavor, 14400);
        QCOMPARE(rig.put(u"/api/platform-apps/"_s + flavor, rig.appBody(), rig.session).status, 200);
        const auto [state, callback] = rig.authorize(rig.session);
        QVERIFY2(callback.isValid(), "the consent did not redirect");
        QCOMPARE(callback.host(), u"127.0.0.1"_s);
        QCOMPARE(callback.port(), int(rig.server->port()));
        const Page done = browse("GET", callback);
        QVERIFY2(done.status == 200, done.body.constData());
        QVERIFY(done.body.contains("Shop connected"));
        const qint64 id = rig.integrationOf(state, rig.session);
        QVERIFY(id > 0);
        // The other account cannot even see the authorization.
        QCOMPARE(rig.server->get(u"/api/integrations/authorize/"_s + state, rig.otherSession).status, 404);

        auto run = rig.waitRun(id);
        QVERIFY(run);
        QVERIFY2(run->state == u"succeeded", qPrintable(run->error));
        auto integration = IntegrationRepository(rig.server->db()).findById(id);
        QVERIFY(integration && integration->has_value());
        QCOMPARE(apiKindSlug((*integration)->apiKind), flavor);
        QCOMPARE((*integration)->ownerUserId, rig.userId);
        auto shop = ShopRepository(rig.server->db()).findById((*integration)->shopId);
        QCOMPARE((*shop)->platform, rig.shopee() ? Platform::Shopee : Platform::Lazada);
        QCOMPARE((*shop)->currency, u"PHP"_s);
        // Every product and order of the shop, none skipped.
        auto products = ProductRepository(rig.server->db()).listByShop((*shop)->id, false);
        QCOMPARE(products->size(), 12);
        QCOMPARE(run->skipped, 0);
        auto grant = AccessGrant::fromVault(
            **rig.server->services().vault().read(AccessGrant::vaultKey((*integration)->tokenRef)));
        QVERIFY(grant && grant->renewable());
        const int listed = rig.platformOrderCount((*shop)->externalId, grant->accessToken);
        QVERIFY(listed > 0);
        QCOMPARE(int(*OrderRepository(rig.server->db()).count((*shop)->id)), listed);

        // The same redirect again changes nothing.
        const Page replay = browse("GET", callback);
        QCOMPARE(replay.status, 409);
        QCOMPARE(rig.integrationOf(state, rig.session), id);
    }

    // Callbacks that must fail with a clear page and change nothing.
    void forgedCallbacks_data() { addOpenRows(); }
    void forgedCallbacks()
    {
        QFETCH(QString, flavor);
        START_RIG(rig, flavor, 14400);
        QCOMPARE(rig.put(u"/api/platform-apps/"_s + flavor, rig.appBody(), rig.session).status, 200);
        const auto callbackFor = [&](const QString &state, const QString &code) {
            QUrl url =
                rig.server->url(u"/oauth/callback/"_s + flavor + (rig.shopee() ? u'/' + state : QString()));
            QUrlQuery q;
            q.addQueryItem(u"code"_s, code);
            if (rig.shopee())
                q.addQueryItem(u"shop_id"_s, rig.platformShopId());
            else
                q.addQueryItem(u"state"_s, state);
            url.setQuery(q);
            return url;
        };
        // Unknown and malformed states.
        Page forged = browse("GET", callbackFor(QString(43, u'A'), u"abc"_s));
        QCOMPARE(forged.status, 403);
        QVERIFY(forged.body.contains("Shop not connected"));
        QCOMPARE(browse("GET", callbackFor(u"x"_s, u"abc"_s)).status, 403);
        // A real authorization's code with a forged state.
        const auto [state, callback] = rig.authorize(rig.session);
        QVERIFY(callback.isValid());
        const QString code = QUrlQuery(callback).queryItemValue(u"code"_s);
        QCOMPARE(browse("GET", callbackFor(QString(43, u'B'), code)).status, 403);
        // The genuine callback still works once, then the code is used: a new state with it fails.
        QCOMPARE(browse("GET", callback).status, 200);
        const auto [state2, unused] = [&] {
            const Reply started =
                rig.server->postJson(u"/api/integrations/authorize"_s, {{u"kind"_s, flavor}}, rig.session);
            return std::pair{started.json.value(u"data"_s).toObject().value(u"state"_s).toString(), QUrl()};
        }();
        Q_UNUSED(unused)
        const Page reused = browse("GET", callbackFor(state2, code));
        QVERIFY2(reused.status >= 400 && reused.status < 500 && reused.status != 404,
                 reused.body.constData());
        const Reply status2 = rig.server->get(u"/api/integrations/authorize/"_s + state2, rig.session);
        QCOMPARE(status2.json.value(u"data"_s).toObject().value(u"outcome"_s).toString(), u"failed"_s);
        // One integration, linked to the account that started it.
        auto all = IntegrationRepository(rig.server->db()).all();
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().ownerUserId, rig.userId);

        // Another account's state: its authorization links the shop to that account, which already
        // belongs to the first: refused, nothing taken over.
        QCOMPARE(rig.put(u"/api/platform-apps/"_s + flavor, rig.appBody(), rig.otherSession).status, 200);
        const auto [otherState, otherCallback] = rig.authorize(rig.otherSession);
        QVERIFY(otherCallback.isValid());
        const Page taken = browse("GET", otherCallback);
        QCOMPARE(taken.status, 409);
        all = IntegrationRepository(rig.server->db()).all();
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().ownerUserId, rig.userId);
        auto roles = ShopRepository(rig.server->db()).usersOfShop(all->first().shopId);
        QCOMPARE(*roles, QList<qint64>{rig.userId});
    }

    // Short access tokens: each sync renews with the rotating refresh token, signed with the app.
    void renewsAcrossLifetimes_data() { addOpenRows(); }
    void renewsAcrossLifetimes()
    {
        QFETCH(QString, flavor);
        START_RIG(rig, flavor, 2);
        QCOMPARE(rig.put(u"/api/platform-apps/"_s + flavor, rig.appBody(), rig.session).status, 200);
        const auto [state, callback] = rig.authorize(rig.session);
        QCOMPARE(browse("GET", callback).status, 200);
        const qint64 id = rig.integrationOf(state, rig.session);
        auto run = rig.waitRun(id);
        QVERIFY(run && run->state == u"succeeded");
        auto integration = IntegrationRepository(rig.server->db()).findById(id);
        const QString grantKey = AccessGrant::vaultKey((*integration)->tokenRef);
        QSet<QByteArray> refreshTokens;
        for (int lifetime = 0; lifetime < 3; ++lifetime) {
            const auto before = AccessGrant::fromVault(**rig.server->services().vault().read(grantKey));
            QVERIFY(before && before->expiresAt.isValid());
            refreshTokens.insert(before->refreshToken);
            QTRY_VERIFY_WITH_TIMEOUT(Clock::nowUtc() > before->expiresAt, 5000);
            auto started = rig.server->services().integrations()->syncNow(id, SyncKind::Incremental);
            QVERIFY(started);
            auto next = rig.waitRun(id, run->id);
            QVERIFY(next);
            QVERIFY2(next->state == u"succeeded", qPrintable(next->error));
            run = next;
        }
        const auto last = AccessGrant::fromVault(**rig.server->services().vault().read(grantKey));
        refreshTokens.insert(last->refreshToken);
        QCOMPARE(refreshTokens.size(), 4); // rotated every time
        QVERIFY(rig.clone->get(u"/__admin/state"_s).data().toObject().value(u"refreshes"_s).toInt() >= 3);
        QCOMPARE((*IntegrationRepository(rig.server->db()).findById(id))->state, IntegrationState::Connected);
    }

    // Pushes: a wrong signature is refused with a reason and nothing happens; the platform's own
    // pushes are accepted with an empty 2xx.
    void pushes_data() { addOpenRows(); }
    void pushes()
    {
        QFETCH(QString, flavor);
        START_RIG(rig, flavor, 14400);
        QCOMPARE(rig.put(u"/api/platform-apps/"_s + flavor, rig.appBody(), rig.session).status, 200);
        const auto [state, callback] = rig.authorize(rig.session);
        QCOMPARE(browse("GET", callback).status, 200);
        const qint64 id = rig.integrationOf(state, rig.session);
        QVERIFY(rig.waitRun(id));
        auto integration = IntegrationRepository(rig.server->db()).findById(id);
        const QString shopId =
            (*ShopRepository(rig.server->db()).findById((*integration)->shopId))->externalId;
        const QByteArray body =
            rig.shopee()
                ? QByteArray(R"({"data":{"ordersn":"X1","status":"COMPLETED","update_time":1},"shop_id":)" +
                             shopId.toLatin1() + R"(,"code":3,"timestamp":1})")
                : QByteArray(
                      R"({"seller_id":")" + shopId.toLatin1() +
                      R"(","message_type":0,"data":{"order_status":"delivered","trade_order_id":"1"},"timestamp":1,"site":"lazada_ph"})");
        const QString path = u"/api/push/"_s + flavor;
        const QByteArray url = rig.server->url(path).toString().toUtf8();
        const QByteArray good =
            rig.shopee() ? signing::shopeePushSignature(rig.secret().toLatin1(), url, body)
                         : signing::lazadaPushSignature(rig.secret().toLatin1(), rig.appId(), body);
        const auto runsBefore = rig.server->services().integrations()->recentRuns(id, 50)->size();
        int refusedKept = 0;
        for (const QByteArray &bad :
             {QByteArray(), QByteArray(64, 'a'), QByteArray(good).replace(0, 1, "0")}) {
            if (bad == good)
                continue;
            refusedKept += bad.isEmpty() ? 0 : 1; // no signature at all: not even a shop to keep it for
            const Reply r = rig.server->send("POST", path, body,
                                             {{"Authorization", bad}, {"Content-Type", "application/json"}});
            QCOMPARE(r.status, 401);
            QVERIFY(!r.json.value(u"error"_s).toString().isEmpty());
        }
        QTest::qWait(300);
        QCOMPARE(rig.server->services().integrations()->recentRuns(id, 50)->size(), runsBefore);
        const Reply ok = rig.server->send("POST", path, body,
                                          {{"Authorization", good}, {"Content-Type", "application/json"}});
        QCOMPARE(ok.status, 200);
        QVERIFY(ok.body.isEmpty());
        // The notice brings a sync that reads the record from the platform.
        QTRY_VERIFY_WITH_TIMEOUT(
            rig.server->services().integrations()->recentRuns(id, 50)->size() > runsBefore, 15000);

        // Kept like webhooks: the deliveries inspector lists the push (applied), the same body again
        // (duplicate, no new sync asked for) and the refused ones with their reason; never the secret.
        const Reply again = rig.server->send("POST", path, body,
                                             {{"Authorization", good}, {"Content-Type", "application/json"}});
        QCOMPARE(again.status, 200);
        const Reply listed = rig.server->get(u"/api/integrations/%1/deliveries"_s.arg(id), rig.session);
        QCOMPARE(listed.status, 200);
        QVERIFY(!listed.body.contains(rig.secret().toUtf8()));
        QVERIFY(!listed.body.contains(good));
        QMap<QString, int> outcomes;
        const QJsonArray items = listed.json.value(u"data"_s).toObject().value(u"items"_s).toArray();
        for (const QJsonValue &v : items) {
            const QJsonObject d = v.toObject();
            QVERIFY2(d.value(u"topic"_s).toString().startsWith(u"push/"_s + flavor),
                     qPrintable(d.value(u"topic"_s).toString()));
            outcomes[d.value(u"outcome"_s).toString()]++;
            if (d.value(u"outcome"_s).toString() == u"refused"_s)
                QVERIFY(!d.value(u"reason"_s).toString().isEmpty());
            else
                QCOMPARE(d.value(u"topic"_s).toString(), QString(u"push/"_s + flavor + u"/order"_s));
        }
        QCOMPARE(outcomes.value(u"applied"_s), 1);
        QCOMPARE(outcomes.value(u"duplicate"_s), 1);
        QCOMPARE(outcomes.value(u"refused"_s), refusedKept);
        // Another account sees none of it.
        QCOMPARE(rig.server->get(u"/api/integrations/%1/deliveries"_s.arg(id), rig.otherSession).status, 404);
    }
};

QTEST_MAIN(TestRealPlatforms)
#include "tst_realplatforms.moc"
