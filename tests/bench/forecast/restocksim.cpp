#include "restocksim.h"

#include "analytics/forecast/compounddemand.h"
#include "analytics/forecast/forecaster.h"
#include "analytics/forecast/inventorymath.h"
#include "analytics/forecast/restockplanner.h"
#include "retaildemand.h"

#include <QtConcurrent>
#include <cmath>
#include <deque>

using namespace Qt::StringLiterals;
using namespace bva::forecast;

namespace {

struct Outcome
{
    double demand = 0.0;
    double served = 0.0;
    double stockDays = 0.0; // sum of end-of-day stock
    int days = 0;
    int orders = 0; // orders placed
};

// One SKU under one policy: start stocked to the plan's order-up-to level, then every day receive
// what lands, sell what is asked (unserved demand is lost, as on a marketplace), and order what the
// plan recommends whenever stock plus orders falls below its reorder point.
enum class Policy { NormalCycle, CountsCycle, NormalFill, CountsFill, CompoundCycle, CompoundFill, ByClass };

const char *policyName(Policy p)
{
    switch (p) {
    case Policy::NormalCycle:
        return "today: normal, cycle service";
    case Policy::CountsCycle:
        return "counts, cycle service";
    case Policy::NormalFill:
        return "normal, fill rate";
    case Policy::CountsFill:
        return "counts, fill rate";
    case Policy::CompoundCycle:
        return "compound, cycle service";
    case Policy::CompoundFill:
        return "compound, fill rate";
    case Policy::ByClass:
        return "by demand class (the default)";
    }
    return "";
}

// The forecasts a SKU's plans read, redone every `replanEvery` days from the history to date: the same
// under every policy and level, so they are made once per SKU.
struct Forecasts
{
    std::vector<SeriesForecast> at;         // the k-th from day history + k × replanEvery
    std::vector<std::vector<double>> sizes; // sizeDistribution of the history to that day (slow items)
};

Forecasts forecastsFor(const RetailSeries &s, QDate start, int history, const RestockSimOptions &o)
{
    Forecasts r;
    for (int t = history; t < history + o.days; t += o.replanEvery) {
        TimeSeries ts;
        ts.start = start;
        ts.values.assign(s.units.begin(), s.units.begin() + t);
        ForecastOptions fo;
        fo.horizon = o.leadTime + o.horizon + o.replanEvery;
        r.at.push_back(forecastSeries(ts, fo));
        r.sizes.push_back(r.at.back().sizePmf.empty() ? std::vector<double>{} : sizeDistribution(ts.values));
    }
    return r;
}

Outcome simulate(const RetailSeries &s, const Forecasts &fc, int history, const RestockSimOptions &o,
                 double level, Policy policy)
{
    RestockSettings st;
    st.budgetMinor = std::numeric_limits<qint64>::max() / 4;
    st.leadTimeDays = o.leadTime;
    st.horizonDays = o.horizon;
    st.serviceLevel = level;
    // ByClass is what the service plans with: compound lead-time demand for count forecasts, the
    // service level read per demand class (RestockSettings::ServiceMeasure::ByDemandClass).
    const bool compound =
        policy == Policy::CompoundCycle || policy == Policy::CompoundFill || policy == Policy::ByClass;
    st.serviceMeasure = RestockSettings::ServiceMeasure::CycleService;
    if (policy == Policy::NormalFill || policy == Policy::CountsFill || policy == Policy::CompoundFill)
        st.serviceMeasure = RestockSettings::ServiceMeasure::FillRate;
    if (policy == Policy::ByClass)
        st.serviceMeasure = RestockSettings::ServiceMeasure::ByDemandClass;
    RestockInput in;
    in.productExternalId = s.name;
    in.priceMinor = 200;
    in.costMinor = 100;
    SeriesForecast f;
    int forecastDay = -1;
    std::deque<std::pair<int, qint64>> arrivals; // day it lands, units
    Outcome r;
    double stock = -1.0;
    for (int t = history; t < history + o.days; ++t) {
        if (forecastDay < 0 || t - forecastDay >= o.replanEvery) {
            const auto k = size_t((t - history) / o.replanEvery);
            f = fc.at[k];
            forecastDay = t;
            if (compound && !f.sizePmf.empty()) // slow daily items in whole units
                in.sizePmf = fc.sizes[k];
            in.demandClass = f.profile.demandClass;
        }
        const auto from = f.mean.begin() + (t - forecastDay);
        in.dailyMean.assign(from, f.mean.end());
        if (o.oracleMean)
            for (size_t k = 0; k < in.dailyMean.size(); ++k)
                in.dailyMean[k] = s.mean[std::min(s.mean.size() - 1, size_t(t) + k)];
        in.dailySd.assign(f.sd.begin() + (t - forecastDay), f.sd.end());
        in.countDemand =
            (policy == Policy::CountsFill || policy == Policy::CountsCycle || compound) && !f.sizePmf.empty();
        while (!arrivals.empty() && arrivals.front().first <= t) {
            stock += double(arrivals.front().second);
            arrivals.pop_front();
        }
        qint64 onOrder = 0;
        for (const auto &a : arrivals)
            onOrder += a.second;
        in.onOrder = int(onOrder);
        if (stock < 0.0) { // day one: stocked to the plan's order-up-to level, under every policy
            in.stock = 0;
            const RestockLine line = planRestock({in}, st).lines.front();
            // Not the order from an empty shelf: a policy that does not make up lost sales orders the
            // order-up-to level less the lead-time demand, and started lumpy SKUs that much lower than
            // the normal policy (docs/BENCHMARKS.md, tenth restock round).
            stock = double(roundToOrder(line.coverDemand + line.safetyStock, in.minimumOrder, in.packSize));
        }
        in.stock = int(stock);
        const RestockLine line = planRestock({in}, st).lines.front();
        if (line.atRisk && line.plannedQty > 0) {
            arrivals.emplace_back(t + o.leadTime, line.plannedQty);
            ++r.orders;
        }
        const double demand = s.units[size_t(t)];
        const double served = std::min(stock, demand);
        stock -= served;
        r.demand += demand;
        r.served += served;
        r.stockDays += stock;
        ++r.days;
    }
    return r;
}

struct Result
{
    double fill = 1.0;     // units served / units asked
    double avgStock = 0.0; // mean end-of-day units on hand per SKU
    double orders = 0.0;   // orders placed per SKU
};

Result runGroup(const std::vector<const RetailSeries *> &group,
                const std::map<const RetailSeries *, Forecasts> &forecasts, int history,
                const RestockSimOptions &o, double level, Policy policy)
{
    const std::vector<Outcome> rs = QtConcurrent::blockingMapped(group, [&](const RetailSeries *s) {
        return simulate(*s, forecasts.at(s), history, o, level, policy);
    });
    Outcome sum;
    for (const Outcome &r : rs) {
        sum.demand += r.demand;
        sum.served += r.served;
        sum.stockDays += r.stockDays;
        sum.days += r.days;
        sum.orders += r.orders;
    }
    Result r;
    r.fill = sum.demand > 0 ? sum.served / sum.demand : 1.0;
    r.avgStock = sum.days > 0 ? sum.stockDays / sum.days : 0.0;
    r.orders = rs.empty() ? 0.0 : double(sum.orders) / double(rs.size());
    return r;
}

} // namespace

int runRestockSimulation(const RestockSimOptions &o, QTextStream &out)
{
    const QDate start(2025, 1, 1);
    const int history = 365;
    const auto data = retailDemand(o.perClass, history + o.days, start, 0, history, o.seed);
    std::vector<const RetailSeries *> simulated;
    for (const RetailSeries &s : data)
        if (!o.onlyClass || s.demandClass == *o.onlyClass)
            simulated.push_back(&s);
    std::vector<Forecasts> made = QtConcurrent::blockingMapped(
        simulated, [&](const RetailSeries *s) { return forecastsFor(*s, start, history, o); });
    std::map<const RetailSeries *, Forecasts> forecasts;
    for (size_t i = 0; i < simulated.size(); ++i)
        forecasts.emplace(simulated[i], std::move(made[i]));
    out << "restock simulation: " << simulated.size() << " SKUs, a year of history, " << o.days
        << " held-out days, lead time " << o.leadTime << " d, cover " << o.horizon
        << " d after arrival, forecast every " << o.replanEvery << " d, plan every day"
        << (o.oracleMean ? ", planned from the generator's expected demand" : "") << "\n";
    out << "class         level  policy                        fill rate  (target)  avg stock  vs today  "
           "orders/SKU\n";
    const auto row = [&](DemandClass c, double level, const char *policy, const Result &r,
                         double normalStock) {
        out << QString::asprintf(
            "%-13s %4.1f%%  %-29s %8.1f%%  %7.0f%%  %9.2f  %-8s  %10.2f\n", qPrintable(demandClassKey(c)),
            100 * level, policy, 100 * r.fill, 100 * level, r.avgStock,
            normalStock > 0 ? qPrintable(QString::asprintf("%+.1f%%", 100 * (r.avgStock / normalStock - 1)))
                            : "",
            r.orders);
    };
    for (double level : o.levels) {
        for (DemandClass c : {DemandClass::Smooth, DemandClass::Intermittent, DemandClass::Lumpy}) {
            if (o.onlyClass && c != *o.onlyClass)
                continue;
            std::vector<const RetailSeries *> group;
            for (const RetailSeries *s : simulated)
                if (s->demandClass == c)
                    group.push_back(s);
            double normalStock = 0.0;
            std::vector<Policy> policies{Policy::NormalCycle, Policy::CountsCycle,   Policy::NormalFill,
                                         Policy::CountsFill,  Policy::CompoundCycle, Policy::CompoundFill,
                                         Policy::ByClass};
            if (o.defaultOnly)
                policies = {Policy::NormalCycle, Policy::ByClass};
            for (Policy policy : policies) {
                const Result r = runGroup(group, forecasts, history, o, level, policy);
                row(c, level, policyName(policy), r, policy == Policy::NormalCycle ? 0.0 : normalStock);
                if (policy == Policy::NormalCycle)
                    normalStock = r.avgStock;
                if (policy != Policy::ByClass || !o.matched)
                    continue;
                // Today's policy where it fills as much as the default: the smallest level at which it
                // does, by bisection (its fill rises with the level), and its stock interpolated to the
                // default's fill between that level and the last one below.
                double lo = 0.5, hi = 0.999;
                Result below = runGroup(group, forecasts, history, o, lo, Policy::NormalCycle);
                Result above = below;
                if (below.fill < r.fill) {
                    above = runGroup(group, forecasts, history, o, hi, Policy::NormalCycle);
                    for (int step = 0; step < 8 && above.fill >= r.fill; ++step) {
                        const double mid = (lo + hi) / 2;
                        const Result m = runGroup(group, forecasts, history, o, mid, Policy::NormalCycle);
                        (m.fill < r.fill ? lo : hi) = mid;
                        (m.fill < r.fill ? below : above) = m;
                    }
                }
                row(c, below.fill >= r.fill ? lo : hi, "today's, at least that fill", above, 0.0);
                if (below.fill < r.fill && above.fill >= r.fill) {
                    const double w = (r.fill - below.fill) / (above.fill - below.fill);
                    const double same = below.avgStock + w * (above.avgStock - below.avgStock);
                    out << QString::asprintf(
                        "%-13s %4.1f%%  %-29s %8.1f%%  %7s   %9.2f  %+.1f%%  (the default vs that)\n",
                        qPrintable(demandClassKey(c)), 100 * level, "today's at the default's fill",
                        100 * r.fill, "", same, 100 * (r.avgStock / same - 1));
                }
            }
        }
    }
    return 0;
}
