// Settings shared by the desktop app and bva-server: where the store is and how the embedded
// HTTP server listens. Command-line options override them.
#pragma once

#include "settingvalue.h"

namespace bva::settings {

// Empty means the default SQLite file under AppDataLocation.
inline SettingValue<QString> databaseUrl()
{
    return {QStringLiteral("store/databaseUrl"), QString()};
}
inline SettingValue<QString> listenAddress()
{
    return {QStringLiteral("server/listenAddress"), QStringLiteral("127.0.0.1")};
}
inline SettingValue<int> listenPort()
{
    return {QStringLiteral("server/listenPort"), 3000};
}
// Plain HTTP beyond loopback only when a TLS proxy on a trusted network fronts the server.
inline SettingValue<bool> behindTlsProxy()
{
    return {QStringLiteral("server/behindTlsProxy"), false};
}
// The address the server is reached by through that proxy (its only other accepted Host name).
inline SettingValue<QString> publicUrl()
{
    return {QStringLiteral("server/publicUrl"), QString()};
}
inline SettingValue<int> webhookRateLimit()
{
    return {QStringLiteral("server/webhookRateLimit"), 200};
}
inline SettingValue<QString> shopeeSiteUrl()
{
    return {QStringLiteral("platforms/shopeeUrl"), QStringLiteral("http://localhost:5173")};
}
inline SettingValue<QString> lazadaSiteUrl()
{
    return {QStringLiteral("platforms/lazadaUrl"), QStringLiteral("http://localhost:3001")};
}
inline SettingValue<int> defaultSyncIntervalSeconds()
{
    return {QStringLiteral("sync/defaultIntervalSeconds"), 300};
}

} // namespace bva::settings
