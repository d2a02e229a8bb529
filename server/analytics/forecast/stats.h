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
