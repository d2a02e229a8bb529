// Prediction intervals calibrated on the rolling backtest (issue 22). A model's normal or count
// distribution is rarely the exact shape of its errors: a smooth item's whole units make a normal band
// cover more than its level, a lumpy item's sizes give a count distribution of the same mean and
// variance too thin a tail. Every forecast keeps the points of its own backtest (forecast, spread and
// what sold, all before the forecast origin); the forecasts of one shop, frequency and demand class
// pool them, and intervals are drawn at the nominal level whose intervals covered the requested share
// of those points. The held-out future is never looked at: only each series' own history.
#pragma once

#include <utility>
#include <vector>

namespace bva::forecast {

struct CalibrationPoint
{
    double mean = 0.0;
    double sd = 0.0;
    double actual = 0.0;
    bool counts = false;     // whole units: interval from a count distribution
    bool nonNegative = true; // demand: the lower bound stops at zero
    int ahead = 0;           // periods ahead of its backtest origin (1 …), 0 when unknown
};

// Central interval at `level` for a forecast of `mean` and `sd`: normal, or for counts (mean ≤ 200) the
// count distribution's nearest quantiles, from zero when zero lies inside the central interval anyway.
// With `varianceDf` > 0 the count distribution is averaged over its variance, estimated with that many
// degrees of freedom (countPmfOverVariance).
std::pair<double, double> predictionInterval(double mean, double sd, double level, bool counts,
                                             bool nonNegative, bool exactLower = false,
                                             double varianceDf = 0.0);

class IntervalCalibration
{
public:
    IntervalCalibration() = default; // identity: every level is used as asked

    // Needs at least kMinPoints points, else the identity. At most kMaxPoints are used (evenly spaced).
    static IntervalCalibration fit(const std::vector<CalibrationPoint> &points);
    // Share of the points inside their interval at `level`.
    static double coverage(const std::vector<CalibrationPoint> &points, double level);

    // The nominal level to draw so that `level` of the demand falls inside.
    double adjustedLevel(double level) const;
    // The same map with its normal quantiles rescaled so that `anchor` is drawn as asked: the shape of
    // the errors (how the 80% interval relates to the 95% one) without the backtest's width.
    IntervalCalibration shapeOnly(double anchor) const;
    bool isIdentity() const { return m_map.empty(); }
    int points() const { return m_points; }

    static constexpr int kMinPoints = 200;
    static constexpr int kMaxPoints = 2000;
    static constexpr double kPriorPoints = 50.0; // shrinks the correction toward none

private:
    std::vector<std::pair<double, double>> m_map; // (asked, drawn), ascending
    int m_points = 0;
};

} // namespace bva::forecast
