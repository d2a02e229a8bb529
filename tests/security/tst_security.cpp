// The attacks of docs/security.md, each against real processes: bva-server (configured with a real
// bva-clone as its Shopee site), the clone, and a fake marketplace this test runs for the attacker.
// Every test here failed before its defence existed.
#include "fakemarketplace.h"
#include "securityrig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bva::test;

namespace {

QString errorOf(const Reply &r)
{
    return r.json.value(u"error"_s).toString();
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
                                 .json.value(u"data"_s).toArray().size();
        QVERIFY(products > 0);

        FakeMarketplace fake({rig.clone().shopId()});
        QVERIFY(fake.listen());
        const QByteArray attacker = rig.registerUser(u"attacker@example.com"_s);
        QJsonObject body = rig.linkBody("attacker-token");
        body.insert(u"siteUrl"_s, fake.url().toString());
        const Reply r = rig.call("POST", route, body, attacker);
        QCOMPARE(r.status, 400);
        QVERIFY2(errorOf(r).contains(u"siteUrl"_s), qPrintable(errorOf(r)));
        QCOMPARE(fake.requests(), 0);   // refused before anything was asked of that host

        // Nothing of the victim's changed, the attacker sees nothing.
        const QJsonObject after = rig.integration(id, victim);
        QCOMPARE(after.value(u"siteUrl"_s).toString(), rig.clone().url().toString());
        QCOMPARE(after.value(u"webhookSecret"_s).toString(), secret);
        QCOMPARE(rig.call("GET", u"/api/integrations"_s, {}, attacker).json.value(u"data"_s).toArray().size(), 0);
        QCOMPARE(rig.call("GET", u"/api/orders?shopId="_s + rig.clone().shopId(), {}, attacker).status, 403);

        // The next full sync still reads the real marketplace: no product is taken as deleted.
        QCOMPARE(rig.call("POST", u"/api/integrations/%1/sync?kind=full"_s.arg(id), {}, victim).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(rig.integration(id, victim).value(u"lastRun"_s).toObject().value(u"kind"_s).toString(),
                                  u"full"_s, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(rig.integration(id, victim).value(u"lastRun"_s).toObject().value(u"state"_s).toString(),
                                  u"succeeded"_s, 30000);
        QCOMPARE(rig.call("GET", u"/api/products?shopId="_s + rig.clone().shopId(), {}, victim)
                     .json.value(u"data"_s).toArray().size(), products);
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
        for (const QString &site : {open.url().toString(), u"http://127.0.0.1:1"_s, u"http://10.255.255.1:9"_s,
                                    u"http://no-such-host.invalid"_s}) {
            QJsonObject body = rig.linkBody("t");
            body.insert(u"siteUrl"_s, site);
            const Reply r = rig.call("POST", u"/api/integrations"_s, body, user);
            QCOMPARE(r.status, 400);
            answers.append(errorOf(r));
        }
        answers.removeDuplicates();
        QCOMPARE(answers.size(), 1);   // the same words whatever the host: nothing echoed, nothing learnt
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
            QVERIFY2(errorOf(r).contains(u"already linked"_s) && errorOf(r).contains(u"invite"_s), qPrintable(errorOf(r)));
            QVERIFY(!r.body.contains("whsec_"));
        }
        QCOMPARE(rig.call("GET", u"/api/shop-access/linked-shops"_s, {}, buyer).json.value(u"data"_s).toArray().size(), 0);
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
        QCOMPARE(again.json.value(u"data"_s).toObject().value(u"webhookSecret"_s), before.value(u"webhookSecret"_s));
    }
};

QTEST_GUILESS_MAIN(TstSecurity)
#include "tst_security.moc"
