// Real shops from the desktop, against the simulator's open flavours (bva-clone --flavor shopee-open |
// lazada-open) and BVA's real embedded server: Settings → Platform apps (a refused save says why and
// stores nothing, a good one is confirmed and keeps the secret out of the form), then "Connect a … shop
// (Open Platform)": the platform's authorization page in the consent window (a real QWebEngine page),
// the redirect to BVA's loopback callback, the outcome followed until the shop is connected and its card
// shows. Without an app the action sends the seller to Platform apps; a closed window or a refusal on the
// platform's page leaves nothing.
#include "accounts/usersession.h"
#include "cloneprocess.h"
#include "consent/consentpage.h"
#include "consent/consentwindow.h"
#include "consentdriver.h"
#include "settings/integrationcard.h"
#include "settings/integrationspage.h"
#include "settings/openconnect.h"
#include "settings/platformappssettings.h"
#include "settings/settingspage.h"
#include "shell/uiservices.h"
#include "store/integrationrepository.h"
#include "store/shoprepository.h"
#include "store/sql.h"
#include "sync/integrationservice.h"
#include "sync/platformapps.h"
#include "testserver.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineView>

using namespace Qt::StringLiterals;
using namespace bva;
using namespace bva::test;
using bva::ui::ConsentWindow;
using bva::ui::IntegrationsPage;
using bva::ui::PlatformAppsSettings;

Q_DECLARE_METATYPE(bva::ApiKind)

namespace {

struct Rig
{
    std::unique_ptr<TestServer> server;
    std::unique_ptr<CloneProcess> clone;
    ui::UiServices ui;
    std::unique_ptr<ui::UserSession> session;
    ApiKind kind = ApiKind::ShopeeOpen;

    bool shopee() const { return kind == ApiKind::ShopeeOpen; }
    QJsonObject ready() const { return clone->readyLine(); }
    QString appId() const
    {
        return shopee() ? QString::number(qint64(ready().value(u"partnerId"_s).toDouble()))
                        : ready().value(u"appKey"_s).toVariant().toString();
    }
    QString secret() const { return ready().value(shopee() ? u"partnerKey"_s : u"appSecret"_s).toString(); }
    bool configured()
    {
        auto apps = server->services().platformApps().list(session->actor());
        for (const PlatformAppView &v : apps.value()) {
            if (v.kind == kind)
                return v.configured;
        }
        return false;
    }
};

// With BVA_SCREENSHOT_DIR set, a picture of `w` at a usual settings width, to look at by hand.
void keepScreenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("BVA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    if (!w->isWindow() || !w->isVisible())
        w->resize(1100, qMax(760, w->sizeHint().height()));
    w->show();
    QTest::qWait(300);
    w->grab().save(dir + u'/' + name + u".png"_s);
}

// The outcome of each authorization the server keeps, oldest first.
QStringList authorizationOutcomes(Rig &rig)
{
    QStringList out;
    auto q = sql::run(rig.server->db().connection(),
                      u"SELECT outcome FROM authorization_requests ORDER BY id"_s, {}, u"outcomes"_s);
    while (q && q->next())
        out << q->value(0).toString();
    return out;
}

// Fills and saves the platform's app in Settings → Platform apps: the simulator's app, on its hosts.
void enterApp(PlatformAppsSettings &apps, Rig &rig)
{
    QSignalSpy saved(&apps, &PlatformAppsSettings::saved);
    apps.appIdField(rig.kind)->setText(rig.appId());
    apps.secretField(rig.kind)->setText(rig.secret());
    apps.regionBox(rig.kind)->setCurrentIndex(apps.regionBox(rig.kind)->findData(u"PH"_s));
    const QString host = rig.clone->url().toString();
    apps.apiHostField(rig.kind)->setText(rig.shopee() ? host : host + u"/rest"_s);
    if (!rig.shopee())
        apps.authHostField(rig.kind)->setText(host);
    apps.saveButton(rig.kind)->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
    QVERIFY2(saved.at(0).at(1).toBool(), qPrintable(apps.status(rig.kind)));
}

// The seller on the platform's own page in the window: signs in, then `decision` (authorize or cancel).
void authorizeOnPage(ConsentWindow &w, const CloneProcess &clone, const QString &decision)
{
    QVERIFY(waitForJs(w.page(), u"document.readyState === 'complete' && !!document.getElementById('email')"_s,
                      30000));
    runJs(w.page(), u"document.getElementById('email').value = '%1';"
                    u"document.getElementById('password').value = '%2';"
                    u"document.querySelector('form').submit(); true"_s.arg(clone.sellerEmail(),
                                                                           clone.sellerPassword()));
    QVERIFY(waitForJs(
        w.page(),
        u"document.readyState === 'complete' && !!document.querySelector('button[value=%1]')"_s.arg(decision),
        30000));
    runJs(w.page(), u"document.querySelector('button[value=%1]').click(); true"_s.arg(decision));
}

} // namespace

class TstOpenConnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ApiKind>();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        if (CloneProcess::binaryPath().isEmpty())
            QSKIP("bva-clone is not built");
    }

    void platformAppsThenConnect_data() { kindRows(); }
    void platformAppsThenConnect()
    {
        QFETCH(QString, flavor);
        Rig rig;
        open(rig, flavor);
        if (!rig.session)
            return;
        PlatformAppsSettings apps(rig.ui, rig.session.get());
        // What to register on the platform's console: BVA's own loopback callback and push URLs.
        QCOMPARE(apps.callbackField(rig.kind)->text(),
                 rig.server->url(u"/oauth/callback/"_s + flavor).toString());
        QCOMPARE(apps.pushField(rig.kind)->text(), rig.server->url(u"/api/push/"_s + flavor).toString());
        QVERIFY(apps.callbackField(rig.kind)->isReadOnly());
        // The platform's own host is filled in (Lazada's follows the region).
        QVERIFY2(apps.apiHostField(rig.kind)->text().startsWith(u"https://"_s),
                 qPrintable(apps.apiHostField(rig.kind)->text()));
        if (!rig.shopee()) {
            QComboBox *region = apps.regionBox(rig.kind);
            region->setCurrentIndex(region->findData(u"ID"_s));
            QCOMPARE(apps.apiHostField(rig.kind)->text(), u"https://api.lazada.co.id/rest"_s);
        }

        // A refused save says why next to the form and stores nothing.
        QSignalSpy saved(&apps, &PlatformAppsSettings::saved);
        apps.appIdField(rig.kind)->setText(u"not an id!"_s);
        apps.secretField(rig.kind)->setText(rig.secret());
        apps.saveButton(rig.kind)->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
        QCOMPARE(saved.at(0).at(1).toBool(), false);
        QVERIFY2(apps.status(rig.kind).contains(rig.shopee() ? u"partner_id"_s : u"app_key"_s),
                 qPrintable(apps.status(rig.kind)));
        QVERIFY(!rig.configured());

        // A good one is confirmed; the secret leaves the form and is said to be kept.
        enterApp(apps, rig);
        QVERIFY2(apps.status(rig.kind).startsWith(u"Saved"_s), qPrintable(apps.status(rig.kind)));
        QVERIFY(apps.isConfigured(rig.kind));
        QVERIFY(apps.secretField(rig.kind)->text().isEmpty());
        QVERIFY(apps.secretField(rig.kind)->placeholderText().contains(u"leave empty to keep"_s));
        QVERIFY(rig.configured());
        keepScreenshot(&apps, u"platform-apps-saved-"_s + flavor);

        // Connect through the platform's page in the consent window.
        IntegrationsPage page(rig.ui, rig.session.get());
        QSignalSpy connected(&page, &IntegrationsPage::connected);
        QPushButton *connect = page.openConnectButton(rig.kind);
        QVERIFY(connect && !connect->text().isEmpty());
        connect->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.consentWindow(), 20000);
        ConsentWindow &w = *page.consentWindow();
        QVERIFY(w.isRedirectFlow());
        QSignalSpy callback(&w, &ConsentWindow::callbackReached);
        QVERIFY(waitForJs(
            w.page(), u"document.readyState === 'complete' && !!document.getElementById('email')"_s, 30000));
        keepScreenshot(&w, u"open-consent-window-"_s + flavor);
        authorizeOnPage(w, *rig.clone, u"authorize"_s);
        QTRY_COMPARE_WITH_TIMEOUT(callback.count(), 1, 30000);
        QVERIFY(callback.at(0).at(0).toUrl().path().startsWith(u"/oauth/callback/"_s + flavor));
        QVERIFY(connected.wait(90000));

        // The shop is linked to this account with the platform's API, and its card shows it synced.
        const auto all = IntegrationRepository(rig.server->db()).all().value();
        QCOMPARE(all.size(), 1);
        QCOMPARE(int(all.first().apiKind), int(rig.kind));
        QCOMPARE(all.first().ownerUserId, rig.session->user().id);
        auto shop = ShopRepository(rig.server->db()).findById(all.first().shopId);
        QVERIFY(shop.ok() && shop->has_value());
        QCOMPARE((*shop)->platform, rig.shopee() ? Platform::Shopee : Platform::Lazada);
        QTRY_VERIFY_WITH_TIMEOUT(page.cardOf(all.first().id), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(page.cardOf(all.first().id)->view().integration->lastSyncAt.isValid(),
                                 20000);
        QCOMPARE(page.cardOf(all.first().id)->view().shopName, (*shop)->name);
        // The real shop's card: the push URL to enter in the platform's console, no per-shop secret.
        ui::IntegrationCard *card = page.cardOf(all.first().id);
        const QString pushUrl = rig.server->url(u"/api/push/"_s + flavor).toString();
        QCOMPARE(card->view().pushUrl, pushUrl);
        auto *deliveryUrl = card->findChild<QLineEdit *>(u"deliveryUrl"_s);
        auto *secret = card->findChild<QLineEdit *>(u"signingSecret"_s);
        QVERIFY(deliveryUrl && secret);
        QCOMPARE(deliveryUrl->text(), pushUrl);
        QVERIFY(deliveryUrl->isVisibleTo(card));
        QVERIFY(!secret->isVisibleTo(card));
        QTRY_VERIFY(!page.consentWindow()); // closed itself once the first sync finished
        QVERIFY2(page.openMessage().startsWith(u"Shop connected"_s), qPrintable(page.openMessage()));
        keepScreenshot(&page, u"integrations-open-shop-"_s + flavor);
    }

    void withoutAnAppGoesToPlatformApps()
    {
        Rig rig;
        open(rig, u"lazada-open"_s);
        if (!rig.session)
            return;
        ui::SettingsPage settings(rig.ui, rig.session.get(), nullptr);
        auto *tabs = settings.findChild<QTabWidget *>(u"settingsTabs"_s);
        QVERIFY(tabs);
        QSignalSpy asked(settings.integrations(), &IntegrationsPage::platformAppsRequested);
        settings.integrations()->openConnectButton(ApiKind::LazadaOpen)->click();
        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 20000);
        QCOMPARE(asked.at(0).at(0).value<ApiKind>(), ApiKind::LazadaOpen);
        QVERIFY(!settings.integrations()->consentWindow());
        QCOMPARE(tabs->currentIndex(), int(ui::SettingsPage::Tab::PlatformApps));
        QVERIFY2(settings.integrations()->openMessage().contains(u"Platform apps"_s),
                 qPrintable(settings.integrations()->openMessage()));
        QVERIFY2(settings.platformApps()->status(ApiKind::LazadaOpen).contains(u"Platform apps"_s),
                 qPrintable(settings.platformApps()->status(ApiKind::LazadaOpen)));
    }

    void closedOrRefusedLeavesNothing_data() { kindRows(); }
    void closedOrRefusedLeavesNothing()
    {
        QFETCH(QString, flavor);
        Rig rig;
        open(rig, flavor);
        if (!rig.session)
            return;
        {
            PlatformAppsSettings apps(rig.ui, rig.session.get());
            enterApp(apps, rig);
        }
        IntegrationsPage page(rig.ui, rig.session.get());

        // The seller closes the window on the platform's page: cancelled, said on the page.
        page.openConnectButton(rig.kind)->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.consentWindow(), 20000);
        QPointer<ConsentWindow> w = page.consentWindow();
        QVERIFY(waitForJs(
            w->page(), u"document.readyState === 'complete' && !!document.getElementById('email')"_s, 30000));
        w->close();
        QTRY_VERIFY(!w);
        QTRY_VERIFY2(page.openMessage().contains(u"Nothing was changed"_s), qPrintable(page.openMessage()));
        QCOMPARE(IntegrationRepository(rig.server->db()).all().value().size(), 0);
        // ... and the authorization is cancelled at once, not left pending for ten minutes: the
        // platform's redirect arriving later (the page finished in another browser) connects nothing.
        QCOMPARE(authorizationOutcomes(rig), QStringList{u"cancelled"_s});

        // The seller refuses on the platform's page: the window says so, with Try again.
        page.openConnectButton(rig.kind)->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.consentWindow(), 20000);
        w = page.consentWindow();
        authorizeOnPage(*w, *rig.clone, u"cancel"_s);
        QTRY_COMPARE_WITH_TIMEOUT(statusTitle(*w), ui::OpenConnect::tr("Not connected"), 30000);
        QVERIFY2(statusText(*w).contains(u"did not authorize"_s), qPrintable(statusText(*w)));
        QVERIFY2(statusText(*w).contains(u"Nothing was changed"_s), qPrintable(statusText(*w)));
        keepScreenshot(w, u"open-consent-refused-"_s + flavor);
        QVERIFY(buttonNamed(*w, ConsentWindow::tr("Try again")));
        QCOMPARE(IntegrationRepository(rig.server->db()).all().value().size(), 0);
        QVERIFY(rig.session->shops().isEmpty());

        // Try again, and the window closed before the new authorization link came back: that one is
        // cancelled too once it exists, not left pending for ten minutes.
        QPointer<ui::OpenConnect> flow = page.findChild<ui::OpenConnect *>();
        QVERIFY(flow);
        buttonNamed(*w, ConsentWindow::tr("Try again"))->click();
        w->close();
        QTRY_VERIFY(!w);
        QTRY_VERIFY_WITH_TIMEOUT(!flow, 20000);
        QCOMPARE(authorizationOutcomes(rig), (QStringList{u"cancelled"_s, u"failed"_s, u"cancelled"_s}));
        QTRY_VERIFY2(page.openMessage().contains(u"Nothing was changed"_s), qPrintable(page.openMessage()));
    }

private:
    void kindRows()
    {
        QTest::addColumn<QString>("flavor");
        QTest::newRow("shopee-open") << u"shopee-open"_s;
        QTest::newRow("lazada-open") << u"lazada-open"_s;
    }

    void open(Rig &rig, const QString &flavor)
    {
        QString why;
        rig.server = TestServer::start(u"sqlite"_s, &why, {});
        QVERIFY2(rig.server, qPrintable(why));
        rig.kind = flavor == u"shopee-open"_s ? ApiKind::ShopeeOpen : ApiKind::LazadaOpen;
        rig.clone = std::make_unique<CloneProcess>(CloneOptions{
            .flavor = flavor,
            .seed = 43,
            .products = 6,
            .days = 10,
            .ordersPerDay = 3,
            // What the seller registers: BVA's loopback callback (any port).
            .extraArgs = {u"--redirect-url"_s, QString(u"http://127.0.0.1/oauth/callback/"_s + flavor)}});
        QVERIFY2(rig.clone->start(), qPrintable(rig.clone->errorString()));
        AppServices &a = rig.server->services();
        a.integrations()->start();
        rig.server->registerUser(u"seller@example.com"_s);
        rig.ui.db = &a.database();
        rig.ui.bus = &a.eventBus();
        rig.ui.vault = &a.vault();
        rig.ui.auth = &a.auth();
        rig.ui.integrations = a.integrations();
        rig.ui.team = &a.team();
        rig.ui.audit = &a.audit();
        rig.ui.deliveries = &a.deliveries();
        rig.ui.analytics = &a.analytics();
        rig.ui.catalog = &a.catalog();
        rig.ui.forecasts = &a.forecasts();
        rig.ui.platformApps = &a.platformApps();
        rig.ui.authorizations = &a.authorizations();
        // A fresh browser profile per row: nobody is signed in on the platform yet.
        rig.ui.consentStorageRoot = m_dir.path() + u'/' + QString::number(++m_profile);
        const QUrl base = rig.server->url(QString());
        rig.ui.webhookBaseUrl = [base] { return base; };
        rig.ui.callbackBaseUrl = [base] { return base; };
        auto session = std::make_unique<ui::UserSession>(rig.ui);
        auto s = a.auth().signIn(u"seller@example.com"_s, u"correct horse"_s);
        QVERIFY(s.ok());
        session->start(s->user, s->token, s->sessionId, s->expiresAt);
        rig.session = std::move(session);
    }

    QTemporaryDir m_dir;
    int m_profile = 0;
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TstOpenConnect t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_openconnect.moc"
