// `bva --demo`: signs in a demo BVA user and shows the demo marketplaces' seller logins.
#pragma once

#include "democlones.h"

#include <QPointer>

namespace bva {
class AppServices;
class IntegrationService;
} // namespace bva

namespace bva::ui {
class DemoPanel;
class DesktopShell;
struct UiServices;
} // namespace bva::ui

namespace bva::desktop {

// The IntegrationService of the composition root (null while it is not part of the build).
IntegrationService *integrationServiceOf(AppServices &services);

class DesktopDemo final
{
public:
    static constexpr const char16_t *kEmail = u"demo@bva.local";
    static constexpr const char16_t *kPassword = u"demo-seller-2025";

    DesktopDemo(const ui::UiServices &services, ui::DesktopShell &shell, const QList<DemoShop> &shops);
    ~DesktopDemo();

    bool signIn(QString *error);
    void showWelcome();

private:
    const ui::UiServices &m_services;
    ui::DesktopShell &m_shell;
    QList<DemoShop> m_shops;
    QPointer<ui::DemoPanel> m_panel;
};

} // namespace bva::desktop
