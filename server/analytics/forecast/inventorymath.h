// Textbook inventory formulas used by the restock planner and SmartShelf.
#pragma once

#include <QDate>
#include <QtGlobal>
#include <optional>
#include <vector>

namespace bva::forecast {

// z for a cycle service level (0.95 -> 1.645). Clamped to [0.5, 0.9999].
double serviceLevelZ(double serviceLevel);
// z × σ_daily × sqrt(lead time days).
double safetyStock(double z, double dailySigma, double leadTimeDays);
// Expected demand over the lead time plus safety stock.
double reorderPoint(double dailyMean, double leadTimeDays, double safety);
// Rounds a wanted quantity up to an orderable one: at least the minimum order, whole packs.
// Nothing wanted (qty <= 0) stays 0.
qint64 roundToOrder(double qty, int minimumOrder, int packSize);
// Days from `today` to the expiry date, the last day the product may be sold: negative once it has
// expired. Nothing without both dates.
std::optional<int> daysToExpiry(const std::optional<QDate> &expiryDate, QDate today);

// Sums over the first `days` entries (mean) and the root of summed variances (sd).
double sumOver(const std::vector<double> &daily, int days);
double sdOver(const std::vector<double> &dailySd, int days);
// Root-mean-square daily sd over the first `days` entries: the σ of the safety stock formula.
double dailySigma(const std::vector<double> &dailySd, int days);

} // namespace bva::forecast
