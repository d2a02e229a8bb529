// The desktop app's life: sign in (remembered session, first-run account, or login), the main
// window for that user, log out back to the login screen.
#pragma once

#include "auth/authservice.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <functional>
#include <optional>
#include <utility>

namespace bva::ui {

class MainWindow;
class NotificationCenter;
class UserSession;
struct UiServices;

class DesktopShell final : public QObject
{
    Q_OBJECT
public:
    explicit DesktopShell(const UiServices &services, QObject *parent = nullptr);
    ~DesktopShell() override;

    // Signs in (a remembered session, else the sign-in or first-account dialog) and shows the main
    // window; the checks run off the GUI thread, so this returns at once. quitRequested when the user
    // closes the dialog.
    void start();
    // Opens the main window for an already signed-in user (demo, screenshots, tests).
    void startWith(const AuthSession &session, bool remember = false);
    // Shown in the status bar of every main window this shell opens.
    void setServerStatus(bool up, const QString &address);
    MainWindow *window() const { return m_window; }
    UserSession *session() const { return m_session; }
    NotificationCenter *notifications() const { return m_notifications; }

signals:
    void restartRequested();
    void quitRequested();
    void windowOpened();

private:
    void askToSignIn(bool firstRun);
    // Vault reads and writes of the remembered session run on one thread, in the order asked.
    void inVaultOrder(std::function<Result<void>()> write);
    void logout();
    // The session ended elsewhere or expired: back to sign-in, saying why.
    void sessionEnded();
    void openWindow();

    const UiServices &m_services;
    UserSession *m_session;
    NotificationCenter *m_notifications;
    QPointer<MainWindow> m_window;
    QString m_notice; // shown on the next sign-in dialog
    std::optional<std::pair<bool, QString>> m_serverStatus;
    QThreadPool m_vaultPool;
};

} // namespace bva::ui
