#include "pricing.h"

#include <algorithm>

namespace bva::forecast {

qint64 discountedPriceMinor(qint64 price, int percent)
{
    percent = std::clamp(percent, 0, 100);
    // Discount amount rounded up, so the price is rounded down.
    const qint64 off = (price * percent + 99) / 100;
    return price - off;
}

int maxDiscountPercent(qint64 price, std::optional<qint64> cost, int cap, int unknownCostCap)
{
    if (price <= 0)
        return 0;
    if (!cost)
        return std::clamp(unknownCostCap, 0, cap);
    for (int p = std::clamp(cap, 0, 100); p > 0; --p)
        if (discountedPriceMinor(price, p) > *cost)
            return p;
    return 0;
}

DiscountRange boundedDiscount(qint64 price, std::optional<qint64> cost, int lo, int hi)
{
    DiscountRange r;
    const int cap = maxDiscountPercent(price, cost, hi, std::min(hi, 20));
    r.maxPercent = std::min(hi, cap);
    r.minPercent = std::min(lo, r.maxPercent);
    r.limitedByCost = cap < hi;
    return r;
}

} // namespace bva::forecast
