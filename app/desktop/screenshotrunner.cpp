#include "screenshotrunner.h"

#include "accounts/usersession.h"
#include "consent/consentprofiles.h"
#include "consent/consentwindow.h"
#include "domain/eventbus.h"
#include "mainwindow.h"
#include "models/promotionmodel.h"
#include "notifications/notificationcenter.h"
#include "pages/marketmatepage.h"
#include "pages/restockpage.h"
#include "pages/smartshelfpage.h"
#include "settings/settingspage.h"
#include "shell/commandpalette.h"
#include "shell/desktopshell.h"
#include "shell/uiservices.h"
#include "sync/integrationservice.h"
#include "theme/theme.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPainter>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace bva::desktop {
namespace {

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Saves the selected suggestion and waits (at most 10 s) for the list to show it.
void saveCampaign(ui::MarketMatePage *page, forecast::CampaignStatus status)
{
    QEventLoop loop;
    QObject::connect(page, &ui::MarketMatePage::campaignsChanged, &loop, &QEventLoop::quit);
    QObject::connect(page, &ui::MarketMatePage::campaignFailed, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    page->saveCampaign(status);
    loop.exec();
}

} // namespace

QSize parseWindowSize(const QString &text)
{
    const QStringList parts = text.trimmed().split(u'x');
    bool wide = false, tall = false;
    const QSize size(parts.value(0).toInt(&wide), parts.value(1).toInt(&tall));
    if (parts.size() != 2 || !wide || !tall || size.width() < 640 || size.height() < 480)
        return QSize();
    return size;
}

ScreenshotRunner::ScreenshotRunner(const ui::UiServices &services, ui::DesktopShell &shell,
                                   const QList<DemoShop> &shops, const QString &dir, QSize windowSize,
                                   QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_shell(shell)
    , m_shops(shops)
    , m_dir(dir)
    , m_windowSize(windowSize)
{
    m_dir.mkpath(u"."_s);
}

void ScreenshotRunner::start()
{
    QTimer::singleShot(300, this, &ScreenshotRunner::connectShops);
    // Whatever happens, never hang a CI job.
    QTimer::singleShot(180000, this, [this] { fail(u"timed out"_s); });
}

void ScreenshotRunner::fail(const QString &why)
{
    std::fprintf(stderr, "bva --screenshots: %s\n", qPrintable(why));
    if (!m_captured)
        capturePages();
    emit finished(m_count > 0 ? 0 : 1);
}

void ScreenshotRunner::connectShops()
{
    if (!m_services.integrations) {
        std::fprintf(stderr, "bva --screenshots: no IntegrationService in this build; pages without data\n");
        afterSyncs();
        return;
    }
    connect(m_services.bus, &EventBus::syncFinished, this,
            [this](qint64 id, qint64, bool ok, const QString &error) {
                if (!m_waiting.remove(id))
                    return;
                std::fprintf(stderr, "bva --screenshots: sync of integration %lld %s %s\n",
                             static_cast<long long>(id), ok ? "finished" : "failed:", qPrintable(error));
                if (m_waiting.isEmpty() && m_pendingConnects == 0)
                    afterSyncs();
            });
    m_pendingConnects = int(m_shops.size());
    for (const DemoShop &s : std::as_const(m_shops))
        connectOne(s);
}

void ScreenshotRunner::connectOne(const DemoShop &shop)
{
    // What the consent page hands over is the seller's own token: get it the way the page does.
    QNetworkRequest request(QUrl(shop.siteUrl.toString() + u"/api/auth/login"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const QJsonObject body{
        {u"email"_s, shop.email},
        {u"password"_s, shop.password},
        {u"platform"_s, shop.platform == Platform::Lazada ? u"LAZADA_CLONE"_s : u"SHOPEE_CLONE"_s}};
    QNetworkReply *reply = m_net.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, shop] {
        reply->deleteLater();
        const QJsonObject data =
            QJsonDocument::fromJson(reply->readAll()).object().value(u"data"_s).toObject();
        const QByteArray token = data.value(u"token"_s).toString().toUtf8();
        if (token.isEmpty()) {
            fail(u"demo marketplace login failed: "_s + reply->errorString());
            return;
        }
        ConnectRequest req;
        req.platform = shop.platform;
        req.token = token;
        req.shopExternalId = shop.shopId;
        req.shopName = shop.shopName;
        req.siteUrl = shop.siteUrl.toString();
        req.userId = m_shell.session()->user().id;
        m_services.integrations->connectShop(req).then(this, [this](Result<Integration> r) {
            --m_pendingConnects;
            if (!r.ok()) {
                fail(u"connect failed: "_s + r.error().message);
                return;
            }
            m_waiting.insert(r->id);
            m_shell.session()->reloadShops();
        });
    });
}

void ScreenshotRunner::afterSyncs()
{
    m_shell.session()->reloadShops();
    // Let live webhooks arrive for a moment so the bell and the live indicator have something to say.
    QTimer::singleShot(6000, this, [this] {
        m_shell.notifications()->flush();
        QTimer::singleShot(1500, this, [this] {
            capturePages();
            emit finished(0);
        });
    });
}

void ScreenshotRunner::save(const QImage &image, const QString &name)
{
    const QString file = m_dir.filePath(u"%1-%2.png"_s.arg(++m_count, 2, 10, QChar(u'0')).arg(name));
    if (image.save(file))
        std::fprintf(stdout, "%s\n", qPrintable(file));
    else
        std::fprintf(stderr, "bva --screenshots: could not write %s\n", qPrintable(file));
}

// The forecasting pages compute off the GUI thread; wait (bounded) until they have drawn their results.
static void waitForForecastPage(QWidget *page)
{
    auto busy = [page] {
        if (auto *p = qobject_cast<ui::SmartShelfPage *>(page))
            return p->isBusy();
        if (auto *p = qobject_cast<ui::RestockPage *>(page))
            return p->isBusy();
        if (auto *p = qobject_cast<ui::MarketMatePage *>(page))
            return p->isBusy();
        return false;
    };
    for (int i = 0; i < 150 && busy(); ++i)
        settle(200);
    settle(300);
}

void ScreenshotRunner::capturePages()
{
    if (m_captured)
        return;
    m_captured = true;
    ui::MainWindow *w = m_shell.window();
    if (!w)
        return;
    w->resize(m_windowSize);
    w->show();
    settle(500);
    for (ui::PageId id : ui::Pages::all()) {
        if (id == ui::PageId::Settings)
            continue;
        w->showPage(id);
        settle(1500);
        if (id == ui::PageId::Restock) {
            // The planner needs a budget to show what it buys; a seller would type one.
            if (auto *restock = qobject_cast<ui::RestockPage *>(w->page(id))) {
                restock->findChild<QLineEdit *>(u"budgetInput"_s)->setText(u"20000"_s);
                restock->refresh();
            }
        }
        waitForForecastPage(w->page(id));
        if (auto *market = qobject_cast<ui::MarketMatePage *>(w->page(id));
            market && market->suggestions()->rowCount() > 2) {
            // A seller's first campaigns, so the list shows its states (the demo profile is thrown away).
            market->selectSuggestion(2);
            saveCampaign(market, forecast::CampaignStatus::Draft);
            market->selectSuggestion(1);
            saveCampaign(market, forecast::CampaignStatus::Scheduled);
            market->selectSuggestion(0);
            settle(300);
        }
        save(w->grab().toImage(), ui::Pages::key(id));
    }
    const std::pair<ui::SettingsPage::Tab, QString> tabs[] = {
        {ui::SettingsPage::Tab::Integrations, u"settings-integrations"_s},
        {ui::SettingsPage::Tab::PlatformApps, u"settings-platform-apps"_s},
        {ui::SettingsPage::Tab::Account, u"settings-account"_s},
        {ui::SettingsPage::Tab::Appearance, u"settings-appearance"_s},
        {ui::SettingsPage::Tab::Database, u"settings-database"_s}};
    w->showPage(ui::PageId::Settings);
    for (const auto &[tab, name] : tabs) {
        w->settingsPage()->showTab(tab);
        settle(800);
        save(w->grab().toImage(), name);
    }

    // Ctrl+K over the dashboard, composed the way the screen shows it.
    w->showPage(ui::PageId::Dashboard);
    settle(500);
    w->commandPalette()->popup();
    w->commandPalette()->searchField()->setText(u"co"_s);
    settle(400);
    QImage composed = w->grab().toImage();
    {
        QPainter p(&composed);
        const QPoint at = w->mapFromGlobal(w->commandPalette()->pos());
        p.drawPixmap(at, w->commandPalette()->grab());
    }
    w->commandPalette()->hide();
    save(composed, u"command-palette"_s);

    // The consent page of the demo Shopee shop, as the seller sees it in BVA.
    if (!m_shops.isEmpty()) {
        ui::ConsentProfiles profiles(QDir::tempPath() + u"/bva-shot-profiles"_s);
        auto *consent = new ui::ConsentWindow(m_shops.first().platform, m_shops.first().siteUrl,
                                              profiles.profile(m_shops.first().platform));
        consent->resize(560, 720);
        consent->show();
        consent->start();
        settle(3500);
        save(consent->grab().toImage(), u"consent-window"_s);
        delete consent;
    }

    // Dark theme.
    ui::Theme::apply(ui::Appearance::Dark);
    w->showPage(ui::PageId::Settings);
    w->settingsPage()->showTab(ui::SettingsPage::Tab::Integrations);
    settle(800);
    save(w->grab().toImage(), u"settings-integrations-dark"_s);
    w->showPage(ui::PageId::Dashboard);
    settle(1200);
    save(w->grab().toImage(), u"dashboard-dark"_s);
    ui::Theme::apply(ui::Appearance::Light);
}

} // namespace bva::desktop
