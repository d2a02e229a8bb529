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
