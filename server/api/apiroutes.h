// The REST routes of this module, one function per file. registerCoreRoutes() adds them all
// (except integrations, which need IntegrationService: registerIntegrationRoutes()).
#pragma once

namespace bva {

class ApiRouter;
namespace forecast {
class ForecastService;
}

void registerHealthRoutes(ApiRouter &api);
void registerAuthRoutes(ApiRouter &api);
void registerProductRoutes(ApiRouter &api);
void registerOrderRoutes(ApiRouter &api);
// POST /api/sales: offline sales of a BVA channel (salesroutes.cpp).
void registerSalesRoutes(ApiRouter &api);
void registerShopAccessRoutes(ApiRouter &api);
// GET /api/audit (auditroutes.cpp).
void registerAuditRoutes(ApiRouter &api);
// /api/shops/:shopId/team, /api/shops/:shopId/invitations, /api/invitations (teamroutes.cpp).
void registerTeamRoutes(ApiRouter &api);
// /api/integrations* and /api/shop-access/link (needs the sync module's IntegrationService).
void registerIntegrationRoutes(ApiRouter &api);
// /api/platform-apps*, /api/integrations/authorize*, /oauth/callback/* and /api/push/* (the real
// platforms; needs PlatformApps and OpenAuthorizations).
void registerOpenPlatformRoutes(ApiRouter &api);
// /api/integrations/:id/deliveries* (the deliveries inspector; needs DeliveryService).
void registerDeliveryRoutes(ApiRouter &api);
// /api/smartshelf, /api/forecast/*, /api/restock/*, /api/marketmate/*, /api/campaigns (forecastroutes.cpp).
void registerForecastRoutes(ApiRouter &api, forecast::ForecastService &forecasts);

inline void registerCoreRoutes(ApiRouter &api)
{
    registerHealthRoutes(api);
    registerAuthRoutes(api);
    registerProductRoutes(api);
    registerOrderRoutes(api);
    registerSalesRoutes(api);
    registerShopAccessRoutes(api);
    registerAuditRoutes(api);
    registerTeamRoutes(api);
}

} // namespace bva
