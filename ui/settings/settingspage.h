// Settings: account, integrations, platform apps, team, activity, appearance and language, database and
// server.
#pragma once

#include "domain/platform.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace bva::ui {

class AccountSettings;
class ActivityPage;
class AppearanceSettings;
class DatabaseSettings;
class ExchangeRatesSettings;
class IntegrationsPage;
class NotificationCenter;
class PlatformAppsSettings;
class TeamPage;
class UserSession;
struct UiServices;

class SettingsPage final : public QWidget
{
    Q_OBJECT
public:
    enum class Tab {
        Account,
        Integrations,
        PlatformApps,
        Team,
        Activity,
        Appearance,
        Database,
        ExchangeRates
    };

    SettingsPage(const UiServices &services, UserSession *session, NotificationCenter *notifications,
                 QWidget *parent = nullptr);

    void showTab(Tab tab);
    void connectPlatform(Platform platform);
    IntegrationsPage *integrations() const { return m_integrations; }
    DatabaseSettings *database() const { return m_database; }
    ExchangeRatesSettings *exchangeRates() const { return m_rates; }
    PlatformAppsSettings *platformApps() const { return m_platformApps; }
    AccountSettings *account() const { return m_account; }
    TeamPage *team() const { return m_team; }
    ActivityPage *activity() const { return m_activity; }

signals:
    void integrationConnected();
    void restartRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTabWidget *m_tabs;
    AccountSettings *m_account;
    IntegrationsPage *m_integrations;
    PlatformAppsSettings *m_platformApps;
    TeamPage *m_team;
    ActivityPage *m_activity;
    AppearanceSettings *m_appearance;
    DatabaseSettings *m_database;
    ExchangeRatesSettings *m_rates;
};

} // namespace bva::ui
