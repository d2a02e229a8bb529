// The analytics REST routes (owned by the analytics module, compiled from server/analytics):
//   GET /api/dashboard?shopId=&platform=&preset=&from=&to=&granularity=        (dashboardroutes.cpp)
//   GET /api/reports/<sales-summary|profit-analysis|stock-turnover|platform-comparison>?…&format=csv
// Same figures as the desktop pages, from the same AnalyticsService.
#pragma once

#include "analytics/analyticsscope.h"
#include "util/result.h"

#include <QUrlQuery>

namespace bva {

class AnalyticsService;
class ApiRequest;
class ApiRouter;

void registerDashboardRoutes(ApiRouter &api, AnalyticsService &analytics);
void registerAnalyticsRoutes(ApiRouter &api, AnalyticsService &analytics);

// ?preset=7d|30d|… or ?from=yyyy-MM-dd&to=yyyy-MM-dd (custom), ?platform=SHOPEE; shop ids come from access.
Result<AnalyticsScope> scopeFromQuery(const QList<qint64> &shopIds, const QString &preset,
                                      const QString &from, const QString &to, const QString &platform);
// The same from a request: the shops its ?shopId=&platform= allow the caller (403 otherwise).
Result<AnalyticsScope> scopeFromRequest(ApiRequest &r);

} // namespace bva
