// Weekday profiles of daily regular demand pooled over a run's series (a shop's products, a file's
// series): a year gives each weekday 52 noisy samples, and ETS's additive weekday states, smoothed
// toward the last few weeks, learn still more noise. Products share the shape of a week (shoppers'
// habits) far more than their noise suggests, so a series' own weekday indices are shrunk toward the
// group's by how much true indices vary between the series (`spread`, estimated over the group) against
// the noise of its own (Efron & Morris; the monthly GroupSeason does the same for months; issue 22).
#pragma once

#include "timeseries.h"

#include <array>
#include <memory>
#include <vector>

namespace bva::forecast {

// A daily series' weekday indices (ratio of a weekday to its week's mean, summed over whole weeks, event
// days left out) and their noise (variance of the weekly ratios over the number of weeks, averaged over
// the weekdays).
struct WeekdayIndices
{
    std::array<double, 7> index{}; // by QDate::dayOfWeek − 1 (Monday first); mean 1
    double noise = 0.0;
    bool ok = false; // at least 8 whole weeks with demand (6 ordinary days of each weekday)
};

// From the first `upTo` days only when given (a backtest's origin: what it may know).
WeekdayIndices weekdayIndices(const TimeSeries &daily, int upTo = -1);

struct GroupWeekday
{
    std::array<double, 7> index{}; // mean of the series' indices
    double spread = 0.0;           // between-series variance of the true indices around the group's (τ²)
    int series = 0;
};

// Pooled over the regular (smooth, erratic) daily series that have `ok` indices; null when fewer than 10.
std::shared_ptr<const GroupWeekday> groupWeekday(const std::vector<TimeSeries> &series);

// The weight of a series' own indices against the group's: τ² / (τ² + noise), 0 when it has none.
double ownWeekdayWeight(const WeekdayIndices &own, const GroupWeekday &group);
// The series' indices shrunk toward the group's by that weight, mean 1.
std::array<double, 7> shrunkWeekday(const WeekdayIndices &own, const GroupWeekday &group);
// True when a weekday sells under a fifth of an average day: dividing by such an index multiplies
// that day's few sales (and their noise) five times or more.
bool hasDeadWeekday(const std::array<double, 7> &index);

} // namespace bva::forecast
