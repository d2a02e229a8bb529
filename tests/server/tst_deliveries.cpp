// The deliveries inspector (issue 19.6) over real HTTP on both stores: a shop's deliveries listed
// newest first with their outcome and reason, filters and paging, bodies masked (the shop's token and
// signing secret never appear in an answer), admins only, and the replay of a failed delivery once
// its cause is fixed: applied once, audited; replaying it again or anything else is refused.
#include "auth/auditactions.h"
#include "store/auditrepository.h"
#include "store/database.h"
#include "store/deliveryrepository.h"
#include "store/inboxrepository.h"
#include "store/integrationrepository.h"
#include "store/productrepository.h"
#include "store/shoprepository.h"
#include "store/sql.h"
#include "sync/integrationservice.h"
#include "testserver.h"
#include "util/clock.h"
#include "webhooks/deliverymask.h"
#include "webhooks/deliveryservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace bva;
using namespace bva::test;

#define START_SERVER(var, backend)                                                                           \
    QString var##Why;                                                                                        \
    auto var = TestServer::start(backend, &var##Why);                                                        \
    if (!var) {                                                                                              \
        if (backend == u"postgres"_s && !postgresRequired())                                                 \
            QSKIP(qPrintable(u"PostgreSQL not reachable, skipped: "_s + var##Why));                          \
        QFAIL(qPrintable(var##Why));                                                                         \
    }

namespace {

QList<std::pair<QByteArray, QByteArray>> bearer(const QByteArray &token)
{
    return {{"Authorization", "Bearer " + token}};
}

QJsonObject data(const Reply &r)
{
    return r.json.value(u"data"_s).toObject();
}

QJsonArray items(const Reply &r)
{
    return data(r).value(u"items"_s).toArray();
}

QStringList field(const QJsonArray &list, const QString &name)
{
    QStringList out;
    for (const QJsonValue &v : list)
        out.append(v.toObject().value(name).toString());
    return out;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<Product> product(Database &db, qint64 shopId, const QString &id)
{
    auto found = ProductRepository(db).findByExternal(shopId, id);
    return found.ok() ? *found : std::nullopt;
}

} // namespace

class TstDeliveries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void masking_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("kept");   // still shown
        QTest::addColumn<QString>("hidden"); // never shown
        QTest::newRow("token key") << QByteArray(R"({"id":"P1","accessToken":"abc123"})") << u"P1"_s
                                   << u"abc123"_s;
        QTest::newRow("nested secret") << QByteArray(R"({"auth":{"client_secret":"s3cr3t"},"name":"Kettle"})")
                                       << u"Kettle"_s << u"s3cr3t"_s;
        QTest::newRow("bearer value")
            << QByteArray(R"({"note":"Bearer zzz-top","name":"Mug"})") << u"Mug"_s << u"zzz-top"_s;
        QTest::newRow("signature") << QByteArray(R"({"sig":"v1,AbCd","id":"O1"})") << u"O1"_s << u"AbCd"_s;
        QTest::newRow("signing secret")
            << QByteArray(R"({"x":"whsec_c2VjcmV0","id":"O2"})") << u"O2"_s << u"whsec_c2VjcmV0"_s;
        QTest::newRow("opaque") << QByteArray(
                                       R"({"x":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjEyMzQ1Njc4OTB9.abc123"})")
                                << u"\"x\""_s << u"eyJhbGci"_s;
        QTest::newRow("array") << QByteArray(R"([{"password":"hunter22"},{"id":"P3"}])") << u"P3"_s
                               << u"hunter22"_s;
        QTest::newRow("not json") << QByteArray(
                                         R"({"token": "abc999", "id": "P4", Authorization: Bearer qqq123)")
                                  << u"P4"_s << u"abc999"_s;
        QTest::newRow("not json bearer")
            << QByteArray("Authorization: Bearer qqq123 id=P5") << u"P5"_s << u"qqq123"_s;
        QTest::newRow("uuid order id kept") << QByteArray(R"({"id":"3f2b8c1e-9a7d-4c52-b1e3-2d4f6a8b0c9e"})")
                                            << u"3f2b8c1e-9a7d-4c52-b1e3-2d4f6a8b0c9e"_s << u"[none]"_s;
    }

    void masking()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, kept);
        QFETCH(QString, hidden);
        const QString masked = maskedDeliveryBody(body);
        QVERIFY2(masked.contains(kept), qPrintable(masked));
        QVERIFY2(!masked.contains(hidden), qPrintable(masked));
        // The shop's own secrets are masked wherever they appear, under any key.
        const QString known =
            maskedDeliveryBody(R"({"comment":"my key is tok-12345678 ok"})", {"tok-12345678"});
        QVERIFY(!known.contains(u"tok-12345678"_s));
        QVERIFY(known.contains(u"my key is"_s));
        // However the JSON spells it: escaped letters are the same secret to a reader.
        const QString escaped = maskedDeliveryBody(
            "{\"comment\":\"my key is \\u0074ok-1234\\u00356\\u00378 ok\",\"t\\u006fk-12345678\":1}",
            {"tok-12345678"});
        QVERIFY2(!escaped.contains(u"tok-12345678"_s) && !escaped.contains(u"5678"_s), qPrintable(escaped));
        QVERIFY(escaped.contains(u"my key is"_s));
        const QList<QByteArray> tok{"tok-12345678"};
        const QByteArray escapedValue = "{\"a\":\"\\u0074ok-12345678\"}";
        const QByteArray escapedText = "x \"\\u0074ok-12345678";
        const QByteArray plain = "{\"a\": \"b\"}";
        const QByteArray prefixless = "{\"a\":\"c2VjcmV0LXNlY3JldA==\"}";
        const QByteArray maskedValue = "{\"a\":\"[masked]\"}";
        const QByteArray maskedText = "x \"[masked]";
        QCOMPARE(withSecretsMasked(escapedValue, tok), maskedValue);
        QCOMPARE(withSecretsMasked(escapedText, tok), maskedText);
        QCOMPARE(withSecretsMasked(plain, tok), plain);
        // A whsec_ secret is also found without its prefix.
        QCOMPARE(withSecretsMasked(prefixless, {"whsec_c2VjcmV0LXNlY3JldA=="}), maskedValue);
        // A body with nothing to mask is shown as received (key order, spacing).
        QCOMPARE(maskedDeliveryBody("{\"b\": 1,\"a\":[2]}"), u"{\"b\": 1,\"a\":[2]}"_s);
        // Long bodies are cut.
        QVERIFY(maskedDeliveryBody(QByteArray(100000, 'a'), {}, 1000).size() <= 1002);
    }

    void keptOutcomesAreBounded_data() { addBackendRows(); }
    void keptOutcomesAreBounded()
    {
        QFETCH(QString, backend);
        START_SERVER(server, backend);
        Database *db = &server->db();
        Shop a;
        a.platform = Platform::Shopee;
        a.externalId = u"A"_s;
        Shop b = a;
        b.externalId = u"B"_s;
        const qint64 shopA = ShopRepository(*db).upsert(a)->id;
        const qint64 shopB = ShopRepository(*db).upsert(b)->id;
        DeliveryRepository repo(*db);
        const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'900'000'000'000, Qt::UTC);
        QVERIFY(repo.keep(shopB, u"orders/created"_s, u"DUPLICATE"_s, u"repeat"_s, u"{}"_s, t0).ok());
        for (int i = 0; i < DeliveryRepository::kKeptPerShop + 5; ++i)
            QVERIFY(repo.keep(shopA, u"products/updated"_s, u"DUPLICATE"_s, u"repeat"_s,
                              QString(u"{\"n\":"_s + QString::number(i) + u'}'), t0.addSecs(i))
                        .ok());
        auto count = [&](qint64 shop) {
            auto q = sql::run(db->connection(),
                              u"SELECT COUNT(*), MIN(payload) FROM webhook_outcomes WHERE shop_id = ?"_s,
                              {shop}, u"count");
            return q && q->next() ? q->value(0).toInt() : -1;
        };
        QCOMPARE(count(shopA), DeliveryRepository::kKeptPerShop);
        QCOMPARE(count(shopB), 1); // another shop's are not touched
        // The oldest went: the newest page starts at the last kept, the first five are gone.
        auto page = repo.page(shopA, {}, std::nullopt, 1000);
        QVERIFY(page.ok());
        QCOMPARE(page->size(), DeliveryRepository::kKeptPerShop);
        QCOMPARE(page->constFirst().delivery.body, u"{\"n\":504}"_s);
        QCOMPARE(page->constLast().delivery.body, u"{\"n\":5}"_s);
    }

    void inspector_data() { addBackendRows(); }
    void inspector()
    {
        QFETCH(QString, backend);
        START_SERVER(server, backend);
        const auto [adminId, admin] = server->registerUser(u"admin@example.com"_s);
        const auto [editorId, editor] = server->registerUser(u"editor@example.com"_s);
        const auto [viewerId, viewer] = server->registerUser(u"viewer@example.com"_s);
        const auto [strangerId, stranger] = server->registerUser(u"stranger@example.com"_s);
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"INSPECT"_s, adminId);
        const TestIntegration other = server->addIntegration(Platform::Shopee, u"ELSEWHERE"_s, strangerId);
        QVERIFY(ShopRepository(server->db()).grantAccess(editorId, shop.shopId, ShopRole::Editor).ok());
        QVERIFY(ShopRepository(server->db()).grantAccess(viewerId, shop.shopId, ShopRole::Viewer).ok());
        const QString base = u"/api/integrations/"_s + QString::number(shop.integrationId) + u"/deliveries"_s;
        const QString token = QString::fromLatin1(shop.token);
        const QString secret = QString::fromLatin1(shop.secret);
        auto list = [&](const QString &query, const QByteArray &session) {
            return server->get(base + (query.isEmpty() ? QString() : u'?' + query), session);
        };
        // A secret never appears in any answer of the inspector, under any key.
        auto clean = [&](const Reply &r) {
            const QString body = QString::fromUtf8(r.body);
            if (body.contains(token) || body.contains(secret)) {
                qWarning("a secret in the answer: %s", r.body.constData());
                return false;
            }
            return true;
        };

        // Deliveries: applied (with the shop's token in its body), a repeat, one that cannot be applied
        // yet (stock for a product BVA has not seen: no price), one refused (this shop takes signed ones
        // only by then), and another shop's.
        const QByteArray created = json({{u"id"_s, u"P1"_s},
                                         {u"shopId"_s, u"INSPECT"_s},
                                         {u"name"_s, u"Kettle"_s},
                                         {u"price"_s, u"199.00"_s},
                                         {u"stock"_s, 5},
                                         {u"accessToken"_s, token},
                                         {u"note"_s, QString(u"relayed with "_s + token)}});
        QCOMPARE(server->webhook(u"products/created"_s, created, shop.token).status, 200);
        QCOMPARE(
            server->webhook(u"products/created"_s, created, shop.token).json.value(u"duplicate"_s).toBool(),
            true);
        const QByteArray stockOnly = json({{u"id"_s, u"P9"_s}, {u"shopId"_s, u"INSPECT"_s}, {u"stock"_s, 7}});
        const Reply failedLive = server->webhook(u"products/updated"_s, stockOnly, shop.token);
        QCOMPARE(failedLive.status, 400);
        QVERIFY(!product(server->db(), shop.shopId, u"P9"_s));
        QCOMPARE(server
                     ->webhook(u"products/created"_s,
                               json({{u"id"_s, u"Q1"_s},
                                     {u"shopId"_s, u"ELSEWHERE"_s},
                                     {u"price"_s, 1},
                                     {u"name"_s, u"Other"_s},
                                     {u"stock"_s, 1}}),
                               other.token)
                     .status,
                 200);
        IntegrationService *integrations = server->services().integrations();
        QVERIFY(integrations->setWebhookSigning(shop.integrationId, WebhookSigning::Signed, adminId).ok());
        const QByteArray unsignedBody =
            json({{u"id"_s, u"P2"_s}, {u"shopId"_s, u"INSPECT"_s}, {u"stock"_s, 1}});
        const Reply refusedLive = server->webhook(u"inventory/updated"_s, unsignedBody, shop.token);
        QCOMPARE(refusedLive.status, 401);
        QVERIFY(integrations->setWebhookSigning(shop.integrationId, WebhookSigning::Auto, adminId).ok());

        // The listing, newest first; the refusal is kept by the writer after the answer: wait for it.
        Reply all;
        QTRY_VERIFY_WITH_TIMEOUT((all = list({}, admin), items(all).size() == 4), 10000);
        QCOMPARE(all.status, 200);
        QVERIFY(clean(all));
        QCOMPARE(field(items(all), u"outcome"_s),
                 (QStringList{u"refused"_s, u"failed"_s, u"duplicate"_s, u"applied"_s}));
        QCOMPARE(field(items(all), u"topic"_s), (QStringList{u"inventory/updated"_s, u"products/updated"_s,
                                                             u"products/created"_s, u"products/created"_s}));
        const QJsonObject refused = items(all).at(0).toObject();
        const QJsonObject failed = items(all).at(1).toObject();
        const QJsonObject duplicate = items(all).at(2).toObject();
        const QJsonObject applied = items(all).at(3).toObject();
        QVERIFY(!refused.value(u"reason"_s).toString().isEmpty());
        QVERIFY2(failed.value(u"reason"_s).toString().contains(u"price"_s),
                 qPrintable(failed.value(u"reason"_s).toString()));
        QVERIFY(!duplicate.value(u"reason"_s).toString().isEmpty());
        QVERIFY(failed.value(u"replayable"_s).toBool());
        QVERIFY(!applied.value(u"replayable"_s).toBool());
        QVERIFY(!refused.value(u"receivedAt"_s).toString().isEmpty());
        QVERIFY(applied.value(u"bodyPreview"_s).toString().contains(u"Kettle"_s));
        QVERIFY(applied.value(u"bodyPreview"_s).toString().contains(kMasked));
        QVERIFY(data(all).value(u"nextCursor"_s).isNull());

        // The detail: the whole body, masked.
        const Reply detail = server->get(base + u'/' + applied.value(u"id"_s).toString(), admin);
        QCOMPARE(detail.status, 200);
        QVERIFY(clean(detail));
        QVERIFY(data(detail).value(u"body"_s).toString().contains(u"Kettle"_s));
        QVERIFY(data(detail).value(u"body"_s).toString().contains(u"relayed with [masked]"_s));
        const Reply refusedDetail = server->get(base + u'/' + refused.value(u"id"_s).toString(), admin);
        QCOMPARE(refusedDetail.status, 200);
        QVERIFY(clean(refusedDetail));
        QVERIFY(data(refusedDetail).value(u"body"_s).toString().contains(u"P2"_s));

        // Filters: outcome (one or several), topic, text (never inside what is masked), time range.
        QCOMPARE(field(items(list(u"outcome=failed"_s, admin)), u"id"_s),
                 QStringList{failed.value(u"id"_s).toString()});
        QCOMPARE(field(items(list(u"outcome=applied,duplicate"_s, admin)), u"outcome"_s),
                 (QStringList{u"duplicate"_s, u"applied"_s}));
        QCOMPARE(items(list(u"topic=products/updated"_s, admin)).size(), 1);
        QCOMPARE(field(items(list(u"q=p9"_s, admin)), u"id"_s),
                 QStringList{failed.value(u"id"_s).toString()});
        QCOMPARE(items(list(u"q=kettle"_s, admin)).size(), 2);
        QCOMPARE(items(list(u"q="_s + token.left(12), admin)).size(), 0);
        QCOMPARE(items(list(u"q="_s + token.mid(5, 10), admin)).size(), 0);
        QCOMPARE(items(list(u"q=has%20not%20seen"_s, admin)).size(), 1); // the failed one's reason
        const QString later = Clock::nowUtc().addSecs(3600).toString(Qt::ISODate);
        const QString earlier = Clock::nowUtc().addSecs(-3600).toString(Qt::ISODate);
        QCOMPARE(items(list(u"from="_s + later, admin)).size(), 0);
        QCOMPARE(items(list(u"from="_s + earlier + u"&to="_s + later, admin)).size(), 4);
        QCOMPARE(items(list(u"to="_s + earlier, admin)).size(), 0);

        // Paging: newest first, a limit and a cursor, nothing twice, nothing left out.
        const Reply first = list(u"limit=3"_s, admin);
        QCOMPARE(items(first).size(), 3);
        const QString cursor = data(first).value(u"nextCursor"_s).toString();
        QVERIFY(!cursor.isEmpty());
        const Reply second =
            list(u"limit=3&cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(cursor)), admin);
        QCOMPARE(second.status, 200);
        QCOMPARE(field(items(first), u"id"_s) + field(items(second), u"id"_s), field(items(all), u"id"_s));
        QVERIFY(data(second).value(u"nextCursor"_s).isNull());

        // Bad input: 400 naming the parameter.
        for (const auto &[query, name] : QList<std::pair<QString, QString>>{{u"outcome=lost"_s, u"outcome"_s},
                                                                            {u"limit=0"_s, u"limit"_s},
                                                                            {u"limit=201"_s, u"limit"_s},
                                                                            {u"limit=x"_s, u"limit"_s},
                                                                            {u"from=yesterday"_s, u"from"_s},
                                                                            {u"cursor=abc"_s, u"cursor"_s}}) {
            const Reply bad = list(query, admin);
            QVERIFY2(bad.status == 400, qPrintable(query));
            QVERIFY2(bad.json.value(u"error"_s).toString().contains(name), bad.body.constData());
        }

        // Admins only: a viewer or editor 403, another account, an unknown integration or delivery 404,
        // no session 401; each with a JSON reason.
        const QString failedId = failed.value(u"id"_s).toString();
        const QString replay = base + u'/' + failedId + u"/replay"_s;
        const QString otherBase =
            u"/api/integrations/"_s + QString::number(other.integrationId) + u"/deliveries"_s;
        const QList<std::tuple<QByteArray, QString, QByteArray, int>> refusals{
            {"GET", base, viewer, 403},
            {"GET", base, editor, 403},
            {"GET", base, stranger, 404},
            {"GET", base, {}, 401},
            {"GET", base + u'/' + failedId, viewer, 403},
            {"GET", base + u'/' + failedId, stranger, 404},
            {"POST", replay, viewer, 403},
            {"POST", replay, editor, 403},
            {"POST", replay, stranger, 404},
            {"POST", replay, {}, 401},
            {"GET", otherBase, admin, 404},
            {"GET", u"/api/integrations/999999/deliveries"_s, admin, 404},
            {"GET", u"/api/integrations/x/deliveries"_s, admin, 404},
            {"GET", base + u"/999999"_s, admin, 404},
            {"GET", base + u"/o999999"_s, admin, 404},
            {"GET", base + u"/nonsense"_s, admin, 404},
            {"POST", base + u"/999999/replay"_s, admin, 404},
        };
        for (const auto &[method, path, session, status] : refusals) {
            const Reply r = server->send(method, path, {},
                                         session.isEmpty() ? QList<std::pair<QByteArray, QByteArray>>{}
                                                           : bearer(session));
            QVERIFY2(r.status == status, qPrintable(QString::fromLatin1(method) + u' ' + path +
                                                    u" answered "_s + QString::number(r.status)));
            QVERIFY2(!r.json.value(u"error"_s).toString().isEmpty(), r.body.constData());
        }
        // Another shop's delivery is not reachable through this shop's integration.
        auto otherItems =
            server->services().deliveries().list(Actor{strangerId, {}, u"test"_s}, other.integrationId, {});
        QVERIFY(otherItems.ok() && otherItems->items.size() == 1);
        QCOMPARE(server->get(base + u'/' + otherItems->items.constFirst().id, admin).status, 404);
        QCOMPARE(server
                     ->send("POST", base + u'/' + otherItems->items.constFirst().id + u"/replay"_s, {},
                            bearer(admin))
                     .status,
                 404);

        const qint64 inboxBefore = *InboxRepository(server->db()).count();
        // Replayed before its cause is fixed: fails again, counted and audited, nothing applied.
        const Reply tooSoon = server->send("POST", replay, {}, bearer(admin));
        QCOMPARE(tooSoon.status, 200);
        QVERIFY(clean(tooSoon));
        QCOMPARE(data(tooSoon).value(u"outcome"_s).toString(), u"failed"_s);
        QVERIFY(data(tooSoon).value(u"reason"_s).toString().contains(u"price"_s));
        QCOMPARE(data(tooSoon).value(u"delivery"_s).toObject().value(u"attempts"_s).toInt(), 2);
        QVERIFY(data(tooSoon).value(u"delivery"_s).toObject().value(u"replayable"_s).toBool());
        QVERIFY(!product(server->db(), shop.shopId, u"P9"_s));
        QCOMPARE(*InboxRepository(server->db()).count(), inboxBefore);

        // The cause fixed (the product arrives with its price): the replay applies the kept delivery.
        QCOMPARE(server
                     ->webhook(u"products/created"_s,
                               json({{u"id"_s, u"P9"_s},
                                     {u"shopId"_s, u"INSPECT"_s},
                                     {u"name"_s, u"Pot"_s},
                                     {u"price"_s, u"50.00"_s},
                                     {u"stock"_s, 1}}),
                               shop.token)
                     .status,
                 200);
        QCOMPARE(product(server->db(), shop.shopId, u"P9"_s)->stock, 1);
        const Reply replayed = server->send("POST", replay, {}, bearer(admin));
        QCOMPARE(replayed.status, 200);
        QVERIFY(clean(replayed));
        QCOMPARE(data(replayed).value(u"outcome"_s).toString(), u"applied"_s);
        const QJsonObject afterReplay = data(replayed).value(u"delivery"_s).toObject();
        QVERIFY(!afterReplay.value(u"replayable"_s).toBool());
        const QString replayId = afterReplay.value(u"replayedAs"_s).toString();
        QVERIFY(!replayId.isEmpty());
        QCOMPARE(product(server->db(), shop.shopId, u"P9"_s)->stock, 7);
        QCOMPARE(product(server->db(), shop.shopId, u"P9"_s)->priceMinor, 5000);
        // The replay is listed as an applied delivery that names what it replays.
        const Reply replayRow = server->get(base + u'/' + replayId, admin);
        QCOMPARE(replayRow.status, 200);
        QCOMPARE(data(replayRow).value(u"outcome"_s).toString(), u"applied"_s);
        QCOMPARE(data(replayRow).value(u"replayOf"_s).toString(), failedId);

        // The marketplace moves on; replaying again never applies the old body a second time.
        QCOMPARE(
            server
                ->webhook(u"inventory/updated"_s,
                          json({{u"productId"_s, u"P9"_s}, {u"shopId"_s, u"INSPECT"_s}, {u"stock"_s, 3}}),
                          shop.token)
                .status,
            200);
        QCOMPARE(product(server->db(), shop.shopId, u"P9"_s)->stock, 3);
        const qint64 inboxAfter = *InboxRepository(server->db()).count();
        const Reply again = server->send("POST", replay, {}, bearer(admin));
        QCOMPARE(again.status, 409);
        QVERIFY(again.json.value(u"error"_s).toString().contains(replayId));
        QCOMPARE(server
                     ->send("POST", base + u'/' + applied.value(u"id"_s).toString() + u"/replay"_s, {},
                            bearer(admin))
                     .status,
                 409);
        QCOMPARE(server->send("POST", base + u'/' + replayId + u"/replay"_s, {}, bearer(admin)).status, 409);
        QCOMPARE(server
                     ->send("POST", base + u'/' + duplicate.value(u"id"_s).toString() + u"/replay"_s, {},
                            bearer(admin))
                     .status,
                 409);
        QCOMPARE(product(server->db(), shop.shopId, u"P9"_s)->stock, 3);
        QCOMPARE(*InboxRepository(server->db()).count(), inboxAfter);

        // Audited: who, which delivery, the result, both times; refusals of authorization are not replays.
        AuditQuery q;
        q.unscoped = true;
        q.actions = {QString(audit::kDeliveryReplay)};
        auto entries = AuditRepository(server->db()).find(q);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 2);
        const AuditEntry &ok = entries->at(0); // newest first
        const AuditEntry &failedAgain = entries->at(1);
        QCOMPARE(ok.userId, adminId);
        QCOMPARE(ok.shopId, shop.shopId);
        QCOMPARE(ok.outcome, u"ok"_s);
        QCOMPARE(ok.target, QString(u"delivery:"_s + failedId));
        QCOMPARE(ok.details.value(u"result"_s).toString(), u"applied"_s);
        QCOMPARE(ok.details.value(u"replayedAs"_s).toString(), replayId);
        QVERIFY(ok.createdAt.isValid());
        QCOMPARE(failedAgain.outcome, u"failed"_s);
        QVERIFY(failedAgain.details.value(u"reason"_s).toString().contains(u"price"_s));
    }
};

QTEST_GUILESS_MAIN(TstDeliveries)
#include "tst_deliveries.moc"
