// Settings: account, integrations, appearance and language, database and server.
#pragma once

#include "domain/platform.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace bva::ui {

class AccountSettings;
class AppearanceSettings;
class DatabaseSettings;
class IntegrationsPage;
class NotificationCenter;
class UserSession;
struct UiServices;

class SettingsPage final : public QWidget
{
    Q_OBJECT
public:
    enum class Tab { Account, Integrations, Appearance, Database };

    SettingsPage(const UiServices &services, UserSession *session, NotificationCenter *notifications,
                 QWidget *parent = nullptr);

    void showTab(Tab tab);
    void connectPlatform(Platform platform);
    IntegrationsPage *integrations() const { return m_integrations; }
    DatabaseSettings *database() const { return m_database; }

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
    AppearanceSettings *m_appearance;
    DatabaseSettings *m_database;
};

} // namespace bva::ui
