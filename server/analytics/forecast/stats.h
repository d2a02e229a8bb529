// Normal distribution helpers for intervals, service levels and expected sales.
#pragma once

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

} // namespace bva::forecast
