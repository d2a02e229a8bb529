// The main window: sidebar, top bar, one page per sidebar entry, Ctrl+K palette. Remembers its
// geometry, the last page and the shop filter.
#pragma once

#include "shell/pageid.h"

#include <QHash>
#include <QMainWindow>

class QFrame;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace bva::ui {

class CommandPalette;
class NotificationCenter;
class NotificationPanel;
class PageFactory;
class SettingsPage;
class TopBar;
class UserSession;
struct UiServices;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const UiServices &services, UserSession *session, NotificationCenter *notifications,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    PageId currentPage() const;
    QWidget *page(PageId id) const { return m_pages.value(int(id)); }
    SettingsPage *settingsPage() const { return m_settings; }
    TopBar *topBar() const { return m_topBar; }
    CommandPalette *commandPalette() const { return m_palette; }

public slots:
    void showPage(bva::ui::PageId id);
    void showIntegrations();
    void showExchangeRates();
    void showCommandPalette();
    // Ctrl+K's found rows: the page with the product or order selected (the scope widened to all shops
    // when the current one hides it).
    void openProduct(qint64 shopId, const QString &externalId, const QString &search);
    void openOrder(qint64 shopId, const QString &externalId);
    void setServerStatus(bool up, const QString &address);

signals:
    void logoutRequested();
    void scopeChanged(const QString &scopeKey);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildSidebar();
    void buildPages();
    QWidget *buildServerProblem(QWidget *parent);
    void retranslateServerProblem();
    QWidget *createDataPage(PageFactory &factory, PageId id);
    void rebuildDataPages();
    void rebuildCommands();
    void findForPalette(const QString &text);
    void widenScopeTo(qint64 shopId);
    void retranslate();
    void restoreState();
    void applyScope(const QString &key);
    void refreshSidebarIcons();

    const UiServices &m_services;
    UserSession *m_session;
    NotificationCenter *m_notifications;
    QListWidget *m_nav = nullptr;
    QLabel *m_brandSub = nullptr;
    QLabel *m_footer = nullptr;
    QStackedWidget *m_stack = nullptr;
    TopBar *m_topBar = nullptr;
    CommandPalette *m_palette = nullptr;
    NotificationPanel *m_panel = nullptr;
    SettingsPage *m_settings = nullptr;
    QFrame *m_serverProblem = nullptr;
    QLabel *m_serverProblemText = nullptr;
    QPushButton *m_serverProblemAction = nullptr;
    QString m_serverAddress; // while the server is down
    QHash<int, QWidget *> m_pages;
    bool m_rebuildQueued = false;
};

} // namespace bva::ui
