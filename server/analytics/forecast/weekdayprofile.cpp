#include "weekdayprofile.h"

#include "demandclass.h"

#include <algorithm>

namespace bva::forecast {

namespace {
constexpr int kMinWeeks = 8;
constexpr int kMinGroupSeries = 10;
constexpr double kDeadWeekday = 0.2;
} // namespace

WeekdayIndices weekdayIndices(const TimeSeries &s)
{
    WeekdayIndices out;
    if (s.frequency != Frequency::Daily || s.size() < 7 * kMinWeeks)
        return out;
    const int weeks = s.size() / 7;
    const int from = s.size() - 7 * weeks;
    std::array<double, 7> sum{}, ratio{}, ratioSq{};
    double total = 0.0;
    int used = 0;
    for (int w = 0; w < weeks; ++w) {
        double week = 0.0;
        for (int d = 0; d < 7; ++d)
            week += s.values[size_t(from + 7 * w + d)];
        if (!(week > 0))
            continue;
        ++used;
        total += week / 7.0;
        for (int d = 0; d < 7; ++d) {
            const int t = from + 7 * w + d;
            const auto j = size_t(s.dateAt(t).dayOfWeek() - 1);
            const double r = s.values[size_t(t)] / (week / 7.0);
            sum[j] += s.values[size_t(t)];
            ratio[j] += r;
            ratioSq[j] += r * r;
        }
    }
    if (used < kMinWeeks)
        return out;
    for (size_t j = 0; j < 7; ++j) {
        out.index[j] = sum[j] / total;
        const double mean = ratio[j] / used;
        const double var = std::max(0.0, (ratioSq[j] - used * mean * mean) / (used - 1));
        out.noise += var / used / 7.0;
    }
    out.ok = true;
    return out;
}

std::shared_ptr<const GroupWeekday> groupWeekday(const std::vector<TimeSeries> &series)
{
    std::vector<WeekdayIndices> own;
    for (const TimeSeries &s : series) {
        const DemandClass c = classifyDemand(s.values).demandClass;
        if (c != DemandClass::Smooth && c != DemandClass::Erratic)
            continue;
        WeekdayIndices o = weekdayIndices(s);
        if (o.ok)
            own.push_back(o);
    }
    if (int(own.size()) < kMinGroupSeries)
        return nullptr;
    auto g = std::make_shared<GroupWeekday>();
    g->series = int(own.size());
    for (const WeekdayIndices &o : own)
        for (size_t j = 0; j < 7; ++j)
            g->index[j] += o.index[j] / double(own.size());
    // τ²: the indices' mean squared distance from the group's less their noise (6 of 7 degrees of freedom:
    // the indices sum to 7).
    double excess = 0.0;
    for (const WeekdayIndices &o : own) {
        double d = 0.0;
        for (size_t j = 0; j < 7; ++j)
            d += (o.index[j] - g->index[j]) * (o.index[j] - g->index[j]) / 7.0;
        excess += (d - o.noise * 6.0 / 7.0) / double(own.size());
    }
    g->spread = std::max(0.0, excess);
    return g;
}

double ownWeekdayWeight(const WeekdayIndices &own, const GroupWeekday &group)
{
    return own.ok && group.spread + own.noise > 0 ? group.spread / (group.spread + own.noise) : 0.0;
}

std::array<double, 7> shrunkWeekday(const WeekdayIndices &own, const GroupWeekday &group)
{
    const double w = ownWeekdayWeight(own, group);
    std::array<double, 7> out{};
    double mean = 0.0;
    for (size_t j = 0; j < 7; ++j) {
        out[j] = std::max(0.05, w * own.index[j] + (1.0 - w) * group.index[j]);
        mean += out[j] / 7.0;
    }
    for (double &x : out)
        x /= mean;
    return out;
}

bool hasDeadWeekday(const std::array<double, 7> &index)
{
    return std::any_of(index.begin(), index.end(), [](double x) { return x < kDeadWeekday; });
}

} // namespace bva::forecast
