// GET /api/dashboard?shopId=&platform=&preset=&from=&to=&granularity=: the desktop dashboard's
// figures (AnalyticsService::dashboard) as JSON, for the shops the caller may see.
#include "analytics/analyticsjson.h"
#include "analytics/analyticsservice.h"
#include "analyticsroutes.h"
#include "apirouter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bva {

void registerDashboardRoutes(ApiRouter &api, AnalyticsService &analytics)
{
    api.get(u"/api/dashboard"_s, [&analytics](ApiRequest &r) {
        auto scope = scopeFromRequest(r);
        if (!scope)
            return HttpResponse::fromError(scope.error());
        DashboardOptions options;
        if (const QString g = r.query(u"granularity"_s); !g.isEmpty()) {
            const auto parsed = granularityFromString(g);
            if (!parsed)
                return HttpResponse::error(
                    400, QCoreApplication::translate("bva::AnalyticsRoutes",
                                                     "granularity: expected day, week or month"));
            options.granularity = *parsed;
            options.autoGranularity = false;
        }
        auto d = analytics.dashboard(*scope, options);
        if (!d)
            return HttpResponse::fromError(d.error());
        return HttpResponse::ok(dashboardToJson(*d));
    });
}

} // namespace bva
