#include "analyticstypes.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace bva {

void KpiTotals::add(const DailyRollup &r)
{
    orders += r.orders;
    units += r.units;
    revenueMinor += r.revenueMinor;
    costMinor += r.costMinor;
    profitMinor += r.profitMinor;
    unknownCostRevenueMinor += r.unknownCostRevenueMinor;
    cancelledOrders += r.cancelledOrders;
    cancelledMinor += r.cancelledMinor;
    returnedOrders += r.returnedOrders;
    returnedMinor += r.returnedMinor;
}

void KpiTotals::add(const KpiTotals &t)
{
    orders += t.orders;
    units += t.units;
    revenueMinor += t.revenueMinor;
    costMinor += t.costMinor;
    profitMinor += t.profitMinor;
    unknownCostRevenueMinor += t.unknownCostRevenueMinor;
    cancelledOrders += t.cancelledOrders;
    cancelledMinor += t.cancelledMinor;
    returnedOrders += t.returnedOrders;
    returnedMinor += t.returnedMinor;
}

std::optional<KpiTotals> convertTotals(const KpiTotals &totals, const QString &from,
                                       const ExchangeRates &rates)
{
    KpiTotals out = totals;
    for (qint64 KpiTotals::*field :
         {&KpiTotals::revenueMinor, &KpiTotals::costMinor, &KpiTotals::profitMinor,
          &KpiTotals::unknownCostRevenueMinor, &KpiTotals::cancelledMinor, &KpiTotals::returnedMinor}) {
        const auto converted = convertMinor(totals.*field, from, rates);
        if (!converted)
            return std::nullopt;
        out.*field = *converted;
    }
    return out;
}

std::optional<ConvertedKpis> convertKpis(const QList<CurrencyKpis> &kpis, const ExchangeRates &rates)
{
    if (rates.isEmpty() || kpis.size() < 2)
        return std::nullopt;
    ConvertedKpis c;
    c.target = rates.target;
    for (const CurrencyKpis &k : kpis) {
        c.currencies.append(k.currency);
        const auto now = convertTotals(k.current, k.currency, rates);
        const auto before = convertTotals(k.previous, k.currency, rates);
        if (!now || !before) {
            c.missing.append(k.currency);
            continue;
        }
        c.current.add(*now);
        c.previous.add(*before);
    }
    if (!c.complete()) {
        c.current = {};
        c.previous = {};
    }
    return c;
}

bool KpiTotals::isEmpty() const
{
    return orders == 0 && cancelledOrders == 0 && returnedOrders == 0 && revenueMinor == 0;
}

qint64 KpiTotals::aovMinor() const
{
    if (orders <= 0)
        return 0;
    const qint64 q = revenueMinor / orders;
    const qint64 r = revenueMinor % orders;
    if (2 * std::abs(r) >= orders)
        return q + (revenueMinor >= 0 ? 1 : -1);
    return q;
}

std::optional<double> KpiTotals::marginPercent() const
{
    const qint64 known = knownCostRevenueMinor();
    if (known <= 0)
        return std::nullopt;
    return 100.0 * double(profitMinor) / double(known);
}

std::optional<double> percentChange(qint64 current, qint64 previous)
{
    if (previous == 0)
        return std::nullopt;
    return 100.0 * double(current - previous) / double(std::abs(previous));
}

QString stockStateName(StockState s)
{
    switch (s) {
    case StockState::InStock:
        return u"in_stock"_s;
    case StockState::Low:
        return u"low"_s;
    case StockState::Out:
        return u"out"_s;
    case StockState::Inactive:
        return u"inactive"_s;
    }
    return u"in_stock"_s;
}

std::optional<double> ProductStats::sellThroughPercent() const
{
    const qint64 denominator = unitsSold + qMax(0, stock);
    if (denominator <= 0)
        return std::nullopt;
    return 100.0 * double(unitsSold) / double(denominator);
}

std::optional<double> ProductStats::daysOfInventory() const
{
    if (unitsSold <= 0 || rangeDays <= 0)
        return std::nullopt;
    return double(qMax(0, stock)) / dailyUnits();
}

bool Dashboard::hasActivity() const
{
    for (const CurrencyKpis &k : kpis) {
        if (!k.current.isEmpty() || !k.previous.isEmpty())
            return true;
    }
    return !recentOrders.isEmpty();
}

} // namespace bva
