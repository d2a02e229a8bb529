#include "analyticsjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject breakdownToJson(const BreakdownRow &b)
{
    QJsonObject o{{u"platform"_s, platformName(b.platform)},
                  {u"label"_s, b.label},
                  {u"currency"_s, b.currency},
                  {u"current"_s, kpiTotalsToJson(b.current)},
                  {u"previous"_s, kpiTotalsToJson(b.previous)},
                  {u"revenueChangePercent"_s,
                   optional(percentChange(b.current.revenueMinor, b.previous.revenueMinor))}};
    if (b.shopId)
        o.insert(u"shopRowId"_s, b.shopId);
    return o;
}

QJsonObject productToJson(const ProductStats &p)
{
    return {{u"productId"_s, p.externalId},
            {u"shopRowId"_s, p.shopId},
            {u"shop"_s, p.shopName},
            {u"platform"_s, platformName(p.platform)},
            {u"name"_s, p.name},
            {u"sku"_s, p.sku},
            {u"category"_s, p.category},
            {u"currency"_s, p.currency},
            {u"stock"_s, p.stock},
            {u"unitsSold"_s, p.unitsSold},
            {u"revenueMinor"_s, p.revenueMinor},
            {u"sellThroughPercent"_s, optional(p.sellThroughPercent())},
            {u"daysOfInventory"_s, optional(p.daysOfInventory())},
            {u"stockState"_s, stockStateName(p.stockState)}};
}

} // namespace

QJsonObject kpiTotalsToJson(const KpiTotals &t)
{
    return {{u"orders"_s, t.orders},
            {u"units"_s, t.units},
            {u"revenueMinor"_s, t.revenueMinor},
            {u"averageOrderValueMinor"_s, t.aovMinor()},
            {u"costMinor"_s, t.costMinor},
            {u"profitMinor"_s, t.profitMinor},
            {u"marginPercent"_s, optional(t.marginPercent())},
            {u"unknownCostRevenueMinor"_s, t.unknownCostRevenueMinor},
            {u"cancelledOrders"_s, t.cancelledOrders},
            {u"cancelledMinor"_s, t.cancelledMinor},
            {u"returnedOrders"_s, t.returnedOrders},
            {u"returnedMinor"_s, t.returnedMinor}};
}

QJsonObject convertedKpisToJson(const ConvertedKpis &c)
{
    QJsonObject o{{u"target"_s, c.target},
                  {u"currencies"_s, QJsonArray::fromStringList(c.currencies)},
                  {u"missing"_s, QJsonArray::fromStringList(c.missing)}};
    if (c.complete()) {
        o.insert(u"current"_s, kpiTotalsToJson(c.current));
        o.insert(u"previous"_s, kpiTotalsToJson(c.previous));
    }
    return o;
}

QJsonObject dashboardToJson(const Dashboard &d)
{
    QJsonArray kpis;
    for (const CurrencyKpis &k : d.kpis) {
        QJsonObject changes{
            {u"revenue"_s, optional(percentChange(k.current.revenueMinor, k.previous.revenueMinor))},
            {u"orders"_s, optional(percentChange(k.current.orders, k.previous.orders))},
            {u"units"_s, optional(percentChange(k.current.units, k.previous.units))},
            {u"averageOrderValue"_s, optional(percentChange(k.current.aovMinor(), k.previous.aovMinor()))},
            {u"profit"_s, optional(percentChange(k.current.profitMinor, k.previous.profitMinor))}};
        kpis.append(QJsonObject{{u"currency"_s, k.currency},
                                {u"current"_s, kpiTotalsToJson(k.current)},
                                {u"previous"_s, kpiTotalsToJson(k.previous)},
                                {u"changePercent"_s, changes}});
    }
    QJsonArray series;
    for (const CurrencySeries &s : d.series) {
        QJsonArray points;
        for (const SeriesPoint &p : s.points) {
            points.append(QJsonObject{{u"period"_s, p.period.toString(Qt::ISODate)},
                                      {u"orders"_s, p.totals.orders},
                                      {u"units"_s, p.totals.units},
                                      {u"revenueMinor"_s, p.totals.revenueMinor},
                                      {u"profitMinor"_s, p.totals.profitMinor},
                                      {u"unknownCostRevenueMinor"_s, p.totals.unknownCostRevenueMinor}});
        }
        series.append(QJsonObject{{u"currency"_s, s.currency},
                                  {u"granularity"_s, granularityName(s.granularity)},
                                  {u"points"_s, points}});
    }
    QJsonArray platforms, shops, top, alerts, recent;
    for (const BreakdownRow &b : d.byPlatform)
        platforms.append(breakdownToJson(b));
    for (const BreakdownRow &b : d.byShop)
        shops.append(breakdownToJson(b));
    for (const ProductStats &p : d.topProducts)
        top.append(productToJson(p));
    for (const StockAlert &a : d.stockAlerts)
        alerts.append(productToJson(a.product));
    for (const RecentOrder &r : d.recentOrders) {
        recent.append(QJsonObject{{u"id"_s, r.order.id},
                                  {u"orderId"_s, r.order.externalId},
                                  {u"shop"_s, r.shopName},
                                  {u"platform"_s, platformName(r.platform)},
                                  {u"status"_s, orderStatusName(r.order.status)},
                                  {u"totalMinor"_s, r.order.totalMinor},
                                  {u"currency"_s, r.currency},
                                  {u"placedAt"_s, r.order.placedAt.toString(Qt::ISODateWithMs)},
                                  {u"localDay"_s, r.order.localDay}});
    }
    return {{u"from"_s, d.range.fromDay()},
            {u"to"_s, d.range.toDay()},
            {u"previousFrom"_s, d.previousRange.fromDay()},
            {u"previousTo"_s, d.previousRange.toDay()},
            {u"shopCount"_s, d.shopCount},
            {u"kpis"_s, kpis},
            {u"series"_s, series},
            {u"byPlatform"_s, platforms},
            {u"byShop"_s, shops},
            {u"topProducts"_s, top},
            {u"stockAlerts"_s, alerts},
            {u"recentOrders"_s, recent}};
}

} // namespace bva
