#include "levelshrink.h"

#include "forecaster.h"

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace bva::forecast {

namespace {

constexpr double kOwnWeight = 0.5;
constexpr double kMaxShift = 0.1; // in log: a trending item's own level stays within 10%
constexpr int kMinGroup = 10;
constexpr double kOutlier = 4.0;    // robust standard deviations from the group's typical deviation
constexpr double kMadToSd = 1.4826; // a normal's standard deviation over its median absolute deviation

double median(std::vector<double> v)
{
    const auto mid = v.begin() + ptrdiff_t(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    if (v.size() % 2)
        return *mid;
    return 0.5 * (*mid + *std::max_element(v.begin(), mid));
}

// log(forecast mean over the horizon / long-run level), NaN where the forecast takes no part.
double deviation(const SeriesForecast &f)
{
    const bool regular =
        f.profile.demandClass == DemandClass::Smooth || f.profile.demandClass == DemandClass::Erratic;
    if (f.frequency != Frequency::Daily || !regular || !(f.longRunMean > 0.0) || f.mean.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const double level = std::accumulate(f.mean.begin(), f.mean.end(), 0.0) / double(f.mean.size());
    return level > 0.0 ? std::log(level / f.longRunMean) : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

void shrinkLevels(std::vector<SeriesForecast> &forecasts, double level)
{
    std::vector<double> d(forecasts.size());
    std::vector<double> finite;
    for (size_t i = 0; i < forecasts.size(); ++i) {
        d[i] = deviation(forecasts[i]);
        if (std::isfinite(d[i]))
            finite.push_back(d[i]);
    }
    if (int(finite.size()) < kMinGroup)
        return;
    // The group's typical deviation and spread, robustly: a shop's growing and dying products stand far
    // out, and their levels are their own (their long-run mean is no anchor); they are left alone.
    const double typical = median(finite);
    for (double &x : finite)
        x = std::abs(x - typical);
    const double spread = kMadToSd * median(finite);
    for (size_t i = 0; i < forecasts.size(); ++i) {
        if (!std::isfinite(d[i]) || std::abs(d[i] - typical) > kOutlier * spread)
            continue;
        SeriesForecast &f = forecasts[i];
        const double shift = std::clamp((1.0 - kOwnWeight) * (typical - d[i]), -kMaxShift, kMaxShift);
        const double factor = std::exp(shift);
        f.levelFactor = factor;
        for (size_t k = 0; k < f.mean.size(); ++k) {
            f.mean[k] *= factor;
            f.sd[k] *= factor;
            std::tie(f.lower[k], f.upper[k]) = f.interval(int(k), level);
        }
        f.parameters += u" level*"_s + QString::number(factor, 'f', 3);
    }
}

} // namespace bva::forecast
