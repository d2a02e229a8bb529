// The desktop app's life: sign in (remembered session, first-run account, or login), the main
// window for that user, log out back to the login screen.
#pragma once

#include "auth/authservice.h"

#include <QObject>
#include <QPointer>

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

    // Signs in (asking if needed) and shows the main window. False when the user closed the dialog.
    bool start();
    // Opens the main window for an already signed-in user (demo, screenshots, tests).
    void startWith(const AuthSession &session, bool remember = false);
    MainWindow *window() const { return m_window; }
    UserSession *session() const { return m_session; }
    NotificationCenter *notifications() const { return m_notifications; }

signals:
    void restartRequested();
    void quitRequested();

private:
    bool signIn();
    void logout();
    // The session ended elsewhere or expired: back to sign-in, saying why.
    void sessionEnded();
    void openWindow();

    const UiServices &m_services;
    UserSession *m_session;
    NotificationCenter *m_notifications;
    QPointer<MainWindow> m_window;
    QString m_notice; // shown on the next sign-in dialog
};

} // namespace bva::ui
