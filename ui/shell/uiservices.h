// What the desktop shell is given from the composition root (app/). Pointers are not owned;
// optional services are null until their engine is part of the build.
#pragma once

#include <QString>
#include <QUrl>
#include <functional>

namespace bva {
class AnalyticsService;
class AuditService;
class AuthService;
class Database;
class EventBus;
class SecretVault;
class IntegrationService;
class DeliveryService;
class NativeCatalog;
class OpenAuthorizations;
class PlatformApps;
class TeamService;
namespace forecast {
class ForecastService;
}
} // namespace bva

namespace bva::ui {

struct UiServices
{
    Database *db = nullptr;
    EventBus *bus = nullptr;
    SecretVault *vault = nullptr;
    AuthService *auth = nullptr;
    TeamService *team = nullptr;   // Settings → Team (invitations, roles)
    AuditService *audit = nullptr; // Settings → Activity
    IntegrationService *integrations = nullptr;
    DeliveryService *deliveries = nullptr; // a shop's webhook deliveries and replays (admins)
    AnalyticsService *analytics = nullptr;
    NativeCatalog *catalog = nullptr; // BVA-native products and offline sales (Products page)
    forecast::ForecastService *forecasts =
        nullptr;                                  // SmartShelf, Restock Planner, MarketMate, predicted sales
    PlatformApps *platformApps = nullptr;         // Settings → Platform apps (real Shopee and Lazada)
    OpenAuthorizations *authorizations = nullptr; // connecting a real shop through its platform's page
    // The embedded webhook server: its base URL (empty while it is down) and a restart hook
    // used by the Database and server settings page.
    std::function<QUrl()> webhookBaseUrl;
    std::function<bool(const QString &address, int port, QString *error)> restartServer;
    // Where the platforms' authorization redirects come back to (RFC 8252: this computer's loopback
    // address and the embedded server's port, even when a public URL is set for pushes). Empty while
    // the server is down.
    std::function<QUrl()> callbackBaseUrl;
    QString consentStorageRoot; // empty: AppDataLocation/webengine
    QString databaseInUse;      // the store's address without its password (Settings → Database)
};

} // namespace bva::ui
