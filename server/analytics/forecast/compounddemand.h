// Slow, lumpy demand as a compound distribution: each day an order comes or not (occurrence), and
// when it comes it asks for a size drawn from the item's own history. A negative binomial with the
// same mean and variance has the right spread but the wrong shape for lumpy items: too few zeros and
// too thin a tail where a single customer buys ten.
#pragma once

#include <vector>

namespace bva::forecast {

// P(size = k) for k = 0 … max (P(0) = 0) from a history's non-zero values: the empirical sizes
// mixed with a shifted negative binomial of the same mean and variance, weight 5 / (sizes + 5), so a
// few sales still leave room for a larger one. Empty when the history has no sale.
std::vector<double> sizeDistribution(const std::vector<double> &history);

double pmfMean(const std::vector<double> &pmf);

// Distribution of the total over `days` days when day d sees a sale of a size from `sizePmf` with
// probability means[d] / mean size; a day with a larger mean has ⌈that ratio⌉ such chances, each with
// the ratio's share, so the total's mean is the sum of `means`. P(total = k) for k = 0 … (tail < 1e-10 cut).
// Empty when it would take more than kCompoundWorkLimit steps: one bulk sale of thousands of units among
// small ones spreads the sizes over tens of thousands of counts, and the distribution took a minute per
// product (the planner then reads the negative binomial instead).
std::vector<double> compoundPmf(const double *means, int days, const std::vector<double> &sizePmf);
inline constexpr double kCompoundWorkLimit = 2e7;

// The distribution of X + U, where U is how far below a reorder point the stock is when a sale takes it
// there: P(U = u) = P(size > u) / E[size] (the renewal approximation). A lumpy sale seldom stops
// exactly at the reorder point, and a fill rate computed without U came out 6 points short.
std::vector<double> withUndershoot(const std::vector<double> &pmf, const std::vector<double> &sizePmf);

// Smallest k with P(X <= k) >= p; with `nearest`, the k whose cumulative probability is closest to p.
int pmfQuantile(const std::vector<double> &pmf, double p, bool nearest = false);
// E[(X - stock)+]: the units a stock of `stock` leaves unserved.
double pmfShortfall(const std::vector<double> &pmf, int stock);

} // namespace bva::forecast
