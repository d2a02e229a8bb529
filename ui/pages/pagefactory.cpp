#include "pagefactory.h"

#include "accounts/usersession.h"
#include "analytics/analyticsscope.h"
#include "dashboardpage.h"
#include "marketmatepage.h"
#include "orderspage.h"
#include "placeholderpage.h"
#include "productspage.h"
#include "reportspage.h"
#include "restockpage.h"
#include "shell/uiservices.h"
#include "smartshelfpage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bva::ui {
namespace {

QString notWired()
{
    return QCoreApplication::translate(
        "bva::ui::PageFactory",
        "This page's engine is not wired into this build of BVA yet, so there is nothing to show here. "
        "BVA never shows made-up numbers: figures appear once the engine is in place and your shops are connected.");
}

} // namespace

PageFactory::PageFactory(const UiServices &services, UserSession *session)
    : m_services(services)
    , m_session(session)
{}

QWidget *PageFactory::create(PageId id, QWidget *parent)
{
    AnalyticsService *analytics = m_services.analytics;
    EventBus *bus = m_services.bus;
    forecast::ForecastService *forecasts = m_services.forecasts;
    if (analytics && forecasts) {
        switch (id) {
        case PageId::SmartShelf:
            return new SmartShelfPage(*forecasts, *analytics, parent);
        case PageId::Restock:
            return new RestockPage(*forecasts, *analytics, parent);
        case PageId::MarketMate:
            return new MarketMatePage(*forecasts, *analytics, parent);
        default:
            break;
        }
    }
    if (analytics && bus) {
        switch (id) {
        case PageId::Dashboard: {
            auto *page = new DashboardPage(*analytics, *bus, parent);
            page->setForecasts(forecasts);
            if (m_session)
                page->setAccount(m_session->user().id);
            return page;
        }
        case PageId::Products: {
            auto *page = new ProductsPage(*analytics, *bus, parent);
            page->setCatalog(m_services.catalog, m_session);
            return page;
        }
        case PageId::Orders:
            return new OrdersPage(*analytics, *bus, parent);
        case PageId::Reports: {
            auto *page = new ReportsPage(*analytics, *bus, parent);
            if (m_session)
                page->setAccount(m_session->user().id);
            return page;
        }
        default:
            break;
        }
    }
    auto title = [id] { return Pages::title(id); };
    return new PlaceholderPage(Pages::icon(id), title, notWired, parent);
}

void PageFactory::applyScope(const QHash<int, QWidget *> &pages, const QString &scopeKey,
                             const QString &presetKey, UserSession *session, const DateRange &custom)
{
    AnalyticsScope scope;
    // Only the signed-in user's shops, ever; the filter narrows them further.
    for (const Shop &s : session->shops()) {
        if (scopeKey.startsWith(u"shop:"_s) && QString::number(s.id) != scopeKey.mid(5))
            continue;
        if (scopeKey.startsWith(u"platform:"_s) && platformName(s.platform) != scopeKey.mid(9))
            continue;
        scope.shopIds.append(s.id);
    }
    if (scopeKey.startsWith(u"platform:"_s))
        scope.platform = platformFromString(scopeKey.mid(9));
    scope.preset = datePresetFromString(presetKey).value_or(DatePreset::Last30Days);
    scope.custom = custom;
    if (scope.preset == DatePreset::Custom && !custom.isValid())
        scope.preset = DatePreset::Last30Days;
    for (QWidget *page : pages) {
        const QMetaObject *mo = page->metaObject();
        if (mo->indexOfSlot("setScope(bva::AnalyticsScope)") >= 0)
            QMetaObject::invokeMethod(page, "setScope", Q_ARG(bva::AnalyticsScope, scope));
    }
}

} // namespace bva::ui
