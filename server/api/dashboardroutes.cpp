// Interim GET /api/dashboard?shopId=&platform=&from=&to= straight from the daily rollups.
// The analytics module owns the real one: it replaces this file's registration with its own.
#include "apiroutes.h"
#include "apirouter.h"
#include "jsonviews.h"
#include "store/localday.h"
#include "store/rolluprepository.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bva {

static QString tr(const char *text)
{
    return QCoreApplication::translate("bva::Api", text);
}

void registerDashboardRoutes(ApiRouter &api)
{
    api.get(u"/api/dashboard"_s, [](ApiRequest &r) {
        auto shops = r.access().fromQuery(r);
        if (!shops)
            return HttpResponse::fromError(shops.error());
        const QDate today = QDate::currentDate();
        const QDate from = r.query(u"from"_s).isEmpty() ? today.addDays(-29)
                                                        : QDate::fromString(r.query(u"from"_s).left(10), Qt::ISODate);
        const QDate to = r.query(u"to"_s).isEmpty() ? today : QDate::fromString(r.query(u"to"_s).left(10), Qt::ISODate);
        if (!from.isValid())
            return HttpResponse::error(400, tr("from: expected yyyy-MM-dd"));
        if (!to.isValid() || to < from)
            return HttpResponse::error(400, tr("to: expected yyyy-MM-dd, not before from"));
        QList<qint64> ids;
        QString currency;
        for (const AccessibleShop &s : std::as_const(*shops)) {
            ids.append(s.shop.id);
            if (currency.isEmpty())
                currency = s.shop.currency;
            else if (currency != s.shop.currency)
                currency = u"MIXED"_s;
        }
        auto rows = RollupRepository(r.services().db).range(ids, from.toString(Qt::ISODate), to.toString(Qt::ISODate));
        if (!rows)
            return HttpResponse::fromError(rows.error());
        DailyRollup t;
        QJsonArray series;
        for (const DailyRollup &d : std::as_const(*rows)) {
            t.orders += d.orders;
            t.units += d.units;
            t.revenueMinor += d.revenueMinor;
            t.costMinor += d.costMinor;
            t.profitMinor += d.profitMinor;
            t.unknownCostRevenueMinor += d.unknownCostRevenueMinor;
            t.cancelledOrders += d.cancelledOrders;
            t.returnedOrders += d.returnedOrders;
            series.append(QJsonObject{{u"day"_s, d.day}, {u"revenueMinor"_s, d.revenueMinor}, {u"orders"_s, d.orders}});
        }
        const qint64 knownRevenue = t.revenueMinor - t.unknownCostRevenueMinor;
        QJsonObject kpis{{u"currency"_s, currency},
                         {u"revenueMinor"_s, t.revenueMinor},
                         {u"orders"_s, t.orders},
                         {u"units"_s, t.units},
                         {u"averageOrderValueMinor"_s, t.orders ? QJsonValue(t.revenueMinor / t.orders) : QJsonValue()},
                         {u"profitMinor"_s, knownRevenue > 0 ? QJsonValue(t.profitMinor) : QJsonValue()},
                         {u"marginPercent"_s, knownRevenue > 0 ? QJsonValue(100.0 * double(t.profitMinor) / double(knownRevenue))
                                                               : QJsonValue()},
                         {u"unknownCostRevenueMinor"_s, t.unknownCostRevenueMinor},
                         {u"cancelledOrders"_s, t.cancelledOrders},
                         {u"returnedOrders"_s, t.returnedOrders}};
        return HttpResponse::ok(QJsonObject{{u"from"_s, from.toString(Qt::ISODate)},
                                            {u"to"_s, to.toString(Qt::ISODate)},
                                            {u"kpis"_s, kpis},
                                            {u"series"_s, series}});
    });
}

} // namespace bva
