// Normal distribution helpers for intervals, service levels and expected sales.
#pragma once

#include <vector>

namespace bva::forecast {

double normalPdf(double z);
double normalCdf(double z);
// Inverse of the standard normal CDF (Acklam's rational approximation, |error| < 1.2e-9).
double normalQuantile(double p);
// Standard normal loss function E[(Z - z)+] = pdf(z) - z (1 - cdf(z)).
double normalLoss(double z);
// E[min(D, s)] for D ~ Normal(mean, sd) truncated at nothing: mean - sd * loss((s - mean) / sd).
double expectedSales(double mean, double sd, double stock);

} // namespace bva::forecast

namespace bva::forecast {

// Smallest count k with P(D <= k) >= p for a count D with the given mean and variance: negative
// binomial when variance > mean, else Poisson. Demand of slow items is counts; a normal band around
// 0.3 a day is mostly below zero.
// With `nearest`, the count whose cumulative probability is closest to p instead (for intervals
// whose coverage should match their level on average rather than never fall short).
int countQuantile(double mean, double variance, double p, bool nearest = false);
// The lower end of a central count interval: the count lo whose P(D < lo), what the interval [lo, …]
// leaves below, is nearest p. (countQuantile's nearest count leaves P(D < lo) short of p by about
// P(D = lo), which for sums of a few units is several points of coverage.)
int countLowerEnd(double mean, double variance, double p);
// E[(D - stock)+] for that count: the units a stock of `stock` leaves unserved.
double countShortfall(double mean, double variance, int stock);
// Variance per unit of a series' period-to-period noise: half the mean squared successive difference
// (von Neumann), which a slowly moving level barely affects, divided by the mean. About 1 for Poisson
// counts, more when sales come in large sizes. 0 with fewer than two points or no demand.
double successiveDispersion(const double *y, int n);
// Degrees of freedom of a variance estimated from y[0 .. n): Var(s²) / σ⁴ ≈ 2 / (n − 1) + excess
// kurtosis / n, read as a scaled χ² (2 / that). About n − 1 for normal-like noise, a few for sums of
// rare large orders, whose variance a few years of months estimate poorly. 0 with fewer than four points.
double varianceDegreesOfFreedom(const double *y, int n);
// P(D = k), k = 0 … cap − 1, of the count distribution of countQuantile averaged over its variance when
// that variance is only estimated (`df` degrees of freedom, variance × df / χ²_df, eight equally
// likely points): the predictive distribution, whose tails are longer than the plug-in one's.
std::vector<double> countPmfOverVariance(double mean, double variance, double df);
// countQuantile (nearest) and countLowerEnd of that averaged distribution, walked only as far as needed.
int countQuantileOverVariance(double mean, double variance, double df, double p);
int countLowerEndOverVariance(double mean, double variance, double df, double p);

} // namespace bva::forecast
