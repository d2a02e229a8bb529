// The attacks of docs/security.md, each against real processes: bva-server (configured with a real
// bva-clone as its Shopee site), the clone, and a fake marketplace this test runs for the attacker.
// Every test here failed before its defence existed.
#include "fakemarketplace.h"
#include "securityrig.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QMessageAuthenticationCode>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace bva::test;

#if defined(__SANITIZE_ADDRESS__)
#define BVA_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BVA_TEST_ASAN 1
#endif
#endif
#ifndef BVA_TEST_ASAN
#define BVA_TEST_ASAN 0
#endif

namespace {

// An order webhook for the dev integration CAP-SHOP (token tok-cap).
QByteArray capWebhook(const QByteArray &id)
{
    const QByteArray body =
        R"({"id":")" + id + R"(","orderId":")" + id +
        R"(","shopId":"CAP-SHOP","items":[{"productId":"P1","productName":"x","quantity":1,)"
        R"("price":10.00,"subtotal":10.00}],"total":10.00,"totalPrice":10.00,"status":"PENDING",)"
        R"("createdAt":"2026-12-07T10:00:00.000Z"})";
    return "POST /api/webhooks/orders/created HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
           "Authorization: Bearer tok-cap\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// A server taking CAP-SHOP's webhooks, `cap` connections per peer, its store made by a first webhook.
bool startCapRig(SecurityRig &rig, int cap)
{
    return rig.start({.serverArgs = {u"--max-connections-per-peer"_s, QString::number(cap),
                                     u"--dev-integration"_s, u"shopee:CAP-SHOP:tok-cap"_s},
                      .webhooks = false}) &&
           rig.raw(capWebhook("W0")).status == 200;
}

QString errorOf(const Reply &r)
{
    return r.json.value(u"error"_s).toString();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Standard Webhooks headers for `body`, signed with a "whsec_…" secret, `ageSeconds` old.
QList<std::pair<QByteArray, QByteArray>> signedHeaders(const QString &secret, const QByteArray &id,
                                                       const QByteArray &body, qint64 ageSeconds = 0)
{
    const QByteArray ts = QByteArray::number(QDateTime::currentSecsSinceEpoch() - ageSeconds);
    const QByteArray key = QByteArray::fromBase64(secret.mid(6).toLatin1());
    const QByteArray mac =
        QMessageAuthenticationCode::hash(id + '.' + ts + '.' + body, key, QCryptographicHash::Sha256);
    return {{"webhook-id", id}, {"webhook-timestamp", ts}, {"webhook-signature", "v1," + mac.toBase64()}};
}

// A client that sends `head`, then body pieces from `piece(n)` until the server answers, closes, or
// `total` bytes went out. It never queues more than 1 MiB locally, so the server's pace is measured.
struct Streamed
{
    qint64 sent = 0;
    RawReply reply;
};

Streamed stream(quint16 port, const QByteArray &head, const std::function<QByteArray()> &piece, qint64 total,
                const QByteArray &end = {}, const std::function<void()> &sample = {})
{
    Streamed out;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return out;
    socket.write(head);
    QElapsedTimer t;
    t.start();
    while (out.sent < total && socket.state() == QAbstractSocket::ConnectedState &&
           socket.bytesAvailable() == 0 && t.elapsed() < 120000) {
        if (socket.bytesToWrite() < 1024 * 1024) {
            const QByteArray p = piece();
            socket.write(p);
            out.sent += p.size();
            if (sample && out.sent % (4 * 1024 * 1024) < p.size())
                sample();
        }
        socket.waitForBytesWritten(20);
        socket.waitForReadyRead(0);
    }
    if (out.sent >= total && !end.isEmpty())
        socket.write(end);
    out.reply = readRawReply(socket, 60000);
    return out;
}

QJsonObject productIn(SecurityRig &rig, const QByteArray &session, const QString &externalId)
{
    const QJsonArray list =
        rig.call("GET", u"/api/products?pageSize=500&shopId="_s + rig.clone().shopId(), {}, session)
            .json.value(u"data"_s)
            .toArray();
    for (const QJsonValue &p : list) {
        if (p.toObject().value(u"externalId"_s).toString() == externalId)
            return p.toObject();
    }
    return {};
}

} // namespace

class TstSecurity : public QObject
{
    Q_OBJECT

private slots:
    // 1. Another account links the victim's shop through a marketplace of its own that "proves" it.
    void takeoverThroughFakeMarketplace_data()
    {
        QTest::addColumn<QString>("route");
        QTest::newRow("integrations") << u"/api/integrations"_s;
        QTest::newRow("shop-access/link") << u"/api/shop-access/link"_s;
    }
    void takeoverThroughFakeMarketplace()
    {
        QFETCH(QString, route);
        SecurityRig rig;
        QVERIFY2(rig.start(), qPrintable(rig.errorString()));
        const QByteArray victim = rig.registerUser(u"victim@example.com"_s);
        QString why;
        const QJsonObject linked = rig.linkAndSync(victim, &why);
        QVERIFY2(!linked.isEmpty(), qPrintable(why));
        const qint64 id = qint64(linked.value(u"id"_s).toDouble());
        const QString secret = rig.integration(id, victim).value(u"webhookSecret"_s).toString();
        QVERIFY(secret.startsWith(u"whsec_"_s));
        const int products = rig.call("GET", u"/api/products?shopId="_s + rig.clone().shopId(), {}, victim)
                                 .json.value(u"data"_s)
                                 .toArray()
                                 .size();
        QVERIFY(products > 0);

        FakeMarketplace fake({rig.clone().shopId()});
        QVERIFY(fake.listen());
        const QByteArray attacker = rig.registerUser(u"attacker@example.com"_s);
        QJsonObject body = rig.linkBody("attacker-token");
        body.insert(u"siteUrl"_s, fake.url().toString());
        const Reply r = rig.call("POST", route, body, attacker);
        QCOMPARE(r.status, 400);
        QVERIFY2(errorOf(r).contains(u"siteUrl"_s), qPrintable(errorOf(r)));
        QCOMPARE(fake.requests(), 0); // refused before anything was asked of that host

        // Nothing of the victim's changed, the attacker sees nothing.
        const QJsonObject after = rig.integration(id, victim);
        QCOMPARE(after.value(u"siteUrl"_s).toString(), rig.clone().url().toString());
        QCOMPARE(after.value(u"webhookSecret"_s).toString(), secret);
        QCOMPARE(rig.call("GET", u"/api/integrations"_s, {}, attacker).json.value(u"data"_s).toArray().size(),
                 0);
        QCOMPARE(rig.call("GET", u"/api/orders?shopId="_s + rig.clone().shopId(), {}, attacker).status, 403);

        // The next full sync still reads the real marketplace: no product is taken as deleted.
        QCOMPARE(rig.call("POST", u"/api/integrations/%1/sync?kind=full"_s.arg(id), {}, victim).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(
            rig.integration(id, victim).value(u"lastRun"_s).toObject().value(u"kind"_s).toString(), u"full"_s,
            30000);
        QTRY_COMPARE_WITH_TIMEOUT(
            rig.integration(id, victim).value(u"lastRun"_s).toObject().value(u"state"_s).toString(),
            u"succeeded"_s, 30000);
        QCOMPARE(rig.call("GET", u"/api/products?shopId="_s + rig.clone().shopId(), {}, victim)
                     .json.value(u"data"_s)
                     .toArray()
                     .size(),
                 products);
        QCOMPARE(fake.requests(), 0);
    }

    // The connect errors are the same whatever the named host is (open, closed, not there): no port scan.
    void connectDoesNotProbeHosts()
    {
        SecurityRig rig;
        QVERIFY2(rig.start(), qPrintable(rig.errorString()));
        const QByteArray user = rig.registerUser(u"scanner@example.com"_s);
        FakeMarketplace open({u"1"_s});
        QVERIFY(open.listen());
        QStringList answers;
        for (const QString &site : {open.url().toString(), u"http://127.0.0.1:1"_s,
                                    u"http://10.255.255.1:9"_s, u"http://no-such-host.invalid"_s}) {
            QJsonObject body = rig.linkBody("t");
            body.insert(u"siteUrl"_s, site);
            const Reply r = rig.call("POST", u"/api/integrations"_s, body, user);
            QCOMPARE(r.status, 400);
            answers.append(errorOf(r));
        }
        answers.removeDuplicates();
        QCOMPARE(answers.size(), 1); // the same words whatever the host: nothing echoed, nothing learnt
        QVERIFY2(!answers.first().contains(open.url().toString()), qPrintable(answers.first()));
        QCOMPARE(open.requests(), 0);
    }

    // 2. A buyer holding the seller's token (the clones hand it to the checkout page) links the shop
    // from another BVA account: refused with a clear 409, nothing of the owner's replaced, audited.
    void relinkByAnotherAccount()
    {
        SecurityRig rig;
        QVERIFY2(rig.start(), qPrintable(rig.errorString()));
        const QByteArray owner = rig.registerUser(u"owner@example.com"_s);
        QString why;
        const QJsonObject linked = rig.linkAndSync(owner, &why);
        QVERIFY2(!linked.isEmpty(), qPrintable(why));
        const qint64 id = qint64(linked.value(u"id"_s).toDouble());
        const QJsonObject before = rig.integration(id, owner);

        const QJsonObject checkout = rig.buyerCheckout();
        const QByteArray leaked = checkout.value(u"webhookToken"_s).toString().toUtf8();
        QVERIFY2(!leaked.isEmpty(), QJsonDocument(checkout).toJson().constData());
        const QByteArray buyer = rig.registerUser(u"buyer@example.com"_s);
        for (const QString &route : {u"/api/integrations"_s, u"/api/shop-access/link"_s}) {
            const Reply r = rig.call("POST", route, rig.linkBody(leaked), buyer);
            QCOMPARE(r.status, 409);
            QVERIFY2(errorOf(r).contains(u"already linked"_s) && errorOf(r).contains(u"invite"_s),
                     qPrintable(errorOf(r)));
            QVERIFY(!r.body.contains("whsec_"));
        }
        QCOMPARE(rig.call("GET", u"/api/shop-access/linked-shops"_s, {}, buyer)
                     .json.value(u"data"_s)
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(rig.call("GET", u"/api/integrations/%1"_s.arg(id), {}, buyer).status, 404);
        const QJsonObject after = rig.integration(id, owner);
        for (const QString &key : {u"siteUrl"_s, u"webhookSecret"_s, u"state"_s})
            QCOMPARE(after.value(key), before.value(key));
        const auto refused = rig.auditEntries(u"integration.link_refused"_s);
        QCOMPARE(refused.size(), 2);
        QCOMPARE(refused.first().value(u"shopExternalId"_s).toString(), rig.clone().shopId());

        // The owner reconnecting (same account) still works and keeps the same integration.
        const Reply again = rig.call("POST", u"/api/integrations"_s, rig.linkBody(), owner);
        QCOMPARE(again.status, 201);
        QCOMPARE(qint64(again.json.value(u"data"_s).toObject().value(u"id"_s).toDouble()), id);
        QCOMPARE(again.json.value(u"data"_s).toObject().value(u"webhookSecret"_s),
                 before.value(u"webhookSecret"_s));
    }

    // 3. Once a shop's deliveries are signed, the leaked token alone delivers nothing (401, counted
    // and audited for its admin), until an admin explicitly accepts tokens again.
    void bearerOnlyRefusedOnceSigned()
    {
        SecurityRig rig;
        QVERIFY2(rig.start(), qPrintable(rig.errorString()));
        const QByteArray owner = rig.registerUser(u"owner@example.com"_s);
        QString why;
        const QJsonObject linked = rig.linkAndSync(owner, &why);
        QVERIFY2(!linked.isEmpty(), qPrintable(why));
        const qint64 id = qint64(linked.value(u"id"_s).toDouble());
        const QString secret = rig.integration(id, owner).value(u"webhookSecret"_s).toString();
        QCOMPARE(linked.value(u"webhookSigning"_s).toObject().value(u"mode"_s).toString(), u"auto"_s);

        // A buyer got the seller's token from the checkout page; before any signed delivery a token
        // alone still works (the public clones relay from browsers).
        const QByteArray leaked = rig.buyerCheckout().value(u"webhookToken"_s).toString().toUtf8();
        QVERIFY(!leaked.isEmpty());
        const QString shop = rig.clone().shopId();
        const QJsonArray products = rig.clone().get(u"/api/products/shop/"_s + shop).data().toArray();
        const QString productId = products.first().toObject().value(u"id"_s).toString();
        auto forged = [&](int stock) {
            return rig.send("POST", u"/api/webhooks/inventory/updated"_s,
                            compact({{u"productId"_s, productId}, {u"shopId"_s, shop}, {u"stock"_s, stock}}),
                            {{"Authorization", "Bearer " + leaked}});
        };
        QCOMPARE(forged(41).status, 200);
        QCOMPARE(productIn(rig, owner, productId).value(u"stock"_s).toInt(), 41);

        // The seller pastes BVA's secret into the marketplace: its deliveries are signed from now on.
        QVERIFY(
            rig.clone().admin(u"webhook"_s, {{u"secret"_s, secret}}).toObject().value(u"signed"_s).toBool());
        rig.clone().admin(u"events"_s, {{u"count"_s, 2}, {u"kind"_s, u"stock"_s}});
        QTRY_COMPARE_WITH_TIMEOUT(
            rig.integration(id, owner).value(u"webhookSigning"_s).toObject().value(u"mode"_s).toString(),
            u"signed"_s, 20000);
        const int stockNow = productIn(rig, owner, productId).value(u"stock"_s).toInt();

        const Reply refused = forged(0);
        QCOMPARE(refused.status, 401);
        QVERIFY2(errorOf(refused).contains(u"signature"_s), qPrintable(errorOf(refused)));
        QCOMPARE(productIn(rig, owner, productId).value(u"stock"_s).toInt(), stockNow);
        // A wrong signature next to the good token is refused too.
        QList<std::pair<QByteArray, QByteArray>> wrong = signedHeaders(
            u"whsec_"_s + QString::fromLatin1(QByteArray(32, 'x').toBase64()), "msg_forged", "{}");
        wrong.append({"Authorization", "Bearer " + leaked});
        QCOMPARE(rig.send("POST", u"/api/webhooks/inventory/updated"_s,
                          compact({{u"productId"_s, productId}, {u"shopId"_s, shop}, {u"stock"_s, 0}}), wrong)
                     .status,
                 401);
        QTRY_VERIFY_WITH_TIMEOUT(rig.integration(id, owner)
                                         .value(u"webhookSigning"_s)
                                         .toObject()
                                         .value(u"unsignedRefused"_s)
                                         .toInt() >= 1,
                                 10000);
        const QJsonObject signing = rig.integration(id, owner).value(u"webhookSigning"_s).toObject();
        QVERIFY(!signing.value(u"reason"_s).toString().isEmpty());
        QVERIFY(!signing.value(u"lastUnsignedRefusedAt"_s).isNull());
        QCOMPARE(rig.auditEntries(u"webhook.signing_required"_s).size(), 1);
        QCOMPARE(rig.auditEntries(u"webhook.unsigned_refused"_s).size(), 1);

        // Replays of signed deliveries: a captured one again is a duplicate, an old one is refused.
        const QByteArray body = compact({{u"productId"_s, productId}, {u"shopId"_s, shop}, {u"stock"_s, 7}});
        QCOMPARE(
            rig.send("POST", u"/api/webhooks/inventory/updated"_s, body, signedHeaders(secret, "msg_a", body))
                .status,
            200);
        QCOMPARE(productIn(rig, owner, productId).value(u"stock"_s).toInt(), 7);
        const QByteArray later = compact({{u"productId"_s, productId}, {u"shopId"_s, shop}, {u"stock"_s, 8}});
        QCOMPARE(rig.send("POST", u"/api/webhooks/inventory/updated"_s, later,
                          signedHeaders(secret, "msg_b", later))
                     .status,
                 200);
        const Reply replay = rig.send("POST", u"/api/webhooks/inventory/updated"_s, body,
                                      signedHeaders(secret, "msg_a", body));
        QCOMPARE(replay.status, 200);
        QVERIFY(replay.json.value(u"duplicate"_s).toBool());
        QCOMPARE(rig.send("POST", u"/api/webhooks/inventory/updated"_s, body,
                          signedHeaders(secret, "msg_c", body, 600))
                     .status,
                 401);
        QCOMPARE(productIn(rig, owner, productId).value(u"stock"_s).toInt(), 8);

        // Only its admin may choose; the choice is audited and takes effect at once.
        const QByteArray stranger = rig.registerUser(u"stranger@example.com"_s);
        QCOMPARE(rig.call("PUT", u"/api/integrations/%1/webhook-signing"_s.arg(id),
                          {{u"mode"_s, u"bearer"_s}}, stranger)
                     .status,
                 404);
        QCOMPARE(rig.call("PUT", u"/api/integrations/%1/webhook-signing"_s.arg(id),
                          {{u"mode"_s, u"sometimes"_s}}, owner)
                     .status,
                 400);
        const Reply chosen = rig.call("PUT", u"/api/integrations/%1/webhook-signing"_s.arg(id),
                                      {{u"mode"_s, u"bearer"_s}}, owner);
        QCOMPARE(chosen.status, 200);
        QCOMPARE(chosen.json.value(u"data"_s)
                     .toObject()
                     .value(u"webhookSigning"_s)
                     .toObject()
                     .value(u"mode"_s)
                     .toString(),
                 u"bearer"_s);
        QTRY_COMPARE_WITH_TIMEOUT(forged(3).status, 200, 10000);
        QCOMPARE(rig.call("PUT", u"/api/integrations/%1/webhook-signing"_s.arg(id),
                          {{u"mode"_s, u"signed"_s}}, owner)
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(forged(0).status, 401, 10000);
        const auto choices = rig.auditEntries(u"integration.webhook_signing"_s);
        QCOMPARE(choices.size(), 2);
        QCOMPARE(choices.first().value(u"from"_s).toString(), u"signed"_s);
        QCOMPARE(choices.first().value(u"to"_s).toString(), u"bearer"_s);
    }

    // 2. The deliveries inspector: a leaked token's holder writes the token (and anything else) into
    // delivery bodies; the shop's admin sees them masked, a search cannot find the token letter by
    // letter, and another account can neither read the deliveries nor replay them.
    void deliveriesInspectorMasksAndScopes()
    {
        SecurityRig rig;
        QVERIFY2(rig.start(), qPrintable(rig.errorString()));
        const QByteArray owner = rig.registerUser(u"owner@example.com"_s);
        QString why;
        const QJsonObject linked = rig.linkAndSync(owner, &why);
        QVERIFY2(!linked.isEmpty(), qPrintable(why));
        const qint64 id = qint64(linked.value(u"id"_s).toDouble());
        const QByteArray secret = rig.integration(id, owner).value(u"webhookSecret"_s).toString().toUtf8();
        const QByteArray leaked = rig.buyerCheckout().value(u"webhookToken"_s).toString().toUtf8();
        QVERIFY(!leaked.isEmpty() && !secret.isEmpty());
        const QString shop = rig.clone().shopId();
        const QString productId = rig.clone()
                                      .get(u"/api/products/shop/"_s + shop)
                                      .data()
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(u"id"_s)
                                      .toString();
        const QList<std::pair<QByteArray, QByteArray>> auth{{"Authorization", "Bearer " + leaked}};
        const QByteArray readable = compact({{u"productId"_s, productId},
                                             {u"shopId"_s, shop},
                                             {u"stock"_s, 41},
                                             {u"comment"_s, QString::fromUtf8("sent with " + leaked)},
                                             {u"hint"_s, QString::fromUtf8(secret)}});
        QCOMPARE(rig.send("POST", u"/api/webhooks/inventory/updated"_s, readable, auth).status, 200);
        const QByteArray unreadable =
            "{\"productId\":\"" + productId.toUtf8() + "\",\"token\":\"" + leaked + "\",";
        QCOMPARE(rig.send("POST", u"/api/webhooks/inventory/updated"_s, unreadable, auth).status, 400);

        const QString base = u"/api/integrations/%1/deliveries"_s.arg(id);
        const Reply listed = rig.call("GET", base, {}, owner);
        QCOMPARE(listed.status, 200);
        const QJsonArray items = listed.json.value(u"data"_s).toObject().value(u"items"_s).toArray();
        QVERIFY(items.size() >= 2);
        QVERIFY(!listed.body.contains(leaked) && !listed.body.contains(secret));
        QString failedId;
        for (const QJsonValue &v : items) {
            const QString deliveryId = v.toObject().value(u"id"_s).toString();
            const Reply detail = rig.call("GET", base + u'/' + deliveryId, {}, owner);
            QCOMPARE(detail.status, 200);
            QVERIFY2(!detail.body.contains(leaked) && !detail.body.contains(secret), detail.body.constData());
            if (v.toObject().value(u"outcome"_s).toString() == u"failed"_s)
                failedId = deliveryId;
        }
        QVERIFY(!failedId.isEmpty());
        // The token's prefixes find nothing: the search reads what the admin sees.
        for (int n : {4, 8, int(leaked.size())}) {
            const Reply search =
                rig.call("GET",
                         base + u"?q="_s +
                             QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(leaked.left(n)))),
                         {}, owner);
            QCOMPARE(search.status, 200);
            QCOMPARE(search.json.value(u"data"_s).toObject().value(u"items"_s).toArray().size(), 0);
        }

        // Another account: the deliveries, one delivery and its replay are all "no such integration".
        const QByteArray buyer = rig.registerUser(u"buyer@example.com"_s);
        for (const auto &[method, path] :
             QList<std::pair<QByteArray, QString>>{{"GET", base},
                                                   {"GET", base + u'/' + failedId},
                                                   {"POST", base + u'/' + failedId + u"/replay"_s}}) {
            const Reply r = rig.call(method, path, {}, buyer);
            QCOMPARE(r.status, 404);
            QVERIFY(!errorOf(r).isEmpty());
            QVERIFY(!r.body.contains(productId.toUtf8()));
        }
        QCOMPARE(rig.auditEntries(u"webhook.replay"_s).size(), 0);
    }

    // Two platforms' shops with the same id: the same body to each is two deliveries, not a duplicate.
    void dedupeKeysIncludeTheIntegration()
    {
        SecurityRig rig;
        QVERIFY2(rig.start({.serverArgs = {u"--dev-integration"_s, u"shopee:SAME:tok-shopee"_s,
                                           u"--dev-integration"_s, u"lazada:SAME:tok-lazada"_s},
                            .webhooks = false}),
                 qPrintable(rig.errorString()));
        const QByteArray body = R"({"id":"P1","shopId":"SAME","name":"Same","price":10,"stock":4})";
        for (const QByteArray &token : {QByteArray("tok-shopee"), QByteArray("tok-lazada")}) {
            const Reply r = rig.send("POST", u"/api/webhooks/products/created"_s, body,
                                     {{"Authorization", "Bearer " + token}});
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json.value(u"duplicate"_s).toBool(), false);
        }
    }

    // A credential of one shop (the attacker's own) with a body naming another account's shop, anywhere
    // in it: refused (403, the shop named), and nothing of that shop changes or is recorded for it.
    void webhookNamingAnotherAccountsShopRefused()
    {
        SecurityRig rig;
        QVERIFY2(rig.start({.serverArgs = {u"--dev-integration"_s, u"shopee:ATTACKER-SHOP:tok-attacker"_s},
                            .webhooks = false}),
                 qPrintable(rig.errorString()));
        const QByteArray victim = rig.registerUser(u"victim@example.com"_s);
        QString why;
        QVERIFY2(!rig.linkAndSync(victim, &why).isEmpty(), qPrintable(why));
        const QString shop = rig.clone().shopId();
        const QString productId = rig.clone()
                                      .get(u"/api/products/shop/"_s + shop)
                                      .data()
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(u"id"_s)
                                      .toString();
        const QJsonObject before = productIn(rig, victim, productId);
        QVERIFY(!before.isEmpty());
        const qint64 orders = rig.scalar(u"SELECT COUNT(*) FROM orders"_s);
        const qint64 products = rig.scalar(u"SELECT COUNT(*) FROM products"_s);
        const QString victimInbox = u"SELECT COUNT(*) FROM webhook_inbox w JOIN shops s ON s.id = w.shop_id "
                                    "WHERE s.external_id = '%1'"_s.arg(shop);
        QCOMPARE(rig.scalar(victimInbox), 0);

        const QJsonObject pwned{{u"id"_s, productId},
                                {u"shopId"_s, shop},
                                {u"name"_s, u"Pwned"_s},
                                {u"price"_s, 1},
                                {u"stock"_s, 0}};
        const QList<std::pair<QString, QByteArray>> attempts{
            {u"inventory/updated"_s,
             compact({{u"productId"_s, productId}, {u"shopId"_s, shop}, {u"stock"_s, 0}})},
            {u"products/updated"_s, compact(pwned)},
            {u"products/deleted"_s, compact({{u"id"_s, productId}, {u"shopId"_s, shop}})},
            {u"orders/created"_s, compact({{u"id"_s, u"EVIL-1"_s},
                                           {u"shopId"_s, shop},
                                           {u"status"_s, u"COMPLETED"_s},
                                           {u"items"_s, QJsonArray{QJsonObject{{u"productId"_s, productId},
                                                                               {u"quantity"_s, 1},
                                                                               {u"price"_s, 999}}}}})},
            // The batch names the attacker's shop on top and the victim's in a part.
            {u"sync/batch"_s,
             compact({{u"shopId"_s, u"ATTACKER-SHOP"_s}, {u"products"_s, QJsonArray{pwned}}})}};
        for (const auto &[topic, body] : attempts) {
            const Reply r = rig.send("POST", u"/api/webhooks/"_s + topic, body,
                                     {{"Authorization", "Bearer tok-attacker"}});
            QVERIFY2(r.status == 403, qPrintable(topic + u": "_s + QString::number(r.status)));
            QVERIFY2(errorOf(r).contains(shop), qPrintable(errorOf(r)));
        }
        const QJsonObject after = productIn(rig, victim, productId);
        QCOMPARE(after.value(u"name"_s), before.value(u"name"_s));
        QCOMPARE(after.value(u"stock"_s), before.value(u"stock"_s));
        QCOMPARE(after.value(u"price"_s), before.value(u"price"_s));
        QCOMPARE(rig.scalar(u"SELECT COUNT(*) FROM orders"_s), orders);
        QCOMPARE(rig.scalar(u"SELECT COUNT(*) FROM products"_s), products);
        QCOMPARE(rig.scalar(victimInbox), 0); // kept as refused for the attacker's shop, not the victim's
    }

    // Sync settings from outside: another account's integration is "no such integration" (404) whatever
    // the body, an editor or viewer of the shop is refused (403), absurd or mistyped values are 400 with
    // the field named; nothing changes.
    void syncSettingsAttacks()
    {
        SecurityRig rig;
        QVERIFY2(rig.start({.webhooks = false}), qPrintable(rig.errorString()));
        const QByteArray owner = rig.registerUser(u"owner@example.com"_s);
        QString why;
        const QJsonObject linked = rig.linkAndSync(owner, &why);
        QVERIFY2(!linked.isEmpty(), qPrintable(why));
        const qint64 id = qint64(linked.value(u"id"_s).toDouble());
        const QString shop = rig.clone().shopId();
        const QByteArray stranger = rig.registerUser(u"stranger@example.com"_s);
        QMap<QString, QByteArray> member;
        for (const QString &role : {u"editor"_s, u"viewer"_s}) {
            member.insert(role, rig.registerUser(role + u"@example.com"_s));
            const Reply invited = rig.call(
                "POST", u"/api/shops/%1/invitations"_s.arg(shop),
                QJsonObject{{u"email"_s, QString(role + u"@example.com"_s)}, {u"role"_s, role}}, owner);
            QCOMPARE(invited.status, 201);
            const QString code = invited.json.value(u"data"_s).toObject().value(u"code"_s).toString();
            const QJsonArray mine = rig.call("GET", u"/api/invitations"_s, {}, member.value(role))
                                        .json.value(u"data"_s)
                                        .toArray();
            QCOMPARE(mine.size(), 1);
            const qint64 invitation = mine.at(0).toObject().value(u"id"_s).toInteger();
            QCOMPARE(rig.call("POST", u"/api/invitations/%1/accept"_s.arg(invitation), {{u"code"_s, code}},
                              member.value(role))
                         .status,
                     200);
        }
        const QString path = u"/api/integrations/%1/sync-settings"_s.arg(id);
        auto put = [&](const QString &target, const QByteArray &body, const QByteArray &session) {
            return rig.send("PUT", target, body,
                            {{"Authorization", "Bearer " + session}, {"Content-Type", "application/json"}});
        };
        auto settings = [&] {
            // Read without revealing the secret: that read is audited, and the audit trail is checked.
            const QJsonObject i = rig.call("GET", u"/api/integrations/%1"_s.arg(id), {}, owner)
                                      .json.value(u"data"_s)
                                      .toObject();
            return std::pair{i.value(u"syncIntervalSeconds"_s).toInt(), i.value(u"syncPaused"_s).toBool()};
        };
        const auto before = settings();
        QCOMPARE(before.second, false);
        const qint64 runs = rig.scalar(u"SELECT COUNT(*) FROM sync_runs"_s);
        QVERIFY(runs > 0);

        for (const QByteArray &body :
             {QByteArray(R"({"paused":true})"), QByteArray(R"({"intervalSeconds":"x"})")}) {
            const Reply r = put(path, body, stranger);
            QCOMPARE(r.status, 404);
            QVERIFY2(!errorOf(r).contains(shop), qPrintable(errorOf(r))); // nothing learnt of the shop
        }
        QCOMPARE(put(path, R"({"paused":true})", member.value(u"editor"_s)).status, 403);
        QCOMPARE(put(path, R"({"intervalSeconds":600})", member.value(u"viewer"_s)).status, 403);
        // Ids that are no integration: 404 or 400, never a server error.
        for (const QString &other :
             {u"/api/integrations/999999/sync-settings"_s, u"/api/integrations/-1/sync-settings"_s,
              u"/api/integrations/99999999999999999999/sync-settings"_s,
              u"/api/integrations/1e3/sync-settings"_s}) {
            const int status = put(other, R"({"paused":true})", owner).status;
            QVERIFY2(status == 404 || status == 400, qPrintable(other + u" -> "_s + QString::number(status)));
        }
        const qint64 audits = rig.scalar(u"SELECT COUNT(*) FROM audit_log"_s);
        QVERIFY(audits > 0);
        const QList<std::pair<QByteArray, QString>> bad{
            {R"({"intervalSeconds":-300})", u"intervalSeconds"_s},
            {R"({"intervalSeconds":0})", u"intervalSeconds"_s},
            {R"({"intervalSeconds":9223372036854775807})", u"intervalSeconds"_s},
            {R"({"intervalSeconds":1e300})", u"intervalSeconds"_s},
            {R"({"intervalSeconds":600.000001})", u"intervalSeconds"_s},
            {R"({"intervalSeconds":null})", u"intervalSeconds"_s},
            {R"({"intervalSeconds":[600]})", u"intervalSeconds"_s},
            {R"({"intervalSeconds":{"value":600}})", u"intervalSeconds"_s},
            {R"({"intervalSeconds":true})", u"intervalSeconds"_s},
            {R"({"paused":1})", u"paused"_s},
            {R"({"paused":"false"})", u"paused"_s},
            {R"({"paused":null})", u"paused"_s},
            // One good value next to a bad one: nothing of it applied.
            {R"({"intervalSeconds":600,"paused":"yes"})", u"paused"_s},
            {R"({"paused":true,"intervalSeconds":-1})", u"intervalSeconds"_s},
            {R"({"paused":true,"syncIntervalSeconds":60})", u"syncIntervalSeconds"_s},
            {R"([{"paused":true}])", QString()},
            {R"("paused")", QString()}};
        for (const auto &[body, field] : bad) {
            const Reply r = put(path, body, owner);
            QVERIFY2(r.status == 400, body.constData());
            QVERIFY2(!errorOf(r).isEmpty() && errorOf(r).contains(field), qPrintable(errorOf(r)));
        }
        QCOMPARE(settings(), before);
        QCOMPARE(rig.scalar(u"SELECT COUNT(*) FROM sync_runs"_s), runs);
        QCOMPARE(rig.scalar(u"SELECT COUNT(*) FROM audit_log"_s), audits);
        // The owner's own change still works.
        QCOMPARE(put(path, R"({"intervalSeconds":900})", owner).status, 200);
        QCOMPARE(settings().first, 900);
    }

    // The dedupe key of an unsigned delivery names its record, "rec:<integration>:p:<id>:<sha-256>": ids
    // an attacker chooses (with ':' or another delivery's key as text) never make two different
    // deliveries one, and deliveries of ids containing another id never hide that record's changes, so
    // its next delivery is not taken for a repeat.
    void dedupeKeysResistChosenIds()
    {
        SecurityRig rig;
        QVERIFY2(
            rig.start({.serverArgs = {u"--dev-integration"_s, u"shopee:KEYS:tok-keys"_s}, .webhooks = false}),
            qPrintable(rig.errorString()));
        auto deliver = [&](const QByteArray &body) {
            return rig.send("POST", u"/api/webhooks/products/updated"_s, body,
                            {{"Authorization", "Bearer tok-keys"}});
        };
        auto product = [](const QString &id, int stock) {
            return compact({{u"id"_s, id},
                            {u"shopId"_s, u"KEYS"_s},
                            {u"name"_s, u"Item"_s},
                            {u"price"_s, 10},
                            {u"stock"_s, stock}});
        };
        auto stockOf = [&](const QString &id) {
            return rig.scalar(u"SELECT stock FROM products WHERE external_id = '%1'"_s.arg(id));
        };
        const qint64 integration = rig.scalar(u"SELECT id FROM integrations"_s);
        QVERIFY(integration > 0);

        // Ids made of another delivery's key: each is a delivery of its own.
        const QByteArray first = product(u"SKU-7"_s, 5);
        const QString digest = QString::fromLatin1(
            QCryptographicHash::hash(
                QByteArray("products/updated\n" + QByteArray::number(integration) + "\n" + first),
                QCryptographicHash::Sha256)
                .toHex());
        const QString key = u"rec:%1:p:SKU-7:%2"_s.arg(integration).arg(digest);
        for (const QByteArray &body :
             {first, product(u"SKU-7:"_s + digest, 6), product(key, 7), product(key + u":"_s + digest, 8)}) {
            const Reply r = deliver(body);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json.value(u"duplicate"_s).toBool(), false);
        }
        QCOMPARE(stockOf(u"SKU-7"_s), 5);
        QCOMPARE(stockOf(u"SKU-7:"_s + digest), 6);
        QCOMPARE(stockOf(key), 7);
        QCOMPARE(rig.scalar(u"SELECT COUNT(*) FROM webhook_inbox"_s), 4);
        QCOMPARE(deliver(first).json.value(u"duplicate"_s).toBool(), true); // a real repeat still is one

        // Many deliveries of ids containing "SKU-7", then SKU-7 changes, then the marketplace sends its
        // first state again (restocked to 5): a change, applied, not a repeat of the first delivery.
        for (int i = 0; i < 210; ++i)
            QCOMPARE(deliver(product(u"SKU-7:%1"_s.arg(i), 1)).status, 200);
        QCOMPARE(deliver(product(u"SKU-7"_s, 3)).json.value(u"duplicate"_s).toBool(), false);
        QCOMPARE(stockOf(u"SKU-7"_s), 3);
        const Reply again = deliver(first);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(u"duplicate"_s).toBool(), false);
        QCOMPARE(stockOf(u"SKU-7"_s), 5);
        QCOMPARE(deliver(first).json.value(u"duplicate"_s).toBool(), true);
    }

    // 9. Team invitations are bound to the email only, and BVA verifies no email: an attacker who
    // registers the invitee's address first, or moves their own email to it, joins the shop with the
    // invited role. Now the admin is shown a one-time code to hand over; without it nothing is granted,
    // guessing locks the invitation, and the code is in no answer but the 201, nor in the store or logs.
    void invitationsNeedTheirCode()
    {
        qputenv("QT_LOGGING_RULES", "bva.*.debug=true");
        SecurityRig rig;
        const bool started = rig.start();
        qunsetenv("QT_LOGGING_RULES");
        QVERIFY2(started, qPrintable(rig.errorString()));
        const QByteArray owner = rig.registerUser(u"owner@example.com"_s);
        QString why;
        QVERIFY2(!rig.linkAndSync(owner, &why).isEmpty(), qPrintable(why));
        const QString shop = rig.clone().shopId();
        const Reply invited =
            rig.call("POST", u"/api/shops/%1/invitations"_s.arg(shop),
                     {{u"email"_s, u"accountant@example.com"_s}, {u"role"_s, u"ADMIN"_s}}, owner);
        QCOMPARE(invited.status, 201);
        const QJsonObject invitation = invited.json.value(u"data"_s).toObject();
        const QString code = invitation.value(u"code"_s).toString();
        QCOMPARE(code.size(), 19);
        const QString accept =
            u"/api/invitations/%1/accept"_s.arg(qint64(invitation.value(u"id"_s).toDouble()));
        auto isMember = [&](const QByteArray &session) {
            return rig.call("GET", u"/api/shops/%1/team"_s.arg(shop), {}, session).status == 200;
        };

        // Register-first with the invitee's address.
        const QByteArray squatter = rig.registerUser(u"accountant@example.com"_s);
        QCOMPARE(rig.call("GET", u"/api/invitations"_s, {}, squatter).json.value(u"data"_s).toArray().size(),
                 1);
        const Reply bare = rig.call("POST", accept, {}, squatter);
        QCOMPARE(bare.status, 400);
        QVERIFY2(errorOf(bare).contains(u"code"_s), qPrintable(errorOf(bare)));
        QVERIFY(!isMember(squatter));

        // Change-own-email to the address of a second invitation: refused without the password.
        const Reply second =
            rig.call("POST", u"/api/shops/%1/invitations"_s.arg(shop),
                     {{u"email"_s, u"partner@example.com"_s}, {u"role"_s, u"ADMIN"_s}}, owner);
        QCOMPARE(second.status, 201);
        const QByteArray mover = rig.registerUser(u"mover@example.com"_s);
        QCOMPARE(rig.call("PUT", u"/api/auth/me"_s, {{u"email"_s, u"partner@example.com"_s}}, mover).status,
                 400);
        QCOMPARE(rig.call("PUT", u"/api/auth/me"_s,
                          {{u"email"_s, u"partner@example.com"_s}, {u"currentPassword"_s, u"wrong"_s}}, mover)
                     .status,
                 401);
        QCOMPARE(rig.call("GET", u"/api/invitations"_s, {}, mover).json.value(u"data"_s).toArray().size(), 0);

        // Guessing: five wrong codes lock it for good; the owner sees it locked.
        for (int i = 0; i < 5; ++i) {
            const Reply r = rig.call("POST", accept, {{u"code"_s, u"ABCD-EFGH-JKMN-PQRS"_s}}, squatter);
            QCOMPARE(r.status, 403);
        }
        QCOMPARE(rig.call("POST", accept, {{u"code"_s, code}}, squatter).status, 409);
        QVERIFY(!isMember(squatter));
        const QJsonArray open = rig.call("GET", u"/api/shops/%1/team"_s.arg(shop), {}, owner)
                                    .json.value(u"data"_s)
                                    .toObject()
                                    .value(u"invitations"_s)
                                    .toArray();
        QStringList states;
        for (const QJsonValue &v : open)
            states.append(v.toObject().value(u"email"_s).toString() + u'=' +
                          v.toObject().value(u"state"_s).toString());
        QVERIFY2(states.contains(u"accountant@example.com=LOCKED"_s), qPrintable(states.join(u' ')));
        QCOMPARE(rig.auditEntries(u"team.invite_locked"_s).size(), 1);

        // Neither code is in the store file, its WAL, or the server's log (debug tracing on).
        QVERIFY(rig.server().terminate());
        const QByteArray log = rig.server().output() + rig.server().process().readAll();
        QVERIFY(log.contains("/accept")); // the tracing was on
        QByteArray stored;
        for (const QString &suffix : {QString(), u"-wal"_s}) {
            QFile f(rig.databasePath() + suffix);
            if (f.open(QIODevice::ReadOnly))
                stored += f.readAll();
        }
        QVERIFY(stored.size() > 0);
        for (const QString &c : {code, second.json.value(u"data"_s).toObject().value(u"code"_s).toString()}) {
            QVERIFY(!c.isEmpty());
            for (const QByteArray &form : {c.toUtf8(), QString(c).remove(u'-').toUtf8()}) {
                QVERIFY2(!stored.contains(form), form.constData());
                QVERIFY2(!log.contains(form), form.constData());
            }
        }
    }

    // Password guessing against the real binary is slowed down, and the answer says for how long in
    // plain English: bva-server embeds the English plural forms ("1 second", "30 seconds").
    void passwordGuessingThrottled()
    {
        SecurityRig rig;
        QVERIFY2(rig.start({.webhooks = false}), qPrintable(rig.errorString()));
        QVERIFY(!rig.registerUser(u"guessed@example.com"_s).isEmpty());
        const QJsonObject guess{{u"email"_s, u"guessed@example.com"_s}, {u"password"_s, u"not-it"_s}};
        Reply r;
        for (int i = 0; i < 30 && r.status != 429; ++i)
            r = rig.call("POST", u"/api/auth/login"_s, guess);
        QCOMPARE(r.status, 429);
        const int wait = r.header("Retry-After").toInt();
        QVERIFY(wait > 0);
        const QString expected =
            wait == 1 ? u"try again in 1 second"_s : u"try again in %1 seconds"_s.arg(wait);
        QVERIFY2(errorOf(r).endsWith(expected), qPrintable(errorOf(r)));
    }

    // 4. A page on a domain that resolves to 127.0.0.1 (DNS rebinding) talks to BVA "same origin";
    // its requests still name that domain. Refused (421) on every route and the WebSocket; loopback
    // names and a configured public name (a proxy) keep working, webhooks included.
    void foreignHostRefused()
    {
        SecurityRig rig;
        QVERIFY2(rig.start({.serverArgs = {u"--public-url"_s, u"https://bva.example.com"_s,
                                           u"--dev-integration"_s, u"shopee:HOSTS:tok-hosts"_s},
                            .webhooks = false}),
                 qPrintable(rig.errorString()));
        const QByteArray port = QByteArray::number(rig.url().port());
        const QByteArray login = R"({"email":"a@example.com","password":"x"})";
        const QByteArray product = R"({"id":"P1","shopId":"HOSTS","name":"P","price":1,"stock":1})";
        auto request = [&](const QByteArray &method, const QByteArray &path, const QByteArray &host,
                           const QByteArray &body = {}, const QByteArray &extra = {}) {
            return rig.raw(method + ' ' + path + " HTTP/1.1\r\nHost: " + host +
                           "\r\nContent-Type: application/json\r\n" + "Content-Length: " +
                           QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body);
        };
        const QByteArray bearer = "Authorization: Bearer tok-hosts\r\n";
        const QByteArrayList foreign{"rebind.attacker.example:" + port,
                                     "rebind.attacker.example",
                                     "localhost.attacker.example",
                                     "192.0.2.7:" + port,
                                     "[::1",
                                     ""};
        for (const QByteArray &evil : foreign) {
            QCOMPARE(request("GET", "/api/health", evil).status, 421);
            QCOMPARE(request("POST", "/api/auth/login", evil, login).status, 421);
            QCOMPARE(request("POST", "/api/webhooks/products/created", evil, product, bearer).status, 421);
            QCOMPARE(request("OPTIONS", "/api/integrations", evil, {},
                             "Origin: http://rebind.attacker.example\r\n")
                         .status,
                     421);
            const RawReply ws =
                rig.raw("GET /ws HTTP/1.1\r\nHost: " + evil +
                        "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
            QCOMPARE(ws.status, 421);
        }
        QVERIFY(request("GET", "/api/health", "rebind.attacker.example")
                    .json()
                    .value(u"error"_s)
                    .toString()
                    .contains(u"--public-url"_s));

        const QByteArrayList own{"127.0.0.1:" + port,     "localhost:" + port, "LOCALHOST",
                                 "app.localhost:" + port, "[::1]:" + port,     "bva.example.com",
                                 "bva.example.com:443"};
        for (const QByteArray &name : own)
            QCOMPARE(request("GET", "/api/health", name).status, 200);
        // A receiver behind the configured proxy: the proxy passes the public name on.
        QCOMPARE(request("POST", "/api/webhooks/products/created", "bva.example.com", product, bearer).status,
                 200);
        QCOMPARE(
            request("POST", "/api/webhooks/products/created", "127.0.0.1:" + port, product, bearer).status,
            200);
        // The WebSocket answers its own names, from pages of its own names only.
        const QByteArray upgrade =
            "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
            "Sec-WebSocket-Version: 13\r\n";
        QCOMPARE(rig.raw("GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" + upgrade + "\r\n").status,
                 101);
        QCOMPARE(rig.raw("GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + port +
                         "\r\nOrigin: http://127.0.0.1:" + port + "\r\n" + upgrade + "\r\n")
                     .status,
                 101);
        QCOMPARE(rig.raw("GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + port +
                         "\r\nOrigin: https://attacker.example\r\n" + upgrade + "\r\n")
                     .status,
                 403);
    }

    // 4b. Any page the seller's browser shows may POST a form to the loopback server: a text/plain or
    // form-encoded body needs no preflight, and the server read it as JSON. Pages registered accounts,
    // signed in and guessed passwords from the seller's own address (accepted before: 202, 200). A
    // browser names the sending page in Origin: other sites' pages change nothing (403); native
    // clients (no Origin), the marketplace's pages and BVA's own names keep working.
    void crossSitePostsRefused()
    {
        SecurityRig rig;
        QVERIFY2(rig.start({.serverArgs = {u"--dev-integration"_s, u"shopee:XSITE:tok-xsite"_s},
                            .webhooks = false}),
                 qPrintable(rig.errorString()));
        const QByteArray port = QByteArray::number(rig.url().port());
        auto post = [&](const QByteArray &path, const QByteArray &body, const QByteArray &origin,
                        const QByteArray &type, const QByteArray &extra = {}) {
            return rig.raw("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nOrigin: " + origin +
                           "\r\nContent-Type: " + type + "\r\nContent-Length: " +
                           QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body);
        };
        const QByteArray account =
            R"({"email":"page@example.com","password":"correct horse battery","name":"Page"})";
        const QByteArray login = R"({"email":"page@example.com","password":"correct horse battery"})";
        const QByteArray product = R"({"id":"X1","shopId":"XSITE","name":"P","price":1,"stock":1})";
        const QByteArray bearer = "Authorization: Bearer tok-xsite\r\n";
        // Another program's page on this machine is another site too: a loopback name at another port.
        const QByteArray otherPort =
            QByteArray::number(rig.url().port() == 65535 ? 65534 : rig.url().port() + 1);
        const QByteArrayList pages{
            "https://attacker.example",           "http://rebind.attacker.example:" + port,
            "http://localhost.attacker.example",  "null",
            "http://localhost:" + otherPort,      "http://127.0.0.1:" + otherPort,
            "http://evil.localhost:" + otherPort, "http://localhost"};
        for (const QByteArray &page : pages) {
            for (const QByteArray &type :
                 {QByteArray("text/plain"), QByteArray("application/x-www-form-urlencoded"),
                  QByteArray("application/json")}) {
                const RawReply r = post("/api/auth/register", account, page, type);
                QVERIFY2(r.status == 403,
                         QByteArray(page + ' ' + type + ": " + QByteArray::number(r.status)).constData());
                QCOMPARE(post("/api/auth/login", login, page, type).status, 403);
                QCOMPARE(post("/api/webhooks/products/created", product, page, type, bearer).status, 403);
            }
        }
        QCOMPARE(rig.scalar(u"SELECT COUNT(*) FROM users WHERE email = 'page@example.com'"_s), 0);
        QCOMPARE(rig.scalar(u"SELECT COUNT(*) FROM products WHERE external_id = 'X1'"_s), 0);

        // A native client sends no Origin; BVA's own pages and the marketplace's name themselves.
        QCOMPARE(rig.raw("POST /api/auth/register HTTP/1.1\r\nHost: 127.0.0.1:" + port +
                         "\r\nContent-Type: application/json\r\nContent-Length: " +
                         QByteArray::number(account.size()) + "\r\n\r\n" + account)
                     .status,
                 202);
        QCOMPARE(post("/api/auth/login", login, "http://127.0.0.1:" + port, "application/json").status, 200);
        QCOMPARE(post("/api/auth/login", login, "http://localhost:" + port, "application/json").status, 200);
        const QByteArray site = rig.clone().url().toString(QUrl::RemovePath).toUtf8();
        QCOMPARE(post("/api/webhooks/products/created", product, site, "application/json", bearer).status,
                 200);
        // Reading stays as it was: no CORS headers for a foreign page, so it cannot read the answer.
        const RawReply health = rig.raw("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:" + port +
                                        "\r\nOrigin: https://attacker.example\r\n\r\n");
        QCOMPARE(health.status, 200);
        QVERIFY(!health.head.toLower().contains("access-control-allow-origin"));
    }

    // 5. A body declared or streamed at 400 MB is refused at the limit, before it is buffered: the
    // server grows by a few MB at most (it grew by ~730 MB before the front door).
    void hugeBodiesRefusedBeforeBuffering_data()
    {
        QTest::addColumn<bool>("chunked");
        QTest::newRow("declared Content-Length") << false;
        QTest::newRow("streamed chunked") << true;
    }
    void hugeBodiesRefusedBeforeBuffering()
    {
        QFETCH(bool, chunked);
        SecurityRig rig;
        QVERIFY2(
            rig.start({.serverArgs = {u"--dev-integration"_s, u"shopee:BIG:tok-big"_s}, .webhooks = false}),
            qPrintable(rig.errorString()));
        const qint64 total = 400LL * 1024 * 1024;
        QByteArray head =
            "POST /api/webhooks/products/created HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer tok-big\r\n"
            "Content-Type: application/json\r\n";
        head += chunked ? QByteArray("Transfer-Encoding: chunked\r\n\r\n")
                        : "Content-Length: " + QByteArray::number(total) + "\r\n\r\n";
        const QByteArray data(64 * 1024, ' ');
        const QByteArray piece = chunked ? "10000\r\n" + data + "\r\n" : data;
        // Settle first: the baseline includes what any request costs.
        QCOMPARE(rig.raw("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").status, 200);
        const qint64 before = rig.server().residentKb();
        qint64 peak = before;
        const auto sample = [&] { peak = qMax(peak, rig.server().residentKb()); };
        const Streamed s = stream(
            quint16(rig.url().port()), head, [&] { return piece; }, total, "0\r\n\r\n", sample);
        sample();
        const qint64 after = peak;
        qInfo(
            "%s: sent %.1f MB, answer %d, server RSS %lld KiB before, at most %lld KiB while sending (+%lld KiB)",
            chunked ? "chunked" : "declared", double(s.sent) / (1024 * 1024), s.reply.status, before, after,
            after - before);
        QCOMPARE(s.reply.status, 413);
        QVERIFY2(s.reply.json().value(u"error"_s).toString().contains(u"1048576"_s),
                 s.reply.body.constData());
        QVERIFY2(s.sent < 64LL * 1024 * 1024, qPrintable(QString::number(s.sent)));
        QVERIFY2(after - before < 8 * 1024, qPrintable(u"grew by %1 KiB"_s.arg(after - before)));
        // The server is fine afterwards; a body within the limit still arrives whole.
        const Reply ok = rig.send("POST", u"/api/webhooks/products/created"_s,
                                  R"({"id":"P","shopId":"BIG","name":"Fine","price":1,"stock":1})",
                                  {{"Authorization", "Bearer tok-big"}});
        QCOMPARE(ok.status, 200);
    }

    // Headers: too long a request line (414), too many or too large headers (431), an endless head
    // (431 after 16 KiB, nothing more read).
    void headersCapped()
    {
        SecurityRig rig;
        QVERIFY2(rig.start({.webhooks = false}), qPrintable(rig.errorString()));
        QCOMPARE(rig.raw("GET /api/health?" + QByteArray(9000, 'a') + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                     .status,
                 414);
        QByteArray many = "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        for (int i = 0; i < 101; ++i)
            many += "X-H" + QByteArray::number(i) + ": 1\r\n";
        QCOMPARE(rig.raw(many + "\r\n").status, 431);
        QCOMPARE(rig.raw("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + QByteArray(20000, 'b') +
                         "\r\n\r\n")
                     .status,
                 431);
        const qint64 before = rig.server().residentKb();
        const Streamed endless = stream(
            quint16(rig.url().port()), "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n",
            [] { return QByteArray("X-Again: " + QByteArray(1000, 'c') + "\r\n"); }, 400LL * 1024 * 1024);
        QCOMPARE(endless.reply.status, 431);
        QVERIFY(endless.sent < 16 * 1024 * 1024);
        QVERIFY(rig.server().residentKb() - before < 8 * 1024);
        QCOMPARE(rig.raw("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").status, 200);
    }

    // Requests that Qt and the front door could frame differently (request smuggling) are refused;
    // well-formed chunked bodies, pipelined requests and Expect: 100-continue work.
    void ambiguousFramingRefused()
    {
        SecurityRig rig;
        QVERIFY2(rig.start({.serverArgs = {u"--dev-integration"_s, u"shopee:FRAME:tok-frame"_s},
                            .webhooks = false}),
                 qPrintable(rig.errorString()));
        const QByteArray post =
            "POST /api/webhooks/products/created HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer tok-frame\r\n"
            "Content-Type: application/json\r\n";
        const QByteArray body = R"({"id":"F1","shopId":"FRAME","name":"F","price":1,"stock":1})";
        const QByteArray length = "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        const QByteArray chunkedBody = QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n0\r\n\r\n";
        QCOMPARE(rig.raw(post + length + "Transfer-Encoding: chunked\r\n\r\n" + chunkedBody).status, 400);
        QCOMPARE(rig.raw(post + "Content-Length: 3\r\n" + length + "\r\n" + body).status, 400);
        QCOMPARE(rig.raw(post + "Transfer-Encoding: gzip, chunked\r\n\r\n" + chunkedBody).status, 501);
        QCOMPARE(rig.raw(post + "Transfer-Encoding: chunked\r\n\r\n" + QByteArray::number(body.size(), 16) +
                         "\r\n" + body + "\r\n0\r\nX-Trailer: 1\r\n\r\n")
                     .status,
                 400);
        QCOMPARE(rig.raw(post + "Transfer-Encoding: chunked\r\n\r\n5\r\n" + body + "\r\n0\r\n\r\n").status,
                 400);
        QCOMPARE(rig.raw(post + " X-Folded: 1\r\n" + length + "\r\n" + body).status, 400);
        QCOMPARE(rig.raw(post + "Content-Length: -1\r\n\r\n").status, 400);

        const RawReply chunkedOk = rig.raw(post + "Transfer-Encoding: chunked\r\n\r\n" + chunkedBody);
        QCOMPARE(chunkedOk.status, 200);
        // Two requests in one write: two answers, in order.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(rig.url().port()));
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray second = R"({"id":"F2","shopId":"FRAME","name":"G","price":2,"stock":2})";
        socket.write(post + length + "\r\n" + body + post +
                     "Content-Length: " + QByteArray::number(second.size()) + "\r\n\r\n" + second);
        const RawReply first = readRawReply(socket, 10000);
        const RawReply next = readRawReply(socket, 10000);
        QCOMPARE(first.status, 200);
        QCOMPARE(next.status, 200);
        QVERIFY(!socket.waitForDisconnected(200)); // kept alive
        // Expect: 100-continue: told to go on at once when the size is fine, refused when it is not.
        QTcpSocket expect;
        expect.connectToHost(QHostAddress::LocalHost, quint16(rig.url().port()));
        QVERIFY(expect.waitForConnected(5000));
        expect.write(post + length + "Expect: 100-continue\r\n\r\n");
        QVERIFY(expect.waitForReadyRead(5000));
        QVERIFY(expect.readAll().startsWith("HTTP/1.1 100 Continue"));
        expect.write(body);
        QCOMPARE(readRawReply(expect, 10000).status, 200);
        QCOMPARE(rig.raw(post + "Content-Length: 5000000\r\nExpect: 100-continue\r\n\r\n").status, 413);
    }

    // Webhook POSTs are read by the front door itself (directrequest.h), not parsed again by Qt: split
    // across TCP segments, pipelined (the next one partly in the same write), Connection: close and
    // HTTP/1.0 (answered, then closed, nothing after them read), too large a body, a malformed
    // Content-Length, a foreign Host; and their answers carry the same head as Qt's path writes.
    void webhooksReadByTheFrontDoor()
    {
        SecurityRig rig;
        QVERIFY2(rig.start({.serverArgs = {u"--dev-integration"_s, u"shopee:DIRECT:tok-direct"_s},
                            .webhooks = false}),
                 qPrintable(rig.errorString()));
        const QByteArray origin = rig.clone().url().toString(QUrl::RemoveUserInfo).toLatin1();
        auto request = [&](const QByteArray &id, const QByteArray &extra = {},
                           const QByteArray &version = "1.1") -> QByteArray {
            const QByteArray body =
                "{\"id\":\"" + id + "\",\"shopId\":\"DIRECT\",\"name\":\"D\",\"price\":1,\"stock\":1}";
            return "POST /api/webhooks/products/created HTTP/" + version +
                   "\r\nHost: 127.0.0.1\r\nAuthorization: Bearer tok-direct\r\nContent-Type: application/json\r\n"
                   "Origin: " +
                   origin + "\r\n" + extra + "Content-Length: " + QByteArray::number(body.size()) +
                   "\r\n\r\n" + body;
        };
        auto connect = [&](QTcpSocket &socket) {
            socket.connectToHost(QHostAddress::LocalHost, quint16(rig.url().port()));
            socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
            return socket.waitForConnected(5000);
        };
        auto stored = [&](const QByteArray &id) {
            return rig.scalar(
                u"SELECT COUNT(*) FROM products WHERE external_id = '%1'"_s.arg(QString::fromLatin1(id)));
        };

        // Split across segments: a few bytes per write, each pushed out before the next.
        {
            QTcpSocket socket;
            QVERIFY(connect(socket));
            const QByteArray bytes = request("D-split");
            for (qsizetype i = 0; i < bytes.size(); i += 7) {
                socket.write(bytes.mid(i, 7));
                QVERIFY(socket.waitForBytesWritten(5000));
                QTest::qWait(2);
            }
            const RawReply r = readRawReply(socket, 10000);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().value(u"success"_s).toBool(), true);
            QVERIFY(!r.closed);
        }
        // Pipelined: two whole requests and half of a third in one write, then the rest.
        {
            QTcpSocket socket;
            QVERIFY(connect(socket));
            const QByteArray third = request("D-pipe-3");
            socket.write(request("D-pipe-1") + request("D-pipe-2") + third.first(third.size() / 2));
            const RawReply first = readRawReply(socket, 10000);
            const RawReply second = readRawReply(socket, 10000);
            QCOMPARE(first.status, 200);
            QCOMPARE(second.status, 200);
            QVERIFY(first.json().value(u"data"_s).toObject().value(u"id"_s).toInteger() <
                    second.json().value(u"data"_s).toObject().value(u"id"_s).toInteger());
            socket.write(third.sliced(third.size() / 2));
            QCOMPARE(readRawReply(socket, 10000).status, 200);
            QVERIFY(!socket.waitForDisconnected(200)); // kept alive
        }
        // Connection: close, and HTTP/1.0 without keep-alive: answered, then closed; a request written
        // behind it is not read.
        for (const auto &[closing, id] :
             {std::pair{request("D-close", "Connection: close\r\n"), QByteArray("D-close")},
              std::pair{request("D-http10", {}, "1.0"), QByteArray("D-http10")}}) {
            QTcpSocket socket;
            QVERIFY(connect(socket));
            socket.write(closing + request(id + "-after"));
            const RawReply r = readRawReply(socket, 10000);
            QCOMPARE(r.status, 200);
            QVERIFY2(r.head.contains("\r\nConnection: close"), r.head.constData());
            QVERIFY(socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(10000));
            QCOMPARE(socket.readAll(), QByteArray());
            QCOMPARE(stored(id), 1);
            QCOMPARE(stored(id + "-after"), 0);
        }
        // HTTP/1.0 asking to be kept alive is.
        {
            QTcpSocket socket;
            QVERIFY(connect(socket));
            socket.write(request("D-http10-keep", "Connection: keep-alive\r\n", "1.0"));
            const RawReply r = readRawReply(socket, 10000);
            QCOMPARE(r.status, 200);
            QVERIFY(!r.head.contains("Connection: close"));
            QVERIFY(!socket.waitForDisconnected(200));
        }
        // Limits and framing refusals come first, as for any request.
        const QByteArray post = "POST /api/webhooks/products/created HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                "Authorization: Bearer tok-direct\r\n";
        QCOMPARE(rig.raw(post + "Content-Length: 5000000\r\n\r\n" + QByteArray(1000, 'x')).status, 413);
        QCOMPARE(rig.raw(post + "Content-Length: 12x\r\n\r\n{}").status, 400);
        QCOMPARE(rig.raw(post + "Content-Length: 2, 2\r\n\r\n{}").status, 400);
        QCOMPARE(rig.raw("POST /api/webhooks/products/created HTTP/1.1\r\nHost: evil.example\r\n"
                         "Authorization: Bearer tok-direct\r\nContent-Length: 2\r\n\r\n{}")
                     .status,
                 421);
        QCOMPARE(rig.raw(post + "Content-Length: 2\r\n\r\n{}").status,
                 400); // read, then refused by the route
        QCOMPARE(
            rig.raw("POST /api/webhooks/products/created HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2"
                    "\r\n\r\n{}")
                .status,
            401);
        // The same head as Qt's path writes (a header given twice sends a request there).
        const RawReply direct = rig.raw(request("D-head-1"));
        const RawReply viaQt = rig.raw(request("D-head-2", "X-Twice: 1\r\nX-Twice: 2\r\n"));
        QCOMPARE(direct.status, 200);
        QCOMPARE(viaQt.status, 200);
        auto lines = [](const RawReply &r) {
            QList<QByteArray> l = r.head.split('\n');
            for (QByteArray &line : l) {
                if (line.toLower().startsWith("content-length:"))
                    line = "content-length";
            }
            std::sort(l.begin(), l.end());
            return l;
        };
        QCOMPARE(lines(direct), lines(viaQt));
        QVERIFY2(direct.head.contains(QByteArray("Access-Control-Allow-Origin: " + origin)),
                 direct.head.constData());
        QCOMPARE(stored("D-head-1"), 1);
        QCOMPARE(stored("D-head-2"), 1);
    }

    // `Connection: close` (and HTTP/1.0 without keep-alive) on a request Qt parses: answered with
    // `Connection: close`, then the connection ends and nothing written behind the request is read. Before,
    // Qt 6.4 kept it open (until the idle timeout) and answered the webhook pipelined behind it.
    void connectionCloseHonoured()
    {
        SecurityRig rig;
        QVERIFY2(rig.start({.serverArgs = {u"--dev-integration"_s, u"shopee:CLOSE:tok-close"_s},
                            .webhooks = false}),
                 qPrintable(rig.errorString()));
        auto webhook = [](const QByteArray &id, const QByteArray &extra = {}) -> QByteArray {
            const QByteArray body = "{\"id\":\"" + id + "\",\"shopId\":\"CLOSE\",\"price\":1,\"stock\":1}";
            return "POST /api/webhooks/products/created HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                   "tok-close\r\n" +
                   extra + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        };
        auto stored = [&](const QByteArray &id) {
            return rig.scalar(
                u"SELECT COUNT(*) FROM products WHERE external_id = '%1'"_s.arg(QString::fromLatin1(id)));
        };
        // A header given twice sends a webhook to Qt's parser.
        const QByteArray viaQt = "X-Twice: 1\r\nX-Twice: 2\r\n";
        const QList<std::pair<QByteArray, QByteArray>> closing = {
            {"health, close", "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"},
            {"health, Close in a list",
             "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: TE, Close\r\n\r\n"},
            {"health, HTTP/1.0", "GET /api/health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n"},
            {"webhook via Qt, close", webhook("C-qt", viaQt + "Connection: close\r\n")},
        };
        int n = 0;
        for (const auto &[name, request] : closing) {
            const QByteArray after = "C-after-" + QByteArray::number(n++);
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, quint16(rig.url().port()));
            QVERIFY(socket.waitForConnected(5000));
            socket.write(request + webhook(after));
            const RawReply r = readRawReply(socket, 10000);
            QVERIFY2(r.status == 200, name.constData());
            QVERIFY2(r.head.contains("\r\nConnection: close"), QByteArray(name + ": " + r.head).constData());
            QVERIFY2(socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(5000),
                     name.constData());
            QCOMPARE(socket.readAll(), QByteArray());
            QVERIFY2(stored(after) == 0, name.constData());
        }
        QCOMPARE(stored("C-qt"), 1);
        // Kept alive otherwise: HTTP/1.1 without close, HTTP/1.0 asking for keep-alive.
        for (const QByteArray &request :
             {QByteArray("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
              QByteArray("GET /api/health HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n")}) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, quint16(rig.url().port()));
            QVERIFY(socket.waitForConnected(5000));
            socket.write(request + webhook("C-kept"));
            const RawReply r = readRawReply(socket, 10000);
            QCOMPARE(r.status, 200);
            QVERIFY(!r.head.contains("Connection: close"));
            QCOMPARE(readRawReply(socket, 10000).status, 200);
            QVERIFY(!socket.waitForDisconnected(200));
        }
        QCOMPARE(stored("C-kept"), 1);
    }

    // Connections: a cap per address (503 beyond it), slow heads and bodies answered 408, idle ones closed.
    void connectionsCappedAndSlowlorisClosed()
    {
        SecurityRig rig;
        QVERIFY2(rig.start({.serverArgs = {u"--max-connections-per-peer"_s, u"8"_s, u"--header-timeout"_s,
                                           u"1"_s, u"--idle-timeout"_s, u"2"_s},
                            .webhooks = false}),
                 qPrintable(rig.errorString()));
        const quint16 port = quint16(rig.url().port());
        const QByteArray health = "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        std::vector<std::unique_ptr<QTcpSocket>> held;
        const auto holdEight = [&](const QByteArray &sent) {
            held.clear();
            for (int i = 0; i < 8; ++i) {
                held.push_back(std::make_unique<QTcpSocket>());
                held.back()->connectToHost(QHostAddress::LocalHost, port);
                QVERIFY(held.back()->waitForConnected(5000));
                held.back()->write(sent);
                held.back()->waitForBytesWritten(5000);
                QTest::qWait(20); // one after another: the first is the one held longest
            }
            QTest::qWait(200);
        };
        // A local program holding the connections a peer may have, sending nothing or half a head, does not
        // keep others out: on the desktop the marketplace's webhooks come from 127.0.0.1 too (503 before).
        // The connection held longest is closed to make room.
        for (const QByteArray &sent : {QByteArray(), QByteArray("GET /api/health HTTP/1.1\r\nX-Slow: ")}) {
            holdEight(sent);
            QCOMPARE(rig.raw(health).status, 200);
            QVERIFY(held.front()->state() == QAbstractSocket::UnconnectedState ||
                    held.front()->waitForDisconnected(5000));
        }
        held.clear();

        // A peer's connections all being answered (each linking a shop through a marketplace that takes
        // 5 s to answer): a new one is refused, 503.
        const QByteArray session = rig.registerUser(u"linker@example.com"_s);
        rig.clone().admin(u"faults"_s, {{u"latencyMs"_s, 5000}});
        const QByteArray link = QJsonDocument(rig.linkBody()).toJson(QJsonDocument::Compact);
        holdEight("POST /api/integrations HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + session +
                  "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(link.size()) +
                  "\r\n\r\n" + link);
        const RawReply refused = rig.raw(health);
        QCOMPARE(refused.status, 503);
        QVERIFY2(refused.json().value(u"error"_s).toString().contains(u"too many connections"_s),
                 refused.body.constData());
        rig.clone().admin(u"faults"_s, {{u"latencyMs"_s, 0}});
        held.clear();
        // Their places are free once the server has seen them close (each try is a connection too).
        int status = 0;
        for (int i = 0; i < 100 && status != 200; ++i, QTest::qWait(100))
            status = rig.raw(health).status;
        QCOMPARE(status, 200);

        // Half a head, a byte at a time: 408 after the header timeout, though bytes keep coming.
        QElapsedTimer t;
        t.start();
        const Streamed slowHead = stream(
            port, "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ",
            [] {
                QTest::qWait(100);
                return QByteArray("a");
            },
            1000);
        QCOMPARE(slowHead.reply.status, 408);
        QVERIFY(t.elapsed() < 20000); // the drip alone would last 100 s
        // A body that trickles: 408 after three header timeouts.
        const Streamed slowBody = stream(
            port, "POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n\r\n",
            [] {
                QTest::qWait(100);
                return QByteArray("a");
            },
            100000);
        QCOMPARE(slowBody.reply.status, 408);
        QCOMPARE(rig.raw("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").status, 200);
    }

    // A connection whose request has arrived is not closed to make room, though the server has not read it
    // yet: more connections accepted in the same turn than the cap (a local program connecting fast) closed
    // the marketplace's webhook unanswered. The server is stopped while they connect, so it accepts them
    // all in one turn.
    void arrivedRequestNotEvicted()
    {
        SecurityRig rig;
        QVERIFY2(startCapRig(rig, 8), qPrintable(rig.errorString()));
        const quint16 port = quint16(rig.url().port());
        const pid_t pid = pid_t(rig.server().process().processId());
        QCOMPARE(::kill(pid, SIGSTOP), 0);
        auto resume = qScopeGuard([pid] { ::kill(pid, SIGCONT); });
        QTcpSocket marketplace;
        marketplace.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(marketplace.waitForConnected(5000));
        marketplace.write(capWebhook("M1"));
        QVERIFY(marketplace.waitForBytesWritten(5000));
        std::vector<std::unique_ptr<QTcpSocket>> others; // eight more than the cap leaves after it
        for (int i = 0; i < 8; ++i) {
            others.push_back(std::make_unique<QTcpSocket>());
            others.back()->connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(others.back()->waitForConnected(5000));
        }
        QTest::qWait(100);
        resume.dismiss();
        QCOMPARE(::kill(pid, SIGCONT), 0);
        const RawReply answer = readRawReply(marketplace, 10000);
        QVERIFY2(answer.status == 200, answer.closed ? "closed unanswered" : answer.head.constData());
        QCOMPARE(rig.scalar(u"SELECT COUNT(*) FROM orders WHERE external_id = 'M1'"_s), 1);
    }

    // Connections part-way through a request whose next bytes the server has not read yet are still closed
    // to make room: a local program trickling request bodies always has some unread when the HTTP thread is
    // late, and sparing them kept the marketplace out (503). The server is stopped while each of them sends
    // one more byte and the marketplace connects.
    void tricklingRequestsStillMakeRoom()
    {
        SecurityRig rig;
        QVERIFY2(startCapRig(rig, 8), qPrintable(rig.errorString()));
        const quint16 port = quint16(rig.url().port());
        std::vector<std::unique_ptr<QTcpSocket>> trickling;
        for (int i = 0; i < 8; ++i) {
            trickling.push_back(std::make_unique<QTcpSocket>());
            trickling.back()->connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(trickling.back()->waitForConnected(5000));
            trickling.back()->write("POST /api/webhooks/orders/created HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                    "Authorization: Bearer x\r\nContent-Length: 1000\r\n\r\n{");
            QVERIFY(trickling.back()->waitForBytesWritten(5000));
        }
        QTest::qWait(500); // all read: each is part-way through its body
        const pid_t pid = pid_t(rig.server().process().processId());
        QCOMPARE(::kill(pid, SIGSTOP), 0);
        auto resume = qScopeGuard([pid] { ::kill(pid, SIGCONT); });
        QTest::qWait(300); // stopped before the bytes below arrive
        for (auto &s : trickling) {
            s->write(" ");
            QVERIFY(s->waitForBytesWritten(5000));
        }
        QTcpSocket marketplace;
        marketplace.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(marketplace.waitForConnected(5000));
        marketplace.write(capWebhook("T1"));
        QVERIFY(marketplace.waitForBytesWritten(5000));
        QTest::qWait(100);
        resume.dismiss();
        QCOMPARE(::kill(pid, SIGCONT), 0);
        const RawReply answer = readRawReply(marketplace, 10000);
        QVERIFY2(answer.status == 200, answer.closed ? "closed unanswered" : answer.head.constData());
        QCOMPARE(rig.scalar(u"SELECT COUNT(*) FROM orders WHERE external_id = 'T1'"_s), 1);
    }

    // A connection that pipelined a webhook and part of the next one is not closed to make room while the
    // first is being written: it owes an answer (review's eviction repro, fixed in fdb55f5). The store is
    // held by a transaction of the test while the cap fills.
    void pipelinedWebhookAnsweredAtTheCap()
    {
        SecurityRig rig;
        QVERIFY2(startCapRig(rig, 4), qPrintable(rig.errorString()));
        const quint16 port = quint16(rig.url().port());
        QTest::qWait(300);
        const QString name = u"hold-store"_s;
        auto removeDb = qScopeGuard([name] { QSqlDatabase::removeDatabase(name); });
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(rig.databasePath());
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
            QVERIFY(db.open());
            QSqlQuery lock(db);
            QVERIFY2(lock.exec(u"BEGIN IMMEDIATE"_s),
                     qPrintable(lock.lastError().text())); // the writer waits
            QTcpSocket pipelining;
            pipelining.connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(pipelining.waitForConnected(5000));
            pipelining.write(capWebhook("A1") + capWebhook("A2").left(60));
            QVERIFY(pipelining.waitForBytesWritten(5000));
            QTest::qWait(500);
            std::vector<std::unique_ptr<QTcpSocket>> idle; // up to and past the cap of 4
            for (int i = 0; i < 4; ++i) {
                idle.push_back(std::make_unique<QTcpSocket>());
                idle.back()->connectToHost(QHostAddress::LocalHost, port);
                QVERIFY(idle.back()->waitForConnected(5000));
                QTest::qWait(200);
            }
            QTest::qWait(500);
            QVERIFY(lock.exec(u"COMMIT"_s));
            const RawReply answer = readRawReply(pipelining, 10000);
            QVERIFY2(answer.status == 200, answer.closed ? "closed unanswered" : answer.head.constData());
        }
        QCOMPARE(rig.scalar(u"SELECT COUNT(*) FROM orders WHERE external_id = 'A1'"_s), 1);
    }

    // Pipelined requests whose answers are never read: the server stops reading (TCP pushes back)
    // instead of queueing answers without end. Webhook POSTs are framed and answered by the front door
    // itself, one after another from the same bytes: the server took all 30 MB of them (400,000 404s,
    // 66 MB of answers) before, and grew by 33 MB for 16 MB. Once the client reads, all are answered.
    void unreadAnswersBounded()
    {
        SecurityRig rig;
        QVERIFY2(rig.start({.webhooks = false}), qPrintable(rig.errorString()));
        QCOMPARE(rig.raw("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").status, 200);
        const QByteArray one =
            "POST /api/webhooks/nothing-here HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n";
        const QByteArray batch = one.repeated(1000);
        // A plain socket: QTcpSocket would read the answers while it waits to write.
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        const auto closeFd = qScopeGuard([fd] { ::close(fd); });
        // A small receive window, set before connecting: the answers cannot hide in this side's kernel.
        int window = 64 * 1024;
        QCOMPARE(::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &window, sizeof window), 0);
        QCOMPARE(::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &window, sizeof window), 0); // little held here
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(quint16(rig.url().port()));
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::connect(fd, reinterpret_cast<const sockaddr *>(&to), sizeof to), 0);
        const qint64 before = rig.server().residentKb();
        qint64 peak = before;
        qint64 requests = 0;
        qsizetype offset = 0; // into the batch being written
        QElapsedTimer t;
        t.start();
        QElapsedTimer stuck; // since the server last took a byte
        stuck.start();
        while (requests < 400000 && stuck.elapsed() < 3000 && t.elapsed() < 60000) {
            const ssize_t n =
                ::send(fd, batch.constData() + offset, size_t(batch.size() - offset), MSG_DONTWAIT);
            if (n > 0) {
                stuck.restart();
                offset += n;
                if (offset == batch.size()) {
                    offset = 0;
                    requests += 1000;
                }
            } else if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
                QFAIL(qPrintable(u"send: %1"_s.arg(QString::fromLocal8Bit(strerror(errno)))));
            } else {
                QTest::qWait(20); // the server reads no more for now
                peak = qMax(peak, rig.server().residentKb());
            }
        }
        const qint64 taken = requests * one.size() + offset;
        requests += (offset + one.size() - 1) / one.size(); // the one begun is finished below
        qsizetype finish = (offset + one.size() - 1) / one.size() * one.size();
        // The server works through what it read: sample until it has not grown for 3 s.
        QElapsedTimer still;
        still.start();
        t.restart();
        while (still.elapsed() < 3000 && t.elapsed() < 60000) {
            QTest::qWait(200);
            const qint64 now = rig.server().residentKb();
            if (now > peak + 256)
                still.restart();
            peak = qMax(peak, now);
        }
        qInfo("sent %lld requests (%.1f MB); server RSS %lld KiB before, at most %lld KiB (+%lld KiB)",
              requests, double(requests * one.size()) / (1024 * 1024), before, peak, peak - before);
        // What the kernels hold and a request's worth in the server (a few MB); not all 30 MB.
        QVERIFY2(taken < 16 * 1024 * 1024, qPrintable(u"the server took %1 bytes"_s.arg(taken)));
        // RSS is only reported: under ASan its quarantine keeps what every answer freed.

        // Reading again: every request is answered (404, no such webhook), none lost.
        window = 4 * 1024 * 1024;
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &window, sizeof window);
        const QByteArray expected = "HTTP/1.1 404 ";
        qint64 answers = 0;
        QByteArray carry;
        char buffer[65536];
        t.restart();
        while (answers < requests && t.elapsed() < 120000) {
            if (offset < finish) {
                const ssize_t n =
                    ::send(fd, batch.constData() + offset, size_t(finish - offset), MSG_DONTWAIT);
                offset += qMax<ssize_t>(n, 0);
            }
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
            if (n == 0)
                break;
            if (n < 0) {
                QTest::qWait(5);
                continue;
            }
            const QByteArray data = carry + QByteArray::fromRawData(buffer, n);
            answers += data.count(expected);
            carry = data.right(expected.size() - 1);
        }
#if BVA_TEST_ASAN
        // Under ASan the front door frames held pipelined bytes ~100 times slower: reading works again.
        QVERIFY2(answers >= 1000, qPrintable(QString::number(answers)));
#else
        QCOMPARE(answers, requests);
#endif
        QCOMPARE(rig.raw("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").status, 200);
    }

    // Answers leave in request order, whatever each waits for: a webhook's 200 waits for its commit, a 404,
    // a 401, a 421 and Qt's health check behind it are ready at once. Before, `webhook, 404` pipelined was
    // answered `404, 200`: a pipelining client took one request's answer for another's.
    void pipelinedAnswersInOrder()
    {
        SecurityRig rig;
        QVERIFY2(rig.start({.serverArgs = {u"--dev-integration"_s, u"shopee:ORDER:tok-order"_s},
                            .webhooks = false}),
                 qPrintable(rig.errorString()));
        auto webhook = [](const QByteArray &id, const QByteArray &token) -> QByteArray {
            const QByteArray body =
                "{\"id\":\"" + id + "\",\"shopId\":\"ORDER\",\"name\":\"O\",\"price\":1,\"stock\":1}";
            return "POST /api/webhooks/products/created HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                   token + "\r\nContent-Type: application/json\r\nContent-Length: " +
                   QByteArray::number(body.size()) + "\r\n\r\n" + body;
        };
        const QByteArray notFound =
            "POST /api/webhooks/nothing-here HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n";
        const QByteArray foreign =
            "POST /api/webhooks/products/created HTTP/1.1\r\nHost: evil.example\r\nContent-Length: 0\r\n\r\n";
        const QByteArray health = "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(rig.url().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write(webhook("W1", "tok-order") + notFound + health + webhook("W2", "wrong") + foreign +
                     webhook("W3", "tok-order") + notFound);
        QList<int> statuses;
        QList<RawReply> replies;
        for (int i = 0; i < 7; ++i) {
            replies.append(readRawReply(socket, 10000));
            statuses.append(replies.last().status);
        }
        QCOMPARE(statuses, (QList<int>{200, 404, 200, 401, 421, 200, 404}));
        // The health check's answer where it was asked, and the two deliveries' in their order.
        QCOMPARE(replies.at(2).json().value(u"data"_s).toObject().value(u"status"_s).toString(), u"ok"_s);
        auto inboxId = [&](int i) {
            return replies.at(i).json().value(u"data"_s).toObject().value(u"id"_s).toInteger();
        };
        QVERIFY(inboxId(0) > 0);
        QVERIFY(inboxId(0) < inboxId(5));
        // Qt's parser first: nothing behind its request overtakes it.
        socket.write(health + webhook("W4", "tok-order") + notFound + health);
        statuses.clear();
        for (int i = 0; i < 4; ++i)
            statuses.append(readRawReply(socket, 10000).status);
        QCOMPARE(statuses, (QList<int>{200, 200, 404, 200}));
        QVERIFY(!socket.waitForDisconnected(200)); // kept alive
        QCOMPARE(rig.scalar(u"SELECT COUNT(*) FROM products"_s), 3);
    }

    // A client that pipelines and then half-closes (shutdown(SHUT_WR)) gets every answer before the server
    // closes. Before, Qt closed the connection on reading the end of input: 40 requests got 16 answers (the
    // rest were held for the next turn of the event loop), 30 webhooks were stored and none answered.
    void halfClosedPipelineAnswered_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::newRow("404s") << QByteArray("404s");
        QTest::newRow("webhooks") << QByteArray("webhooks");
        // Requests Qt parses (every GET of the API): Qt turns the read notifier on again after each read from
        // its buffer, and read the end of input behind the gate's back (3 answers of 40 before).
        QTest::newRow("health checks") << QByteArray("health");
    }
    void halfClosedPipelineAnswered()
    {
        QFETCH(QByteArray, kind);
        const bool webhooks = kind == "webhooks";
        SecurityRig rig;
        QVERIFY2(
            rig.start({.serverArgs = {u"--dev-integration"_s, u"shopee:HALF:tok-half"_s}, .webhooks = false}),
            qPrintable(rig.errorString()));
        const int count = webhooks ? 30 : 40;
        QByteArray requests;
        for (int i = 0; i < count; ++i) {
            const QByteArray body = webhooks ? "{\"id\":\"H" + QByteArray::number(i) +
                                                   "\",\"shopId\":\"HALF\",\"price\":1,\"stock\":1}"
                                             : QByteArray();
            requests += "POST /api/webhooks/" + QByteArray(webhooks ? "products/created" : "nothing-here") +
                        " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer tok-half\r\nContent-Length: " +
                        QByteArray::number(body.size()) + "\r\n\r\n" + body;
        }
        if (kind == "health")
            requests = QByteArray("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").repeated(count);
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        const auto closeFd = qScopeGuard([fd] { ::close(fd); });
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(quint16(rig.url().port()));
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::connect(fd, reinterpret_cast<const sockaddr *>(&to), sizeof to), 0);
        QCOMPARE(::send(fd, requests.constData(), size_t(requests.size()), 0), ssize_t(requests.size()));
        QCOMPARE(::shutdown(fd, SHUT_WR), 0);
        QByteArray received;
        char buffer[65536];
        QElapsedTimer t;
        t.start();
        bool closed = false;
        while (!closed && t.elapsed() < 60000) {
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
            if (n > 0)
                received.append(buffer, n);
            else if (n == 0)
                closed = true;
            else
                QTest::qWait(5);
        }
        QVERIFY(closed); // and then the server closes
        QVERIFY2(received.count(kind == "404s" ? "HTTP/1.1 404 " : "HTTP/1.1 200 ") == count,
                 received.left(400).constData());
        if (webhooks)
            QCOMPARE(rig.scalar(u"SELECT COUNT(*) FROM products"_s), count);
    }

    // 6. Money at the boundary: price x quantity and sums that would wrap, negative prices and totals
    // are refused (400, kept in the inbox as failed with the reason), never stored as a wrapped number.
    void moneyOverflowRefused_data()
    {
        QTest::addColumn<QByteArray>("topic");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("price x quantity wraps")
            << QByteArray("orders/created")
            << QByteArray(
                   R"({"id":"O1","shopId":"MONEY","status":"PENDING","items":[{"productId":"P","quantity":1000000,"price":"92233720368"}]})")
            << u"item price times quantity is out of range"_s;
        QTest::newRow("sum wraps")
            << QByteArray("orders/created")
            << QByteArray(
                   R"({"id":"O2","shopId":"MONEY","items":[{"productId":"P","quantity":1,"price":"90000000000"},)"
                   R"({"productId":"Q","quantity":1,"price":"90000000000"}]})")
            << u"the items' sum is out of range"_s;
        QTest::newRow("negative total")
            << QByteArray("orders/created")
            << QByteArray(R"({"id":"O3","shopId":"MONEY","total":-1000,"items":[]})")
            << u"total is negative"_s;
        QTest::newRow("negative item price")
            << QByteArray("orders/updated")
            << QByteArray(
                   R"({"id":"O4","shopId":"MONEY","items":[{"productId":"P","quantity":2,"price":-50}]})")
            << u"item price is negative"_s;
        QTest::newRow("negative product price")
            << QByteArray("products/created")
            << QByteArray(R"({"id":"P9","shopId":"MONEY","name":"Free money","price":-100,"stock":1})")
            << u"price is negative"_s;
        QTest::newRow("20-digit price")
            << QByteArray("products/updated")
            << QByteArray(
                   R"({"id":"P9","shopId":"MONEY","name":"X","price":"99999999999999999999","stock":1})")
            << u"price is out of range"_s;
    }
    void moneyOverflowRefused()
    {
        QFETCH(QByteArray, topic);
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        SecurityRig rig;
        QVERIFY2(rig.start({.serverArgs = {u"--dev-integration"_s, u"shopee:MONEY:tok-money"_s},
                            .webhooks = false}),
                 qPrintable(rig.errorString()));
        const Reply r = rig.send("POST", u"/api/webhooks/"_s + QString::fromLatin1(topic), body,
                                 {{"Authorization", "Bearer tok-money"}});
        QCOMPARE(r.status, 400);
        QVERIFY2(errorOf(r).contains(reason), qPrintable(errorOf(r)));
        QCOMPARE(rig.scalar(u"SELECT COUNT(*) FROM orders"_s), 0);
        QCOMPARE(rig.scalar(u"SELECT COUNT(*) FROM products"_s), 0);
        QCOMPARE(rig.scalar(u"SELECT COUNT(*) FROM webhook_inbox WHERE state = 'FAILED'"_s), 1);
    }

    // 7. Marketplace text is bounded per field: a webhook naming a record with a name, SKU, id, customer or
    // status far beyond what a real marketplace allows is refused (400 with the field, kept in the inbox as
    // failed), through the fast order reader too. Before, a 900,000-character name was answered 200 and
    // stored whole. A long description is kept, cut to 20,000 characters.
    void overlongTextRefused_data()
    {
        QTest::addColumn<QByteArray>("topic");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        auto product = [](const QByteArray &field, int size) -> QByteArray {
            return "{\"id\":\"P1\",\"shopId\":\"LONG\",\"price\":1,\"stock\":1,\"name\":\"N\",\"" + field +
                   "\":\"" + QByteArray(size, 'x') + "\"}";
        };
        auto order = [](const QByteArray &field, int size) -> QByteArray {
            return "{\"id\":\"O1\",\"shopId\":\"LONG\",\"status\":\"PENDING\",\"" + field + "\":\"" +
                   QByteArray(size, 'x') +
                   "\",\"items\":[{\"productId\":\"P1\",\"quantity\":1,\"price\":1}]}";
        };
        QTest::newRow("product name") << QByteArray("products/created") << product("name", 900'000)
                                      << u"name is longer than 1000 characters"_s;
        QTest::newRow("sku") << QByteArray("products/created") << product("sku", 401)
                             << u"sku is longer than 400 characters"_s;
        QTest::newRow("category") << QByteArray("products/created") << product("category", 1001)
                                  << u"category is longer than 1000 characters"_s;
        QTest::newRow("image") << QByteArray("products/created") << product("imageUrl", 2049)
                               << u"image is longer than 2048 characters"_s;
        QTest::newRow("product id") << QByteArray("products/created")
                                    << QByteArray("{\"id\":\"" + QByteArray(257, '7') +
                                                  "\",\"shopId\":\"LONG\",\"price\":1,\"stock\":1}")
                                    << u"id is longer than 256 characters"_s;
        QTest::newRow("customer name") << QByteArray("orders/created") << order("customerName", 500'000)
                                       << u"customerName is longer than 500 characters"_s;
        QTest::newRow("customer email") << QByteArray("orders/updated") << order("customerEmail", 321)
                                        << u"customerEmail is longer than 320 characters"_s;
        QTest::newRow("order id") << QByteArray("orders/created")
                                  << QByteArray("{\"id\":\"" + QByteArray(257, 'o') +
                                                "\",\"shopId\":\"LONG\",\"status\":\"PENDING\",\"items\":[]}")
                                  << u"id is longer than 256 characters"_s;
        QTest::newRow("item name")
            << QByteArray("orders/created")
            << QByteArray(
                   "{\"id\":\"O2\",\"shopId\":\"LONG\",\"status\":\"PENDING\",\"items\":[{\"productId\":\"P1\",\"name\":\"" +
                   QByteArray(1001, 'n') + "\",\"quantity\":1,\"price\":1}]}")
            << u"item name is longer than 1000 characters"_s;
        QTest::newRow("status change id") << QByteArray("orders/status-changed")
                                          << QByteArray("{\"id\":\"" + QByteArray(257, 's') +
                                                        "\",\"shopId\":\"LONG\",\"status\":\"SHIPPED\"}")
                                          << u"id is longer than 256 characters"_s;
        QTest::newRow("batch part") << QByteArray("sync/batch")
                                    << QByteArray("{\"shopId\":\"LONG\",\"products\":[" +
                                                  product("name", 5000) + "]}")
                                    << u"products[0]: name is longer than 1000 characters"_s;
    }
    void overlongTextRefused()
    {
        QFETCH(QByteArray, topic);
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        SecurityRig rig;
        QVERIFY2(
            rig.start({.serverArgs = {u"--dev-integration"_s, u"shopee:LONG:tok-long"_s}, .webhooks = false}),
            qPrintable(rig.errorString()));
        const Reply r = rig.send("POST", u"/api/webhooks/"_s + QString::fromLatin1(topic), body,
                                 {{"Authorization", "Bearer tok-long"}});
        QCOMPARE(r.status, 400);
        QVERIFY2(errorOf(r).contains(reason), qPrintable(errorOf(r).left(300)));
        QVERIFY(errorOf(r).size() < 300); // the reason, not the text
        QCOMPARE(rig.scalar(u"SELECT COUNT(*) FROM orders"_s), 0);
        QCOMPARE(rig.scalar(u"SELECT COUNT(*) FROM products"_s), 0);
        QCOMPARE(rig.scalar(u"SELECT COUNT(*) FROM webhook_inbox WHERE state = 'FAILED'"_s), 1);

        // Within the limits the same record is taken, and a long description is cut, not refused.
        const QByteArray fine = "{\"id\":\"P2\",\"shopId\":\"LONG\",\"price\":1,\"stock\":1,\"name\":\"" +
                                QByteArray(1000, 'n') + "\",\"sku\":\"" + QByteArray(400, 'k') +
                                "\",\"description\":\"" + QByteArray(30'000, 'd') + "\"}";
        QCOMPARE(rig.send("POST", u"/api/webhooks/products/created"_s, fine,
                          {{"Authorization", "Bearer tok-long"}})
                     .status,
                 200);
        QCOMPARE(rig.scalar(u"SELECT length(name) FROM products WHERE external_id = 'P2'"_s), 1000);
        QCOMPARE(rig.scalar(u"SELECT length(description) FROM products WHERE external_id = 'P2'"_s), 20'000);
    }

    // The WebSocket takes small commands only: a signed-in client's oversized message closes it
    // (1009) instead of being read into memory.
    void webSocketMessagesBounded()
    {
        SecurityRig rig;
        QVERIFY2(rig.start({.webhooks = false}), qPrintable(rig.errorString()));
        const QByteArray session = rig.registerUser(u"socket@example.com"_s);
        QWebSocket socket;
        QSignalSpy connected(&socket, &QWebSocket::connected);
        QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
        QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
        QUrl url = rig.url(u"/ws"_s);
        url.setScheme(u"ws"_s);
        url.setQuery(u"token="_s + QString::fromLatin1(session));
        socket.open(url);
        QVERIFY(connected.wait(10000));
        QTRY_COMPARE(messages.count(), 1); // "connected"
        socket.sendTextMessage(u"{\"event\":\"ping\"}"_s);
        QTRY_COMPARE(messages.count(), 2);
        QVERIFY(messages.last().first().toString().contains(u"pong"_s));
        socket.sendTextMessage(QString(100 * 1024, u'x'));
        QVERIFY(disconnected.count() > 0 || disconnected.wait(10000));
        QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
    }
};

QTEST_GUILESS_MAIN(TstSecurity)
#include "tst_security.moc"
