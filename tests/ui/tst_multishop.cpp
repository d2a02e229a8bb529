// Several shops per marketplace, end to end on SQLite and PostgreSQL: a seller whose marketplace
// account runs two shops connects both from the desktop (the consent page's shop picker, "Connect
// another Shopee shop", the shop already connected refused with a way back), gets one card per shop,
// and both shops' webhooks land on the right shop although they carry the same token; the same
// through the REST API; pickers and reports tell same-named shops apart.
#include "accounts/usersession.h"
#include "analytics/analyticsservice.h"
#include "cloneprocess.h"
#include "consent/consentpage.h"
#include "consent/consentwindow.h"
#include "consentdriver.h"
#include "domain/shop.h"
#include "platforms/marketplacesites.h"
#include "settings/integrationcard.h"
#include "settings/integrationspage.h"
#include "shell/topbar.h"
#include "shell/uiservices.h"
#include "store/integrationrepository.h"
#include "store/orderrepository.h"
#include "store/productrepository.h"
#include "store/shoprepository.h"
#include "sync/integrationservice.h"
#include "testserver.h"
#include "theme/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>

using namespace Qt::StringLiterals;
using namespace bva;
using namespace bva::test;
using bva::ui::ConsentWindow;
using bva::ui::IntegrationCard;
using bva::ui::IntegrationsPage;

#define START(var, backend)                                                                                  \
    QString var##Why;                                                                                        \
    auto var = TestServer::start(backend, &var##Why, {});                                                    \
    if (!var) {                                                                                              \
        if (backend == u"postgres"_s && !postgresRequired())                                                 \
            QSKIP(qPrintable(u"PostgreSQL not reachable, skipped: "_s + var##Why));                          \
        QFAIL(qPrintable(var##Why));                                                                         \
    }

namespace {

ui::UiServices uiOf(TestServer &s, const QString &root)
{
    ui::UiServices u;
    AppServices &a = s.services();
    u.db = &a.database();
    u.bus = &a.eventBus();
    u.vault = &a.vault();
    u.auth = &a.auth();
    u.team = &a.team();
    u.audit = &a.audit();
    u.integrations = a.integrations();
    u.analytics = &a.analytics();
    u.consentStorageRoot = root;
    u.webhookBaseUrl = [] { return QUrl(u"http://127.0.0.1:3000"_s); };
    return u;
}

// The shops of the simulator's second seller: one account, two shops.
QJsonArray twoShops(const CloneProcess &clone)
{
    return clone.seller(1).value(u"shops"_s).toArray();
}

QString shopIdAt(const CloneProcess &clone, int i)
{
    return twoShops(clone).at(i).toObject().value(u"id"_s).toString();
}

QString shopNameAt(const CloneProcess &clone, int i)
{
    return twoShops(clone).at(i).toObject().value(u"name"_s).toString();
}

QPushButton *retryButton(ConsentWindow &w)
{
    for (QPushButton *b : w.findChildren<QPushButton *>()) {
        if (b->objectName() == u"primary"_s)
            return b;
    }
    return nullptr;
}

qint64 ordersOf(Database &db, const QString &externalShopId)
{
    auto shop = ShopRepository(db).findByExternal(Platform::Shopee, externalShopId);
    if (!shop.ok() || !shop->has_value())
        return -1;
    return OrderRepository(db).count((*shop)->id).value();
}

// Saves what a page looks like for a person to check (BVA_SCREENSHOT_DIR, when set).
void keepScreenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("BVA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    if (!w->isWindow() || w->width() < 400)
        w->resize(1000, qMax(760, w->sizeHint().height()));
    w->show();
    QTest::qWait(300);
    w->grab().save(dir + u'/' + name + u".png"_s);
}

bool idle(IntegrationService *service, qint64 integrationId)
{
    return !service->progress(integrationId).running;
}

} // namespace

class TstMultiShop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        ui::Theme::captureSystemPalette();
        ui::Theme::apply(ui::Appearance::Light);
        if (CloneProcess::binaryPath().isEmpty())
            QSKIP("bva-clone is not built");
    }

    void shopLabelsTellShopsApart()
    {
        const QList<Shop> shops{{1, Platform::Shopee, u"S1"_s, u"Juan's Shop"_s},
                                {2, Platform::Lazada, u"L1"_s, u"Juan's Shop"_s},
                                {3, Platform::Shopee, u"S2"_s, u"Outlet"_s},
                                {4, Platform::Shopee, u"S3"_s, u"Outlet"_s},
                                {5, Platform::Lazada, u"L2"_s, QString()},
                                {6, Platform::Lazada, u"L3"_s, u"Unique"_s}};
        const QHash<qint64, QString> labels = shopLabels(shops);
        QCOMPARE(labels.value(1), u"Juan's Shop (Shopee)"_s);
        QCOMPARE(labels.value(2), u"Juan's Shop (Lazada)"_s);
        QCOMPARE(labels.value(3), u"Outlet (Shopee S2)"_s);
        QCOMPARE(labels.value(4), u"Outlet (Shopee S3)"_s);
        QCOMPARE(labels.value(5), u"L2"_s);
        QCOMPARE(labels.value(6), u"Unique"_s);

        // The top bar's picker offers every shop, however many, each once and told apart.
        ui::TopBar bar;
        bar.setShops(shops);
        auto *scope = bar.findChildren<QComboBox *>().value(0);
        QVERIFY(scope);
        QStringList shown;
        for (int i = 0; i < scope->count(); ++i) {
            if (scope->itemData(i).toString().startsWith(u"shop:"_s))
                shown.append(scope->itemText(i));
        }
        QCOMPARE(shown.size(), 6);
        QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()).size(), 6);
    }

    void desktopConnectsEachShopOfOneAccount_data() { addBackendRows(); }
    void desktopConnectsEachShopOfOneAccount()
    {
        QFETCH(QString, backend);
        START(server, backend);
        CloneProcess clone({.flavor = u"shopee"_s,
                            .seed = 31,
                            .products = 15,
                            .days = 20,
                            .ordersPerDay = 6,
                            .webhookUrl = server->url(u"/api/webhooks"_s)});
        QVERIFY2(clone.start(), qPrintable(clone.errorString()));
        QCOMPARE(twoShops(clone).size(), 2);
        IntegrationService *service = server->services().integrations();
        BVA_VERIFY_OK(service->sites().set(Platform::Shopee, clone.url().toString()));
        service->start();
        server->registerUser(u"seller@example.com"_s);
        const ui::UiServices ui = uiOf(*server, m_dir.path() + u"/profiles-"_s + backend);
        ui::UserSession session(ui);
        auto signedIn = server->services().auth().signIn(u"seller@example.com"_s, u"correct horse"_s);
        QVERIFY(signedIn.ok());
        session.start(signedIn->user, signedIn->token, signedIn->sessionId, signedIn->expiresAt);

        IntegrationsPage page(ui, &session);
        page.resize(1000, 900);
        QSignalSpy connected(&page, &IntegrationsPage::connected);
        QSignalSpy reloaded(&page, &IntegrationsPage::reloaded);
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(page.cards(Platform::Shopee).size(), 1);
        QVERIFY(!page.card(Platform::Shopee)->view().integration);
        QVERIFY(!page.connectAnotherButton(Platform::Shopee)->isVisibleTo(&page));

        // First shop: sign in on the marketplace's page as the seller with two shops; the page offers both.
        page.connectPlatform(Platform::Shopee);
        QVERIFY(page.consentWindow());
        {
            ConsentWindow &w = *page.consentWindow();
            QVERIFY(waitForJs(
                w.page(), u"!!document.getElementById('consent-login') && document.readyState === 'complete'"
                          u" && !document.getElementById('consent-required').hidden"_s));
            runJs(w.page(), u"document.getElementById('consent-login').click(); true"_s);
            QVERIFY(waitForJs(
                w.page(), u"location.pathname === '/seller-login' && document.readyState === 'complete'"_s));
            runJs(w.page(), u"document.getElementById('email').value = '%1'; "
                            u"document.getElementById('password').value = '%2';"
                            u"document.getElementById('login-button').click(); true"_s.arg(
                                clone.seller(1).value(u"email"_s).toString(),
                                clone.seller(1).value(u"password"_s).toString()));
            QVERIFY(waitForJs(w.page(), askShown()));
            QCOMPARE(runJs(w.page(), u"document.getElementById('consent-shops').hidden"_s).toBool(), false);
            QCOMPARE(
                runJs(w.page(), u"document.querySelectorAll('input[name=consent-shop]').length"_s).toInt(),
                2);
            QCOMPARE(runJs(w.page(), u"document.querySelector('input[name=consent-shop]:checked').value"_s)
                         .toString(),
                     shopIdAt(clone, 0));
            keepScreenshot(&w, u"consent-shop-picker"_s);
            runJs(w.page(), u"document.getElementById('grant').click(); true"_s);
        }
        QVERIFY(connected.wait(90000));
        QTRY_COMPARE_WITH_TIMEOUT(page.cards(Platform::Shopee).size(), 1, 10000);
        QTRY_VERIFY(page.card(Platform::Shopee)->view().integration.has_value());
        QCOMPARE(page.card(Platform::Shopee)->view().shopName, shopNameAt(clone, 0));
        QTRY_VERIFY(page.connectAnotherButton(Platform::Shopee)->isVisibleTo(&page));
        QCOMPARE(page.connectAnotherButton(Platform::Shopee)->text(),
                 IntegrationsPage::tr("Connect another %1 shop").arg(u"Shopee"_s));

        // "Connect another": still signed in on the page; granting the shop already connected is refused
        // with a way back, and nothing is connected twice.
        QTRY_VERIFY(!page.consentWindow());
        page.connectAnotherButton(Platform::Shopee)->click();
        QVERIFY(page.consentWindow());
        ConsentWindow &w = *page.consentWindow();
        QVERIFY(waitForJs(w.page(), askShown()));
        runJs(w.page(), u"document.getElementById('grant').click(); true"_s);
        QTRY_COMPARE_WITH_TIMEOUT(statusTitle(w), IntegrationsPage::tr("Already connected"), 10000);
        QVERIFY(retryButton(w) && retryButton(w)->isVisible());
        QCOMPARE(IntegrationRepository(server->db()).all().value().size(), 1);
        retryButton(w)->click();
        QVERIFY(waitForJs(w.page(), askShown()));
        // The seller picks the other shop; the page names it, and the grant carries it.
        runJs(w.page(), u"document.querySelectorAll('input[name=consent-shop]')[1].click(); true"_s);
        QCOMPARE(runJs(w.page(), u"document.getElementById('consent-shop').textContent"_s).toString(),
                 shopNameAt(clone, 1));
        runJs(w.page(), u"document.getElementById('grant').click(); true"_s);
        QVERIFY(connected.wait(90000));

        // One card per shop, in the order they were connected, under one Shopee heading.
        QTRY_COMPARE_WITH_TIMEOUT(page.cards(Platform::Shopee).size(), 2, 10000);
        QTRY_VERIFY(page.cards(Platform::Shopee).at(1)->view().integration.has_value());
        QCOMPARE(page.cards(Platform::Shopee).at(0)->view().shopName, shopNameAt(clone, 0));
        QCOMPARE(page.cards(Platform::Shopee).at(1)->view().shopName, shopNameAt(clone, 1));
        QCOMPARE(page.cards(Platform::Lazada).size(), 1);
        QVERIFY(!page.connectAnotherButton(Platform::Lazada)->isVisibleTo(&page));
        const auto integrations = IntegrationRepository(server->db()).all().value();
        QCOMPARE(integrations.size(), 2);
        QCOMPARE(integrations.at(0).tokenLookup, integrations.at(1).tokenLookup); // one account, one token
        QTRY_VERIFY(idle(service, integrations.at(0).id) && idle(service, integrations.at(1).id));
        QVERIFY(ordersOf(server->db(), shopIdAt(clone, 0)) > 0);
        QVERIFY(ordersOf(server->db(), shopIdAt(clone, 1)) > 0);
        page.resize(1000, page.sizeHint().height());
        keepScreenshot(&page, u"settings-integrations-two-shops"_s);

        // Both shops' webhooks carry the seller's one token; each lands on its own shop.
        for (int i : {1, 0}) {
            const qint64 mine = ordersOf(server->db(), shopIdAt(clone, i));
            const qint64 other = ordersOf(server->db(), shopIdAt(clone, 1 - i));
            const QJsonObject sent =
                clone
                    .admin(u"events"_s,
                           {{u"count"_s, 2}, {u"kind"_s, u"order"_s}, {u"shopId"_s, shopIdAt(clone, i)}})
                    .toObject();
            QVERIFY(sent.value(u"webhooksEnabled"_s).toBool());
            QTRY_COMPARE_WITH_TIMEOUT(ordersOf(server->db(), shopIdAt(clone, i)), mine + 2, 15000);
            QCOMPARE(ordersOf(server->db(), shopIdAt(clone, 1 - i)), other);
        }

        // The session, its pickers and the reports have both shops.
        session.reloadShops();
        QTRY_COMPARE(session.shops().size(), 2);
        const auto report = server->services().analytics().report(
            ReportKind::PlatformComparison,
            scopeFromKeys({session.shops().at(0).id, session.shops().at(1).id}, u"all"_s, u"90d"_s));
        QVERIFY(report.ok());
        QStringList names;
        for (const ReportTable &t : report->tables) {
            if (t.key == u"shops"_s) {
                for (int r = 0; r < t.rows.size(); ++r)
                    names.append(t.rows.at(r).value(0).toString());
            }
        }
        names.sort();
        QStringList expected{shopNameAt(clone, 0), shopNameAt(clone, 1)};
        expected.sort();
        QCOMPARE(names, expected);

        // One shop disconnected: its card goes, the other stays, "connect another" is still offered.
        auto gone = service->disconnect(integrations.at(0).id, session.user().id, DataPolicy::KeepData);
        QTRY_VERIFY_WITH_TIMEOUT(gone.isFinished(), 10000);
        QVERIFY(gone.result().ok());
        QTRY_COMPARE_WITH_TIMEOUT(page.cards(Platform::Shopee).size(), 1, 10000);
        QTRY_COMPARE(page.card(Platform::Shopee)->view().shopName, shopNameAt(clone, 1));
        QVERIFY(page.connectAnotherButton(Platform::Shopee)->isVisibleTo(&page));
    }

    void apiConnectsEachShopOfOneAccount_data() { addBackendRows(); }
    void apiConnectsEachShopOfOneAccount()
    {
        QFETCH(QString, backend);
        START(server, backend);
        CloneProcess clone(
            {.flavor = u"lazada"_s, .seed = 32, .products = 10, .days = 10, .ordersPerDay = 3});
        QVERIFY2(clone.start(), qPrintable(clone.errorString()));
        IntegrationService *service = server->services().integrations();
        BVA_VERIFY_OK(service->sites().set(Platform::Lazada, clone.url().toString()));
        service->start();
        const auto owner = server->registerUser(u"owner@example.com"_s);
        const auto other = server->registerUser(u"other@example.com"_s);
        const QString token = clone.seller(1).value(u"token"_s).toString();
        const auto connect = [&](const QString &shopId, const QByteArray &session) {
            QJsonObject body{{u"platform"_s, u"LAZADA"_s}, {u"token"_s, token}};
            if (!shopId.isEmpty())
                body.insert(u"shopId"_s, shopId);
            return server->postJson(u"/api/integrations"_s, body, session);
        };

        // The token owns two shops: the API asks which, naming both, and stores nothing.
        const Reply which = connect({}, owner.second);
        QCOMPARE(which.status, 400);
        QVERIFY2(QString::fromUtf8(which.body).contains(shopNameAt(clone, 0)) &&
                     QString::fromUtf8(which.body).contains(shopNameAt(clone, 1)),
                 which.body.constData());
        QCOMPARE(ShopRepository(server->db()).all().value().size(), 0);

        QCOMPARE(connect(shopIdAt(clone, 0), owner.second).status, 201);
        QCOMPARE(connect(shopIdAt(clone, 1), owner.second).status, 201);
        const Reply list = server->get(u"/api/integrations"_s, owner.second);
        QCOMPARE(list.status, 200);
        QStringList listed;
        const QJsonArray data = list.json.value(u"data"_s).toArray();
        for (const QJsonValue &v : data)
            listed.append(v.toObject().value(u"shopId"_s).toString());
        listed.sort();
        QStringList expected{shopIdAt(clone, 0), shopIdAt(clone, 1)};
        expected.sort();
        QCOMPARE(listed, expected);

        // Another BVA account holding the same marketplace token joins only by invitation.
        const Reply taken = connect(shopIdAt(clone, 1), other.second);
        QCOMPARE(taken.status, 409);

        // One token, two shops: a delivery goes to the shop its body names, and never to a shop the token
        // does not serve.
        for (int i : {0, 1}) {
            const QString product = u"P-MULTI-%1"_s.arg(i);
            const QByteArray body = QJsonDocument(QJsonObject{{u"id"_s, product},
                                                              {u"shopId"_s, shopIdAt(clone, i)},
                                                              {u"name"_s, u"Mug"_s},
                                                              {u"price"_s, 120},
                                                              {u"stock"_s, 4}})
                                        .toJson(QJsonDocument::Compact);
            QCOMPARE(server->webhook(u"products/created"_s, body, token.toLatin1()).status, 200);
            auto mine =
                ShopRepository(server->db()).findByExternal(Platform::Lazada, shopIdAt(clone, i)).value();
            auto theirs =
                ShopRepository(server->db()).findByExternal(Platform::Lazada, shopIdAt(clone, 1 - i)).value();
            QVERIFY(mine && theirs);
            QTRY_VERIFY(
                ProductRepository(server->db()).findByExternal(mine->id, product).value().has_value());
            QVERIFY(!ProductRepository(server->db()).findByExternal(theirs->id, product).value().has_value());
        }
        const QByteArray foreign = QJsonDocument(QJsonObject{{u"id"_s, u"P-X"_s},
                                                             {u"shopId"_s, clone.shopId()},
                                                             {u"name"_s, u"Mug"_s},
                                                             {u"price"_s, 120},
                                                             {u"stock"_s, 4}})
                                       .toJson(QJsonDocument::Compact);
        QCOMPARE(server->webhook(u"products/created"_s, foreign, token.toLatin1()).status, 403);

        for (const Integration &i : IntegrationRepository(server->db()).all().value())
            QTRY_VERIFY_WITH_TIMEOUT(idle(service, i.id), 60000);
    }

private:
    QTemporaryDir m_dir;
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TstMultiShop t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_multishop.moc"
