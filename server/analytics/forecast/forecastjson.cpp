#include "forecastjson.h"

#include "domain/money.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace bva::forecast {

namespace {

void putMoney(QJsonObject &o, const QString &field, std::optional<qint64> minor, const QString &currency)
{
    if (!minor) {
        o.insert(field + u"Minor"_s, QJsonValue::Null);
        o.insert(field, QJsonValue::Null);
        return;
    }
    o.insert(field + u"Minor"_s, *minor);
    o.insert(field, formatMinorUnits(*minor, currencyExponent(currency)));
}

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonValue day(const std::optional<QDate> &d)
{
    return d && d->isValid() ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonArray risksOf(int flags)
{
    QJsonArray out;
    for (ShelfRisk r : {ShelfRisk::StockOut, ShelfRisk::NearExpiry, ShelfRisk::Expired, ShelfRisk::SlowMoving,
                        ShelfRisk::Overstock})
        if (flags & int(r))
            out.append(shelfRiskKey(r));
    return out;
}

} // namespace

QJsonObject shelfItemToJson(const ShelfItem &it, const QString &shopExternalId)
{
    return {{u"shopId"_s, shopExternalId},
            {u"productId"_s, it.productExternalId},
            {u"sku"_s, it.sku},
            {u"name"_s, it.name},
            {u"stock"_s, it.stock},
            {u"score"_s, it.score},
            {u"level"_s, riskLevelKey(it.level)},
            {u"risks"_s, risksOf(it.risks)},
            {u"reasons"_s, QJsonArray::fromStringList(it.reasons)},
            {u"action"_s, shelfActionKey(it.action)},
            {u"actionText"_s, it.actionText},
            {u"restockQuantity"_s, it.restockQty},
            {u"discountMinPercent"_s, it.discount.minPercent},
            {u"discountMaxPercent"_s, it.discount.maxPercent},
            {u"dailyDemand"_s, number(it.dailyDemand)},
            {u"daysOfCover"_s, number(it.daysOfCover)},
            {u"stockOutProbability"_s, number(it.stockOutProbability)},
            {u"daysToExpiry"_s, it.risks & (int(ShelfRisk::Expired) | int(ShelfRisk::NearExpiry))
                                    ? QJsonValue(it.daysToExpiry)
                                    : QJsonValue(QJsonValue::Null)},
            {u"stockValueMinor"_s, it.stockValueMinor}};
}

QJsonObject restockLineToJson(const RestockLine &l, const QString &currency, const QString &shopExternalId)
{
    QJsonObject o{{u"shopId"_s, shopExternalId},
                  {u"productId"_s, l.productExternalId},
                  {u"sku"_s, l.sku},
                  {u"name"_s, l.name},
                  {u"stock"_s, l.stock},
                  {u"leadTimeDays"_s, l.leadTimeDays},
                  {u"dailyDemand"_s, number(l.dailyDemand)},
                  {u"leadTimeDemand"_s, number(l.leadTimeDemand)},
                  {u"forecastDemand"_s, number(l.coverDemand)},
                  {u"safetyStock"_s, number(l.safetyStock)},
                  {u"reorderPoint"_s, number(l.reorderPoint)},
                  {u"daysOfCover"_s, number(l.daysOfCover)},
                  {u"atRisk"_s, l.atRisk},
                  {u"recommendedQuantity"_s, l.recommendedQty},
                  {u"plannedQuantity"_s, l.plannedQty},
                  {u"expectedExtraUnits"_s, number(l.expectedExtraUnits)},
                  {u"priority"_s, l.priority},
                  {u"status"_s, restockStatusKey(l.status)},
                  {u"reason"_s, l.reason},
                  {u"currency"_s, currency}};
    putMoney(o, u"unitCost"_s,
             l.status == RestockStatus::NoCost ? std::nullopt : std::optional(l.unitCostMinor), currency);
    putMoney(o, u"cost"_s, l.costMinor, currency);
    putMoney(o, u"expectedRevenue"_s, l.expectedRevenueMinor, currency);
    putMoney(o, u"expectedProfit"_s, l.expectedProfitMinor, currency);
    return o;
}

QJsonObject restockPlanToJson(const RestockPlan &plan, const QHash<qint64, QString> &shopExternalIds)
{
    QJsonArray lines;
    for (const RestockLine &l : plan.lines)
        lines.append(restockLineToJson(l, plan.currency, shopExternalIds.value(l.shopId)));
    QJsonObject o{{u"lines"_s, lines},
                  {u"currency"_s, plan.currency},
                  {u"method"_s, plan.method},
                  {u"warnings"_s, QJsonArray::fromStringList(plan.warnings)}};
    putMoney(o, u"budget"_s, plan.budgetMinor, plan.currency);
    putMoney(o, u"spent"_s, plan.spentMinor, plan.currency);
    putMoney(o, u"expectedRevenue"_s, plan.expectedRevenueMinor, plan.currency);
    putMoney(o, u"expectedProfit"_s, plan.expectedProfitMinor, plan.currency);
    return o;
}

QJsonObject promotionToJson(const PromotionSuggestion &p, const QString &currency,
                            const QString &shopExternalId)
{
    QJsonObject o{{u"shopId"_s, shopExternalId},
                  {u"productId"_s, p.productExternalId},
                  {u"sku"_s, p.sku},
                  {u"name"_s, p.name},
                  {u"playbook"_s, playbookKey(p.playbook)},
                  {u"discountPercent"_s, p.discountPercent},
                  {u"discountMinPercent"_s, p.range.minPercent},
                  {u"discountMaxPercent"_s, p.range.maxPercent},
                  {u"limitedByCost"_s, p.range.limitedByCost},
                  {u"startDate"_s, day(p.startDate)},
                  {u"endDate"_s, day(p.endDate)},
                  {u"occasion"_s, p.occasion},
                  {u"reason"_s, p.reason},
                  {u"score"_s, p.score},
                  {u"bundleQuantity"_s, p.bundleQuantity},
                  {u"currency"_s, currency},
                  {u"adCopy"_s, QJsonObject{{u"language"_s, p.copy.language},
                                            {u"title"_s, p.copy.title},
                                            {u"body"_s, p.copy.body},
                                            {u"hashtags"_s, QJsonArray::fromStringList(p.copy.hashtags)},
                                            {u"text"_s, p.copy.fullText()}}}};
    putMoney(o, u"price"_s, p.priceMinor, currency);
    putMoney(o, u"promoPrice"_s, p.promoPriceMinor, currency);
    return o;
}

QJsonObject campaignToJson(const Campaign &c, const QString &currency, const QString &shopExternalId)
{
    QJsonObject o{{u"id"_s, c.id},
                  {u"shopId"_s, shopExternalId},
                  {u"productId"_s, c.productExternalId},
                  {u"playbook"_s, playbookKey(c.playbook)},
                  {u"language"_s, c.language},
                  {u"title"_s, c.title},
                  {u"body"_s, c.body},
                  {u"hashtags"_s, QJsonArray::fromStringList(c.hashtags)},
                  {u"discountPercent"_s, c.discountPercent},
                  {u"startDate"_s, day(c.startDay)},
                  {u"endDate"_s, day(c.endDay)},
                  {u"status"_s, campaignStatusKey(c.status)},
                  {u"currency"_s, currency},
                  {u"createdAt"_s, c.createdAt.toUTC().toString(Qt::ISODateWithMs)},
                  {u"updatedAt"_s, c.updatedAt.toUTC().toString(Qt::ISODateWithMs)}};
    putMoney(o, u"promoPrice"_s, c.promoPriceMinor, currency);
    return o;
}

QJsonObject forecastToJson(const ProductForecast &f, const QString &shopExternalId)
{
    QJsonArray days;
    for (const ForecastDay &d : f.days)
        days.append(QJsonObject{{u"date"_s, d.day.toString(Qt::ISODate)},
                                {u"forecast"_s, number(d.forecast)},
                                {u"lower"_s, number(d.lower)},
                                {u"upper"_s, number(d.upper)}});
    return {{u"shopId"_s, shopExternalId},
            {u"productId"_s, f.productExternalId},
            {u"sku"_s, f.sku},
            {u"name"_s, f.name},
            {u"stock"_s, f.stock},
            {u"model"_s, f.model},
            {u"parameters"_s, f.parameters},
            {u"demandClass"_s, demandClassKey(f.demandClass)},
            {u"adi"_s, number(f.adi)},
            {u"cv2"_s, number(f.cv2)},
            {u"backtestMase"_s, number(f.backtestMase)},
            {u"naiveMase"_s, number(f.naiveMase)},
            {u"paydayFactor"_s, number(f.paydayFactor)},
            {u"megaSaleFactor"_s, number(f.megaSaleFactor)},
            {u"next7Days"_s, number(f.next7Days)},
            {u"nextHorizon"_s, number(f.nextHorizon)},
            {u"reason"_s, f.reason},
            {u"days"_s, days}};
}

QJsonObject predictedDayToJson(const PredictedSalesDay &d, const QString &currency)
{
    QJsonObject o{{u"date"_s, d.day.toString(Qt::ISODate)},
                  {u"units"_s, number(d.units)},
                  {u"lower"_s, number(d.lower)},
                  {u"upper"_s, number(d.upper)},
                  {u"currency"_s, currency}};
    putMoney(o, u"revenue"_s, d.revenueMinor, currency);
    return o;
}

} // namespace bva::forecast
