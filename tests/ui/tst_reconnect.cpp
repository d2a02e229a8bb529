// "Reconnect needed" in the desktop, end to end on SQLite and PostgreSQL (issue 19 item 4): a shop
// connected through the real consent window whose grant the seller then revokes on the marketplace. The
// next sync cannot renew the access: the shop's card says "Reconnect needed" with the marketplace's
// reason and offers Reconnect as its one primary action; the seller has a notification; one click on
// Reconnect and Grant on the marketplace's page re-links the same shop, and every order and product stays.
#include "accounts/usersession.h"
#include "auth/secretvault.h"
#include "cloneprocess.h"
#include "consent/consentpage.h"
#include "consent/consentwindow.h"
#include "consentdriver.h"
#include "platforms/marketplacesites.h"
#include "settings/integrationcard.h"
#include "settings/integrationspage.h"
#include "shell/uiservices.h"
#include "store/integrationrepository.h"
#include "store/notificationrepository.h"
#include "store/orderrepository.h"
#include "store/productrepository.h"
#include "sync/accessgrant.h"
#include "sync/integrationservice.h"
#include "testserver.h"
#include "theme/theme.h"
#include "util/clock.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bva;
using namespace bva::test;
using bva::ui::ConsentWindow;
using bva::ui::IntegrationCard;
using bva::ui::IntegrationsPage;

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

QPushButton *cardButton(IntegrationCard *card, const QString &text)
{
    for (QPushButton *b : card->findChildren<QPushButton *>()) {
        if (b->text() == text && b->isVisibleTo(card))
            return b;
    }
    return nullptr;
}

bool cardSays(IntegrationCard *card, const QString &text)
{
    for (QLabel *l : card->findChildren<QLabel *>()) {
        if (l->isVisibleTo(card) && l->text().contains(text))
            return true;
    }
    return false;
}

} // namespace

class TstReconnect : public QObject
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

    void revokedShopIsReconnectedWithItsData_data() { addBackendRows(); }
    void revokedShopIsReconnectedWithItsData()
    {
        QFETCH(QString, backend);
        QString why;
        auto server = TestServer::start(backend, &why, {});
        if (!server) {
            if (backend == u"postgres"_s && !postgresRequired())
                QSKIP(qPrintable(u"PostgreSQL not reachable, skipped: "_s + why));
            QFAIL(qPrintable(why));
        }
        CloneProcess clone({.flavor = u"shopee"_s,
                            .products = 15,
                            .days = 20,
                            .ordersPerDay = 6,
                            .webhookUrl = server->url(u"/api/webhooks"_s),
                            .extraArgs = {u"--token-ttl"_s, u"3600"_s}});
        QVERIFY2(clone.start(), qPrintable(clone.errorString()));
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

        // Connected through the marketplace's page: signed in there, Grant.
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
                                clone.sellerEmail(), clone.sellerPassword()));
            QVERIFY(waitForJs(w.page(), askShown(), 45000));
            runJs(w.page(), u"document.getElementById('grant').click(); true"_s);
        }
        QVERIFY(connected.wait(90000));
        const auto all = IntegrationRepository(server->db()).all().value();
        QCOMPARE(all.size(), 1);
        const Integration linked = all.first();
        QTRY_VERIFY_WITH_TIMEOUT(!service->progress(linked.id).running, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(IntegrationRepository(server->db()).findById(linked.id)->value().state,
                                  IntegrationState::Connected, 10000);
        // The consent window handed BVA a refresh token with the access token's lifetime.
        auto grant = server->services().vault().read(AccessGrant::vaultKey(linked.tokenRef));
        QVERIFY(grant.ok() && grant->has_value());
        AccessGrant due = AccessGrant::fromVault(**grant).value_or(AccessGrant{});
        QVERIFY(due.renewable());
        QVERIFY(due.expiresAt > Clock::nowUtc().addSecs(3000));
        const qint64 orders = OrderRepository(server->db()).count(linked.shopId).value();
        const qint64 products = ProductRepository(server->db()).count(linked.shopId).value();
        QVERIFY(orders > 0 && products > 0);

        // The seller revokes BVA on the marketplace; the access runs out and cannot be renewed.
        // BVA's grant and the marketplace page's own login session.
        QCOMPARE(clone.admin(u"revoke"_s).toObject().value(u"revoked"_s).toInt(), 2);
        due.expiresAt = Clock::nowUtc().addSecs(-1);
        QVERIFY(server->services().vault().store(AccessGrant::vaultKey(linked.tokenRef), due.toVault()).ok());
        BVA_VERIFY_OK(service->syncNow(linked.id));
        QTRY_COMPARE_WITH_TIMEOUT(IntegrationRepository(server->db()).findById(linked.id)->value().state,
                                  IntegrationState::Expired, 30000);

        IntegrationCard *card = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((card = page.card(Platform::Shopee)) && card->view().integration &&
                                     card->view().integration->state == IntegrationState::Expired,
                                 10000);
        QCOMPARE(IntegrationCard::stateText(card->view()), IntegrationCard::tr("Reconnect needed"));
        QVERIFY(cardSays(card, u"refused to renew"_s));
        QVERIFY(cardSays(card, u"data are kept"_s));
        QPushButton *reconnect = cardButton(card, IntegrationCard::tr("Reconnect"));
        QVERIFY(reconnect);
        QCOMPARE(reconnect->objectName(), u"primary"_s);
        QVERIFY(reconnect->isEnabled());
        int notices = 0;
        for (const Notification &n : NotificationRepository(server->db()).recent(session.user().id).value())
            notices += n.kind == u"expired"_s && n.shopId == linked.shopId ? 1 : 0;
        QCOMPARE(notices, 1);

        // One click on the card, Grant on the marketplace's page (still signed in there): the same shop.
        reconnect->click();
        QVERIFY(page.consentWindow());
        {
            ConsentWindow &w = *page.consentWindow();
            QVERIFY(waitForJs(w.page(), askShown(), 45000));
            runJs(w.page(), u"document.getElementById('grant').click(); true"_s);
        }
        QVERIFY(connected.wait(90000));
        QTRY_VERIFY_WITH_TIMEOUT(!service->progress(linked.id).running, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(IntegrationRepository(server->db()).findById(linked.id)->value().state,
                                  IntegrationState::Connected, 10000);
        QCOMPARE(IntegrationRepository(server->db()).all().value().size(), 1);
        QCOMPARE(OrderRepository(server->db()).count(linked.shopId).value(), orders);
        QCOMPARE(ProductRepository(server->db()).count(linked.shopId).value(), products);
        auto renewed = server->services().vault().read(AccessGrant::vaultKey(linked.tokenRef));
        QVERIFY(renewed.ok() && renewed->has_value());
        QVERIFY(AccessGrant::fromVault(**renewed).value_or(AccessGrant{}).refreshToken != due.refreshToken);
        QTRY_COMPARE_WITH_TIMEOUT(IntegrationCard::stateText(page.card(Platform::Shopee)->view()),
                                  IntegrationCard::tr("Connected"), 10000);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TstReconnect)
#include "tst_reconnect.moc"
