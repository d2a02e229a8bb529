#include "settingspage.h"

#include "accountsettings.h"
#include "activitypage.h"
#include "appearancesettings.h"
#include "databasesettings.h"
#include "exchangeratessettings.h"
#include "integrationspage.h"
#include "platformappssettings.h"
#include "teampage.h"

#include <QEvent>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bva::ui {
namespace {

// When the names do not fit, the long ones give up letters and the short ones stay whole: Qt takes
// the same width from every tab, and "Akun" became "Ak…" beside "Tampilan dan bah…".
class SettingsTabBar final : public QTabBar
{
public:
    using QTabBar::QTabBar;

protected:
    QSize minimumTabSizeHint(int index) const override
    {
        return tabText(index).size() <= 12 ? tabSizeHint(index) : QTabBar::minimumTabSizeHint(index);
    }
};

class SettingsTabs final : public QTabWidget
{
public:
    explicit SettingsTabs(QWidget *parent)
        : QTabWidget(parent)
    {
        setTabBar(new SettingsTabBar(this));
    }
};

QScrollArea *scrolled(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

} // namespace

SettingsPage::SettingsPage(const UiServices &services, UserSession *session,
                           NotificationCenter *notifications, QWidget *parent)
    : QWidget(parent)
{
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(24, 12, 24, 12);
    m_tabs = new SettingsTabs(this);
    m_tabs->setObjectName(u"settingsTabs"_s);
    m_tabs->setDocumentMode(true);
    // Eight names did not fit a 1024-pixel window (898 pixels of them in English for 744): they give
    // up letters, the whole name in the tab's tooltip, rather than hide tabs behind scroll arrows.
    m_tabs->setUsesScrollButtons(false);
    m_tabs->setElideMode(Qt::ElideRight);
    m_account = new AccountSettings(services, session);
    m_integrations = new IntegrationsPage(services, session);
    m_platformApps = new PlatformAppsSettings(services, session);
    m_team = new TeamPage(services, session);
    m_activity = new ActivityPage(services, session);
    m_appearance = new AppearanceSettings(notifications);
    m_database = new DatabaseSettings(services, session);
    m_rates = new ExchangeRatesSettings(services, session);
    m_tabs->addTab(scrolled(m_account, m_tabs), {});
    m_tabs->addTab(scrolled(m_integrations, m_tabs), {});
    m_tabs->addTab(scrolled(m_platformApps, m_tabs), {});
    m_tabs->addTab(scrolled(m_team, m_tabs), {});
    m_tabs->addTab(m_activity, {}); // its table scrolls itself
    m_tabs->addTab(scrolled(m_appearance, m_tabs), {});
    m_tabs->addTab(scrolled(m_database, m_tabs), {});
    m_tabs->addTab(scrolled(m_rates, m_tabs), {});
    l->addWidget(m_tabs);
    connect(m_integrations, &IntegrationsPage::connected, this, &SettingsPage::integrationConnected);
    // Connecting a real shop before its platform's app is entered: the app's form, and why.
    connect(m_integrations, &IntegrationsPage::platformAppsRequested, this,
            [this](ApiKind kind, const QString &why) {
                showTab(Tab::PlatformApps);
                m_platformApps->showApp(kind, why);
            });
    // What happened since the page was last looked at.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == int(Tab::Activity))
            m_activity->reload();
        else if (index == int(Tab::Team))
            m_team->reload();
        else if (index == int(Tab::ExchangeRates))
            m_rates->reload();
        else if (index == int(Tab::PlatformApps))
            m_platformApps->reload();
    });
    connect(m_database, &DatabaseSettings::restartRequested, this, &SettingsPage::restartRequested);
    retranslate();
}

void SettingsPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void SettingsPage::connectPlatform(Platform platform)
{
    showTab(Tab::Integrations);
    m_integrations->connectPlatform(platform);
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    const std::pair<Tab, QString> names[] = {{Tab::Account, tr("Account")},
                                             {Tab::Integrations, tr("Integrations")},
                                             {Tab::PlatformApps, tr("Platform apps")},
                                             {Tab::Team, tr("Team")},
                                             {Tab::Activity, tr("Activity")},
                                             // Short: eight whole names fit a 1024-pixel window.
                                             {Tab::Appearance, tr("Language and look")},
                                             {Tab::Database, tr("Database")},
                                             {Tab::ExchangeRates, tr("Exchange rates")}};
    for (const auto &[tab, name] : names) {
        m_tabs->setTabText(int(tab), name);
        m_tabs->setTabToolTip(int(tab), name);
    }
}

} // namespace bva::ui
