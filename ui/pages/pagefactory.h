// Creates the page widget for each sidebar entry. Pages whose engine is not wired into this build
// are placeholders that say so; they never show invented numbers.
#pragma once

#include "analytics/analyticsscope.h"
#include "shell/pageid.h"

#include <QHash>

class QWidget;

namespace bva::ui {

class UserSession;
struct UiServices;

class PageFactory final
{
public:
    PageFactory(const UiServices &services, UserSession *session);

    QWidget *create(PageId id, QWidget *parent);
    // Tells every page with a setScope(bva::AnalyticsScope) slot about the top bar's shop filter
    // ("all", "platform:SHOPEE", "shop:N") and date preset ("today", "7d", "30d", "90d", "1y", or
    // "custom" with `custom`, the top bar's custom range).
    static void applyScope(const QHash<int, QWidget *> &pages, const QString &scopeKey,
                           const QString &presetKey, UserSession *session, const DateRange &custom = {});

private:
    const UiServices &m_services;
    UserSession *m_session;
};

} // namespace bva::ui
