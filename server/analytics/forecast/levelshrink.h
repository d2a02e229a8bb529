// A busy daily item's level read from its last weeks is noisy (its days vary by half their mean); its year of
// history knows its long-run level far better, and the run's other items know how far a level stands from its
// long-run one at this time of year (a shop's season and trend). Each daily regular forecast's level is
// pulled halfway toward its long-run level times the run's typical ratio, by at most 10% (issue 22, daily
// smooth: MASE 0.2-0.6% lower on seven 200-SKU sets, docs/forecasting.md).
#pragma once

#include <vector>

namespace bva::forecast {

struct SeriesForecast;

// Days of history a forecast needs for its long-run level (SeriesForecast::longRunMean): 52 whole weeks.
inline constexpr int kLongRunDays = 364;

// Over the run's daily smooth and erratic forecasts with a long-run level (at least 10 of them): each one's
// mean and spread scaled by exp(clamp(0.5 (μ − d), ±0.1)), d the log of its mean over the horizon to its
// long-run level and μ the median of d over them; its interval redrawn at `level`. A forecast whose d lies
// over four robust standard deviations from μ (a growing or dying product) is left alone. Call before
// calibrateIntervals. Fewer than 10: unchanged.
void shrinkLevels(std::vector<SeriesForecast> &forecasts, double level);

} // namespace bva::forecast
