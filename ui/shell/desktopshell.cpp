#include "desktopshell.h"

#include "accounts/accountdialog.h"
#include "accounts/usersession.h"
#include "async.h"
#include "auth/secretvault.h"
#include "mainwindow.h"
#include "notifications/notificationcenter.h"
#include "settings/appsettings.h"
#include "settings/settingspage.h"
#include "uiservices.h"

#include <QApplication>
#include <utility>

using namespace Qt::StringLiterals;

namespace bva::ui {
namespace {
const QString kRememberKey = u"desktop/rememberedSession"_s;
}

DesktopShell::DesktopShell(const UiServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_session(new UserSession(services, this))
    , m_notifications(new NotificationCenter(services, m_session, this))
{
    m_notifications->setTrayEnabled(settings::trayNotifications().get());
    connect(m_session, &UserSession::ended, this, &DesktopShell::sessionEnded, Qt::QueuedConnection);
}

DesktopShell::~DesktopShell()
{
    delete m_window;
}

bool DesktopShell::start()
{
    if (!signIn())
        return false;
    openWindow();
    return true;
}

void DesktopShell::startWith(const AuthSession &session, bool remember)
{
    if (remember && m_services.vault)
        (void)m_services.vault->store(kRememberKey, session.token);
    m_session->start(session.user, session.token, session.sessionId, session.expiresAt);
    openWindow();
}

bool DesktopShell::signIn()
{
    AuthService *auth = m_services.auth;
    if (!auth)
        return false;
    // A remembered session that is still valid skips the dialog. The one wait on the GUI thread in
    // the desktop: small reads before any window exists (the dialog needs their answer to open).
    if (settings::rememberMe().get() && m_services.vault) {
        auto stored = m_services.vault->read(kRememberKey);
        if (stored.ok() && stored->has_value()) {
            auto identity = auth->authenticate(**stored);
            if (identity.ok()) {
                m_session->start(identity->user, **stored, identity->sessionId, identity->expiresAt);
                return true;
            }
            (void)m_services.vault->remove(kRememberKey);
        }
    }
    auto hasAccounts = auth->hasAccounts();
    const bool firstRun = hasAccounts.ok() && !*hasAccounts;
    AccountDialog dialog(m_services, firstRun ? AccountDialog::Mode::Create : AccountDialog::Mode::Login);
    dialog.setEmail(settings::lastUserEmail().get());
    if (!m_notice.isEmpty())
        dialog.setNotice(std::exchange(m_notice, {}));
    if (dialog.exec() != QDialog::Accepted || !dialog.session())
        return false;
    const AuthSession &s = *dialog.session();
    settings::lastUserEmail().set(s.user.email);
    const bool remember = dialog.mode() == AccountDialog::Mode::Login ? dialog.rememberMe() : false;
    settings::rememberMe().set(remember);
    if (remember && m_services.vault)
        (void)m_services.vault->store(kRememberKey, s.token);
    m_session->start(s.user, s.token, s.sessionId, s.expiresAt);
    return true;
}

void DesktopShell::openWindow()
{
    delete m_window;
    m_window = new MainWindow(m_services, m_session, m_notifications);
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(m_window, &MainWindow::logoutRequested, this, &DesktopShell::logout, Qt::QueuedConnection);
    connect(m_window->settingsPage(), &SettingsPage::restartRequested, this, &DesktopShell::restartRequested);
    m_notifications->reload();
    m_window->show();
}

void DesktopShell::sessionEnded()
{
    if (!m_session->isActive())
        return;
    m_notice = tr("You were signed out: this session was ended (signed out everywhere, a password change, "
                  "or it expired). Sign in again to continue.");
    m_session->clear();
    logout();
}

void DesktopShell::logout()
{
    if (AuthService *auth = m_services.auth; auth && !m_session->token().isEmpty()) {
        const QByteArray token = m_session->token();
        runAsync(
            this, [auth, token] { return auth->logout(token, u"desktop"_s); }, [](const Result<void> &) {});
    }
    if (m_services.vault)
        (void)m_services.vault->remove(kRememberKey);
    settings::rememberMe().set(false);
    if (m_window) {
        m_window->close();
        m_window->deleteLater();
    }
    m_session->clear();
    if (!start())
        emit quitRequested();
}

} // namespace bva::ui
