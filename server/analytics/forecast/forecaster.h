// Forecast one series: classify demand, learn calendar effects, pick a model per series by
// rolling-origin backtest among candidates that suit its demand class, and forecast with intervals.
#pragma once

#include "backtestgroup.h"
#include "calendarevents.h"
#include "demandclass.h"
#include "intervalcalibration.h"
#include "model.h"
#include "timeseries.h"
#include "weekdayprofile.h"

#include <QString>
#include <array>
#include <limits>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace bva::forecast {

// Month-of-year indices pooled over the monthly series of one run (a file's series): group seasonal
// indices (Withycombe 1989; Chen & Boylan 2007). Three years give a series three samples of each
// month, too few for its own indices; the group's are shared, and a series' own indices are shrunk
// toward them by how much the series' true indices vary around the group's (`spread`, estimated
// over the group, Efron & Morris) against the noise of its own (issue 22).
struct GroupSeason
{
    // A month's per-day rate over its series' mean rate, January first; mean 1.
    std::array<double, 12> index{};
    // Series share the cycle's shape more than its size: a series' amplitude is its indices' least-squares
    // multiple of the group's deviations from 1, which one number estimates far more steadily than twelve
    // indices. Shrunk toward 1 by amplitudeSpread (between-series variance of the true amplitudes)
    // against its noise (the indices' noise / shapeSize).
    double amplitudeSpread = 0.0;
    double shapeSize = 0.0; // Σ (index − 1)²
    double spread = 0.0;    // between-series variance of the true indices around their scaled group's (τ²)
    int series = 0;         // how many series it pools
};

// The group indices of the monthly series with at least two whole years and some demand; null when
// fewer than 10 such series.
std::shared_ptr<const GroupSeason> groupSeason(const std::vector<TimeSeries> &series);

struct ForecastOptions
{
    int horizon = 28;
    double level = 0.95;      // central prediction interval
    bool learnEvents = true;  // daily series only
    EventToggles applyEvents; // which learned effects shape the future
    EventFactors eventPrior;  // shrink target for thin evidence (shop-wide factors)
    std::optional<ModelSpec> forceModel;
    // Monthly histories under five years are seasonally adjusted by these (shrunk toward a series'
    // own indices as GroupSeason says) before their models are fitted.
    std::shared_ptr<const GroupSeason> groupSeason;
    // Daily regular series are divided by their weekday indices shrunk toward these before their models
    // are fitted (weekdayprofile.h).
    std::shared_ptr<const GroupWeekday> groupWeekday;
    // The same two learned from the days before a date, for the rolling backtest (its first origin's past
    // only). Null: the backtest shrinks toward groupWeekday and eventPrior (a lone series has no group).
    std::shared_ptr<const BacktestGroup> backtestGroup;
};

struct CandidateScore
{
    ModelSpec model;
    double mase = std::numeric_limits<double>::quiet_NaN();
    double rmsse = std::numeric_limits<double>::quiet_NaN();
    double score = std::numeric_limits<double>::infinity(); // lower is better
};

struct SeriesForecast
{
    ModelSpec model;                    // the best single model (first of the combination)
    std::vector<ModelSpec> combination; // when not empty: the forecast is the weighted mean of these
    std::vector<double> weights;        // one per model of the forecast, sum 1
    CandidateScore combinedScore;       // backtest of the combination
    QString parameters;
    DemandProfile profile;
    Frequency frequency = Frequency::Daily;
    EventFactors events;
    double seasonWeight = -1.0;   // seasonally adjusted by GroupSeason: the own indices' weight; else -1
    double seasonAmplitude = 1.0; // … and the group cycle's size for this series (1: the group's)
    // Daily regular series with a year of history: the mean of its last kLongRunDays days, which
    // shrinkLevels pulls the forecast's level toward; 0 otherwise. levelFactor: what that multiplied by.
    double longRunMean = 0.0;
    double levelFactor = 1.0;
    std::vector<double> mean; // one per future period, never negative for demand
    std::vector<double> lower;
    std::vector<double> upper;
    std::vector<double> sd;  // forecast standard deviation per period
    bool nonNegative = true; // demand: intervals stop at zero
    // Whole units (daily intermittent and lumpy items, monthly sums): intervals from a count distribution.
    bool counts = false;
    // Count intervals whose lower end leaves exactly (1 − level) / 2 below (predictionInterval).
    bool exactLower = false;
    // Monthly sums under five years: their variance is estimated from the history with this many degrees
    // of freedom (varianceDegreesOfFreedom), and count intervals average over it; 0: taken as known.
    double varianceDf = 0.0;
    // With daily counts: P(size = k) of a day's sale (sizeDistribution of the history), for the restock
    // planner's occurrence × size lead-time demand (compounddemand.h).
    std::vector<double> sizePmf;
    std::vector<CandidateScore> candidates;
    bool backtested = false;
    int backtestOrigins = 0;
    // The forecast's own backtest (what it said, its spread, what sold) until calibrateIntervals()
    // pools it; then the pooled calibration that interval() applies (null: the model's own levels).
    std::vector<CalibrationPoint> backtestPoints;
    std::shared_ptr<const IntervalCalibration> calibration;

    // Central prediction interval of period k (0-based) at `level` (0.95 = 95%).
    std::pair<double, double> interval(int k, double level) const;

    const CandidateScore *scoreOf(const ModelSpec &spec) const;
    QString modelName() const; // "ETS(A,Ad,A)", "Mean(ETS(A,Ad,A)+SNaive)" or "Weighted(…)"
    // Why this model, in words a seller can follow.
    QString reason() const;
};

// `weekdayAdjusted`: a daily regular series divided by its weekday indices (ForecastOptions::groupWeekday).
std::vector<ModelSpec> candidateModels(Frequency f, const DemandProfile &profile, int n, bool positive,
                                       bool weekdayAdjusted = false);
SeriesForecast forecastSeries(const TimeSeries &series, const ForecastOptions &options);

// Pools the backtest points of the forecasts that share a frequency and demand class (a shop's
// products, a file's series), fits one IntervalCalibration per pool and redraws each forecast's
// lower/upper at `level` with it. Groups with too few points keep the models' own intervals.
void calibrateIntervals(std::vector<SeriesForecast> &forecasts, double level);

} // namespace bva::forecast
