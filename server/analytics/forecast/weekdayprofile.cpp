#include "weekdayprofile.h"

#include "calendarevents.h"
#include "demandclass.h"

#include <algorithm>

namespace bva::forecast {

namespace {
constexpr int kMinWeeks = 8;
constexpr int kMinGroupSeries = 10;
constexpr double kDeadWeekday = 0.2;
} // namespace

WeekdayIndices weekdayIndices(const TimeSeries &s, int upTo)
{
    WeekdayIndices out;
    const int n = upTo < 0 ? s.size() : std::min(upTo, s.size());
    if (s.frequency != Frequency::Daily || n < 7 * kMinWeeks)
        return out;
    const int weeks = n / 7;
    const int from = n - 7 * weeks;
    // Event days (paydays, the day after, mega-sales) are left out: their lift is the event factors' to
    // learn, and counted here too it raised the weekday each fell on (a flat 20 read 21.8 on Fridays).
    const std::vector<bool> event = eventDays(s.start, n);
    const int firstDay = s.dateAt(from).dayOfWeek() - 1;
    std::array<double, 7> sum{}, base{}, ratio{}, ratioSq{};
    std::array<int, 7> count{};
    int used = 0;
    for (int w = 0; w < weeks; ++w) {
        double week = 0.0;
        int ordinary = 0;
        for (int d = 0; d < 7; ++d) {
            const auto t = size_t(from + 7 * w + d);
            if (!event[t]) {
                week += s.values[t];
                ++ordinary;
            }
        }
        if (ordinary < 4 || !(week > 0))
            continue;
        ++used;
        const double mean = week / ordinary;
        for (int d = 0; d < 7; ++d) {
            const auto t = size_t(from + 7 * w + d);
            if (event[t])
                continue;
            const auto j = size_t((firstDay + d) % 7);
            const double r = s.values[t] / mean;
            sum[j] += s.values[t];
            base[j] += mean;
            ratio[j] += r;
            ratioSq[j] += r * r;
            ++count[j];
        }
    }
    // Eight weeks, each weekday seen on six ordinary days at least (a short history loses a few to events).
    if (used < kMinWeeks || *std::min_element(count.begin(), count.end()) < kMinWeeks - 2)
        return out;
    double indexMean = 0.0;
    for (size_t j = 0; j < 7; ++j) {
        out.index[j] = sum[j] / base[j];
        indexMean += out.index[j] / 7.0;
        const int c = count[j];
        const double mean = ratio[j] / c;
        const double var = std::max(0.0, (ratioSq[j] - c * mean * mean) / (c - 1));
        out.noise += var / c / 7.0;
    }
    for (double &x : out.index)
        x /= indexMean;
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
