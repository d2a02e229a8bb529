// The desktop shell opens every page with and without data, keeps each user to their own shops,
// remembers the last page, runs palette commands, and keeps notifications de-duplicated.
#include "accounts/accountdialog.h"
#include "accounts/usersession.h"
#include "analytics/analyticsservice.h"
#include "auth/authservice.h"
#include "charts/elided.h"
#include "charts/serieschartview.h"
#include "domain/eventbus.h"
#include "http/httphost.h"
#include "mainwindow.h"
#include "memoryvault.h"
#include "models/displayformat.h"
#include "models/ordertablemodel.h"
#include "models/productfilterproxy.h"
#include "models/producttablemodel.h"
#include "models/seriestablemodel.h"
#include "notifications/notificationcenter.h"
#include "notifications/notificationmodel.h"
#include "pages/dashboardpage.h"
#include "pages/dashboardtile.h"
#include "pages/orderspage.h"
#include "pages/productspage.h"
#include "pages/reportspage.h"
#include "settings/appsettings.h"
#include "settings/databasesettings.h"
#include "settings/integrationcard.h"
#include "settings/language.h"
#include "settings/settingspage.h"
#include "shell/commandpalette.h"
#include "shell/daterangepopup.h"
#include "shell/demopanel.h"
#include "shell/desktopshell.h"
#include "shell/topbar.h"
#include "shell/uiservices.h"
#include "shell/upgradesplash.h"
#include "store/database.h"
#include "store/orderrepository.h"
#include "store/productrepository.h"
#include "store/shoprepository.h"
#include "theme/format.h"
#include "theme/theme.h"
#include "util/clock.h"
#include "util/serversettings.h"

#include <QAbstractAxis>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace bva;
using namespace bva::ui;

namespace {

AccountDialog *visibleAccountDialog()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows)
        if (auto *dialog = qobject_cast<AccountDialog *>(w); dialog && dialog->isVisible())
            return dialog;
    return nullptr;
}

} // namespace

class TstShellSmoke : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyPageWithoutData();
    void everyPageWithData();
    void usersSeeOnlyTheirShops();
    void lastPageIsRemembered();
    void startChecksSignInOffTheGuiThread();
    void customRangeIsRemembered();
    void badStoredRangeFallsBack_data();
    void badStoredRangeFallsBack();
    void paletteRunsCommands();
    void paletteFindsProductsAndOrders();
    void notificationsAreDeduplicated();
    void lowStockNamesTheProduct();
    void languageAndThemeSwitchLive();
    void moneyFormatting();
    void newOrderNotificationsShowExactMoney();
    void topBarFitsA1024Window();
    void searchHintIsWholeOrAnIcon();
    void dashboardFitsA1024Window();
    void ordersKeepTheirColumnsInSight();
    void languageSwitchRetranslatesPages();
    void demoPanelShowsConnectedShops();
    void tablesNamePlatformsAsSellersDo();
    void chartNumbersFollowTheLanguage();
    void chartLegendKeysAreasByTheirLine();
    void chartGridIsFaintInBothThemes();
    void serverSettingsRefusePlainHttpBeyondLoopback();
    void spinBoxesShowTheirArrows();
    void reportPeriodsSayWhatAutomaticMeans();
    void settingsTabsFitASmallWindow_data();
    void settingsTabsFitASmallWindow();
    void marketplaceTextStaysText();
    void upgradeSplashSaysWhichStep();
    void serverPortTakenIsSaidAbovePages();
    void longShopNamesAreElided();
    void cleanupTestCase();

private:
    AuthSession makeUser(const QString &email);
    // `text`, when given, is what the marketplace chose for every name the shop sends.
    qint64 addShop(qint64 userId, const QString &externalId, Platform platform, const QString &text = {});
    void visitAllPages(MainWindow *w);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    MemoryVault m_vault;
    EventBus m_bus;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<AnalyticsService> m_analytics;
    UiServices m_ui;
};

void TstShellSmoke::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Settings in a scratch folder: every run starts from none, and no run reads another's.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    m_db = std::make_unique<Database>(DatabaseConfig::sqliteAt(m_dir.filePath(u"bva.db"_s)));
    QVERIFY(m_db->open().ok());
    auto auth = AuthService::create(*m_db, m_vault, {PasswordHasher::Strength::Minimal});
    QVERIFY2(auth.ok(), auth.ok() ? "" : qPrintable(auth.error().message));
    m_auth = std::move(auth.value());
    m_ui.db = m_db.get();
    m_ui.bus = &m_bus;
    m_ui.vault = &m_vault;
    m_ui.auth = m_auth.get();
    m_analytics = std::make_unique<AnalyticsService>(*m_db);
    m_ui.analytics = m_analytics.get();
    m_ui.consentStorageRoot = m_dir.filePath(u"webengine"_s);
    m_ui.webhookBaseUrl = [] { return QUrl(u"http://127.0.0.1:3000"_s); };
    Theme::captureSystemPalette();
    Theme::apply(Appearance::Light);
}

// The desktop's webhook server listens beyond this computer only behind a TLS proxy, with the public
// address it is reached by (its only other Host name): settings that say otherwise are not saved.
void TstShellSmoke::serverSettingsRefusePlainHttpBeyondLoopback()
{
    DatabaseSettings page(m_ui);
    auto *address = page.findChild<QLineEdit *>(u"listenAddress"_s);
    auto *proxy = page.findChild<QCheckBox *>(u"behindTlsProxy"_s);
    auto *publicUrl = page.findChild<QLineEdit *>(u"publicUrl"_s);
    auto *status = page.findChild<QLabel *>(u"serverStatus"_s);
    QPushButton *apply = nullptr;
    for (QPushButton *b : page.findChildren<QPushButton *>()) {
        if (b->text() == DatabaseSettings::tr("Apply and restart the server"))
            apply = b;
    }
    QVERIFY(address && proxy && publicUrl && status && apply);
    const QString before = bva::settings::listenAddress().get();

    address->setText(u"0.0.0.0"_s);
    proxy->setChecked(false);
    apply->click();
    QVERIFY2(status->text().contains(u"clear text"_s), qPrintable(status->text()));
    QCOMPARE(bva::settings::listenAddress().get(), before);

    proxy->setChecked(true);
    publicUrl->setText(u"not a url"_s);
    apply->click();
    QCOMPARE(bva::settings::listenAddress().get(), before);

    publicUrl->setText(u"https://bva.example.com"_s);
    apply->click();
    QCOMPARE(bva::settings::listenAddress().get(), u"0.0.0.0"_s);
    QVERIFY(bva::settings::behindTlsProxy().get());
    QCOMPARE(bva::settings::publicUrl().get(), u"https://bva.example.com"_s);
    bva::settings::listenAddress().set(before);
    bva::settings::behindTlsProxy().set(false);
    bva::settings::publicUrl().set(QString());
}

// Under the app's style sheet a spin box (Port in Settings → Database, Stock in a product's window)
// showed a bare corner bracket where its arrows belong: both arrows are drawn, in their grey.
void TstShellSmoke::spinBoxesShowTheirArrows()
{
    QSpinBox box;
    box.setRange(1, 65535);
    box.setValue(3000);
    box.resize(200, 34);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    const QImage image = box.grab().toImage();
    auto arrowPixels = [&image](int top, int bottom) {
        int n = 0;
        for (int y = top; y < bottom; ++y)
            for (int x = image.width() - 24; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                // the arrows' stroke, #8391A7, give or take antialiasing over white
                if (qAbs(c.red() - 0x83) < 40 && qAbs(c.green() - 0x91) < 40 && qAbs(c.blue() - 0xA7) < 40 &&
                    c.blue() > c.red())
                    ++n;
            }
        return n;
    };
    const int half = image.height() / 2;
    QVERIFY2(arrowPixels(0, half) > 2, "no up arrow");
    QVERIFY2(arrowPixels(half, image.height()) > 2, "no down arrow");
}

// The Reports page's period box sits beside the export buttons: "Automatic" alone did not say what
// it chooses (nor what the box is, for a screen reader).
void TstShellSmoke::reportPeriodsSayWhatAutomaticMeans()
{
    const AuthSession user = makeUser(u"periods@example.com"_s);
    addShop(user.user.id, u"R1"_s, Platform::Shopee);
    DesktopShell shell(m_ui);
    shell.startWith(user);
    MainWindow *w = shell.window();
    w->showPage(PageId::Reports);
    QVERIFY(w->page(PageId::Reports));
    auto *periods = w->page(PageId::Reports)->findChild<QComboBox *>(u"reportPeriods"_s);
    QVERIFY(periods);
    QCOMPARE(periods->itemText(0), u"Automatic"_s);
    QVERIFY2(periods->toolTip().contains(u"Automatic: by day up to three months"_s),
             qPrintable(periods->toolTip()));
    QCOMPARE(periods->accessibleName(), u"Report periods"_s);
}

namespace {

// Where `text` (the start of a marketplace's string, markup) is shown read as rich text: labels,
// widget and item tooltips, chart labels of `root`.
QStringList richTextSinks(QWidget *root, const QString &text)
{
    const QString plain = QTextDocumentFragment::fromHtml(text).toPlainText();
    QStringList found;
    auto rich = [&](const QString &shown, Qt::TextFormat format) {
        return shown.contains(text) &&
               (format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(shown)));
    };
    auto name = [](const QObject *o) -> QString {
        QString n = QString::fromLatin1(o->metaObject()->className());
        for (const QObject *p = o; p; p = p->parent()) {
            if (!p->objectName().isEmpty())
                return n + u" in "_s + p->objectName();
        }
        return n;
    };
    const auto labels = root->findChildren<QLabel *>();
    for (const QLabel *l : labels) {
        if (rich(l->text(), l->textFormat()))
            found.append(name(l) + u": "_s + l->text().left(120));
    }
    const auto widgets = root->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (rich(w->toolTip(), Qt::AutoText))
            found.append(name(w) + u" tooltip: "_s + w->toolTip().left(120));
    }
    const auto views = root->findChildren<QAbstractItemView *>();
    for (const QAbstractItemView *v : views) {
        const QAbstractItemModel *m = v->model();
        if (!m)
            continue;
        for (int r = 0; r < qMin(m->rowCount(), 30); ++r) {
            for (int c = 0; c < m->columnCount(); ++c) {
                const QString tip = m->index(r, c).data(Qt::ToolTipRole).toString();
                if (rich(tip, Qt::AutoText))
                    found.append(name(v) + u" item tooltip: "_s + tip.left(120));
            }
        }
    }
    const auto scenes = root->findChildren<QGraphicsView *>();
    for (const QGraphicsView *g : scenes) {
        if (!g->scene())
            continue;
        const auto items = g->scene()->items();
        for (const QGraphicsItem *i : items) {
            // Qt Charts sets its titles, axis and legend labels as HTML.
            if (auto *t = qgraphicsitem_cast<const QGraphicsTextItem *>(i);
                t && t->toPlainText().contains(plain) && !t->toPlainText().contains(text))
                found.append(name(g) + u" chart label: "_s + t->toPlainText().left(120));
        }
    }
    found.removeDuplicates();
    return found;
}

} // namespace

// A marketplace chooses the names BVA shows: shop, product, SKU, category, buyer, status. Markup in
// them must show as the characters it is: in a rich label an <img> loads any local file (a device
// that never ends hangs BVA), a link offers file: URLs, and markup can pass for BVA's own words. Every
// page with a row chosen, the settings tabs and the notifications are walked for a label, tooltip or
// chart label that reads the text as rich.
void TstShellSmoke::marketplaceTextStaysText()
{
    const QString markup = u"<b>Hostile</b> <img src=\"file:///nonexistent/bva.png\">"_s;
    const AuthSession user = makeUser(u"markup@example.com"_s);
    const qint64 shop = addShop(user.user.id, u"M1"_s, Platform::Shopee, markup);
    DesktopShell shell(m_ui);
    shell.startWith(user);
    QTRY_VERIFY(shell.session()->shop(shop));
    MainWindow *w = shell.window();
    w->resize(1440, 900);
    emit m_bus.inventoryChanged(shop, u"p1"_s, 0, QJsonObject{{u"previous"_s, 4}, {u"name"_s, markup}});
    QStringList sinks;
    for (PageId id : Pages::all()) {
        w->showPage(id);
        QWidget *page = w->page(id);
        QTRY_VERIFY(page->isVisible());
        QTest::qWait(50); // let asynchronous loads land; the walk below is the check
        const auto views = page->findChildren<QAbstractItemView *>();
        for (QAbstractItemView *v : views) {
            if (v->isVisible() && v->model() && v->model()->rowCount() > 0)
                v->setCurrentIndex(v->model()->index(0, 0));
        }
        QVERIFY(!w->grab().isNull());
        for (const QString &s : richTextSinks(w, u"<b>Hostile"_s))
            sinks.append(Pages::title(id) + u": "_s + s);
    }
    for (auto tab : {SettingsPage::Tab::Account, SettingsPage::Tab::Integrations}) {
        w->settingsPage()->showTab(tab);
        QVERIFY(!w->grab().isNull());
        sinks.append(richTextSinks(w, u"<b>Hostile"_s));
    }
    // Every report, its chart's axis naming products and shops.
    w->showPage(PageId::Reports);
    auto *reports = qobject_cast<ReportsPage *>(w->page(PageId::Reports));
    QVERIFY(reports);
    for (ReportKind kind : allReportKinds()) {
        reports->setKind(kind);
        QTest::qWait(200);
        QVERIFY(!w->grab().isNull());
        for (const QString &s : richTextSinks(w, u"<b>Hostile"_s))
            sinks.append(reportKindName(kind) + u": "_s + s);
    }
    // A shop's card: its name, and the marketplace's last error.
    IntegrationCardState view;
    view.siteUrl = QUrl(u"http://127.0.0.1:5173"_s);
    Integration failed;
    failed.id = 7;
    failed.state = IntegrationState::Error;
    failed.lastError = markup + u" answered 500"_s;
    view.integration = failed;
    view.shopName = markup + u" shop"_s;
    view.role = ShopRole::Admin;
    IntegrationCard card(Platform::Shopee);
    card.setView(view);
    card.show();
    QVERIFY(!card.grab().isNull());
    sinks.append(richTextSinks(&card, u"<b>Hostile"_s));
    sinks.removeDuplicates();
    QVERIFY2(sinks.isEmpty(), qPrintable(sinks.mid(0, 20).join(u'\n')));
}

void TstShellSmoke::cleanupTestCase()
{
    m_analytics.reset();
    m_auth.reset();
    m_db.reset();
}

AuthSession TstShellSmoke::makeUser(const QString &email)
{
    auto s = m_auth->registerAndSignIn(email, u"correct horse battery"_s, email.section(u'@', 0, 0));
    if (!s.ok())
        qFatal("register failed: %s", qPrintable(s.error().message));
    return s.value();
}

qint64 TstShellSmoke::addShop(qint64 userId, const QString &externalId, Platform platform,
                              const QString &text)
{
    ShopRepository shops(*m_db);
    Shop s;
    s.platform = platform;
    s.externalId = externalId;
    s.name = text.isEmpty() ? u"Shop "_s + externalId : text + u" shop"_s;
    auto stored = shops.upsert(s);
    if (!stored.ok() || !shops.grantAccess(userId, stored->id, ShopRole::Admin).ok())
        qFatal("shop");
    QList<Product> products;
    for (int i = 0; i < 20; ++i) {
        Product p;
        p.externalId = u"p%1"_s.arg(i);
        p.name = u"Product %1"_s.arg(i);
        if (!text.isEmpty()) {
            p.name = text + u" product "_s + QString::number(i);
            p.sku = text + u"-SKU-"_s + QString::number(i);
            p.category = text + u" category"_s;
        }
        p.priceMinor = 10000 + i * 100;
        p.costMinor = 6000;
        p.stock = i;
        products.append(p);
    }
    if (!ProductRepository(*m_db).upsertBatch(stored->id, products).ok())
        qFatal("products");
    QList<Order> orders;
    for (int i = 0; i < 50; ++i) {
        Order o;
        o.externalId = u"o%1"_s.arg(i);
        o.status = OrderStatus::Completed;
        if (!text.isEmpty()) {
            o.rawStatus = text;
            o.customerName = text + u" buyer"_s;
        }
        o.placedAt = bva::Clock::nowUtc().addDays(-(i % 20));
        OrderItem item;
        item.productExternalId = u"p%1"_s.arg(i % 20);
        if (!text.isEmpty())
            item.productName = text + u" item"_s;
        item.quantity = 1 + i % 3;
        item.unitPriceMinor = 10000;
        item.subtotalMinor = item.quantity * 10000;
        o.items = {item};
        o.totalMinor = item.subtotalMinor;
        orders.append(o);
    }
    if (!OrderRepository(*m_db).upsertBatch(stored->id, orders).ok())
        qFatal("orders");
    return stored->id;
}

void TstShellSmoke::visitAllPages(MainWindow *w)
{
    for (PageId id : Pages::all()) {
        w->showPage(id);
        QCOMPARE(w->currentPage(), id);
        QWidget *page = w->page(id);
        QVERIFY(page);
        QTRY_VERIFY(page->isVisible());
        QVERIFY(!w->grab().isNull());
    }
    for (auto tab : {SettingsPage::Tab::Account, SettingsPage::Tab::Integrations,
                     SettingsPage::Tab::Appearance, SettingsPage::Tab::Database}) {
        w->settingsPage()->showTab(tab);
        QVERIFY(!w->grab().isNull());
    }
}

void TstShellSmoke::everyPageWithoutData()
{
    DesktopShell shell(m_ui);
    shell.startWith(makeUser(u"empty@example.com"_s));
    QVERIFY(shell.window());
    visitAllPages(shell.window());
    QCOMPARE(shell.session()->shops().size(), 0);
}

void TstShellSmoke::everyPageWithData()
{
    const AuthSession user = makeUser(u"data@example.com"_s);
    addShop(user.user.id, u"S1"_s, Platform::Shopee);
    addShop(user.user.id, u"L1"_s, Platform::Lazada);
    DesktopShell shell(m_ui);
    shell.startWith(user);
    QTRY_COMPARE(shell.session()->shops().size(), 2);
    auto *scope = shell.window()->topBar()->findChild<QComboBox *>(u"scopeFilter"_s);
    QVERIFY(scope);
    // All, all Shopee, all Lazada, and each shop.
    QCOMPARE(scope->count(), 5);
    visitAllPages(shell.window());
}

void TstShellSmoke::usersSeeOnlyTheirShops()
{
    const AuthSession alice = makeUser(u"alice@example.com"_s);
    const AuthSession bob = makeUser(u"bob@example.com"_s);
    const qint64 aliceShop = addShop(alice.user.id, u"A1"_s, Platform::Shopee);
    UserSession session(m_ui);
    QSignalSpy changed(&session, &UserSession::shopsChanged);
    session.start(bob.user, bob.token);
    QTRY_VERIFY(changed.count() >= 2);
    QVERIFY(!session.shop(aliceShop));
    session.start(alice.user, alice.token);
    QTRY_VERIFY(session.shop(aliceShop));
}

void TstShellSmoke::lastPageIsRemembered()
{
    const AuthSession user = makeUser(u"remember@example.com"_s);
    {
        DesktopShell shell(m_ui);
        shell.startWith(user);
        shell.window()->showPage(PageId::Reports);
        shell.window()->close();
    }
    QCOMPARE(ui::settings::lastPage().get(), u"reports"_s);
    DesktopShell again(m_ui);
    again.startWith(user);
    QCOMPARE(again.window()->currentPage(), PageId::Reports);
}

// BVA's server port taken (a BVA already open, another program): the window says so above every page,
// with the one place to fix it; before, only the top bar's dot turned red, its reason in a tooltip.
void TstShellSmoke::serverPortTakenIsSaidAbovePages()
{
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost));
    HttpHostConfig config;
    config.port = other.serverPort();
    HttpHost host;
    const auto port = host.start(config, [](HttpServer &) {});
    QVERIFY(!port.ok());
    const QString address = u"127.0.0.1:%1"_s.arg(config.port);

    const AuthSession user = makeUser(u"porttaken@example.com"_s);
    DesktopShell shell(m_ui);
    shell.setServerStatus(port.ok(), address);
    shell.startWith(user);
    MainWindow *window = shell.window();
    auto *problem = window->findChild<QFrame *>(u"serverProblem"_s);
    auto *text = window->findChild<QLabel *>(u"serverProblemText"_s);
    auto *action = window->findChild<QPushButton *>(u"serverProblemAction"_s);
    QVERIFY(problem && text && action);
    QVERIFY(problem->isVisible());
    QVERIFY2(text->text().contains(address), qPrintable(text->text()));
    QCOMPARE(text->textFormat(), Qt::PlainText);
    window->showPage(PageId::Orders);
    QVERIFY(problem->isVisible());
    action->click();
    QCOMPARE(window->currentPage(), PageId::Settings);
    auto *database = window->settingsPage()->findChild<DatabaseSettings *>();
    QVERIFY(database && database->isVisible());

    shell.setServerStatus(true, address);
    QVERIFY(!problem->isVisible());
}

// A shop's name is the marketplace's, up to 200 characters with direction marks and emoji: the scope
// box and the filter boxes end it with "…" (they cut it mid-letter) and keep it whole in a plain tip,
// and the window keeps its size.
void TstShellSmoke::longShopNamesAreElided()
{
    const QString longName =
        QString(u"\u200F\U0001F6D2 "_s + u"Toko Serba Ada Murah Meriah "_s.repeated(8)).left(195);
    const AuthSession user = makeUser(u"longname@example.com"_s);
    const qint64 shop = addShop(user.user.id, u"LONG"_s, Platform::Shopee, longName);
    DesktopShell shell(m_ui);
    shell.startWith(user);
    MainWindow *window = shell.window();
    window->resize(1024, 700);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->showPage(PageId::Products);
    const auto shownWhole = [&longName](ElidingComboBox *box) {
        QVERIFY2(box->shownText().endsWith(u'…'), qPrintable(box->shownText()));
        QVERIFY(box->shownText().size() < box->currentText().size());
        QVERIFY2(box->toolTip().contains(longName), qPrintable(box->toolTip()));
    };
    const QString scopeKey = u"shop:"_s + QString::number(shop);
    auto *scope = dynamic_cast<ElidingComboBox *>(window->topBar()->findChild<QComboBox *>(u"scopeFilter"_s));
    QVERIFY(scope);
    QTRY_VERIFY(scope->findData(scopeKey) >= 0);
    scope->setCurrentIndex(scope->findData(scopeKey));
    shownWhole(scope);
    QVERIFY(window->topBar()->rect().contains(scope->geometry()));
    ElidingComboBox *filter = nullptr;
    for (QComboBox *box : window->page(PageId::Products)->findChildren<QComboBox *>())
        if (box->findText(longName, Qt::MatchStartsWith) >= 0)
            filter = dynamic_cast<ElidingComboBox *>(box);
    QVERIFY(filter);
    filter->setCurrentIndex(filter->findText(longName, Qt::MatchStartsWith));
    QCoreApplication::processEvents();
    shownWhole(filter);
    QTRY_COMPARE(window->width(), 1024);
}

// Start-up reads the vault and the store on the pool: start() returns before any window exists. A
// remembered session opens the window for its user; a remembered token that no longer signs in is
// forgotten and the sign-in dialog asks; closing that dialog quits.
void TstShellSmoke::startChecksSignInOffTheGuiThread()
{
    const QString key = u"desktop/rememberedSession"_s;
    const AuthSession user = makeUser(u"startup@example.com"_s);
    QVERIFY(m_vault.store(key, user.token).ok());
    ui::settings::rememberMe().set(true);
    {
        DesktopShell shell(m_ui);
        shell.setServerStatus(true, u"127.0.0.1:4321"_s);
        QSignalSpy opened(&shell, &DesktopShell::windowOpened);
        shell.start();
        QVERIFY(!shell.window());
        QTRY_COMPARE(opened.count(), 1);
        QCOMPARE(shell.session()->user().email, u"startup@example.com"_s);
        shell.window()->close();
    }

    QVERIFY(m_auth->logout(user.token, u"test"_s).ok());
    DesktopShell shell(m_ui);
    QSignalSpy quit(&shell, &DesktopShell::quitRequested);
    shell.start();
    QTRY_VERIFY(visibleAccountDialog());
    AccountDialog *dialog = visibleAccountDialog();
    QCOMPARE(dialog->mode(), AccountDialog::Mode::Login);
    QVERIFY(!shell.window());
    auto stored = m_vault.read(key);
    QVERIFY(stored.ok());
    QVERIFY2(!stored->has_value(), "a token that no longer signs in is forgotten");
    dialog->reject();
    QTRY_COMPARE(quit.count(), 1);
    QVERIFY(!shell.window());
    ui::settings::rememberMe().set(false);

    // "Remember me" writes the vault off the GUI thread too, in order with the reads.
    const AuthSession again = makeUser(u"startup-again@example.com"_s);
    DesktopShell remembering(m_ui);
    remembering.startWith(again, true);
    QTRY_VERIFY(m_vault.read(key).ok() && m_vault.read(key)->value_or(QByteArray()) == again.token);
    remembering.window()->close();
}

void TstShellSmoke::customRangeIsRemembered()
{
    const AuthSession user = makeUser(u"range@example.com"_s);
    addShop(user.user.id, u"R1"_s, Platform::Shopee);
    const DateRange range{QDate(2024, 3, 12), QDate(2024, 3, 14)};
    {
        DesktopShell shell(m_ui);
        shell.startWith(user);
        TopBar *bar = shell.window()->topBar();
        auto *popup = bar->findChild<DateRangePopup *>();
        QVERIFY(popup);
        popup->popupBelow(bar, range);
        QTest::mouseClick(popup->applyButton(), Qt::LeftButton);
        QCOMPARE(bar->presetKey(), u"custom"_s);
        shell.window()->close();
    }
    {
        DesktopShell again(m_ui);
        again.startWith(user);
        TopBar *bar = again.window()->topBar();
        QCOMPARE(bar->presetKey(), u"custom"_s);
        QCOMPARE(bar->customRange(), range);
        // The pages show those days, not the default preset's.
        auto *dashboard = qobject_cast<DashboardPage *>(again.window()->page(PageId::Dashboard));
        QVERIFY(dashboard);
        QTRY_VERIFY(!dashboard->scope().shopIds.isEmpty());
        QCOMPARE(dashboard->scope().preset, DatePreset::Custom);
        QCOMPARE(dashboard->scope().custom, range);
        // A preset chosen afterwards wins on the next start; the custom range is still offered.
        bar->findChild<QComboBox *>(u"datePreset"_s)->setCurrentIndex(1);
        QCOMPARE(bar->presetKey(), u"7d"_s);
    }
    DesktopShell third(m_ui);
    third.startWith(user);
    QCOMPARE(third.window()->topBar()->presetKey(), u"7d"_s);
    QCOMPARE(third.window()->topBar()->customRange(), range);
}

void TstShellSmoke::badStoredRangeFallsBack_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("rangeKept");
    QTest::newRow("no range stored") << u"custom"_s << QString() << QString() << false;
    QTest::newRow("not a date") << u"custom"_s << u"last tuesday"_s << u"2024-03-14"_s << false;
    QTest::newRow("no such day") << u"custom"_s << u"2024-02-30"_s << u"2024-03-14"_s << false;
    QTest::newRow("reversed") << u"custom"_s << u"2024-03-14"_s << u"2024-03-12"_s << false;
    QTest::newRow("over ten years") << u"custom"_s << u"2010-01-01"_s << u"2024-03-12"_s << false;
    QTest::newRow("unknown preset") << u"fortnight"_s << u"2024-03-12"_s << u"2024-03-14"_s << true;
}

void TstShellSmoke::badStoredRangeFallsBack()
{
    QFETCH(QString, preset);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, rangeKept);
    ui::settings::datePreset().set(preset);
    ui::settings::customRangeFrom().set(from);
    ui::settings::customRangeTo().set(to);
    DesktopShell shell(m_ui);
    shell.startWith(makeUser(u"bad-range-"_s +
                             QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') +
                             u"@example.com"_s));
    TopBar *bar = shell.window()->topBar();
    QCOMPARE(bar->presetKey(), ui::settings::datePreset().defaultValue());
    QCOMPARE(bar->customRange().isValid(), rangeKept);
    auto *dashboard = qobject_cast<DashboardPage *>(shell.window()->page(PageId::Dashboard));
    QVERIFY(dashboard);
    QCOMPARE(dashboard->scope().preset, DatePreset::Last30Days);
}

void TstShellSmoke::paletteRunsCommands()
{
    DesktopShell shell(m_ui);
    shell.startWith(makeUser(u"palette@example.com"_s));
    MainWindow *w = shell.window();
    w->showPage(PageId::Dashboard);
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    QTest::keyClick(w, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(w->commandPalette()->isVisible());
    QTest::keyClicks(w->commandPalette()->searchField(), u"orders"_s);
    QVERIFY(w->commandPalette()->model()->rowCount() >= 1);
    QTest::keyClick(w->commandPalette()->searchField(), Qt::Key_Return);
    QCOMPARE(w->currentPage(), PageId::Orders);
    QVERIFY(!w->commandPalette()->isVisible());
}

// Ctrl+K looks in the data: a product by name opens the Products page with it selected, an order by
// id opens the Orders page with it selected even when the date range leaves it out. Another user's
// products are never found.
void TstShellSmoke::paletteFindsProductsAndOrders()
{
    const AuthSession other = makeUser(u"palette-other@example.com"_s);
    addShop(other.user.id, u"PAL-OTHER"_s, Platform::Shopee);
    const AuthSession user = makeUser(u"palette-finder@example.com"_s);
    const qint64 shop = addShop(user.user.id, u"PAL"_s, Platform::Lazada);
    DesktopShell shell(m_ui);
    shell.startWith(user);
    MainWindow *w = shell.window();
    w->topBar()->setPresetKey(u"today"_s);
    CommandPalette *palette = w->commandPalette();
    auto foundRows = [palette](const QString &section) {
        QStringList rows;
        for (int r = 0; r < palette->model()->rowCount(); ++r)
            if (const QString t = palette->model()->index(r, 0).data().toString(); t.startsWith(section))
                rows.append(t);
        return rows;
    };

    w->showCommandPalette();
    QTest::keyClicks(palette->searchField(), u"Product 17"_s);
    QTRY_COMPARE(foundRows(u"Product  ·"_s).size(), 1);
    QVERIFY2(foundRows(u"Product  ·"_s).constFirst().contains(u"Shop PAL"_s),
             qPrintable(foundRows(u"Product"_s).constFirst()));
    QVERIFY(!foundRows(u"Product  ·"_s).constFirst().contains(u"PAL-OTHER"_s));
    QTest::keyClick(palette->searchField(), Qt::Key_Return);
    QCOMPARE(w->currentPage(), PageId::Products);
    auto *products = w->findChild<ProductsPage *>();
    QVERIFY(products);
    QTRY_VERIFY(products->view()->currentIndex().isValid());
    const QModelIndex current = products->proxy()->mapToSource(products->view()->currentIndex());
    QCOMPARE(products->model()->productAt(current.row())->externalId, u"p17"_s);
    QCOMPARE(products->model()->productAt(current.row())->shopId, shop);

    // o45 was placed 5 days ago; the range is today.
    w->showCommandPalette();
    QTest::keyClicks(palette->searchField(), u"o45"_s);
    QTRY_COMPARE(foundRows(u"Order  ·"_s).size(), 1);
    QTest::keyClick(palette->searchField(), Qt::Key_Return);
    QCOMPARE(w->currentPage(), PageId::Orders);
    auto *orders = w->findChild<OrdersPage *>();
    QVERIFY(orders);
    QTRY_VERIFY(orders->view()->currentIndex().isValid() &&
                orders->model()->orderAt(orders->view()->currentIndex().row())->order.externalId == u"o45"_s);
    QCOMPARE(orders->searchField()->text(), u"o45"_s);
}

void TstShellSmoke::notificationsAreDeduplicated()
{
    const AuthSession user = makeUser(u"notify@example.com"_s);
    const qint64 shop = addShop(user.user.id, u"N1"_s, Platform::Shopee);
    UserSession session(m_ui);
    session.start(user.user, user.token);
    QTRY_VERIFY(session.shop(shop));
    NotificationCenter center(m_ui, &session);
    QAbstractItemModelTester tester(center.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy unread(&center, &NotificationCenter::unreadCountChanged);
    // The same order announced twice (a duplicate webhook) is one notification.
    emit m_bus.orderChanged(shop, u"o-new"_s, QJsonObject{{u"totalMinor"_s, 12345}});
    emit m_bus.orderChanged(shop, u"o-new"_s, QJsonObject{{u"totalMinor"_s, 12345}});
    emit m_bus.inventoryChanged(shop, u"p1"_s, 2, QJsonObject{{u"previous"_s, 9}});
    center.flush();
    QTRY_COMPARE(center.unreadCount(), 2);
    QTRY_COMPARE(center.model()->rowCount(), 2);
    emit m_bus.orderChanged(shop, u"o-new"_s, QJsonObject{});
    center.flush();
    QTest::qWait(300);
    QCOMPARE(center.unreadCount(), 2);
    center.markRead(
        center.model()->data(center.model()->index(0, 0), NotificationModel::IdRole).toLongLong());
    QTRY_COMPARE(center.unreadCount(), 1);
    center.markAllRead();
    QTRY_COMPARE(center.unreadCount(), 0);
    QVERIFY(unread.count() > 0);
}

void TstShellSmoke::lowStockNamesTheProduct()
{
    const AuthSession user = makeUser(u"stock@example.com"_s);
    const qint64 shop = addShop(user.user.id, u"N2"_s, Platform::Shopee);
    UserSession session(m_ui);
    session.start(user.user, user.token);
    QTRY_VERIFY(session.shop(shop));
    NotificationCenter center(m_ui, &session);
    emit m_bus.inventoryChanged(shop, u"SKU-9931"_s, 0,
                                QJsonObject{{u"previous"_s, 4}, {u"name"_s, u"Kape Barako 500g"_s}});
    center.flush();
    QTRY_COMPARE(center.model()->rowCount(), 1);
    const QModelIndex row = center.model()->index(0, 0);
    QCOMPARE(row.data(Qt::DisplayRole).toString(), u"Out of stock: Kape Barako 500g"_s);
    QVERIFY(row.data(NotificationModel::BodyRole).toString().startsWith(u"Kape Barako 500g"_s));
    QVERIFY(!row.data(NotificationModel::BodyRole).toString().contains(u"SKU-9931"_s));
}

void TstShellSmoke::languageAndThemeSwitchLive()
{
    DesktopShell shell(m_ui);
    shell.startWith(makeUser(u"lang@example.com"_s));
    Language::apply(u"fil"_s);
    QCOMPARE(QLocale().language(), QLocale::Filipino);
    Language::apply(u"id"_s);
    QCOMPARE(QLocale().language(), QLocale::Indonesian);
    Theme::apply(Appearance::Dark);
    QVERIFY(Theme::isDark());
    QVERIFY(qApp->palette().color(QPalette::Window).lightness() < 128);
    Theme::apply(Appearance::Light);
    Language::apply(u"en"_s);
    QVERIFY(!shell.window()->grab().isNull());
}

// Before the main window exists, the splash is all the seller sees while the store upgrades.
void TstShellSmoke::upgradeSplashSaysWhichStep()
{
    UpgradeSplash splash;
    QVERIFY(!splash.isVisible());
    splash.showStep(1, 3);
    QVERIFY(splash.isVisible());
    QCOMPARE(splash.stepText(), u"Step 1 of 3"_s);
    splash.showStep(3, 3);
    QCOMPARE(splash.stepText(), u"Step 3 of 3"_s);
    QVERIFY(!splash.grab().isNull());
    QVERIFY(splash.width() <= 460);
}

void TstShellSmoke::moneyFormatting()
{
    Language::apply(u"en"_s);
    QCOMPARE(Format::money(123456, u"PHP"_s), u"₱1,234.56"_s);
    QCOMPARE(Format::money(-5, u"PHP"_s), u"-₱0.05"_s);
    Language::apply(u"id"_s);
    QCOMPARE(Format::money(150000000, u"IDR"_s), u"Rp1.500.000"_s); // rupiah are shown whole
    QCOMPARE(Format::money(1290, u"MYR"_s), u"RM12,90"_s);
    Language::apply(u"en"_s);
}

namespace {

// Every text "translated" to a marked, longer one, as a new language would: shows which widgets
// follow a language switch.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return u"Xx "_s + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void TstShellSmoke::newOrderNotificationsShowExactMoney()
{
    // The amount comes from integer minor units in the shop's own currency, as on every page.
    Language::apply(u"en"_s);
    const AuthSession user = makeUser(u"money-notify@example.com"_s);
    const qint64 peso = addShop(user.user.id, u"M1"_s, Platform::Shopee);
    ShopRepository shops(*m_db);
    Shop yenShop;
    yenShop.platform = Platform::Lazada;
    yenShop.externalId = u"M2"_s;
    yenShop.name = u"Yen shop"_s;
    yenShop.currency = u"JPY"_s;
    auto stored = shops.upsert(yenShop);
    QVERIFY(stored.ok());
    QVERIFY(shops.grantAccess(user.user.id, stored->id, ShopRole::Admin).ok());
    UserSession session(m_ui);
    session.start(user.user, user.token);
    QTRY_VERIFY(session.shop(peso) && session.shop(stored->id));
    NotificationCenter center(m_ui, &session);
    emit m_bus.orderChanged(peso, u"o-peso"_s, QJsonObject{{u"totalMinor"_s, 12345}});
    emit m_bus.orderChanged(stored->id, u"o-yen"_s, QJsonObject{{u"totalMinor"_s, 1500}});
    center.flush();
    QTRY_COMPARE(center.model()->rowCount(), 2);
    QStringList bodies;
    for (int r = 0; r < 2; ++r)
        bodies.append(
            center.model()->data(center.model()->index(r, 0), NotificationModel::BodyRole).toString());
    const QString pesoText = formatMoney(12345, u"PHP"_s), yenText = formatMoney(1500, u"JPY"_s);
    QCOMPARE(pesoText, u"₱123.45"_s);
    QVERIFY2(bodies.filter(pesoText).size() == 1, qPrintable(bodies.join(u" | "_s)));
    QVERIFY2(bodies.filter(yenText).size() == 1, qPrintable(bodies.join(u" | "_s)));
}

// Settings in a 1024×640 window: every tab in sight, no scroll arrows on the tab bar (in Indonesian
// "Basis data dan server" and "Kurs" were behind them, in English three tabs).
void TstShellSmoke::settingsTabsFitASmallWindow_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : {u"en"_s, u"fil"_s, u"id"_s})
        QTest::newRow(qPrintable(language)) << language;
}

void TstShellSmoke::settingsTabsFitASmallWindow()
{
    QFETCH(QString, language);
    QTranslator translator;
    Language::apply(language);
    if (language != u"en"_s) {
        QVERIFY(translator.load(QStringLiteral(BVA_QM_DIR) + u"/bva_"_s + language + u".qm"_s));
        QCoreApplication::installTranslator(&translator);
    }
    const auto restore = qScopeGuard([&translator] {
        QCoreApplication::removeTranslator(&translator);
        Language::apply(u"en"_s);
    });
    DesktopShell shell(m_ui);
    shell.startWith(makeUser(u"tabs-"_s + language + u"@example.com"_s));
    MainWindow *w = shell.window();
    w->resize(1024, 640);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    w->showPage(PageId::Settings);
    QCoreApplication::processEvents();
    QCOMPARE(w->width(), 1024);
    auto *tabs = w->findChild<QTabWidget *>(u"settingsTabs"_s);
    QVERIFY(tabs);
    const QTabBar *bar = tabs->tabBar();
    QTRY_VERIFY(bar->isVisible());
    const QString dir = qEnvironmentVariable("BVA_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + u"/settings-1024x640-"_s + language + u".png"_s);
    const QRect last = bar->tabRect(bar->count() - 1);
    QVERIFY2(last.right() < bar->width(),
             qPrintable(u"tabs %1 wide in a bar of %2: %3"_s.arg(last.right() + 1)
                            .arg(bar->width())
                            .arg(bar->tabText(bar->count() - 1))));
    for (const QToolButton *arrow : bar->findChildren<QToolButton *>())
        QVERIFY2(!arrow->isVisible(), "the tab bar shows scroll arrows");
    // Every name whole, in every language ("Akun" was "Ak…"; English cut four, "Platform apps" to 83 of its
    // 91 pixels), and in its tooltip too.
    QFont bold = bar->font();
    bold.setBold(true);
    for (int i = 0; i < bar->count(); ++i) {
        QCOMPARE(bar->tabToolTip(i), bar->tabText(i));
        QVERIFY2(bar->tabRect(i).width() > QFontMetrics(bold).horizontalAdvance(bar->tabText(i)),
                 qPrintable(u"%1 cut: %2 of %3 px; the bar %4 px, its tabs %5 px"_s.arg(bar->tabText(i))
                                .arg(bar->tabRect(i).width())
                                .arg(QFontMetrics(bold).horizontalAdvance(bar->tabText(i)))
                                .arg(bar->width())
                                .arg(bar->tabRect(bar->count() - 1).right() + 1)));
    }
}

void TstShellSmoke::topBarFitsA1024Window()
{
    // A 1024-pixel window leaves the top bar 792 pixels beside the sidebar.
    TopBar bar;
    bar.setTitle(u"Products & Inventory"_s);
    bar.setUserName(u"Demo Seller"_s);
    bar.setServerUp(true, u"127.0.0.1:3000"_s);
    bar.setLastEvent(bva::Clock::nowUtc());
    for (int width : {792, 1400}) {
        bar.resize(width, 56);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QTRY_COMPARE(bar.width(), width);
        QCoreApplication::processEvents();
        QList<QWidget *> shown;
        for (QWidget *w : bar.findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
            if (w->isVisible() && !w->isWindow())
                shown.append(w);
        for (QWidget *w : shown) {
            QVERIFY2(bar.rect().contains(w->geometry()), qPrintable(w->objectName()));
            QVERIFY2(w->width() >= w->minimumSizeHint().width() || w->minimumSizeHint().width() <= 0,
                     qPrintable(u"%1 squeezed below its minimum"_s.arg(w->objectName())));
            for (QWidget *other : shown)
                QVERIFY2(w == other || !w->geometry().intersects(other->geometry()),
                         qPrintable(u"%1 overlaps %2 at width %3"_s.arg(w->objectName(), other->objectName())
                                        .arg(width)));
        }
        QCOMPARE(bar.isCompact(), width < 1000);
    }
}

// The search hint ("Search or jump to…  Ctrl+K") is shown whole or, when the bar is too narrow for
// its texts, as an icon: a longer language's hint was cut to "…  (" at the widths between.
void TstShellSmoke::searchHintIsWholeOrAnIcon()
{
    MarkingTranslator longer; // every text a little longer, as in Filipino
    QCoreApplication::installTranslator(&longer);
    const auto restore = qScopeGuard([&longer] { QCoreApplication::removeTranslator(&longer); });
    // In the window the bar gets the width there is (alone it would widen to its minimum).
    QWidget window;
    window.resize(1600, 56);
    TopBar bar(&window);
    bar.setTitle(u"Restock Planner"_s);
    bar.setUserName(u"Demo Seller"_s);
    bar.setServerUp(true, u"127.0.0.1:3000"_s);
    bar.setLastEvent(bva::Clock::nowUtc());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *hint = bar.findChild<QPushButton *>(u"paletteHint"_s);
    QVERIFY(hint);
    for (int width = 1000; width <= 1600; width += 10) {
        bar.setGeometry(0, 0, width, 56);
        QCoreApplication::processEvents();
        QVERIFY2(bar.isCompact() || hint->width() >= hint->sizeHint().width(),
                 qPrintable(u"at %1: the hint is %2 wide, its text needs %3"_s.arg(width)
                                .arg(hint->width())
                                .arg(hint->sizeHint().width())));
    }
}

void TstShellSmoke::dashboardFitsA1024Window()
{
    const AuthSession user = makeUser(u"small-window@example.com"_s);
    addShop(user.user.id, u"W1"_s, Platform::Shopee);
    DesktopShell shell(m_ui);
    shell.startWith(user);
    MainWindow *w = shell.window();
    w->showPage(PageId::Dashboard);
    w->resize(1024, 700);
    auto *dashboard = qobject_cast<DashboardPage *>(w->page(PageId::Dashboard));
    QVERIFY(dashboard);
    QTRY_VERIFY(dashboard->dashboard().has_value() && dashboard->dashboard()->hasShops());
    QTRY_VERIFY(dashboard->tile(0)->isVisible());
    QCoreApplication::processEvents();
    // No sideways scrolling, and the tiles' "vs previous period" line is whole (wrapped, not cut).
    auto *scroll = dashboard->findChild<QScrollArea *>();
    QVERIFY(scroll);
    QTRY_COMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    for (int i = 0; i < 6; ++i) {
        DashboardTile *tile = dashboard->tile(i);
        QVERIFY2(tile->geometry().right() <= scroll->viewport()->width(), qPrintable(tile->delta()));
        for (QLabel *label : tile->findChildren<QLabel *>())
            if (label->text() == tile->delta())
                QVERIFY2(label->wordWrap() || label->width() >= label->sizeHint().width(),
                         qPrintable(tile->delta()));
    }
}

void TstShellSmoke::ordersKeepTheirColumnsInSight()
{
    const AuthSession user = makeUser(u"columns@example.com"_s);
    addShop(user.user.id, u"C1"_s, Platform::Shopee);
    DesktopShell shell(m_ui);
    shell.startWith(user);
    MainWindow *w = shell.window();
    w->showPage(PageId::Orders);
    w->resize(1440, 900);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    auto *view = w->page(PageId::Orders)->findChild<QTableView *>();
    QVERIFY(view);
    QTRY_VERIFY(view->isVisible() && view->model()->rowCount() > 0);
    QHeaderView *header = view->horizontalHeader();
    auto rightOf = [header](int column) {
        return header->sectionViewportPosition(column) + header->sectionSize(column);
    };
    // Beside the detail pane every column up to the shop is whole: the order id, customer and shop give
    // up width (they elide) instead of the shop being cut at the edge behind a sideways scroll.
    QTRY_VERIFY2(
        rightOf(OrderTableModel::Shop) <= view->viewport()->width(),
        qPrintable(
            u"shop ends at %1 of %2"_s.arg(rightOf(OrderTableModel::Shop)).arg(view->viewport()->width())));
    QVERIFY(header->sectionSize(OrderTableModel::Customer) >= 90);
    // Given room, they take their width back.
    w->resize(2200, 900);
    QTRY_COMPARE(header->sectionSize(OrderTableModel::Customer), 150);
    // A width the seller sets by hand stands when the window changes.
    header->resizeSection(OrderTableModel::Customer, 260);
    const int wide = view->viewport()->width();
    w->resize(1300, 900);
    QTRY_VERIFY(view->viewport()->width() < wide); // the table has seen the new width
    QCOMPARE(header->sectionSize(OrderTableModel::Customer), 260);
}

void TstShellSmoke::languageSwitchRetranslatesPages()
{
    const AuthSession user = makeUser(u"relang@example.com"_s);
    addShop(user.user.id, u"T1"_s, Platform::Shopee);
    DesktopShell shell(m_ui);
    shell.startWith(user);
    MainWindow *w = shell.window();
    w->showPage(PageId::Orders);
    w->resize(1024, 700);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    auto hasLabel = [](QWidget *page, const QString &text) {
        for (QLabel *l : page->findChildren<QLabel *>())
            if (l->text() == text)
                return true;
        return false;
    };
    // Every page, not only Settings and the shell, speaks the new language, and the user stays where they
    // were.
    QTRY_VERIFY(hasLabel(w->page(PageId::Dashboard), u"Xx Revenue"_s));
    QTRY_VERIFY(hasLabel(w->page(PageId::Orders), u"Xx Orders"_s));
    QCOMPARE(w->currentPage(), PageId::Orders);
    QTRY_VERIFY(qobject_cast<OrdersPage *>(w->page(PageId::Orders)) && w->page(PageId::Orders)->isVisible());
    // Longer sidebar titles wrap inside the sidebar instead of scrolling it sideways.
    auto *nav = w->findChild<QListWidget *>(u"sidebarList"_s);
    QVERIFY(nav);
    for (int i = 0; i < nav->count(); ++i)
        QVERIFY2(nav->visualItemRect(nav->item(i)).right() <= nav->viewport()->width(),
                 qPrintable(nav->item(i)->text()));
    QCoreApplication::removeTranslator(&marking);
    QTRY_VERIFY(hasLabel(w->page(PageId::Dashboard), u"Revenue"_s));
    // The dashboard got its figures while hidden; shown, its chart's value labels are whole numbers.
    auto *dashboard = qobject_cast<DashboardPage *>(w->page(PageId::Dashboard));
    QTRY_VERIFY(dashboard && dashboard->dashboard().has_value());
    w->showPage(PageId::Dashboard);
    auto *chart = dashboard->findChild<SeriesChartView *>();
    QVERIFY(chart);
    QTRY_VERIFY(chart->isVisible());
    QTest::qWait(200);
    QStringList labels;
    for (QGraphicsItem *item : chart->scene()->items())
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            labels.append(text->toPlainText());
    QVERIFY2(labels.filter(u"..."_s).isEmpty() && labels.filter(u"…"_s).isEmpty(),
             qPrintable(labels.join(u" | "_s)));
    QVERIFY2(labels.contains(u"0"_s), qPrintable(labels.join(u" | "_s)));
}

void TstShellSmoke::demoPanelShowsConnectedShops()
{
    Language::apply(u"en"_s);
    DemoPanel panel({{Platform::Shopee, QUrl(u"http://127.0.0.1:1"_s), u"s@x.test"_s, u"pw"_s, u"S"_s},
                     {Platform::Lazada, QUrl(u"http://127.0.0.1:2"_s), u"l@x.test"_s, u"pw"_s, u"L"_s}},
                    u"demo@bva.local"_s, u"pw"_s);
    auto buttonTexts = [&panel] {
        QStringList enabled, disabled;
        for (QPushButton *b : panel.findChildren<QPushButton *>())
            if (b->text() != u"Close"_s)
                (b->isEnabled() ? enabled : disabled).append(b->text());
        return std::pair(enabled, disabled);
    };
    QCOMPARE(buttonTexts().first, QStringList({u"Connect"_s, u"Connect"_s}));
    // Once the Shopee shop is connected its card says so and no longer offers a second consent.
    panel.setConnected({Platform::Shopee});
    QCOMPARE(buttonTexts().first, QStringList({u"Connect"_s}));
    QCOMPARE(buttonTexts().second, QStringList({u"Connected"_s}));
}

void TstShellSmoke::tablesNamePlatformsAsSellersDo()
{
    RecentOrder r;
    r.order.externalId = u"o1"_s;
    r.order.totalMinor = 100;
    r.platform = Platform::Lazada;
    r.currency = u"PHP"_s;
    OrderTableModel orders;
    orders.setOrders({r});
    QCOMPARE(orders.data(orders.index(0, OrderTableModel::Platform)).toString(), u"Lazada"_s);
    // A marketplace that sends no buyer name shows the unknown mark, not an empty cell.
    QCOMPARE(orders.data(orders.index(0, OrderTableModel::Customer)).toString(), unknownText());
    ProductStats p;
    p.platform = Platform::Shopee;
    p.currency = u"PHP"_s;
    ProductTableModel products;
    products.setProducts({p});
    QCOMPARE(products.data(products.index(0, ProductTableModel::Platform)).toString(), u"Shopee"_s);
}

void TstShellSmoke::chartNumbersFollowTheLanguage()
{
    Language::apply(u"en"_s);
    SeriesTableModel model;
    SeriesPoint a, b;
    a.period = QDate(2025, 11, 1);
    a.totals.revenueMinor = 15'000'000; // ₱150,000.00
    b.period = QDate(2025, 11, 2);
    b.totals.revenueMinor = 3'000'000;
    model.setSeries(u"PHP"_s, {a, b});
    SeriesChartView view(&model, {{SeriesTableModel::Revenue, u"Revenue"_s, Qt::blue, false}});
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QStringList labels;
    QTRY_VERIFY([&] {
        labels.clear();
        for (QGraphicsItem *item : view.scene()->items())
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
                labels.append(text->toPlainText());
        return labels.contains(u"150,000"_s);
    }());
    QVERIFY2(!labels.contains(u"150000"_s), qPrintable(labels.join(u" | "_s)));
}

// A chart's grid lines are faint over the plot in both themes: a fixed light grey drew a bright white
// grid over the dark theme's charts.
void TstShellSmoke::chartGridIsFaintInBothThemes()
{
    const auto restore = qScopeGuard([] { Theme::apply(Appearance::Light); });
    auto luminance = [](double r, double g, double b) { return 0.299 * r + 0.587 * g + 0.114 * b; };
    SeriesTableModel model;
    for (Appearance appearance : {Appearance::Light, Appearance::Dark}) {
        Theme::apply(appearance);
        SeriesChartView view(&model, {{SeriesTableModel::Revenue, u"Revenue"_s, Qt::blue, false}});
        const QColor plot = qApp->palette().color(QPalette::Base);
        const QList<QAbstractAxis *> axes = view.chart()->axes();
        QVERIFY(!axes.isEmpty());
        for (const QAbstractAxis *axis : axes) {
            const QColor c = axis->gridLinePen().color();
            const double a = c.alphaF();
            const double seen =
                luminance(a * c.red() + (1 - a) * plot.red(), a * c.green() + (1 - a) * plot.green(),
                          a * c.blue() + (1 - a) * plot.blue());
            const double contrast = qAbs(seen - luminance(plot.red(), plot.green(), plot.blue()));
            QVERIFY2(contrast > 8 && contrast < 60,
                     qPrintable(u"%1 theme: grid %2 over %3, contrast %4"_s
                                    .arg(appearanceKey(appearance), c.name(QColor::HexArgb), plot.name())
                                    .arg(contrast)));
        }
    }
}

// An area (revenue) is keyed in the legend by its line's colour, like the plain lines beside it,
// not by its pale fill (it showed as an empty box next to a green one).
void TstShellSmoke::chartLegendKeysAreasByTheirLine()
{
    SeriesTableModel model;
    SeriesChartView view(&model, {{SeriesTableModel::Revenue, u"Revenue"_s, Qt::blue, true},
                                  {SeriesTableModel::Profit, u"Gross profit"_s, Qt::darkGreen, false}});
    SeriesPoint a;
    a.period = QDate(2025, 11, 1);
    a.totals.revenueMinor = 15'000'000;
    model.setSeries(u"PHP"_s, {a}); // figures arriving later keep the key
    const QList<QLegendMarker *> markers = view.chart()->legend()->markers();
    QCOMPARE(markers.size(), 2);
    QCOMPARE(markers.at(0)->label(), u"Revenue"_s);
    QCOMPARE(markers.at(0)->brush().color(), QColor(Qt::blue));
    QCOMPARE(markers.at(1)->label(), u"Gross profit"_s);
    QCOMPARE(markers.at(1)->brush().color(), QColor(Qt::darkGreen));
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"BVA-test"_s);
    QCoreApplication::setApplicationName(u"tst_shellsmoke"_s);
    TstShellSmoke t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_shellsmoke.moc"
