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
#include <QEventLoopLocker>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace bva::ui {
namespace {

const QString kRememberKey = u"desktop/rememberedSession"_s;

struct RememberedSession
{
    AuthIdentity identity;
    QByteArray token;
};

struct SignInCheck
{
    std::optional<RememberedSession> remembered; // still valid: no dialog
    bool firstRun = false;                       // no account yet: the dialog creates one
};

// Vault and store reads: run off the GUI thread. A remembered token that no longer signs in is forgotten.
SignInCheck checkSignIn(AuthService &auth, SecretVault *vault)
{
    SignInCheck check;
    if (vault) {
        auto stored = vault->read(kRememberKey);
        if (stored.ok() && stored->has_value()) {
            auto identity = auth.authenticate(**stored);
            if (identity.ok()) {
                check.remembered = RememberedSession{identity.value(), **stored};
                return check;
            }
            (void)vault->remove(kRememberKey);
        }
    }
    auto hasAccounts = auth.hasAccounts();
    check.firstRun = hasAccounts.ok() && !*hasAccounts;
    return check;
}

} // namespace

DesktopShell::DesktopShell(const UiServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_session(new UserSession(services, this))
    , m_notifications(new NotificationCenter(services, m_session, this))
{
    m_vaultPool.setMaxThreadCount(1);
    m_notifications->setTrayEnabled(settings::trayNotifications().get());
    connect(m_session, &UserSession::ended, this, &DesktopShell::sessionEnded, Qt::QueuedConnection);
}

DesktopShell::~DesktopShell()
{
    delete m_window;
}

void DesktopShell::start()
{
    AuthService *auth = m_services.auth;
    if (!auth) {
        emit quitRequested();
        return;
    }
    SecretVault *vault = settings::rememberMe().get() ? m_services.vault : nullptr;
    // No window is open while the check runs (after a logout neither): the application must not take
    // that for "the last window was closed" and quit.
    auto keepRunning = std::make_shared<QEventLoopLocker>();
    runAsync(this, QtConcurrent::run(&m_vaultPool, [auth, vault] { return checkSignIn(*auth, vault); }),
             [this, keepRunning](const SignInCheck &check) {
                 if (!check.remembered) {
                     askToSignIn(check.firstRun);
                     return;
                 }
                 const AuthIdentity &id = check.remembered->identity;
                 m_session->start(id.user, check.remembered->token, id.sessionId, id.expiresAt);
                 openWindow();
             });
}

void DesktopShell::startWith(const AuthSession &session, bool remember)
{
    if (SecretVault *vault = m_services.vault; remember && vault)
        inVaultOrder([vault, token = session.token] { return vault->store(kRememberKey, token); });
    m_session->start(session.user, session.token, session.sessionId, session.expiresAt);
    openWindow();
}

void DesktopShell::askToSignIn(bool firstRun)
{
    auto *dialog =
        new AccountDialog(m_services, firstRun ? AccountDialog::Mode::Create : AccountDialog::Mode::Login);
    dialog->setEmail(settings::lastUserEmail().get());
    if (!m_notice.isEmpty())
        dialog->setNotice(std::exchange(m_notice, {}));
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        dialog->deleteLater();
        if (result != QDialog::Accepted || !dialog->session()) {
            emit quitRequested();
            return;
        }
        const AuthSession s = *dialog->session();
        settings::lastUserEmail().set(s.user.email);
        const bool remember = dialog->mode() == AccountDialog::Mode::Login && dialog->rememberMe();
        settings::rememberMe().set(remember);
        startWith(s, remember);
    });
    dialog->open();
}

void DesktopShell::inVaultOrder(std::function<Result<void>()> write)
{
    runAsync(this, QtConcurrent::run(&m_vaultPool, std::move(write)), [](const Result<void> &r) {
        if (!r)
            qWarning("remembered session: %s", qPrintable(r.error().message));
    });
}

void DesktopShell::setServerStatus(bool up, const QString &address)
{
    m_serverStatus = {up, address};
    if (m_window)
        m_window->setServerStatus(up, address);
}

void DesktopShell::openWindow()
{
    delete m_window;
    m_window = new MainWindow(m_services, m_session, m_notifications);
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(m_window, &MainWindow::logoutRequested, this, &DesktopShell::logout, Qt::QueuedConnection);
    connect(m_window->settingsPage(), &SettingsPage::restartRequested, this, &DesktopShell::restartRequested);
    if (m_serverStatus)
        m_window->setServerStatus(m_serverStatus->first, m_serverStatus->second);
    m_notifications->reload();
    m_window->show();
    emit windowOpened();
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
    if (SecretVault *vault = m_services.vault)
        inVaultOrder([vault] { return vault->remove(kRememberKey); });
    settings::rememberMe().set(false);
    if (m_window) {
        m_window->close();
        m_window->deleteLater();
    }
    m_session->clear();
    start();
}

} // namespace bva::ui
