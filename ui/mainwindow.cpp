#include "mainwindow.h"

#include "accounts/usersession.h"
#include "analytics/analyticsservice.h"
#include "notifications/notificationcenter.h"
#include "notifications/notificationpanel.h"
#include "pages/dashboardpage.h"
#include "pages/orderspage.h"
#include "pages/pagefactory.h"
#include "pages/productspage.h"
#include "settings/appsettings.h"
#include "settings/settingspage.h"
#include "shell/async.h"
#include "shell/commandpalette.h"
#include "shell/daterangepopup.h"
#include "shell/palettesearch.h"
#include "shell/topbar.h"
#include "shell/uiservices.h"
#include "theme/theme.h"

#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bva::ui {

MainWindow::MainWindow(const UiServices &services, UserSession *session, NotificationCenter *notifications,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_session(session)
    , m_notifications(notifications)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/bva/icons/app.svg"_s));
    setMinimumSize(1024, 680);
    resize(1360, 860);

    auto *central = new QWidget(this);
    auto *h = new QHBoxLayout(central);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(0);
    buildSidebar();
    h->addWidget(m_nav->parentWidget());

    auto *right = new QWidget(central);
    auto *v = new QVBoxLayout(right);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(0);
    m_topBar = new TopBar(right);
    m_stack = new QStackedWidget(right);
    v->addWidget(m_topBar);
    v->addWidget(buildServerProblem(right));
    v->addWidget(m_stack, 1);
    h->addWidget(right, 1);
    setCentralWidget(central);

    m_palette = new CommandPalette(this);
    m_panel = new NotificationPanel(notifications, this);
    buildPages();

    auto *shortcut = new QShortcut(QKeySequence(u"Ctrl+K"_s), this);
    connect(shortcut, &QShortcut::activated, this, &MainWindow::showCommandPalette);
    connect(m_topBar, &TopBar::paletteRequested, this, &MainWindow::showCommandPalette);
    connect(m_palette, &CommandPalette::findRequested, this, &MainWindow::findForPalette);
    connect(m_topBar, &TopBar::bellClicked, this, [this] { m_panel->popupBelow(m_topBar->bellButton()); });
    connect(m_topBar, &TopBar::scopeChanged, this, &MainWindow::applyScope);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const PageId id = Pages::all().value(row);
        m_stack->setCurrentWidget(m_pages.value(int(id)));
        m_topBar->setTitle(Pages::title(id));
        settings::lastPage().set(Pages::key(id));
    });
    connect(m_session, &UserSession::shopsChanged, this, [this] {
        m_topBar->setShops(m_session->shops());
        applyScope(m_topBar->scopeKey());
    });
    connect(m_session, &UserSession::userChanged, this,
            [this] { m_topBar->setUserName(m_session->user().name); });
    connect(m_notifications, &NotificationCenter::unreadCountChanged, m_topBar, &TopBar::setUnreadCount);
    connect(m_notifications, &NotificationCenter::lastEventChanged, m_topBar, &TopBar::setLastEvent);

    auto *userMenu = new QMenu(this);
    QAction *profile = userMenu->addAction(Theme::icon(u"user"_s), tr("Profile and password"));
    QAction *logout = userMenu->addAction(Theme::icon(u"logout"_s), tr("Log out"));
    connect(profile, &QAction::triggered, this, [this] {
        showPage(PageId::Settings);
        m_settings->showTab(SettingsPage::Tab::Account);
    });
    connect(logout, &QAction::triggered, this, &MainWindow::logoutRequested);
    m_topBar->userButton()->setMenu(userMenu);

    m_topBar->setUserName(m_session->user().name);
    m_topBar->setShops(m_session->shops());
    m_topBar->setUnreadCount(m_notifications->unreadCount());
    retranslate();
    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildSidebar()
{
    auto *side = new QWidget(this);
    side->setObjectName(u"sidebar"_s);
    side->setAttribute(Qt::WA_StyledBackground, true);
    side->setFixedWidth(232);
    auto *l = new QVBoxLayout(side);
    l->setContentsMargins(14, 18, 14, 14);
    l->setSpacing(6);
    auto *brandRow = new QHBoxLayout;
    auto *logo = new QLabel(side);
    logo->setPixmap(QIcon(u":/bva/icons/app.svg"_s).pixmap(34, 34));
    auto *brandText = new QVBoxLayout;
    brandText->setSpacing(0);
    auto *brand = new QLabel(u"BVA"_s, side);
    brand->setObjectName(u"brand"_s);
    m_brandSub = new QLabel(side);
    m_brandSub->setObjectName(u"brandSub"_s);
    brandText->addWidget(brand);
    brandText->addWidget(m_brandSub);
    brandRow->addWidget(logo);
    brandRow->addLayout(brandText, 1);
    l->addLayout(brandRow);
    l->addSpacing(14);
    m_nav = new QListWidget(side);
    m_nav->setObjectName(u"sidebarList"_s);
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setFocusPolicy(Qt::NoFocus);
    // Long titles (Filipino, Indonesian) wrap onto a second line instead of scrolling sideways.
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setWordWrap(true);
    for (PageId id : Pages::all()) {
        auto *item = new QListWidgetItem(m_nav);
        item->setData(Qt::UserRole, Pages::key(id));
    }
    l->addWidget(m_nav, 1);
    m_footer = new QLabel(side);
    m_footer->setObjectName(u"sidebarFooter"_s);
    m_footer->setWordWrap(true);
    l->addWidget(m_footer);
}

void MainWindow::buildPages()
{
    PageFactory factory(m_services, m_session);
    for (PageId id : Pages::all()) {
        QWidget *w = nullptr;
        if (id == PageId::Settings) {
            m_settings = new SettingsPage(m_services, m_session, m_notifications, m_stack);
            connect(m_settings, &SettingsPage::integrationConnected, this, [this] {
                m_session->reloadShops();
                showPage(PageId::Dashboard);
            });
            w = m_settings;
            w->setObjectName(u"page_"_s + Pages::key(id));
        } else {
            w = createDataPage(factory, id);
        }
        m_pages.insert(int(id), w);
        m_stack->addWidget(w);
    }
}

QWidget *MainWindow::createDataPage(PageFactory &factory, PageId id)
{
    QWidget *w = factory.create(id, m_stack);
    w->setObjectName(u"page_"_s + Pages::key(id));
    // Empty pages offer "connect a shop": that is the Integrations tab.
    if (w->metaObject()->indexOfSignal("connectShopRequested()") >= 0)
        connect(w, SIGNAL(connectShopRequested()), this, SLOT(showIntegrations()));
    if (auto *dashboard = qobject_cast<DashboardPage *>(w))
        connect(dashboard, &DashboardPage::exchangeRatesRequested, this, &MainWindow::showExchangeRates);
    return w;
}

void MainWindow::rebuildDataPages()
{
    // The data pages set their texts once, when built: a new language builds them again (Settings
    // retranslates itself and keeps what is being typed there).
    PageFactory factory(m_services, m_session);
    const PageId current = currentPage();
    for (PageId id : Pages::all()) {
        if (id == PageId::Settings)
            continue;
        QWidget *old = m_pages.value(int(id));
        QWidget *w = createDataPage(factory, id);
        m_stack->insertWidget(m_stack->indexOf(old), w);
        m_pages.insert(int(id), w);
        m_stack->removeWidget(old);
        old->deleteLater();
    }
    m_stack->setCurrentWidget(m_pages.value(int(current)));
    applyScope(m_topBar->scopeKey());
}

void MainWindow::rebuildCommands()
{
    QList<PaletteCommand> commands;
    const QString go = tr("Go to");
    const QString act = tr("Action");
    for (PageId id : Pages::all())
        commands.append({Pages::title(id), go, Pages::icon(id), [this, id] { showPage(id); }});
    commands.append({tr("Connect a Shopee shop"), act, u"plug"_s, [this] {
                         showIntegrations();
                         m_settings->connectPlatform(Platform::Shopee);
                     }});
    commands.append({tr("Connect a Lazada shop"), act, u"plug"_s, [this] {
                         showIntegrations();
                         m_settings->connectPlatform(Platform::Lazada);
                     }});
    commands.append({tr("Integrations and webhooks"), act, u"plug"_s, [this] { showIntegrations(); }});
    commands.append(
        {tr("Exchange rates for converted totals"), act, u"globe"_s, [this] { showExchangeRates(); }});
    commands.append(
        {tr("Notifications"), act, u"bell"_s, [this] { m_panel->popupBelow(m_topBar->bellButton()); }});
    commands.append(
        {tr("Mark all notifications as read"), act, u"check"_s, [this] { m_notifications->markAllRead(); }});
    commands.append({tr("Appearance: light, dark or system"), act, u"palette"_s, [this] {
                         showPage(PageId::Settings);
                         m_settings->showTab(SettingsPage::Tab::Appearance);
                     }});
    commands.append({tr("Language"), act, u"globe"_s, [this] {
                         showPage(PageId::Settings);
                         m_settings->showTab(SettingsPage::Tab::Appearance);
                     }});
    commands.append({tr("Database and server"), act, u"database"_s, [this] {
                         showPage(PageId::Settings);
                         m_settings->showTab(SettingsPage::Tab::Database);
                     }});
    commands.append({tr("Profile and password"), act, u"user"_s, [this] {
                         showPage(PageId::Settings);
                         m_settings->showTab(SettingsPage::Tab::Account);
                     }});
    commands.append({tr("Team: invite people and change roles"), act, u"user"_s, [this] {
                         showPage(PageId::Settings);
                         m_settings->showTab(SettingsPage::Tab::Team);
                     }});
    commands.append({tr("Activity: who did what"), act, u"clock"_s, [this] {
                         showPage(PageId::Settings);
                         m_settings->showTab(SettingsPage::Tab::Activity);
                     }});
    commands.append({tr("Sign out everywhere"), act, u"logout"_s, [this] {
                         showPage(PageId::Settings);
                         m_settings->showTab(SettingsPage::Tab::Account);
                     }});
    commands.append({tr("Log out"), act, u"logout"_s, [this] { emit logoutRequested(); }});
    m_palette->setCommands(commands);
}

PageId MainWindow::currentPage() const
{
    return Pages::all().value(qMax(0, m_nav->currentRow()));
}

void MainWindow::showPage(PageId id)
{
    m_nav->setCurrentRow(int(Pages::all().indexOf(id)));
}

void MainWindow::showIntegrations()
{
    showPage(PageId::Settings);
    m_settings->showTab(SettingsPage::Tab::Integrations);
}

void MainWindow::showExchangeRates()
{
    showPage(PageId::Settings);
    m_settings->showTab(SettingsPage::Tab::ExchangeRates);
}

void MainWindow::showCommandPalette()
{
    m_palette->popup();
}

void MainWindow::findForPalette(const QString &text)
{
    AnalyticsService *service = m_services.analytics;
    if (!service)
        return;
    AnalyticsScope scope;
    scope.shopIds = m_session->shopIds();
    runAsync(
        this, [service, scope, text] { return service->find(scope, text); },
        [this, text](const Result<SearchHits> &hits) {
            if (!hits)
                return;
            m_palette->setFound(
                text, paletteHits(
                          *hits,
                          [this](const Product &p, const QString &search) {
                              openProduct(p.shopId, p.externalId, search);
                          },
                          [this](const RecentOrder &o) { openOrder(o.order.shopId, o.order.externalId); }));
        });
}

void MainWindow::widenScopeTo(qint64 shopId)
{
    const QString key = m_topBar->scopeKey();
    if (key != u"all"_s && key != u"shop:"_s + QString::number(shopId))
        m_topBar->setScopeKey(u"all"_s);
}

void MainWindow::openProduct(qint64 shopId, const QString &externalId, const QString &search)
{
    widenScopeTo(shopId);
    showPage(PageId::Products);
    if (auto *page = qobject_cast<ProductsPage *>(m_pages.value(int(PageId::Products))))
        page->focusProduct(shopId, externalId, search);
}

void MainWindow::openOrder(qint64 shopId, const QString &externalId)
{
    widenScopeTo(shopId);
    showPage(PageId::Orders);
    if (auto *page = qobject_cast<OrdersPage *>(m_pages.value(int(PageId::Orders))))
        page->focusOrder(externalId);
}

// Said on every page, not only in the top bar's tooltip: with the server down (its port taken by another
// program, often a BVA already open) the window works but no live update arrives and no shop connects.
QWidget *MainWindow::buildServerProblem(QWidget *parent)
{
    m_serverProblem = new QFrame(parent);
    m_serverProblem->setObjectName(u"serverProblem"_s);
    m_serverProblem->setAttribute(Qt::WA_StyledBackground, true);
    auto *row = new QHBoxLayout(m_serverProblem);
    row->setContentsMargins(20, 8, 20, 8);
    m_serverProblemText = new QLabel(m_serverProblem);
    m_serverProblemText->setObjectName(u"serverProblemText"_s);
    m_serverProblemText->setTextFormat(Qt::PlainText);
    m_serverProblemText->setWordWrap(true);
    m_serverProblemAction = new QPushButton(m_serverProblem);
    m_serverProblemAction->setObjectName(u"serverProblemAction"_s);
    connect(m_serverProblemAction, &QPushButton::clicked, this, [this] {
        showPage(PageId::Settings);
        m_settings->showTab(SettingsPage::Tab::Database);
    });
    row->addWidget(m_serverProblemText, 1);
    row->addWidget(m_serverProblemAction, 0, Qt::AlignVCenter);
    m_serverProblem->hide();
    return m_serverProblem;
}

void MainWindow::setServerStatus(bool up, const QString &address)
{
    m_topBar->setServerUp(up, address);
    m_serverAddress = up ? QString() : address;
    m_serverProblem->setVisible(!up);
    retranslateServerProblem();
}

void MainWindow::retranslateServerProblem()
{
    m_serverProblemText->setText(
        tr("BVA's server could not start on %1, so marketplaces cannot send live updates and no shop can be "
           "connected. Another program may be using that port, perhaps BVA open a second time: close it and "
           "start BVA again, or choose another port.")
            .arg(m_serverAddress));
    m_serverProblemAction->setText(tr("Choose another port…"));
}

void MainWindow::applyScope(const QString &key)
{
    settings::scope().set(key);
    settings::datePreset().set(m_topBar->presetKey());
    if (const DateRange custom = m_topBar->customRange(); custom.isValid()) {
        settings::customRangeFrom().set(custom.fromDay());
        settings::customRangeTo().set(custom.toDay());
    }
    PageFactory::applyScope(m_pages, key, m_topBar->presetKey(), m_session, m_topBar->customRange());
    emit scopeChanged(key);
}

void MainWindow::restoreState()
{
    const QByteArray geometry = settings::windowGeometry().get();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    // A stored custom range the popup would refuse (missing, unreadable, reversed, too long) is dropped
    // quietly, and so is an unknown preset: the top bar then shows the default one.
    const DateRange custom{QDate::fromString(settings::customRangeFrom().get(), Qt::ISODate),
                           QDate::fromString(settings::customRangeTo().get(), Qt::ISODate)};
    if (DateRangePopup::accepts(custom))
        m_topBar->setCustomRange(custom);
    m_topBar->setPresetKey(settings::datePreset().get());
    if (m_topBar->presetKey() != settings::datePreset().get())
        m_topBar->setPresetKey(settings::datePreset().defaultValue());
    m_topBar->setScopeKey(settings::scope().get());
    showPage(Pages::fromKey(settings::lastPage().get()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    settings::windowGeometry().set(saveGeometry());
    settings::lastPage().set(Pages::key(currentPage()));
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Several LanguageChange events come with one switch (one per translator): rebuild once.
        if (!m_rebuildQueued && !m_pages.isEmpty()) {
            m_rebuildQueued = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_rebuildQueued = false;
                    rebuildDataPages();
                },
                Qt::QueuedConnection);
        }
    } else if (event->type() == QEvent::PaletteChange)
        refreshSidebarIcons();
    QMainWindow::changeEvent(event);
}

void MainWindow::refreshSidebarIcons()
{
    const auto all = Pages::all();
    for (int i = 0; i < all.size(); ++i)
        m_nav->item(i)->setIcon(Theme::icon(Pages::icon(all.at(i))));
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("BVA — Business Virtual Assistant"));
    m_brandSub->setText(tr("Business Virtual Assistant"));
    m_footer->setText(tr("Read-only: BVA never changes your marketplace shops."));
    const auto all = Pages::all();
    for (int i = 0; i < all.size(); ++i) {
        m_nav->item(i)->setText(Pages::title(all.at(i)));
        m_nav->item(i)->setToolTip(Pages::title(all.at(i)));
    }
    refreshSidebarIcons();
    m_topBar->setTitle(Pages::title(currentPage()));
    retranslateServerProblem();
    rebuildCommands();
}

} // namespace bva::ui
