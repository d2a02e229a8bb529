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
        QJsonObject data = dashboardToJson(*d);
        // With the caller's exchange rates: one total, apart from the per-currency KPIs and named as
        // converted; {"target","currencies","missing"} without totals while a rate is missing.
        auto rates = analytics.exchangeRates(r.userId());
        if (!rates)
            return HttpResponse::fromError(rates.error());
        if (const auto converted = convertKpis(d->kpis, *rates))
            data.insert(u"converted"_s, convertedKpisToJson(*converted));
        return HttpResponse::ok(data);
    });
}

} // namespace bva
