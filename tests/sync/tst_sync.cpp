// IntegrationService + SyncService against real bva-clone processes over loopback, both flavours:
// ownership proof, full and incremental sync, fault flags, resume after interruption, expiry,
// disconnect, the vault keeping tokens out of the database, and the scheduler.
#include "domain/money.h"
#include "platforms/platformclient.h"
#include "store/integrationrepository.h"
#include "store/orderrepository.h"
#include "store/productrepository.h"
#include "store/shoprepository.h"
#include "store/syncrunrepository.h"
#include "synctestsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace bva;
using namespace bva::test;

class TestSync : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void refusesWrongToken_data() { addFlavours(); }
    void refusesWrongToken();
    void refusesTokenOfAnotherShop_data() { addFlavours(); }
    void refusesTokenOfAnotherShop();
    void fullSyncEqualsSimulator_data();
    void fullSyncEqualsSimulator();
    void incrementalAfterLiveChanges_data() { addFlavours(); }
    void incrementalAfterLiveChanges();
    void wholeListWhenNotPaging();
    void expiredToken_data() { addFlavours(); }
    void expiredToken();
    void disconnect_data() { addFlavours(); }
    void disconnect();
    void databaseHoldsNoTokenBytes();
    void shopCurrencyFromMarketplace_data();
    void shopCurrencyFromMarketplace();
};

void TestSync::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (CloneProcess::binaryPath().isEmpty())
        QSKIP("bva-clone is not built");
}

void TestSync::refusesWrongToken()
{
    QFETCH(QString, flavor);
    CloneProcess clone(cloneOptions(flavor));
    QVERIFY2(clone.start(), qPrintable(clone.errorString()));
    BVA_SCRATCH_DB(scratch, u"sqlite"_s);
    SyncHarness h;
    const QString why = h.open(std::move(scratch), quickOptions());
    QVERIFY2(why.isEmpty(), qPrintable(why));

    ConnectRequest r = connectRequest(h, clone);
    r.token = "not-a-token";
    const auto result = await(h.service->connectShop(r));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::Unauthorized);
    QVERIFY(!result.error().message.contains(u"not-a-token"_s));
    auto all = IntegrationRepository(*h.db).all();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 0);
}

void TestSync::refusesTokenOfAnotherShop()
{
    QFETCH(QString, flavor);
    CloneProcess clone(cloneOptions(flavor));
    QVERIFY2(clone.start(), qPrintable(clone.errorString()));
    BVA_SCRATCH_DB(scratch, u"sqlite"_s);
    SyncHarness h;
    const QString why = h.open(std::move(scratch), quickOptions());
    QVERIFY2(why.isEmpty(), qPrintable(why));

    const QJsonObject other = clone.seller(1);
    QVERIFY(!other.isEmpty());
    ConnectRequest r = connectRequest(h, clone);
    r.token = other.value(u"token"_s).toString().toLatin1(); // seller 2's token, claiming seller 1's shop
    const auto result = await(h.service->connectShop(r));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::Forbidden);
    QVERIFY2(result.error().message.contains(clone.shopId()), qPrintable(result.error().message));
    auto shops = ShopRepository(*h.db).all();
    QVERIFY(shops.ok());
    QCOMPARE(shops->size(), 0);
    QVERIFY(!h.vault->read(u"integrations/"_s + flavor + u'/' + clone.shopId() + u"/token"_s)->has_value());
}

void TestSync::fullSyncEqualsSimulator_data()
{
    QTest::addColumn<QString>("flavor");
    QTest::addColumn<QString>("backend");
    for (const QString &f : {u"shopee"_s, u"lazada"_s}) {
        for (const QString &b : {u"sqlite"_s, u"postgres"_s})
            QTest::newRow(qPrintable(f + u'/' + b)) << f << b;
    }
}

void TestSync::fullSyncEqualsSimulator()
{
    QFETCH(QString, flavor);
    QFETCH(QString, backend);
    CloneProcess clone(cloneOptions(flavor));
    QVERIFY2(clone.start(), qPrintable(clone.errorString()));
    BVA_SCRATCH_DB(scratch, backend);
    SyncHarness h;
    const QString why = h.open(std::move(scratch), quickOptions());
    QVERIFY2(why.isEmpty(), qPrintable(why));

    ProgressWatch progress(*h.service);
    const auto result = await(h.service->connectShop(connectRequest(h, clone)));
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    const Integration i = *result;
    QVERIFY(i.id > 0);
    QVERIFY(!i.tokenRef.isEmpty());
    QCOMPARE(i.tokenLookup.size(), 64);

    const SyncProgress p = h.service->progress(i.id);
    QVERIFY(p.runId > 0);
    const auto run = waitForRun(h, p.runId);
    QVERIFY(run);
    QVERIFY2(run->state == u"succeeded", qPrintable(run->error));
    QCOMPARE(run->kind, u"full"_s);
    QCOMPARE(run->skipped, 0);
    QVERIFY(run->productsSeen >= 30);
    QVERIFY(run->ordersSeen > 0);
    QVERIFY(run->itemsSeen >= run->ordersSeen);
    QVERIFY(run->finishedAt.isValid());
    QTRY_VERIFY(progress.count >= 2);

    const QString diff = compareWithClone(*h.db, i.shopId, clone, clone.shopId(), clone.token());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // The run row is finished just before the service sets the shop's state back from Syncing.
    QTRY_COMPARE((*IntegrationRepository(*h.db).findById(i.id))->state, IntegrationState::Connected);
    auto stored = IntegrationRepository(*h.db).findById(i.id);
    QVERIFY(stored.ok() && stored->has_value());
    QVERIFY((*stored)->lastSyncAt.isValid());
    auto role = ShopRepository(*h.db).roleOf(h.userId, i.shopId);
    QVERIFY(role.ok() && role->has_value());
    QCOMPARE(**role, ShopRole::Admin);
    auto secret = h.service->webhookSecret(i.id);
    QVERIFY(secret.ok());
    QVERIFY(secret->startsWith("whsec_"));
    QVERIFY(QByteArray::fromBase64(secret->mid(6)).size() >= 24);

    // Connecting again (same token) updates instead of duplicating, and a second full sync doubles nothing.
    const auto again = await(h.service->connectShop(connectRequest(h, clone)));
    QVERIFY(again.ok());
    QCOMPARE(again->id, i.id);
    const auto run2 = waitForRun(h, h.service->progress(i.id).runId);
    QVERIFY(run2 && run2->state == u"succeeded");
    const QString diff2 = compareWithClone(*h.db, i.shopId, clone, clone.shopId(), clone.token());
    QVERIFY2(diff2.isEmpty(), qPrintable(diff2));
}

void TestSync::incrementalAfterLiveChanges()
{
    QFETCH(QString, flavor);
    CloneProcess clone(cloneOptions(flavor));
    QVERIFY2(clone.start(), qPrintable(clone.errorString()));
    BVA_SCRATCH_DB(scratch, u"sqlite"_s);
    SyncHarness h;
    const QString why = h.open(std::move(scratch), quickOptions());
    QVERIFY2(why.isEmpty(), qPrintable(why));

    const auto result = await(h.service->connectShop(connectRequest(h, clone)));
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    const auto first = waitForRun(h, h.service->progress(result->id).runId);
    QVERIFY(first && first->state == u"succeeded");

    // Live marketplace activity: new orders, status moves, stock changes, product edits.
    const QJsonValue events =
        clone.admin(u"events"_s, QJsonObject{{u"count"_s, 60}, {u"kind"_s, u"mixed"_s}});
    QVERIFY(!events.isUndefined());

    auto runId = h.service->syncNow(result->id, SyncKind::Incremental);
    QVERIFY2(runId.ok(), runId.ok() ? "" : qPrintable(runId.error().message));
    const auto second = waitForRun(h, *runId);
    QVERIFY(second);
    QVERIFY2(second->state == u"succeeded", qPrintable(second->error));
    QCOMPARE(second->kind, u"incremental"_s);
    // Incremental asks only for what changed: far fewer records than the full run.
    QVERIFY2(second->ordersSeen < first->ordersSeen, qPrintable(QString::number(second->ordersSeen)));
    const QString diff = compareWithClone(*h.db, result->shopId, clone, clone.shopId(), clone.token());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestSync::wholeListWhenNotPaging()
{
    // Sites that ignore ?page= send the whole list; with pageSize 0 BVA does not even ask.
    CloneProcess clone(cloneOptions(u"lazada"_s));
    QVERIFY2(clone.start(), qPrintable(clone.errorString()));
    BVA_SCRATCH_DB(scratch, u"sqlite"_s);
    SyncHarness h;
    IntegrationServiceOptions o = quickOptions();
    o.pageSize = 0;
    const QString why = h.open(std::move(scratch), o);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const auto result = await(h.service->connectShop(connectRequest(h, clone)));
    QVERIFY(result.ok());
    const auto run = waitForRun(h, h.service->progress(result->id).runId);
    QVERIFY(run && run->state == u"succeeded");
    clone.admin(u"events"_s, QJsonObject{{u"count"_s, 30}, {u"kind"_s, u"mixed"_s}});
    const auto again = waitForRun(h, *h.service->syncNow(result->id, SyncKind::Incremental));
    QVERIFY(again && again->state == u"succeeded");
    const QString diff = compareWithClone(*h.db, result->shopId, clone, clone.shopId(), clone.token());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestSync::expiredToken()
{
    QFETCH(QString, flavor);
    CloneProcess clone(cloneOptions(flavor));
    QVERIFY2(clone.start(), qPrintable(clone.errorString()));
    BVA_SCRATCH_DB(scratch, u"sqlite"_s);
    SyncHarness h;
    const QString why = h.open(std::move(scratch), quickOptions());
    QVERIFY2(why.isEmpty(), qPrintable(why));

    const QByteArray shortLived = clone.issueToken(3600);
    QVERIFY(!shortLived.isEmpty());
    ConnectRequest r = connectRequest(h, clone, false);
    r.token = shortLived;
    const auto result = await(h.service->connectShop(r));
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));

    // The marketplace now refuses the stored token (as after its expiry).
    const QByteArray expired = clone.issueToken(0);
    QVERIFY(!expired.isEmpty());
    QVERIFY(h.vault->store(result->tokenRef, expired).ok());
    const auto run = waitForRun(h, *h.service->syncNow(result->id));
    QVERIFY(run && run->state == u"failed");
    QTRY_COMPARE_WITH_TIMEOUT(IntegrationRepository(*h.db).findById(result->id)->value().state,
                              IntegrationState::Expired, 5000);
    auto view = h.service->view(result->id);
    QVERIFY(view.ok() && view->has_value());
    QVERIFY(!(*view)->integration.lastError.isEmpty());
    // No more syncing until reconnected.
    QCOMPARE(h.service->syncNow(result->id).error().kind, Error::Kind::Unauthorized);
    const auto test = await(h.service->testConnection(result->id));
    QCOMPARE(test.error().kind, Error::Kind::Unauthorized);

    // Reconnect with the token of another seller: refused; with a fresh one of this seller: back to work.
    const auto wrong = await(
        h.service->reconnect(result->id, clone.seller(1).value(u"token"_s).toString().toLatin1(), h.userId));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().kind, Error::Kind::Forbidden);
    const auto back = await(h.service->reconnect(result->id, clone.token(), h.userId));
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    const auto resync = waitForRun(h, h.service->progress(result->id).runId);
    QVERIFY(resync && resync->state == u"succeeded");
    // The run's row is written before the service marks the integration connected again.
    QTRY_COMPARE_WITH_TIMEOUT(IntegrationRepository(*h.db).findById(result->id)->value().state,
                              IntegrationState::Connected, 5000);
    QVERIFY(await(h.service->testConnection(result->id)).ok());
}

void TestSync::disconnect()
{
    QFETCH(QString, flavor);
    CloneProcess clone(cloneOptions(flavor));
    QVERIFY2(clone.start(), qPrintable(clone.errorString()));
    BVA_SCRATCH_DB(scratch, u"sqlite"_s);
    SyncHarness h;
    const QString why = h.open(std::move(scratch), quickOptions());
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const auto result = await(h.service->connectShop(connectRequest(h, clone)));
    QVERIFY(result.ok());
    const auto run = waitForRun(h, h.service->progress(result->id).runId);
    QVERIFY(run && run->state == u"succeeded");
    QVERIFY(h.vault->read(result->tokenRef)->has_value());
    QVERIFY(h.vault->read(result->webhookSecretRef)->has_value());

    QVERIFY(await(h.service->disconnect(result->id, h.userId, DataPolicy::KeepData)).ok());
    QVERIFY(!h.vault->read(result->tokenRef)->has_value());
    QVERIFY(!h.vault->read(result->webhookSecretRef)->has_value());
    QVERIFY(!IntegrationRepository(*h.db).findById(result->id)->has_value());
    QVERIFY(*ProductRepository(*h.db).count(result->shopId) > 0); // data kept

    // Connect again and disconnect deleting the data.
    const auto again = await(h.service->connectShop(connectRequest(h, clone, false)));
    QVERIFY(again.ok());
    QCOMPARE(again->shopId, result->shopId);
    QVERIFY(await(h.service->disconnect(again->id, h.userId, DataPolicy::DeleteData)).ok());
    QVERIFY(!ShopRepository(*h.db).findById(result->shopId)->has_value());
    QCOMPARE(*OrderRepository(*h.db).count(result->shopId), 0);
    QVERIFY(!h.vault->read(again->tokenRef)->has_value());
}

void TestSync::databaseHoldsNoTokenBytes()
{
    CloneProcess clone(cloneOptions(u"shopee"_s));
    QVERIFY2(clone.start(), qPrintable(clone.errorString()));
    BVA_SCRATCH_DB(scratch, u"sqlite"_s);
    const QString dbPath = scratch->url().mid(7);
    SyncHarness h;
    const QString why = h.open(std::move(scratch), quickOptions());
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const auto result = await(h.service->connectShop(connectRequest(h, clone)));
    QVERIFY(result.ok());
    const auto run = waitForRun(h, h.service->progress(result->id).runId);
    QVERIFY(run && run->state == u"succeeded");
    const QByteArray secret = *h.service->webhookSecret(result->id);
    const QByteArray token = clone.token();
    QVERIFY(token.size() >= 16);

    // The database file, its WAL and shared memory, and the vault file: no token, no secret in clear.
    QStringList files{dbPath, dbPath + u"-wal"_s, dbPath + u"-shm"_s, h.vault->vaultPath()};
    int checked = 0;
    for (const QString &f : files) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        ++checked;
        QVERIFY2(!bytes.contains(token), qPrintable(f));
        QVERIFY2(!bytes.contains(token.left(24)), qPrintable(f));
        QVERIFY2(!bytes.contains(secret), qPrintable(f));
        QVERIFY2(!bytes.contains(secret.mid(6, 24)), qPrintable(f));
    }
    QVERIFY(checked >= 2);
    QVERIFY(QFile(dbPath).size() > 0);
    // The key file is owner-only.
    QCOMPARE(QFile(h.vault->keyPath()).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

void TestSync::shopCurrencyFromMarketplace_data()
{
    QTest::addColumn<QString>("flavor");
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("currency");
    for (const QString &f : {u"shopee"_s, u"lazada"_s}) {
        // The flavour's own (MYR, IDR), and yen: no decimals at all.
        for (const QString &c : {f == u"lazada"_s ? u"IDR"_s : u"MYR"_s, u"JPY"_s}) {
            for (const QString &b : {u"sqlite"_s, u"postgres"_s})
                QTest::newRow(qPrintable(f + u'/' + c + u'/' + b)) << f << b << c;
        }
    }
}

// A shop abroad (--regional-shop: IDR on lazada, MYR on shopee; or --regional-currency JPY) is stored in
// the currency the marketplace reports, its money synced exactly with that currency's exponent (yen: ¥1,250
// is 1250 minor units; every shop was once read with two decimals, 125000); a shop linked before BVA read
// the currency (kept as PHP) takes it when its token is checked again; the Philippine shop stays PHP.
void TestSync::shopCurrencyFromMarketplace()
{
    QFETCH(QString, flavor);
    QFETCH(QString, backend);
    QFETCH(QString, currency);
    CloneOptions options = cloneOptions(flavor);
    options.extraArgs.append({u"--regional-currency"_s, currency});
    CloneProcess clone(options);
    QVERIFY2(clone.start(), qPrintable(clone.errorString()));
    const QJsonObject abroad = clone.readyLine().value(u"sellers"_s).toArray().last().toObject();
    QCOMPARE(abroad.value(u"currency"_s).toString(), currency);
    BVA_SCRATCH_DB(scratch, backend);
    SyncHarness h;
    const QString why = h.open(std::move(scratch), quickOptions());
    QVERIFY2(why.isEmpty(), qPrintable(why));

    ConnectRequest r = connectRequest(h, clone);
    r.token = abroad.value(u"token"_s).toString().toLatin1();
    r.shopExternalId = abroad.value(u"shopId"_s).toString();
    const auto connected = await(h.service->connectShop(r));
    QVERIFY2(connected.ok(), connected.ok() ? "" : qPrintable(connected.error().message));
    ShopRepository shops(*h.db);
    QCOMPARE(shops.findById(connected->shopId)->value().currency, currency);
    const auto run = waitForRun(h, h.service->progress(connected->id).runId);
    QVERIFY(run && run->state == u"succeeded");
    const QString diff = compareWithClone(*h.db, connected->shopId, clone, r.shopExternalId, r.token);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    if (currency == u"JPY"_s) {
        // One product by hand: the whole-yen price the marketplace sends is BVA's amount, shown as it is.
        const CloneReply list = clone.get(u"/api/products/shop/"_s + r.shopExternalId, r.token);
        const QJsonArray products = list.data().toArray();
        QVERIFY(!products.isEmpty());
        const QJsonObject product = products.at(0).toObject();
        const QJsonValue price = product.value(u"price"_s);
        QVERIFY(price.isDouble());
        const qint64 yen = qint64(price.toDouble());
        QCOMPARE(double(yen), price.toDouble());
        QVERIFY(yen >= 10);
        const auto stored =
            ProductRepository(*h.db).findByExternal(connected->shopId, product.value(u"id"_s).toString());
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->priceMinor, yen);
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(displayMoney((*stored)->priceMinor, currency, english), u"¥"_s + english.toString(yen));
    }

    const auto home = await(h.service->connectShop(connectRequest(h, clone, false)));
    QVERIFY(home.ok());
    QCOMPARE(shops.findById(home->shopId)->value().currency, u"PHP"_s);

    Shop old = shops.findById(connected->shopId)->value();
    old.currency = u"PHP"_s;
    QVERIFY(shops.upsert(old).ok());
    QVERIFY(await(h.service->testConnection(connected->id)).ok());
    QCOMPARE(shops.findById(connected->shopId)->value().currency, currency);
    QCOMPARE(shops.findById(home->shopId)->value().currency, u"PHP"_s);
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
