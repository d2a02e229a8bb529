#include "smartshelf.h"

#include "domain/money.h"
#include "inventorymath.h"
#include "stats.h"
#include "unitstext.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace bva::forecast {

namespace {

// The context lupdate and QCoreApplication::translate share for this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::forecast::SmartShelf)
};

// A whole number of units in words: "1 unit", "166 units".
QString unitCount(qint64 n)
{
    return Text::tr("%n unit(s)", nullptr, int(std::min<qint64>(n, std::numeric_limits<int>::max())));
}

} // namespace

QString shelfRiskKey(ShelfRisk r)
{
    switch (r) {
    case ShelfRisk::StockOut:
        return u"stock_out"_s;
    case ShelfRisk::NearExpiry:
        return u"near_expiry"_s;
    case ShelfRisk::Expired:
        return u"expired"_s;
    case ShelfRisk::SlowMoving:
        return u"slow_moving"_s;
    case ShelfRisk::Overstock:
        return u"overstock"_s;
    }
    return {};
}

QString shelfActionKey(ShelfAction a)
{
    switch (a) {
    case ShelfAction::None:
        return u"none"_s;
    case ShelfAction::Restock:
        return u"restock"_s;
    case ShelfAction::Discount:
        return u"discount"_s;
    case ShelfAction::Bundle:
        return u"bundle"_s;
    case ShelfAction::Clearance:
        return u"clearance"_s;
    case ShelfAction::RemoveExpired:
        return u"remove_expired"_s;
    }
    return {};
}

QString shelfActionLabel(ShelfAction a)
{
    switch (a) {
    case ShelfAction::None:
        return Text::tr("No action");
    case ShelfAction::Restock:
        return Text::tr("Restock");
    case ShelfAction::Discount:
        return Text::tr("Discount");
    case ShelfAction::Bundle:
        return Text::tr("Bundle");
    case ShelfAction::Clearance:
        return Text::tr("Clearance");
    case ShelfAction::RemoveExpired:
        return Text::tr("Remove from sale");
    }
    return {};
}

QString riskLevelKey(RiskLevel l)
{
    switch (l) {
    case RiskLevel::Low:
        return u"low"_s;
    case RiskLevel::Medium:
        return u"medium"_s;
    case RiskLevel::High:
        return u"high"_s;
    case RiskLevel::Critical:
        return u"critical"_s;
    }
    return {};
}

QString riskLevelLabel(RiskLevel l)
{
    switch (l) {
    case RiskLevel::Low:
        return Text::tr("Low");
    case RiskLevel::Medium:
        return Text::tr("Medium");
    case RiskLevel::High:
        return Text::tr("High");
    case RiskLevel::Critical:
        return Text::tr("Critical");
    }
    return {};
}

ShelfItem scoreShelfItem(const ShelfInput &in, const ShelfSettings &st)
{
    ShelfItem it;
    it.shopId = in.shopId;
    it.productExternalId = in.productExternalId;
    it.sku = in.sku;
    it.name = in.name;
    it.stock = in.stock;
    const int stock = std::max(0, in.stock);
    it.stockValueMinor = qint64(stock) * (in.costMinor ? *in.costMinor : in.priceMinor);
    const int lead = std::max(1, st.leadTimeDays);
    const int horizon = std::max<int>(lead + st.restockCoverDays, int(in.dailyMean.size()));
    it.dailyDemand = in.dailyMean.empty()
                         ? 0.0
                         : sumOver(in.dailyMean, horizon) / std::min<int>(horizon, int(in.dailyMean.size()));
    it.daysOfCover = it.dailyDemand > 1e-9 ? stock / it.dailyDemand : std::numeric_limits<double>::infinity();

    int score = 0;
    ShelfAction action = ShelfAction::None;
    // The most serious risk decides the action; on a tie the one found first (more serious) stays.
    auto raise = [&](int s, ShelfAction a) {
        if (s > score) {
            score = s;
            action = a;
        }
    };

    // Expired and near expiry.
    if (const auto days = daysToExpiry(in.expiryDate, st.today); days && stock > 0) {
        it.daysToExpiry = *days;
        if (it.daysToExpiry < 0) {
            it.risks |= int(ShelfRisk::Expired);
            it.unitsAtExpiryRisk = stock;
            it.reasons.append(
                Text::tr("Expired %n day(s) ago with %1 still in stock.", nullptr, -it.daysToExpiry)
                    .arg(unitCount(stock)));
            raise(100, ShelfAction::RemoveExpired);
        } else if (it.daysToExpiry <= st.nearExpiryDays) {
            const double sellable = sumOver(in.dailyMean, it.daysToExpiry);
            it.unitsAtExpiryRisk = std::max(0.0, stock - sellable);
            if (it.unitsAtExpiryRisk >= 0.5) {
                it.risks |= int(ShelfRisk::NearExpiry);
                const double share = it.unitsAtExpiryRisk / stock;
                const double urgency = 1.0 - double(it.daysToExpiry) / std::max(1, st.nearExpiryDays);
                const int s = int(std::lround(40 + 55 * share * (0.4 + 0.6 * urgency)));
                // Below 0.05 a day the rate would read "0.0 a day".
                it.reasons.append(
                    it.dailyDemand < 0.05
                        ? Text::tr("Expires in %n day(s); about %1 of %2 will not sell by then: it has "
                                   "hardly sold lately.",
                                   nullptr, it.daysToExpiry)
                              .arg(unitsText(it.unitsAtExpiryRisk), unitCount(stock))
                        : Text::tr("Expires in %n day(s); about %1 of %2 will not sell by then at the "
                                   "expected %3 a day.",
                                   nullptr, it.daysToExpiry)
                              .arg(unitsText(it.unitsAtExpiryRisk), unitCount(stock),
                                   unitsText(it.dailyDemand)));
                const bool clear = it.daysToExpiry <= 7 && share > 0.5;
                raise(s, clear ? ShelfAction::Clearance : ShelfAction::Discount);
            }
        }
    }

    // Stock-out before a restock could land.
    const double muL = sumOver(in.dailyMean, lead);
    const double sdL = sdOver(in.dailySd, lead);
    if (muL > 1e-6) {
        it.stockOutProbability =
            sdL > 1e-9 ? 1.0 - normalCdf((stock + 0.5 - muL) / sdL) : (stock < muL ? 1.0 : 0.0);
        if (stock == 0)
            it.stockOutProbability = 1.0;
        if (it.stockOutProbability >= 0.2) {
            it.risks |= int(ShelfRisk::StockOut);
            const double z = serviceLevelZ(st.serviceLevel);
            const double ss = safetyStock(z, dailySigma(in.dailySd, lead), lead);
            const double need = sumOver(in.dailyMean, lead + st.restockCoverDays) + ss - stock;
            it.restockQty = roundToOrder(need, 1, 1);
            it.reasons.append(
                stock == 0
                    ? (it.dailyDemand < 0.05
                           ? Text::tr("Out of stock, and it still sells now and then.")
                           : Text::tr("Out of stock while about %1 units a day are expected to sell.")
                                 .arg(unitsText(it.dailyDemand)))
                    : Text::tr("%1 in stock covers about %2 days, but a restock takes %3 days: %4% chance "
                               "of running out first.")
                          .arg(stock)
                          .arg(unitsText(it.daysOfCover))
                          .arg(lead)
                          .arg(int(std::lround(it.stockOutProbability * 100))));
            raise(int(std::lround(30 + 65 * it.stockOutProbability)), ShelfAction::Restock);
        }
    }

    // Slow moving and overstock only matter for stock that sits.
    if (stock > 0 && !it.has(ShelfRisk::Expired)) {
        const bool neverSold = in.daysSinceLastSale < 0;
        if (neverSold || in.daysSinceLastSale >= st.slowDays) {
            it.risks |= int(ShelfRisk::SlowMoving);
            it.reasons.append(
                neverSold ? Text::tr("No sales recorded yet with %1 in stock.").arg(unitCount(stock))
                          : Text::tr("No sale for %n day(s) with %1 in stock.", nullptr, in.daysSinceLastSale)
                                .arg(unitCount(stock)));
            const int s = std::min(75, 40 + (neverSold ? 20 : std::min(30, in.daysSinceLastSale / 6)));
            raise(s, ShelfAction::Discount);
        } else if (it.daysOfCover > st.overstockDays) {
            it.risks |= int(ShelfRisk::Overstock);
            it.reasons.append(
                it.dailyDemand < 0.05
                    ? Text::tr("%1 in stock, and it has hardly sold lately: more than %2 days of sales is "
                               "overstock.")
                          .arg(unitCount(stock), QString::number(int(st.overstockDays)))
                    : Text::tr("%1 is about %2 days of sales at %3 a day: more than %4 days is overstock.")
                          .arg(unitCount(stock),
                               std::isfinite(it.daysOfCover) ? QString::number(std::lround(it.daysOfCover))
                                                             : u"∞"_s,
                               unitsText(it.dailyDemand), QString::number(int(st.overstockDays))));
            const double ratio = std::isfinite(it.daysOfCover) ? it.daysOfCover / st.overstockDays : 4.0;
            raise(int(std::lround(std::min(60.0, 25 + 10 * ratio))), ShelfAction::Discount);
        }
    }

    // The action in words, with discounts bounded by cost.
    switch (action) {
    case ShelfAction::Discount:
    case ShelfAction::Clearance: {
        const bool clear = action == ShelfAction::Clearance;
        const int lo = clear                           ? 30
                       : it.has(ShelfRisk::NearExpiry) ? 15
                       : it.has(ShelfRisk::SlowMoving) ? 10
                                                       : 5;
        const int hi = clear                           ? 70
                       : it.has(ShelfRisk::NearExpiry) ? 40
                       : it.has(ShelfRisk::SlowMoving) ? 25
                                                       : 15;
        it.discount = boundedDiscount(in.priceMinor, in.costMinor, lo, hi);
        if (!it.discount.possible()) {
            action = ShelfAction::Bundle;
            it.actionText = Text::tr("Bundle it with a best seller: no discount keeps the price above cost.");
        } else {
            it.actionText = Text::tr("%1 of %2–%3%.")
                                .arg(clear ? Text::tr("Clearance sale") : Text::tr("Discount"))
                                .arg(it.discount.minPercent)
                                .arg(it.discount.maxPercent);
            if (it.discount.limitedByCost)
                it.actionText += u' ' + Text::tr("Capped so the price stays above cost.");
            else if (!in.costMinor)
                it.actionText += u' ' + Text::tr("Cost unknown, so the discount is kept small.");
            if (it.has(ShelfRisk::SlowMoving) && !clear)
                it.actionText += u' ' + Text::tr("A bundle with a best seller also helps.");
        }
        break;
    }
    case ShelfAction::Restock:
        it.actionText = Text::tr("Restock %1 to cover %2 days after delivery.")
                            .arg(unitCount(it.restockQty))
                            .arg(st.restockCoverDays);
        break;
    case ShelfAction::RemoveExpired:
        it.actionText = Text::tr("Take the expired units off sale and write them off.");
        break;
    case ShelfAction::Bundle:
    case ShelfAction::None:
        if (it.reasons.isEmpty())
            it.actionText = Text::tr("Nothing to do: stock and sales are in balance.");
        break;
    }
    it.action = action;
    it.score = std::clamp(score, 0, 100);
    it.level = it.score >= 80   ? RiskLevel::Critical
               : it.score >= 60 ? RiskLevel::High
               : it.score >= 30 ? RiskLevel::Medium
                                : RiskLevel::Low;
    return it;
}

ShelfReport buildShelfReport(const std::vector<ShelfInput> &inputs, const ShelfSettings &st)
{
    ShelfReport r;
    r.items.reserve(inputs.size());
    for (const ShelfInput &in : inputs) {
        ShelfItem it = scoreShelfItem(in, st);
        if (it.has(ShelfRisk::Expired))
            r.expired.push_back(it);
        if (it.score >= 30)
            ++r.atRisk;
        r.items.push_back(std::move(it));
    }
    std::stable_sort(r.items.begin(), r.items.end(), [](const ShelfItem &a, const ShelfItem &b) {
        return a.score != b.score ? a.score > b.score : a.stockValueMinor > b.stockValueMinor;
    });
    return r;
}

} // namespace bva::forecast
