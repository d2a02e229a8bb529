// Discounts that keep the selling price above the unit cost. Whole percents; the discounted price
// is rounded down to the minor unit, so the bound holds after rounding too.
#pragma once

#include <QtGlobal>
#include <optional>

namespace bva::forecast {

qint64 discountedPriceMinor(qint64 priceMinor, int percent);
// Largest whole percent (capped at `cap`) whose discounted price is still above cost (strictly).
// Unknown cost: the cap for unknown costs, as nobody can check the margin. 0 when no discount fits.
int maxDiscountPercent(qint64 priceMinor, std::optional<qint64> costMinor, int cap = 70,
                       int unknownCostCap = 20);

struct DiscountRange
{
    int minPercent = 0;
    int maxPercent = 0;
    bool limitedByCost = false;
    bool possible() const { return maxPercent > 0; }
};

// The wanted range [lo, hi] clipped by the cost bound.
DiscountRange boundedDiscount(qint64 priceMinor, std::optional<qint64> costMinor, int lo, int hi);

} // namespace bva::forecast
