#include "intervalcalibration.h"

#include "stats.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace bva::forecast {

std::pair<double, double> predictionInterval(double mean, double sd, double level, bool counts,
                                             bool nonNegative, bool exactLower, double varianceDf)
{
    // Counts: the central interval, or from zero to the level's quantile when zero is inside anyway
    // (the narrowest interval holding `level` of a slow item's demand). Nearest quantiles: with one or
    // two units a day, always rounding outward covered 87% at 80%. Large means are normal enough.
    if (counts && mean <= 200.0) {
        const double v = sd * sd;
        if (varianceDf > 0.0) {
            const int lo = exactLower ? countLowerEndOverVariance(mean, v, varianceDf, (1.0 - level) / 2.0)
                                      : countQuantileOverVariance(mean, v, varianceDf, (1.0 - level) / 2.0);
            const int hi =
                countQuantileOverVariance(mean, v, varianceDf, lo == 0 ? level : (1.0 + level) / 2.0);
            return {double(lo), double(hi)};
        }
        const int lo = exactLower ? countLowerEnd(mean, v, (1.0 - level) / 2.0)
                                  : countQuantile(mean, v, (1.0 - level) / 2.0, true);
        const int hi = countQuantile(mean, v, lo == 0 ? level : (1.0 + level) / 2.0, true);
        return {double(lo), double(hi)};
    }
    const double z = normalQuantile(0.5 + level / 2.0);
    return {nonNegative ? std::max(0.0, mean - z * sd) : mean - z * sd, mean + z * sd};
}

double IntervalCalibration::coverage(const std::vector<CalibrationPoint> &points, double level)
{
    if (points.empty())
        return 0.0;
    int inside = 0;
    for (const CalibrationPoint &p : points) {
        const auto [lo, hi] = predictionInterval(p.mean, p.sd, level, p.counts, p.nonNegative);
        inside += p.actual >= lo && p.actual <= hi ? 1 : 0;
    }
    return double(inside) / double(points.size());
}

IntervalCalibration IntervalCalibration::fit(const std::vector<CalibrationPoint> &all)
{
    IntervalCalibration c;
    if (int(all.size()) < kMinPoints)
        return c;
    std::vector<CalibrationPoint> points;
    const double stride = std::max(1.0, double(all.size()) / kMaxPoints);
    for (double i = 0; size_t(i) < all.size(); i += stride)
        points.push_back(all[size_t(i)]);
    c.m_points = int(points.size());
    // Shrunk toward no correction: a few hundred points still leave a few points of coverage to chance.
    const double w = points.size() / (points.size() + kPriorPoints);
    static constexpr std::array<double, 9> grid{0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 0.99};
    double previous = 0.0;
    for (double asked : grid) {
        // Coverage grows with the level drawn: the smallest level that covers `asked` of the points.
        double lo = 0.01, hi = 0.999;
        if (coverage(points, hi) < asked) {
            lo = hi;
        } else if (coverage(points, lo) >= asked) {
            hi = lo;
        } else {
            for (int it = 0; it < 16; ++it) {
                const double mid = 0.5 * (lo + hi);
                (coverage(points, mid) >= asked ? hi : lo) = mid;
            }
        }
        const double drawn = std::max(previous, asked + w * (hi - asked));
        c.m_map.emplace_back(asked, drawn);
        previous = drawn;
    }
    return c;
}

IntervalCalibration IntervalCalibration::shapeOnly(double anchor) const
{
    IntervalCalibration c = *this;
    const double drawn = adjustedLevel(anchor);
    if (m_map.empty() || !(drawn > 0.0 && drawn < 1.0))
        return c;
    // Central normal intervals: a level's half-width is its quantile z(0.5 + level / 2).
    const double scale = normalQuantile(0.5 + anchor / 2.0) / normalQuantile(0.5 + drawn / 2.0);
    for (auto &[asked, level] : c.m_map)
        level = std::clamp(2.0 * normalCdf(scale * normalQuantile(0.5 + level / 2.0)) - 1.0, 0.01, 0.9999);
    return c;
}

double IntervalCalibration::adjustedLevel(double level) const
{
    if (m_map.empty() || !(level > 0.0 && level < 1.0))
        return level;
    const auto &first = m_map.front();
    const auto &last = m_map.back();
    if (level <= first.first)
        return level * first.second / first.first;
    if (level >= last.first) // keep the tail's ratio of misses
        return std::min(0.9999, 1.0 - (1.0 - level) * (1.0 - last.second) / (1.0 - last.first));
    for (size_t i = 1; i < m_map.size(); ++i) {
        if (level <= m_map[i].first) {
            const auto &[a0, d0] = m_map[i - 1];
            const auto &[a1, d1] = m_map[i];
            return d0 + (d1 - d0) * (level - a0) / (a1 - a0);
        }
    }
    return level;
}

} // namespace bva::forecast
