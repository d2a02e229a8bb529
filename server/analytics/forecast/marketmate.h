// MarketMate: promotions for near-expiry, slow and overstocked items (and a spotlight for best
// sellers), timed around paydays and mega-sales, with discounts that keep the price above cost.
#pragma once

#include "adcopy.h"
#include "pricing.h"
#include "smartshelf.h"

#include <optional>
#include <vector>

namespace bva::forecast {

// Next payday (15th, 30th or month end) on or after `from`.
QDate nextPayday(QDate from);
// Next mega-sale day (month == day) on or after `from`.
QDate nextMegaSale(QDate from);
QString megaSaleName(QDate d); // "11.11"

struct PromotionSettings
{
    ShelfSettings shelf;    // today, lead time, expiry window...
    int lookaheadDays = 21; // how far to wait for a payday or mega-sale
    QString shopName;
    QString language = QStringLiteral("en");
    int maxSpotlights = 3;
};

struct PromotionSuggestion
{
    qint64 shopId = 0;
    QString productExternalId;
    QString sku;
    QString name;
    Playbook playbook = Playbook::FlashSale;
    DiscountRange range;
    int discountPercent = 0; // recommended, inside range
    qint64 priceMinor = 0;
    qint64 promoPriceMinor = 0; // always above cost when the cost is known
    QDate startDate;
    QDate endDate;
    QString occasion;            // "Payday" (in the UI's language), "11.11" or empty
    bool paydayOccasion = false; // the occasion is a payday (the ad names it in its own language)
    QString reason;              // why this product, why this discount, why this date
    AdCopy copy;
    int score = 0;          // SmartShelf score that triggered it (spotlights: 0)
    int bundleQuantity = 2; // Bundle Up: the typical order's units of it, at least 2
};

// A bundle of what customers usually buy at once (rounded), never fewer than 2.
int bundleQuantityFor(double unitsPerOrder);

std::vector<PromotionSuggestion> suggestPromotions(const std::vector<ShelfInput> &inputs,
                                                   const PromotionSettings &settings);

} // namespace bva::forecast
