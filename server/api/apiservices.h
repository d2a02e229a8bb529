// What the REST routes may use. Filled by AppServices (app/common); services of other modules are
// added here as they land (null when absent: their routes answer 503).
#pragma once

#include "auth/actor.h"
#include "auth/authservice.h"

namespace bva {

class Database;
class EventBus;
class SecretVault;
class IntegrationService;
class AuditService;
class TeamService;
class DeliveryService;
class NativeCatalog;
class PlatformApps;
class OpenAuthorizations;
class PushDesk;

struct ApiServices
{
    Database &db;
    AuthService &auth;
    SecretVault &vault;
    EventBus *bus = nullptr;
    IntegrationService *integrations = nullptr;   // server/sync
    QString publicBaseUrl;                        // e.g. http://127.0.0.1:3000, for webhook URLs
    AuditService *audit = nullptr;                // server/auth
    TeamService *team = nullptr;                  // server/auth
    DeliveryService *deliveries = nullptr;        // server/webhooks: the deliveries inspector
    NativeCatalog *catalog = nullptr;             // server/sync: BVA-native products, offline sales
    PlatformApps *platformApps = nullptr;         // server/sync: sellers' apps on the real platforms
    OpenAuthorizations *authorizations = nullptr; // server/sync: the real platforms' authorization flow
    PushDesk *pushes = nullptr;                   // server/webhooks: the real platforms' pushes, kept
};

} // namespace bva
