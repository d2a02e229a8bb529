// The analytics REST routes (owned by the analytics module, compiled from server/analytics):
//   GET /api/dashboard?shopId=&platform=&preset=&from=&to=&granularity=
//   GET /api/reports/<sales-summary|profit-analysis|stock-turnover|platform-comparison>?…&format=csv
// Same figures as the desktop pages, from the same AnalyticsService.
#pragma once

#include "analytics/analyticsscope.h"
#include "util/result.h"

#include <QUrlQuery>

namespace bva {

class AnalyticsService;
class ApiRouter;

void registerAnalyticsRoutes(ApiRouter &api, AnalyticsService &analytics);

// ?preset=7d|30d|… or ?from=yyyy-MM-dd&to=yyyy-MM-dd (custom), ?platform=SHOPEE; shop ids come from access.
Result<AnalyticsScope> scopeFromQuery(const QList<qint64> &shopIds, const QString &preset, const QString &from,
                                      const QString &to, const QString &platform);

} // namespace bva
