// The desktop app's own settings: keys and defaults in one place (the server's are in
// util/serversettings.h). Secrets never go here.
#pragma once

#include "util/settingvalue.h"

#include <QByteArray>
#include <QString>

namespace bva::ui::settings {

inline SettingValue<QString> appearance()
{
    return {QStringLiteral("ui/appearance"), QStringLiteral("system")};
}
inline SettingValue<QString> language()
{
    return {QStringLiteral("ui/language"), QStringLiteral("en")};
}
inline SettingValue<QString> lastPage()
{
    return {QStringLiteral("ui/lastPage"), QStringLiteral("dashboard")};
}
inline SettingValue<QByteArray> windowGeometry()
{
    return {QStringLiteral("ui/windowGeometry"), QByteArray()};
}
inline SettingValue<QByteArray> windowState()
{
    return {QStringLiteral("ui/windowState"), QByteArray()};
}
// "all", "platform:SHOPEE" or "shop:<id>"
inline SettingValue<QString> scope()
{
    return {QStringLiteral("ui/scope"), QStringLiteral("all")};
}
// "today", "7d", "30d", "90d", "1y"
inline SettingValue<QString> datePreset()
{
    return {QStringLiteral("ui/datePreset"), QStringLiteral("30d")};
}
// The last custom range applied in the top bar, as ISO days ("2024-03-12"); empty until one is applied.
inline SettingValue<QString> customRangeFrom()
{
    return {QStringLiteral("ui/customRangeFrom"), QString()};
}
inline SettingValue<QString> customRangeTo()
{
    return {QStringLiteral("ui/customRangeTo"), QString()};
}
inline SettingValue<QString> lastUserEmail()
{
    return {QStringLiteral("accounts/lastEmail"), QString()};
}
inline SettingValue<bool> rememberMe()
{
    return {QStringLiteral("accounts/rememberMe"), false};
}
inline SettingValue<bool> trayNotifications()
{
    return {QStringLiteral("ui/trayNotifications"), true};
}

} // namespace bva::ui::settings
