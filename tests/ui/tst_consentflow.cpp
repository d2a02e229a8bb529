// The consent flow end to end in a real QWebEngineView against bva-clone: log in, grant, deny,
// forged messages from other origins, the page's own world cannot reach the bridge, navigation
// lock, and a site that is down.
#include "accounts/usersession.h"
#include "auth/authservice.h"
#include "clonerunner.h"
#include "consent/consentbridge.h"
#include "consent/consentpage.h"
#include "consent/consentprofiles.h"
#include "consent/consentwindow.h"
#include "consentdriver.h"
#include "domain/eventbus.h"
#include "memoryvault.h"
#include "platforms/marketplacesites.h"
#include "settings/integrationspage.h"
#include "shell/uiservices.h"
#include "store/database.h"
#include "store/integrationrepository.h"
#include "store/orderrepository.h"
#include "store/productrepository.h"
#include "store/shoprepository.h"
#include "sync/integrationservice.h"

#include <QApplication>
#include <QComboBox>
#include <QHttpServer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineScript>
#include <QWebEngineView>

using namespace Qt::StringLiterals;
using bva::Platform;
using bva::ui::ConsentResult;
using bva::ui::ConsentWindow;

Q_DECLARE_METATYPE(bva::ui::ConsentResult)

namespace {

QVariant runJs(QWebEnginePage *page, const QString &js, quint32 world = QWebEngineScript::MainWorld)
{
    QVariant out;
    bool done = false;
    page->runJavaScript(js, world, [&](const QVariant &v) {
        out = v;
        done = true;
    });
    QElapsedTimer t;
    t.start();
    while (!done && t.elapsed() < 10000)
        QTest::qWait(20);
    return out;
}

bool waitForJs(QWebEnginePage *page, const QString &condition, int timeoutMs = 15000)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (runJs(page, condition).toBool())
            return true;
        QTest::qWait(100);
    }
    return false;
}

} // namespace

class TstConsentFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void shopeeLoginForgeriesAndGrant();
    void lazadaDenyStoresNothing();
    void navigationIsLockedToTheSite();
    void messagePostedAsJsonText();
    void answersOnlyFromTheConsentPageWhileShown();
    void siteDownShowsRetry();
    void cleanupTestCase();

private:
    void loginOnPage(ConsentWindow &w, const bva::test::CloneRunner &clone);

    QTemporaryDir m_dir;
    bva::ui::ConsentProfiles *m_profiles = nullptr;
    std::unique_ptr<bva::Database> m_db;
    bva::MemoryVault m_vault;
    bva::EventBus m_bus;
    std::unique_ptr<bva::AuthService> m_auth;
    std::unique_ptr<bva::IntegrationService> m_integrations;
    bva::ui::UiServices m_ui;
    bva::User m_user;
    QHttpServer m_evil;
    quint16 m_evilPort = 0;
};

void TstConsentFlow::initTestCase()
{
    qRegisterMetaType<ConsentResult>();
    QVERIFY(m_dir.isValid());
    m_profiles = new bva::ui::ConsentProfiles(m_dir.path() + u"/profiles"_s, this);
    m_db = std::make_unique<bva::Database>(bva::DatabaseConfig::sqliteAt(m_dir.filePath(u"bva.db"_s)));
    QVERIFY(m_db->open().ok());
    auto auth = bva::AuthService::create(*m_db, m_vault, {bva::PasswordHasher::Strength::Minimal});
    QVERIFY(auth.ok());
    m_auth = std::move(auth.value());
    auto user = m_auth->registerAndSignIn(u"seller@example.com"_s, u"correct horse battery"_s, u"Seller"_s);
    QVERIFY(user.ok());
    m_user = user->user;
    bva::IntegrationServiceOptions options;
    options.scheduler = false;
    m_integrations =
        std::make_unique<bva::IntegrationService>(*m_db, m_vault, &m_bus, QByteArray(32, 'k'), options);
    m_integrations->start();
    m_ui.db = m_db.get();
    m_ui.bus = &m_bus;
    m_ui.vault = &m_vault;
    m_ui.auth = m_auth.get();
    m_ui.integrations = m_integrations.get();
    m_ui.consentStorageRoot = m_dir.path() + u"/page-profiles"_s;
    m_ui.webhookBaseUrl = [] { return QUrl(u"http://127.0.0.1:3000"_s); };
    // A second site: its page posts a forged grant to whatever window embeds it.
    m_evil.route(u"/forge"_s, [] {
        return QHttpServerResponse(
            QByteArrayLiteral("text/html"),
            QByteArrayLiteral(
                "<script>parent.postMessage({type:'SHOPEE_CLONE_AUTH_SUCCESS',shop:{id:'evil',name:'Evil'},"
                "user:{id:1,email:'evil@example.com',name:'Evil'},token:'forged'}, '*');"
                "parent.postMessage({type:'LAZADA_CLONE_AUTH_SUCCESS',shop:{id:'evil',name:'Evil'},"
                "user:{id:1,email:'evil@example.com',name:'Evil'},token:'forged'}, '*');</script>"));
    });
    m_evilPort = m_evil.listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_evilPort != 0);
}

void TstConsentFlow::cleanupTestCase()
{
    delete m_profiles;
    m_profiles = nullptr;
    m_integrations->stop();
    m_integrations.reset();
    m_auth.reset();
    m_db.reset();
}

void TstConsentFlow::loginOnPage(ConsentWindow &w, const bva::test::CloneRunner &clone)
{
    QWebEnginePage *page = w.page();
    // readyState: the click must reach the page's script handler, not a half-loaded form.
    QVERIFY(waitForJs(page, u"location.pathname === '/seller-login' && document.readyState === 'complete'"
                            u" && !!document.getElementById('login-form')"_s));
    runJs(page,
          u"document.getElementById('email').value = %1; document.getElementById('password').value = %2;"
          u"document.getElementById('login-button').click(); true"_s.arg(u"'"_s + clone.email() + u"'"_s,
                                                                         u"'"_s + clone.password() + u"'"_s));
    QVERIFY(waitForJs(page,
                      u"location.pathname === '/bva-integration-check' && document.readyState === 'complete'"
                      u" && !document.getElementById('consent-ask').hidden"_s));
}

void TstConsentFlow::shopeeLoginForgeriesAndGrant()
{
    bva::test::CloneRunner clone;
    QVERIFY(clone.start(u"shopee"_s));
    QVERIFY(m_integrations->sites().set(Platform::Shopee, clone.url()).ok());
    bva::ui::UserSession session(m_ui);
    session.start(m_user, QByteArray("session"));
    bva::ui::IntegrationsPage integrations(m_ui, &session);
    QSignalSpy connected(&integrations, &bva::ui::IntegrationsPage::connected);
    integrations.connectPlatform(Platform::Shopee);
    QVERIFY(integrations.consentWindow());
    ConsentWindow &w = *integrations.consentWindow();
    QSignalSpy granted(&w, &ConsentWindow::granted);
    QSignalSpy refused(&w, &ConsentWindow::refused);

    // Not logged in: the shopee page says so with a REQUIRED message.
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 20000);
    QCOMPARE(int(refused.at(0).at(0).value<ConsentResult>().kind), int(ConsentResult::Kind::LoginRequired));

    // The page's own world sees neither the channel nor the bridge; the isolated world does.
    QCOMPARE(runJs(w.page(), u"typeof qt + ',' + typeof QWebChannel + ',' + typeof window.bvaConsentBridge"_s)
                 .toString(),
             u"undefined,undefined,undefined"_s);
    QCOMPARE(runJs(w.page(), u"typeof qt + ',' + typeof QWebChannel"_s, QWebEngineScript::ApplicationWorld)
                 .toString(),
             u"object,function"_s);

    runJs(w.page(), u"document.getElementById('consent-login').click(); true"_s);
    loginOnPage(w, clone);
    QCOMPARE(granted.count(), 0);

    // Forged grants from another origin (an iframe of a second local server, a sandboxed frame).
    runJs(
        w.page(),
        u"window.__seen = []; window.addEventListener('message', function (e) { window.__seen.push(e.origin); });"
        u"var f = document.createElement('iframe'); f.src = 'http://127.0.0.1:%1/forge'; document.body.appendChild(f);"
        u"var s = document.createElement('iframe'); s.setAttribute('sandbox', 'allow-scripts');"
        u"s.srcdoc = \"<script>parent.postMessage({type:'SHOPEE_CLONE_AUTH_SUCCESS',shop:{id:'x',name:'X'},user:{id:1,email:'x@x.x',name:'X'},token:'sandboxed'}, '*')<\\/script>\";"
        u"document.body.appendChild(s); true"_s.arg(m_evilPort));
    QVERIFY(waitForJs(
        w.page(), u"window.__seen.filter(function (o) { return o === 'http://127.0.0.1:%1'; }).length === 2"
                  u" && window.__seen.indexOf('null') >= 0"_s.arg(m_evilPort)));
    QTest::qWait(500); // the forged messages have been dispatched; give the channel time to (not) deliver
    QCOMPARE(granted.count(), 0);

    // A script of the page itself cannot call the bridge either.
    QCOMPARE(
        runJs(
            w.page(),
            u"(function () { try { qt.webChannelTransport.send('{}'); return 'reached'; } catch (e) { return 'blocked'; } })()"_s)
            .toString(),
        u"blocked"_s);

    // The seller grants.
    runJs(w.page(), u"document.getElementById('grant').click(); true"_s);
    QTRY_COMPARE_WITH_TIMEOUT(granted.count(), 1, 10000);
    const auto result = granted.at(0).at(0).value<ConsentResult>();
    QCOMPARE(result.shopId, clone.shopId());
    QCOMPARE(result.userEmail, clone.email());
    QVERIFY(!result.token.isEmpty());
    QVERIFY(result.token != u"forged"_s);

    // Ownership proof, integration, first sync, then the shell is told to show the dashboard.
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 90000);
    auto shop = bva::ShopRepository(*m_db).findByExternal(Platform::Shopee, clone.shopId());
    QVERIFY(shop.ok() && shop->has_value());
    QVERIFY(bva::ShopRepository(*m_db).roleOf(m_user.id, (*shop)->id).value().has_value());
    auto integration = bva::IntegrationRepository(*m_db).findByShop((*shop)->id);
    QVERIFY(integration.ok() && integration->has_value());
    QCOMPARE(int((*integration)->state), int(bva::IntegrationState::Connected));
    QVERIFY((*integration)->lastSyncAt.isValid());
    QVERIFY(bva::ProductRepository(*m_db).count((*shop)->id).value() > 0);
    QVERIFY(bva::OrderRepository(*m_db).count((*shop)->id).value() > 0);
    // The window closed itself once the sync finished.
    QTRY_VERIFY(!integrations.consentWindow() || !integrations.consentWindow()->isVisible());

    // The card says how deliveries are accepted; its admin chooses signed deliveries only, and sees
    // what was refused.
    bva::ui::IntegrationCard *card = integrations.card(Platform::Shopee);
    auto *signing = card->findChild<QComboBox *>(u"webhookSigning"_s);
    QVERIFY(signing);
    QTRY_VERIFY(signing->isEnabled() && !signing->isHidden());
    QCOMPARE(signing->currentData().toInt(), int(bva::WebhookSigning::Auto));
    emit signing->activated(signing->findData(int(bva::WebhookSigning::Signed)));
    QTRY_COMPARE(int(bva::IntegrationRepository(*m_db).findByShop((*shop)->id).value()->webhookSigning),
                 int(bva::WebhookSigning::Signed));
    const qint64 id = (*integration)->id;
    QVERIFY(
        bva::IntegrationRepository(*m_db).noteUnsignedRefused(id, 3, QDateTime::currentDateTimeUtc()).ok());
    integrations.reload();
    QTRY_VERIFY2(bva::ui::IntegrationCard::signingText(card->view()).contains(u"3 unsigned"_s),
                 qPrintable(bva::ui::IntegrationCard::signingText(card->view())));
    QCOMPARE(signing->currentData().toInt(), int(bva::WebhookSigning::Signed));
}

void TstConsentFlow::lazadaDenyStoresNothing()
{
    bva::test::CloneRunner clone;
    QVERIFY(clone.start(u"lazada"_s));
    QVERIFY(m_integrations->sites().set(Platform::Lazada, clone.url()).ok());
    bva::ui::UserSession session(m_ui);
    session.start(m_user, QByteArray("session"));
    bva::ui::IntegrationsPage integrations(m_ui, &session);
    integrations.connectPlatform(Platform::Lazada);
    QVERIFY(integrations.consentWindow());
    ConsentWindow &w = *integrations.consentWindow();
    QSignalSpy granted(&w, &ConsentWindow::granted);
    QSignalSpy refused(&w, &ConsentWindow::refused);
    // Lazada sends no message when logged out: it navigates to its login page (same site: allowed).
    loginOnPage(w, clone);
    runJs(w.page(), u"document.getElementById('deny').click(); true"_s);
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 10000);
    QCOMPARE(int(refused.at(0).at(0).value<ConsentResult>().kind), int(ConsentResult::Kind::Denied));
    QCOMPARE(granted.count(), 0);
    QVERIFY(refused.at(0).at(0).value<ConsentResult>().token.isEmpty());
    QTest::qWait(500);
    // Nothing stored: no Lazada shop, no Lazada integration.
    QVERIFY(!bva::ShopRepository(*m_db).findByExternal(Platform::Lazada, clone.shopId()).value().has_value());
    for (const auto &i : bva::IntegrationRepository(*m_db).all().value())
        QVERIFY(i.platform != Platform::Lazada);
}

void TstConsentFlow::navigationIsLockedToTheSite()
{
    bva::test::CloneRunner clone;
    QVERIFY(clone.start(u"shopee"_s));
    ConsentWindow w(Platform::Shopee, QUrl(clone.url()), m_profiles->profile(Platform::Shopee));
    QSignalSpy external(&w, &ConsentWindow::externalLinkRequested);
    QSignalSpy loaded(&w, &ConsentWindow::pageLoaded);
    w.show();
    w.start();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
    const QString other = u"http://127.0.0.1:%1/forge"_s.arg(m_evilPort);
    runJs(w.page(), u"location.href = '%1'; true"_s.arg(other));
    QTRY_COMPARE_WITH_TIMEOUT(external.count(), 1, 10000);
    QCOMPARE(external.at(0).at(0).toUrl(), QUrl(other));
    QTest::qWait(300);
    QCOMPARE(ConsentWindow::originOf(w.page()->url()), ConsentWindow::originOf(QUrl(clone.url())));
}

void TstConsentFlow::messagePostedAsJsonText()
{
    bva::test::CloneRunner clone;
    QVERIFY(clone.start(u"lazada"_s));
    ConsentWindow w(Platform::Lazada, QUrl(clone.url()), m_profiles->profile(Platform::Lazada));
    QSignalSpy refused(&w, &ConsentWindow::refused);
    QSignalSpy loaded(&w, &ConsentWindow::pageLoaded);
    w.show();
    w.start();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
    // Some sites send JSON.stringify(msg) instead of the object; the same checks apply in C++.
    runJs(w.page(),
          u"window.parent.postMessage('not json', '*');"
          "window.parent.postMessage(JSON.stringify({type:'LAZADA_CLONE_AUTH_DENIED'}), '*'); true"_s);
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 10000);
    QCOMPARE(int(refused.at(0).at(0).value<ConsentResult>().kind), int(ConsentResult::Kind::Denied));
}

// A grant counts only from the consent page while the window shows it: not from another page of the
// site the window reached (its script may be anyone's), not after BVA said the seller refused (the page
// keeps running hidden). "Try again" loads the consent page anew, and its grant counts again.
void TstConsentFlow::answersOnlyFromTheConsentPageWhileShown()
{
    bva::test::CloneRunner clone;
    QVERIFY(clone.start(u"shopee"_s));
    ConsentWindow w(Platform::Shopee, QUrl(clone.url()), m_profiles->profile(Platform::Shopee));
    auto *bridge = w.findChild<bva::ui::ConsentBridge *>();
    QVERIFY(bridge);
    QSignalSpy answers(bridge, &bva::ui::ConsentBridge::consentReceived);
    QSignalSpy ignored(bridge, &bva::ui::ConsentBridge::messageIgnored);
    QSignalSpy granted(&w, &ConsentWindow::granted);
    QSignalSpy refused(&w, &ConsentWindow::refused);
    w.show();
    w.start();
    const QString onConsentPage =
        u"location.pathname === '/bva-integration-check' && document.readyState === 'complete'"_s;
    QVERIFY(waitForJs(w.page(), onConsentPage));
    const QString grant =
        u"window.postMessage({type:'SHOPEE_CLONE_AUTH_SUCCESS',shop:{id:'%1',name:'Someone else'},"
        u"user:{id:7,email:'someone@example.com',name:'Someone'},token:'someone-elses-token'}, '*'); true"_s;

    // Another page of the same site posts a well-formed grant.
    runJs(w.page(), u"location.href = '/seller-login'; true"_s);
    QVERIFY(waitForJs(w.page(),
                      u"location.pathname === '/seller-login' && document.readyState === 'complete'"_s));
    runJs(w.page(), grant.arg(u"elsewhere"_s));
    QTRY_VERIFY_WITH_TIMEOUT(ignored.count() >= 1, 10000);
    QCOMPARE(ignored.last().at(0).toString(), u"not the consent page"_s);
    QCOMPARE(granted.count(), 0);
    // The same page moves its address to the consent page's without loading it (history.pushState).
    const int ignoredBefore = int(ignored.count());
    runJs(w.page(), u"window.bvaMoved = true; history.pushState({}, '', '/bva-integration-check'); "_s +
                        grant.arg(u"pushed"_s));
    QTRY_VERIFY_WITH_TIMEOUT(ignored.count() > ignoredBefore, 10000);
    QCOMPARE(ignored.last().at(0).toString(), u"not the consent page"_s);
    QCOMPARE(granted.count(), 0);
    // BVA loads the consent page itself then: a real one (a new document), with the seller's own choice.
    QVERIFY(waitForJs(w.page(), u"window.bvaMoved === undefined && "_s + onConsentPage));
    QCOMPARE(granted.count(), 0);

    // Back on the consent page: the page reports an error, BVA says so; a grant posted afterwards is
    // no answer of the seller's.
    // (The marker tells the new document from the old one, which also answers onConsentPage until the
    // navigation commits: a message posted there is lost with it.)
    runJs(w.page(), u"window.bvaLeaving = true; location.href = '/bva-integration-check'; true"_s);
    QVERIFY(waitForJs(w.page(), u"window.bvaLeaving === undefined && "_s + onConsentPage));
    runJs(w.page(),
          u"window.postMessage({type:'SHOPEE_CLONE_AUTH_ERROR',error:'You chose Deny'}, '*'); true"_s);
    // (A page not signed in posts "log in first" on its own, before or after: that one leaves the page
    // shown.)
    QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty() && refused.last().at(0).value<ConsentResult>().kind ==
                                                       ConsentResult::Kind::Error,
                             10000);
    QCOMPARE(bva::test::statusTitle(w), ConsentWindow::tr("Not connected"));
    const int answersBefore = int(answers.count());
    runJs(w.page(), grant.arg(u"late"_s));
    QTRY_COMPARE_WITH_TIMEOUT(int(answers.count()), answersBefore + 1, 10000);
    QCOMPARE(granted.count(), 0);
    QCOMPARE(bva::test::statusTitle(w), ConsentWindow::tr("Not connected"));

    // Try again: the consent page is loaded anew and the seller's grant there counts.
    QPushButton *retry = bva::test::buttonNamed(w, ConsentWindow::tr("Try again"));
    QVERIFY(retry && retry->isVisible());
    runJs(w.page(), u"window.bvaLeaving = true; true"_s);
    retry->click();
    QTRY_VERIFY_WITH_TIMEOUT(bva::test::statusTitle(w).isEmpty(), 10000);
    QVERIFY(waitForJs(w.page(), u"window.bvaLeaving === undefined && "_s + onConsentPage));
    runJs(w.page(), grant.arg(u"chosen"_s));
    QTRY_COMPARE_WITH_TIMEOUT(granted.count(), 1, 10000);
    QCOMPARE(granted.at(0).at(0).value<ConsentResult>().shopId, u"chosen"_s);
}

void TstConsentFlow::siteDownShowsRetry()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    ConsentWindow w(Platform::Shopee, QUrl(u"http://127.0.0.1:%1"_s.arg(port)),
                    m_profiles->profile(Platform::Shopee));
    QSignalSpy loaded(&w, &ConsentWindow::pageLoaded);
    w.show();
    w.start();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
    QCOMPARE(loaded.at(0).at(0).toBool(), false);
    QPushButton *retry = nullptr;
    for (auto *b : w.findChildren<QPushButton *>())
        if (b->objectName() == u"primary"_s)
            retry = b;
    QVERIFY(retry && retry->isVisible());
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    TstConsentFlow t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_consentflow.moc"
