// Attacks on the real platforms' edges (issue 21), against the simulator's open flavours and an
// in-process BVA: attacker-chosen fields on the authorization callback (state, code, shop_id, extra
// parameters, huge values), on pushes (another account's app naming a victim's shop, replayed bodies,
// oversized bodies, wrong content types, floods) and on the platform apps (hosts pointing elsewhere:
// nothing in a request decides where BVA connects beyond the platform's own hosts, the ones the server's
// operator added, and this computer).
// Each is refused with a 4xx and a reason (JSON for the API; the callback is a browser page) and
// changes nothing.
#include "openrig.h"
#include "platforms/apisigning.h"
#include "store/integrationrepository.h"
#include "store/orderrepository.h"
#include "store/sql.h"
#include "sync/platformapps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace bva;
using namespace bva::test;

namespace {

// What an attack must leave as it was.
struct Snapshot
{
    qint64 integrations = -1;
    qint64 shops = -1;
    qint64 inboxApplied = -1;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(Database &db)
{
    auto count = [&db](const QString &query) {
        auto q = sql::run(db.connection(), query, {}, u"count"_s);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    };
    return {count(u"SELECT COUNT(*) FROM integrations"_s), count(u"SELECT COUNT(*) FROM shops"_s),
            count(u"SELECT COUNT(*) FROM webhook_inbox WHERE state = 'APPLIED'"_s)};
}

void rowsSqlite()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("flavor");
    for (const QString &flavor : {u"shopee-open"_s, u"lazada-open"_s})
        QTest::newRow(qPrintable(flavor)) << u"sqlite"_s << flavor;
}

#define START_RIG(rig, ...)                                                                                  \
    QFETCH(QString, backend);                                                                                \
    QFETCH(QString, flavor);                                                                                 \
    if (const QString why = rig.start(backend, flavor, 14400); !why.isEmpty())                               \
        QFAIL(qPrintable(why));

bool refusedWithReason(const Reply &r, int low = 400, int high = 499)
{
    return r.status >= low && r.status <= high && !r.json.value(u"error"_s).toString().isEmpty();
}

// An order's "shipped" push of the rig's platform for `shop`, made distinct by `n`.
QByteArray shippedPush(const OpenRig &rig, const QByteArray &shop, int n)
{
    return rig.shopee()
               ? QByteArray(R"({"data":{"ordersn":"R1","status":"SHIPPED","update_time":1},"shop_id":)" +
                            shop + R"(,"code":3,"timestamp":)" + QByteArray::number(n) + "}")
               : QByteArray(R"({"seller_id":")" + shop +
                            R"(","message_type":0,"data":{"order_status":"shipped","trade_order_id":"9"},)"
                            R"("timestamp":)" +
                            QByteArray::number(n) + "}");
}

// The rig's app's signature of a push to `url`, as the platform signs it.
QByteArray pushSignature(OpenRig &rig, const QByteArray &url, const QByteArray &body)
{
    return rig.shopee() ? signing::shopeePushSignature(rig.secret().toLatin1(), url, body)
                        : signing::lazadaPushSignature(rig.secret().toLatin1(), rig.appId(), body);
}

// Every message logged while it lives (any thread), as text.
class LogCapture final
{
public:
    explicit LogCapture(const QString &rules)
    {
        s_self = this;
        QLoggingCategory::setFilterRules(rules);
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
        s_self = nullptr;
    }
    QString text()
    {
        QMutexLocker lock(&m_mutex);
        return m_text;
    }

private:
    static void handle(QtMsgType, const QMessageLogContext &, const QString &message)
    {
        if (LogCapture *self = s_self) {
            QMutexLocker lock(&self->m_mutex);
            self->m_text += message + u'\n';
        }
    }
    static inline LogCapture *s_self = nullptr;
    QtMessageHandler m_previous = nullptr;
    QMutex m_mutex;
    QString m_text;
};

} // namespace

class TestOpenSecurity final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The authorization's state is a one-time capability the store keeps only as a hash: the request
    // trace (bva.http at debug level) names its routes without it.
    void stateNotLogged_data() { rowsSqlite(); }
    void stateNotLogged()
    {
        OpenRig rig;
        START_RIG(rig);
        QCOMPARE(rig.put(u"/api/platform-apps/"_s + flavor, rig.appBody(), rig.session).status, 200);
        LogCapture log(u"bva.*.debug=true"_s);
        auto [state, callback] = rig.authorize(rig.session);
        QVERIFY(callback.isValid());
        QCOMPARE(rig.server->get(u"/api/integrations/authorize/"_s + state, rig.session).status, 200);
        QCOMPARE(
            rig.server->postJson(u"/api/integrations/authorize/"_s + state + u"/cancel"_s, {}, rig.session)
                .status,
            200);
        QTRY_VERIFY(log.text().contains(u"/cancel"_s)); // the trace was on
        QVERIFY2(!log.text().contains(state), qPrintable(log.text()));
    }

    void callbackFields_data() { rowsSqlite(); }
    void callbackFields()
    {
        OpenRig rig;
        START_RIG(rig);
        QCOMPARE(rig.put(u"/api/platform-apps/"_s + flavor, rig.appBody(), rig.session).status, 200);
        const Snapshot before = snapshot(rig.server->db());
        const auto callbackUrl = [&](const QString &state, const QList<QPair<QString, QString>> &query) {
            QUrl url = rig.server->url(
                u"/oauth/callback/"_s + flavor +
                (rig.shopee() ? u'/' + QString::fromLatin1(QUrl::toPercentEncoding(state)) : QString()));
            QUrlQuery q;
            if (!rig.shopee())
                q.addQueryItem(u"state"_s, QString::fromLatin1(QUrl::toPercentEncoding(state)));
            for (const auto &[k, v] : query)
                q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
            url.setQuery(q);
            return url;
        };
        const auto refused = [](const Page &p) {
            return p.status >= 400 && p.status < 500 && !p.body.contains("<script>") &&
                   !p.body.contains("Shop connected");
        };
        // Forged states: script, path tricks, huge, repeated.
        for (const QString &state : {u"<script>alert(1)</script>"_s, u"../../api/auth/me"_s,
                                     QString(6000, u'A'), QString(43, u'Z')}) {
            const Page p = browse("GET", callbackUrl(state, {{u"code"_s, u"abc"_s}, {u"shop_id"_s, u"1"_s}}));
            QVERIFY2(refused(p), qPrintable(QString::number(p.status) + u' ' + state.left(40)));
        }
        // A genuine authorization, answered with another shop's id (Shopee) or another state's code.
        const QString otherShop = [&] {
            const QJsonValue id = rig.ready()
                                      .value(u"shops"_s)
                                      .toArray()
                                      .at(1)
                                      .toObject()
                                      .value(rig.shopee() ? u"shopId"_s : u"sellerId"_s);
            return id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
        }();
        QVERIFY(!otherShop.isEmpty());
        auto [state, callback] = rig.authorize(rig.session);
        QVERIFY(callback.isValid());
        QUrlQuery given(callback);
        const QString code = given.queryItemValue(u"code"_s);
        if (rig.shopee()) {
            const Page p = browse("GET", callbackUrl(state, {{u"code"_s, code}, {u"shop_id"_s, otherShop}}));
            QVERIFY2(refused(p), p.body.constData());
        } else {
            // Another code: its first hex digit changed (never to itself, or the code would be genuine).
            QString forged = code;
            forged[0] = forged.at(0) == u'f' ? u'e' : u'f';
            const Page p = browse("GET", callbackUrl(state, {{u"code"_s, forged}}));
            QVERIFY2(refused(p), p.body.constData());
        }
        // Huge values: refused at the door or by the callback, never stored.
        std::tie(state, callback) = rig.authorize(rig.session);
        const Page huge = browse("GET", callbackUrl(state, {{u"code"_s, QString(20000, u'9')},
                                                            {u"shop_id"_s, QString(3000, u'7')}}));
        QVERIFY2(huge.status >= 400 && huge.status < 500, qPrintable(QString::number(huge.status)));
        QCOMPARE(snapshot(rig.server->db()), before);

        // Extra parameters are not read: a genuine callback with an attacker's hosts and redirect still
        // links the shop, and the sync talks to the configured platform only.
        std::tie(state, callback) = rig.authorize(rig.session);
        QUrl withExtras = callback;
        QUrlQuery extras(withExtras);
        for (const auto &[k, v] :
             QList<QPair<QString, QString>>{{u"apiHost"_s, u"http://127.0.0.1:9"_s},
                                            {u"api_host"_s, u"https://evil.example"_s},
                                            {u"redirect_uri"_s, u"https://evil.example/cb"_s},
                                            {u"partner_id"_s, u"1"_s},
                                            {u"main_account_id"_s, u"7"_s}})
            extras.addQueryItem(k, v);
        withExtras.setQuery(extras);
        const Page linked = browse("GET", withExtras);
        QVERIFY2(linked.status == 200, linked.body.constData());
        const qint64 id = rig.integrationOf(state, rig.session);
        const auto run = rig.waitRun(id);
        QVERIFY(run && run->state == u"succeeded"_s);
        auto all = IntegrationRepository(rig.server->db()).all();
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().ownerUserId, rig.userId);
        QCOMPARE(all->first().shopId > 0, true);
    }

    // Cancelling a pending authorization (the desktop does it when its consent window closes before the
    // platform sent the seller back): only the account that started it may; another account's cancel is
    // 404 and leaves it pending and usable. A cancelled state's callback is refused with a page that
    // says so, and connects nothing; cancelling after the callback is 409 and changes nothing.
    void cancelScopedToOwner_data() { addOpenRows(); }
    void cancelScopedToOwner()
    {
        QFETCH(QString, backend);
        QFETCH(QString, flavor);
        OpenRig rig;
        if (const QString why = rig.start(backend, flavor, 14400); !why.isEmpty()) {
            if (why.startsWith(u"skip:"_s))
                QSKIP(qPrintable(why));
            QFAIL(qPrintable(why));
        }
        QCOMPARE(rig.put(u"/api/platform-apps/"_s + flavor, rig.appBody(), rig.session).status, 200);
        const Snapshot before = snapshot(rig.server->db());
        const auto cancel = [&](const QString &state, const QByteArray &session) {
            return rig.server->postJson(u"/api/integrations/authorize/"_s + state + u"/cancel"_s, {},
                                        session);
        };
        const auto outcome = [&](const QString &state) {
            return rig.server->get(u"/api/integrations/authorize/"_s + state, rig.session)
                .json.value(u"data"_s)
                .toObject()
                .value(u"outcome"_s)
                .toString();
        };

        // Another account, a made-up state, no session: 404 / 404 / 401, and it stays pending.
        auto [state, callback] = rig.authorize(rig.session);
        QVERIFY(callback.isValid());
        const Reply foreign = cancel(state, rig.otherSession);
        QVERIFY2(foreign.status == 404 && refusedWithReason(foreign, 404, 404), foreign.body.constData());
        QVERIFY(!foreign.body.contains(state.toLatin1()));
        QCOMPARE(cancel(QString(43, u'Z'), rig.session).status, 404);
        QCOMPARE(cancel(u"<script>"_s, rig.session).status, 404);
        QCOMPARE(
            rig.server->postJson(u"/api/integrations/authorize/"_s + state + u"/cancel"_s, {}, {}).status,
            401);
        QCOMPARE(outcome(state), u"pending"_s);

        // The owner cancels: cancelled at once (twice is the same answer), and the platform's redirect
        // arriving afterwards is refused with a page saying why; nothing is linked.
        Reply mine = cancel(state, rig.session);
        QCOMPARE(mine.status, 200);
        QCOMPARE(mine.json.value(u"data"_s).toObject().value(u"outcome"_s).toString(), u"cancelled"_s);
        QCOMPARE(cancel(state, rig.session).status, 200);
        QCOMPARE(outcome(state), u"cancelled"_s);
        const Page late = browse("GET", callback);
        QVERIFY2(late.status == 409, qPrintable(QString::number(late.status)));
        QVERIFY2(late.body.contains("cancelled in BVA") && !late.body.contains("Shop connected"),
                 late.body.constData());
        QCOMPARE(outcome(state), u"cancelled"_s);
        QCOMPARE(snapshot(rig.server->db()), before);

        // Another account's cancel does not stop the owner's authorization: it still connects.
        std::tie(state, callback) = rig.authorize(rig.session);
        QCOMPARE(cancel(state, rig.otherSession).status, 404);
        const Page linked = browse("GET", callback);
        QVERIFY2(linked.status == 200, linked.body.constData());
        const qint64 id = rig.integrationOf(state, rig.session);
        QVERIFY(id > 0);
        // Once the callback came, a cancel is 409 and the outcome stays.
        const Reply afterwards = cancel(state, rig.session);
        QVERIFY2(refusedWithReason(afterwards, 409, 409), afterwards.body.constData());
        QCOMPARE(outcome(state), u"connected"_s);
        const auto run = rig.waitRun(id);
        QVERIFY(run && run->state == u"succeeded"_s);
    }

    void pushFields_data() { rowsSqlite(); }
    void pushFields()
    {
        OpenRig rig;
        START_RIG(rig);
        QString why;
        const auto connected = rig.connect(&why);
        QVERIFY2(connected, qPrintable(why));
        // The attacker: another account with its own app (its own key), naming the victim's shop.
        QJsonObject attackerApp = rig.appBody();
        attackerApp.insert(u"secret"_s, u"attacker-chosen-key-123"_s);
        QCOMPARE(rig.put(u"/api/platform-apps/"_s + flavor, attackerApp, rig.otherSession).status, 200);
        const QString path = u"/api/push/"_s + flavor;
        const QByteArray url = rig.server->url(path).toString().toUtf8();
        const auto bodyFor = [&](int n) {
            const QByteArray shop = connected->shopExternalId.toLatin1();
            return rig.shopee()
                       ? QByteArray(R"({"data":{"ordersn":"X)" + QByteArray::number(n) +
                                    R"(","status":"COMPLETED","update_time":1},"shop_id":)" + shop +
                                    R"(,"code":3,"timestamp":)" + QByteArray::number(n) + "}")
                       : QByteArray(
                             R"({"seller_id":")" + shop +
                             R"(","message_type":0,"data":{"order_status":"delivered","trade_order_id":")" +
                             QByteArray::number(n) + R"("},"timestamp":)" + QByteArray::number(n) +
                             R"(,"site":"lazada_ph"})");
        };
        const auto sign = [&](const QByteArray &key, const QByteArray &body) {
            return rig.shopee() ? signing::shopeePushSignature(key, url, body)
                                : signing::lazadaPushSignature(key, rig.appId(), body);
        };
        const auto post = [&](const QByteArray &body, const QByteArray &authorization,
                              const QByteArray &type = "application/json") {
            return rig.server->send("POST", path, body,
                                    {{"Authorization", authorization}, {"Content-Type", type}});
        };
        IntegrationService &integrations = *rig.server->services().integrations();
        const auto runs = [&] { return integrations.recentRuns(connected->integrationId, 100)->size(); };
        QTRY_VERIFY_WITH_TIMEOUT(!integrations.progress(connected->integrationId).running, 30000);
        const Snapshot before = snapshot(rig.server->db());
        const auto runsBefore = runs();

        const QByteArray body = bodyFor(1);
        QVERIFY(refusedWithReason(post(body, sign("attacker-chosen-key-123", body)), 401, 401));
        QVERIFY(refusedWithReason(post(body, sign(rig.secret().toLatin1(), body), "text/plain"), 415, 415));
        QVERIFY(refusedWithReason(
            post(body, sign(rig.secret().toLatin1(), body), "application/x-www-form-urlencoded"), 415, 415));
        QByteArray big = body;
        big.insert(1, R"("pad":")" + QByteArray(300 * 1024, 'x') + R"(",)");
        QVERIFY(refusedWithReason(post(big, sign(rig.secret().toLatin1(), big)), 400, 413));
        QVERIFY(refusedWithReason(post("[1,2", sign(rig.secret().toLatin1(), "[1,2"))));
        QTest::qWait(500); // a sync asked for would have started by now
        QCOMPARE(runs(), runsBefore);
        QCOMPARE(snapshot(rig.server->db()), before);

        // The genuine push once; the same body replayed later asks for nothing more.
        QCOMPARE(post(body, sign(rig.secret().toLatin1(), body)).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(runs() > runsBefore, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!integrations.progress(connected->integrationId).running, 30000);
        const auto afterFirst = runs();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(post(body, sign(rig.secret().toLatin1(), body)).status, 200);
        QTest::qWait(800);
        QCOMPARE(runs(), afterFirst);
        QCOMPARE(snapshot(rig.server->db()).inboxApplied, before.inboxApplied + 1);
    }

    // Pushes have their own rate per shop, answered 429 with Retry-After and a reason. Anyone may post a
    // push naming a connected shop (its id is public): refused, it is kept for the inspector within a rate
    // of its own and never spends the rate of the platform's real pushes.
    void pushRate_data() { rowsSqlite(); }
    void pushRate()
    {
        OpenRig rig;
        rig.rate = 3;
        START_RIG(rig);
        QString why;
        const auto connected = rig.connect(&why);
        QVERIFY2(connected, qPrintable(why));
        const QString path = u"/api/push/"_s + flavor;
        const QByteArray url = rig.server->url(path).toString().toUtf8();
        const QByteArray shop = connected->shopExternalId.toLatin1();
        const auto post = [&](const QByteArray &body, const QByteArray &authorization) {
            return rig.server->send("POST", path, body,
                                    {{"Authorization", authorization}, {"Content-Type", "application/json"}});
        };
        for (int n = 0; n < 15; ++n)
            QVERIFY(refusedWithReason(post(shippedPush(rig, shop, n), "forged-" + QByteArray::number(n)), 401,
                                      401));
        int limited = 0;
        for (int n = 0; n < 15; ++n) {
            const QByteArray body = shippedPush(rig, shop, n);
            const Reply r = post(body, pushSignature(rig, url, body));
            if (n == 0)
                QVERIFY2(r.status == 200, r.body.constData()); // the forged ones spent none of the rate
            if (r.status == 429) {
                ++limited;
                QVERIFY(!r.header("retry-after").isEmpty());
                QVERIFY(refusedWithReason(r));
            } else {
                QCOMPARE(r.status, 200);
            }
        }
        QVERIFY2(limited > 0, "15 pushes in a burst at 3 per second were all accepted");
    }

    // A captured push, replayed fast, asks for nothing and spends none of the platform's rate.
    void replayedPushDoesNotSpendTheRate_data() { rowsSqlite(); }
    void replayedPushDoesNotSpendTheRate()
    {
        OpenRig rig;
        rig.rate = 3;
        START_RIG(rig);
        QString why;
        const auto connected = rig.connect(&why);
        QVERIFY2(connected, qPrintable(why));
        const QString path = u"/api/push/"_s + flavor;
        const QByteArray url = rig.server->url(path).toString().toUtf8();
        const QByteArray shop = connected->shopExternalId.toLatin1();
        const auto post = [&](const QByteArray &body) {
            return rig.server->send(
                "POST", path, body,
                {{"Authorization", pushSignature(rig, url, body)}, {"Content-Type", "application/json"}});
        };
        const QByteArray captured = shippedPush(rig, shop, 0);
        Reply r = post(captured);
        QVERIFY2(r.status == 200, r.body.constData());
        for (int i = 0; i < 30; ++i) {
            r = post(captured);
            QVERIFY2(r.status == 200, qPrintable(QString::number(i) + u' ' + QString::fromUtf8(r.body)));
        }
        r = post(shippedPush(rig, shop, 1)); // the platform's next push
        QVERIFY2(r.status == 200, r.body.constData());
        int limited = 0;
        for (int n = 2; n < 17; ++n)
            limited += post(shippedPush(rig, shop, n)).status == 429;
        QVERIFY2(limited > 0, "15 fresh pushes in a burst at 3 per second were all accepted");
    }

    // Hosts: only the platform's own or this computer's; nothing else in any request moves BVA.
    // Outside tests, the demo and --simulated-platforms, this computer is no platform host: an account
    // cannot make BVA call services on the server's own loopback.
    void loopbackOnlyForSimulators()
    {
        QString why;
        auto server =
            TestServer::start(u"sqlite"_s, &why, [](AppConfig &c) { c.simulatedPlatforms = false; });
        QVERIFY2(server, qPrintable(why));
        const QByteArray session = server->registerUser(u"seller@example.com"_s).second;
        const auto put = [&](const QString &kind, const QJsonObject &body) {
            return server->send(
                "PUT", u"/api/platform-apps/"_s + kind, QJsonDocument(body).toJson(QJsonDocument::Compact),
                {{"Authorization", "Bearer " + session}, {"Content-Type", "application/json"}});
        };
        const QJsonObject shopee{
            {u"appId"_s, u"2001234"_s}, {u"secret"_s, u"partner-key-0123456789"_s}, {u"region"_s, u"PH"_s}};
        const QJsonObject lazada{
            {u"appId"_s, u"120345"_s}, {u"secret"_s, u"app-secret-0123456789"_s}, {u"region"_s, u"PH"_s}};
        for (const auto &[kind, base] :
             {std::pair{u"shopee-open"_s, shopee}, std::pair{u"lazada-open"_s, lazada}}) {
            for (const QString &field : {u"apiHost"_s, u"authHost"_s}) {
                for (const QString &host : {u"http://127.0.0.1:5432"_s, u"https://localhost"_s,
                                            u"http://[::1]:8080"_s, u"http://127.1.2.3:1"_s}) {
                    QJsonObject body = base;
                    body.insert(field, host);
                    const Reply r = put(kind, body);
                    QVERIFY2(refusedWithReason(r, 400, 400), qPrintable(kind + u' ' + field + u' ' + host +
                                                                        u": "_s + QString::number(r.status)));
                }
            }
            QCOMPARE(put(kind, base).status, 200); // the platform's default hosts
        }
        const QJsonArray apps = server->get(u"/api/platform-apps"_s, session).json.value(u"data"_s).toArray();
        for (const QJsonValue &v : apps) {
            QVERIFY(v.toObject().value(u"configured"_s).toBool());
            QVERIFY(!v.toObject().value(u"apiHost"_s).toString().contains(u"127."_s));
        }
    }

    // The operator's extra hosts (bva-server --platform-host KIND=HOST): accepted for that platform only,
    // https on the default port; nothing in a request adds one, and bad values are refused at start.
    void operatorHosts()
    {
        for (const auto &[spec, kind, host] : {std::tuple{u"shopee-open=partner.uat.example.com"_s,
                                                          ApiKind::ShopeeOpen, u"partner.uat.example.com"_s},
                                               std::tuple{u"lazada-open=https://API.Example.co.id/"_s,
                                                          ApiKind::LazadaOpen, u"api.example.co.id"_s}}) {
            auto parsed = PlatformApps::parseExtraHost(spec);
            QVERIFY2(parsed, qPrintable(spec));
            QCOMPARE(int(parsed->first), int(kind));
            QCOMPARE(parsed->second, host);
        }
        for (const QString &bad :
             {u"partner.example.com"_s, u"clone=partner.example.com"_s, u"tiktok=partner.example.com"_s,
              u"shopee-open="_s, u"shopee-open=http://partner.example.com"_s,
              u"shopee-open=partner.example.com:8443"_s, u"shopee-open=https://partner.example.com/api"_s,
              u"shopee-open=user@partner.example.com"_s, u"shopee-open=partner.example.com?x=1"_s,
              u"shopee-open=localhost"_s, u"shopee-open=127.0.0.1"_s, u"shopee-open=[::1]"_s,
              u"shopee-open=evil"_s, u"shopee-open=ev il.example"_s, u"lazada-open=*.example.com"_s}) {
            auto parsed = PlatformApps::parseExtraHost(bad);
            QVERIFY2(!parsed && !parsed.error().message.isEmpty(), qPrintable(bad));
        }
        // This computer gets its own reason, whatever form names it.
        for (const QString &self : {u"shopee-open=localhost"_s, u"shopee-open=127.0.0.1"_s,
                                    u"lazada-open=[::1]"_s, u"lazada-open=https://LOCALHOST/"_s}) {
            auto parsed = PlatformApps::parseExtraHost(self);
            QVERIFY2(!parsed && parsed.error().message.contains(u"--simulated-platforms"_s),
                     qPrintable(self));
        }

        QString why;
        auto server = TestServer::start(u"sqlite"_s, &why, [](AppConfig &c) {
            c.simulatedPlatforms = false;
            c.extraPlatformHosts[ApiKind::ShopeeOpen] = {u"partner.uat.example.com"_s};
        });
        QVERIFY2(server, qPrintable(why));
        const QByteArray session = server->registerUser(u"seller@example.com"_s).second;
        const auto put = [&](const QString &path, const QJsonObject &body) {
            return server->send(
                "PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                {{"Authorization", "Bearer " + session}, {"Content-Type", "application/json"}});
        };
        const auto with = [](QJsonObject body, const QString &field, const QJsonValue &value) {
            body.insert(field, value);
            return body;
        };
        const QJsonObject shopee{
            {u"appId"_s, u"2001234"_s}, {u"secret"_s, u"partner-key-0123456789"_s}, {u"region"_s, u"PH"_s}};
        const QJsonObject lazada{
            {u"appId"_s, u"120345"_s}, {u"secret"_s, u"app-secret-0123456789"_s}, {u"region"_s, u"PH"_s}};

        // A request cannot add a host: fields and query parameters naming hosts to allow are not read.
        for (const QString &field :
             {u"extraHosts"_s, u"allowedHosts"_s, u"knownHosts"_s, u"platformHosts"_s, u"platformHost"_s}) {
            for (const QJsonValue &value :
                 {QJsonValue(QJsonArray{u"evil.example"_s}), QJsonValue(u"evil.example"_s),
                  QJsonValue(u"shopee-open=evil.example"_s)}) {
                const QJsonObject body =
                    with(with(shopee, field, value), u"apiHost"_s, u"https://evil.example"_s);
                const Reply r =
                    put(u"/api/platform-apps/shopee-open?platformHost=evil.example&extraHosts=evil.example"_s,
                        body);
                QVERIFY2(refusedWithReason(r, 400, 400),
                         qPrintable(field + u": "_s + QString::number(r.status)));
            }
        }
        // Nor does any other route: the host list is the same afterwards.
        const Reply evil =
            put(u"/api/platform-apps/shopee-open"_s, with(shopee, u"apiHost"_s, u"https://evil.example"_s));
        QVERIFY(refusedWithReason(evil, 400, 400));
        QVERIFY2(!evil.json.value(u"error"_s).toString().contains(u", evil.example"_s),
                 evil.body.constData());

        // The operator's host: for its platform only, https on the default port only.
        for (const QString &host :
             {u"http://partner.uat.example.com"_s, u"https://partner.uat.example.com:8443"_s,
              u"https://partner.uat.example.com.evil.example"_s, u"https://x.partner.uat.example.com"_s}) {
            const Reply r = put(u"/api/platform-apps/shopee-open"_s, with(shopee, u"apiHost"_s, host));
            QVERIFY2(refusedWithReason(r, 400, 400), qPrintable(host + u": "_s + QString::number(r.status)));
        }
        for (const QString &field : {u"apiHost"_s, u"authHost"_s}) {
            const Reply r = put(u"/api/platform-apps/lazada-open"_s,
                                with(lazada, field, u"https://partner.uat.example.com"_s));
            QVERIFY2(refusedWithReason(r, 400, 400), qPrintable(field + u": "_s + QString::number(r.status)));
        }
        const Reply ok = put(u"/api/platform-apps/shopee-open"_s,
                             with(shopee, u"apiHost"_s, u"https://Partner.UAT.example.com/"_s));
        QVERIFY2(ok.status == 200, ok.body.constData());
        QCOMPARE(ok.json.value(u"data"_s).toObject().value(u"effectiveApiHost"_s).toString(),
                 u"https://partner.uat.example.com"_s);
        // The refusal names the operator's host among the allowed ones.
        const Reply named =
            put(u"/api/platform-apps/shopee-open"_s, with(shopee, u"apiHost"_s, u"https://other.example"_s));
        QVERIFY2(named.json.value(u"error"_s).toString().contains(u"partner.uat.example.com"_s),
                 named.body.constData());
    }

    void platformAppHosts_data() { rowsSqlite(); }
    void platformAppHosts()
    {
        OpenRig rig;
        START_RIG(rig);
        const QString path = u"/api/platform-apps/"_s + flavor;
        const QString official = rig.shopee() ? u"partner.shopeemobile.com"_s : u"api.lazada.com.ph"_s;
        for (const QString &field : {u"apiHost"_s, u"authHost"_s}) {
            for (const QString &host :
                 {u"https://evil.example"_s, QString(u"https://"_s + official + u".evil.example"_s),
                  QString(u"https://"_s + official + u":8443"_s),
                  QString(u"https://evil.example/"_s + official),
                  QString(u"https://"_s + official + u"@evil.example"_s), QString(u"http://"_s + official),
                  u"javascript:alert(1)"_s, u"file:///etc/passwd"_s, u"https://203.0.113.7"_s,
                  u"http://127.0.0.1:1/a/../../b"_s,
                  QString(u"https://"_s + QString(5000, u'a') + u".com"_s)}) {
                QJsonObject body = rig.appBody();
                body.insert(field, host);
                const Reply r = rig.put(path, body, rig.session);
                QVERIFY2(refusedWithReason(r, 400, 400),
                         qPrintable(field + u' ' + host.left(60) + u": "_s + QString::number(r.status)));
            }
        }
        const QJsonArray none =
            rig.server->get(u"/api/platform-apps"_s, rig.session).json.value(u"data"_s).toArray();
        for (const QJsonValue &v : none)
            QVERIFY(!v.toObject().value(u"configured"_s).toBool());
        // The platform's own hosts are fine.
        QJsonObject real = rig.appBody();
        real.insert(u"apiHost"_s, rig.shopee() ? u"https://partner.shopeemobile.com"_s
                                               : u"https://api.lazada.com.ph/rest"_s);
        real.insert(u"authHost"_s, rig.shopee() ? QString() : u"https://auth.lazada.com"_s);
        QCOMPARE(rig.put(path, real, rig.otherSession).status, 200);

        // A connected shop's sync goes to its owner's configured host whatever another account enters,
        // and an authorization's extra fields choose nothing.
        QTcpServer trap;
        QVERIFY(trap.listen(QHostAddress::LocalHost));
        int trapped = 0;
        QObject::connect(&trap, &QTcpServer::newConnection, &trap, [&] {
            while (QTcpSocket *s = trap.nextPendingConnection()) {
                ++trapped;
                s->close();
            }
        });
        QString why;
        const auto connected = rig.connect(&why);
        QVERIFY2(connected, qPrintable(why));
        QJsonObject other = rig.appBody();
        other.insert(u"apiHost"_s, QString(u"http://127.0.0.1:"_s + QString::number(trap.serverPort())));
        other.insert(u"authHost"_s, QString(u"http://127.0.0.1:"_s + QString::number(trap.serverPort())));
        QCOMPARE(rig.put(path, other, rig.otherSession).status, 200);
        QString synced;
        QVERIFY2(syncAndWait(*rig.server, connected->integrationId, SyncKind::Incremental, &synced),
                 qPrintable(synced));
        const Reply started = rig.server->postJson(
            u"/api/integrations/authorize"_s,
            {{u"kind"_s, flavor},
             {u"apiHost"_s, QString(u"http://127.0.0.1:"_s + QString::number(trap.serverPort()))},
             {u"authHost"_s, u"https://evil.example"_s},
             {u"redirectUri"_s, u"https://evil.example/cb"_s}},
            rig.session);
        QCOMPARE(started.status, 201);
        const QUrl authorize(started.json.value(u"data"_s).toObject().value(u"authorizeUrl"_s).toString());
        QCOMPARE(authorize.host(), rig.clone->url().host());
        QCOMPARE(authorize.port(), rig.clone->url().port());
        const QString redirect = QUrlQuery(authorize).queryItemValue(
            rig.shopee() ? u"redirect"_s : u"redirect_uri"_s, QUrl::FullyDecoded);
        QVERIFY2(QUrl(redirect).host() == u"127.0.0.1"_s && QUrl(redirect).port() == rig.server->port(),
                 qPrintable(redirect));
        QCOMPARE(trapped, 0);
    }
};

QTEST_MAIN(TestOpenSecurity)
#include "tst_opensecurity.moc"
