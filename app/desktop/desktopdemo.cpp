#include "desktopdemo.h"

#include "accounts/usersession.h"
#include "appservices.h"
#include "auth/authservice.h"
#include "mainwindow.h"
#include "settings/settingspage.h"
#include "shell/demopanel.h"
#include "shell/desktopshell.h"
#include "shell/uiservices.h"

using namespace Qt::StringLiterals;

namespace bva::desktop {

IntegrationService *integrationServiceOf(AppServices &services)
{
    return services.integrations();
}

DesktopDemo::DesktopDemo(const ui::UiServices &services, ui::DesktopShell &shell,
                         const QList<DemoShop> &shops)
    : m_services(services)
    , m_shell(shell)
    , m_shops(shops)
{}

DesktopDemo::~DesktopDemo()
{
    delete m_panel;
}

bool DesktopDemo::signIn(QString *error)
{
    const QString email = QString::fromUtf16(kEmail), password = QString::fromUtf16(kPassword);
    // Creating answers alike for a new and an existing account; the sign-in that follows says which.
    auto session = m_services.auth->registerAndSignIn(email, password, u"Demo Seller"_s);
    if (!session.ok()) {
        *error = session.error().message;
        return false;
    }
    m_shell.startWith(session.value());
    return true;
}

void DesktopDemo::showWelcome()
{
    QList<ui::DemoLogin> logins;
    for (const DemoShop &s : std::as_const(m_shops))
        logins.append({s.platform, s.siteUrl, s.email, s.password, s.shopName});
    m_panel = new ui::DemoPanel(logins, QString::fromUtf16(kEmail), QString::fromUtf16(kPassword),
                                m_shell.window());
    QObject::connect(m_panel, &ui::DemoPanel::connectRequested, m_shell.window(), [this](Platform p) {
        m_shell.window()->showIntegrations();
        m_shell.window()->settingsPage()->connectPlatform(p);
    });
    auto showConnected = [this] {
        QList<Platform> connected;
        for (const Shop &s : m_shell.session()->shops())
            connected.append(s.platform);
        m_panel->setConnected(connected);
    };
    QObject::connect(m_shell.session(), &ui::UserSession::shopsChanged, m_panel, showConnected);
    showConnected();
    m_panel->show();
}

} // namespace bva::desktop
