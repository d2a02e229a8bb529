#include "forecaster.h"

#include "accuracy.h"
#include "compounddemand.h"
#include "levelshrink.h"
#include "stats.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>

using namespace Qt::StringLiterals;

namespace bva::forecast {

namespace {

ModelSpec ets(Trend t, Season s)
{
    return {ModelFamily::Ets, t, s};
}

struct Backtest
{
    int start = 0; // first origin; models are fitted on y[0..start)
    int horizon = 0;
    int step = 1;
    int origins = 0;
};

Backtest planBacktest(int n, int m, Frequency f, int horizon)
{
    Backtest b;
    const bool daily = f == Frequency::Daily;
    b.horizon = std::clamp(horizon, 1, daily ? 2 * m : m);
    b.step = daily ? m : 1;
    const int minTrain = 2 * m + 2;
    // Short histories (three years of months) test a shorter horizon rather than not at all.
    for (const int horizon : {b.horizon, std::min(b.horizon, std::max(3, m / 4))}) {
        for (int origins = daily ? 3 : 6; origins >= (horizon == b.horizon ? 1 : 3); --origins) {
            const int start = n - horizon - (origins - 1) * b.step;
            if (start >= minTrain) {
                b.horizon = horizon;
                b.start = start;
                b.origins = origins;
                return b;
            }
        }
    }
    return b;
}

// Forecasts from every origin with fixed parameters (the state is fed the actuals as it goes),
// flattened origin by origin; `actual` receives the matching observations.
std::vector<double> runBacktest(Model &model, const std::vector<double> &adj, const std::vector<double> &y,
                                const std::vector<double> &mult, const Backtest &b, bool nonNegative,
                                std::vector<double> *actual)
{
    std::vector<double> out;
    std::vector<double> buf(size_t(b.horizon));
    if (actual)
        actual->clear();
    model.reset();
    const int n = int(y.size());
    for (int t = 0; t < n; ++t) {
        if (t >= b.start && (t - b.start) % b.step == 0 && t + b.horizon <= n) {
            model.forecast(b.horizon, buf.data());
            for (int k = 0; k < b.horizon; ++k) {
                double f = buf[size_t(k)] * mult[size_t(t + k)];
                if (nonNegative)
                    f = std::max(0.0, f);
                out.push_back(f);
                if (actual)
                    actual->push_back(y[size_t(t + k)]);
            }
        }
        model.update(adj[size_t(t)]);
    }
    return out;
}

CandidateScore scoreForecasts(const ModelSpec &spec, const std::vector<double> &f,
                              const std::vector<double> &actual, const ErrorScale &scale)
{
    CandidateScore c;
    c.model = spec;
    if (f.empty())
        return c;
    double ae = 0.0, se = 0.0;
    for (size_t i = 0; i < f.size(); ++i) {
        const double e = actual[i] - f[i];
        ae += std::abs(e);
        se += e * e;
    }
    const double mae = ae / double(f.size()), mse = se / double(f.size());
    c.mase = scale.mae > 0 ? mae / scale.mae : std::numeric_limits<double>::quiet_NaN();
    c.rmsse = scale.mse > 0 ? std::sqrt(mse / scale.mse) : std::numeric_limits<double>::quiet_NaN();
    c.score = scale.mae > 0 && scale.mse > 0 ? 0.5 * (c.mase + c.rmsse) : mae + std::sqrt(mse);
    return c;
}

double residualSigma(Model &model, const std::vector<double> &y)
{
    double ss = 0.0, f = 0.0;
    model.reset();
    for (double v : y) {
        model.forecast(1, &f);
        ss += (v - f) * (v - f);
        model.update(v);
    }
    return y.size() > 1 ? std::sqrt(ss / double(y.size() - 1 - model.parameterCount())) : 0.0;
}

ModelSpec fallbackModel(const DemandProfile &p, int n, int m)
{
    switch (p.demandClass) {
    case DemandClass::NoDemand:
        return {ModelFamily::SeasonalNaive};
    case DemandClass::Intermittent:
    case DemandClass::Lumpy:
        return {ModelFamily::Sba};
    default:
        return n >= 2 * m ? ets(Trend::None, Season::Additive) : ets(Trend::None, Season::None);
    }
}

constexpr int kMinGroupSeries = 10;
// Successive dispersion (variance per unit) up to which a monthly sum counts as Poisson-like: sales of
// one unit at a time, with an occasional second.
constexpr double kPoissonLikeDispersion = 1.5;

bool isSlow(DemandClass c)
{
    return c == DemandClass::Intermittent || c == DemandClass::Lumpy;
}

// Month of year (0: January) of a monthly series' period t, without a QDate per period.
size_t monthOf(const TimeSeries &s, int t)
{
    return size_t((s.start.month() - 1 + t) % 12);
}

// Period t's days over the mean month's (365.25 / 12). Month indices are learned on per-day rates: the
// month lengths are the calendar's, the same for every series, so a series' amplitude must scale only
// the yearly cycle on top of them (issue 22: scaled with it, a smooth series without a cycle had a
// February well above its 28 days).
double monthLength(const TimeSeries &s, int t)
{
    static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int k = s.start.month() - 1 + t;
    const size_t month = size_t(k % 12);
    const int leap = month == 1 && QDate::isLeapYear(s.start.year() + k / 12) ? 1 : 0;
    return (days[month] + leap) / (365.25 / 12.0);
}

// A monthly series' own month-of-year indices over its last whole years (ratio of each month's per-day rate
// to the mean rate of those years, averaged by calendar month) and their noise: the variance of a month's
// ratios across the years over the number of years, averaged over the months. Not `ok` under two whole years
// or without demand.
struct OwnSeason
{
    std::array<double, 12> index{};
    double noise = 0.0;
    bool ok = false;
};

OwnSeason ownSeason(const TimeSeries &s)
{
    OwnSeason out;
    const int years = s.size() / 12;
    if (s.frequency != Frequency::Monthly || years < 2)
        return out;
    const int from = s.size() - 12 * years;
    double mean = 0.0;
    for (int t = from; t < s.size(); ++t)
        mean += s.values[size_t(t)] / monthLength(s, t) / (12.0 * years);
    if (!(mean > 0))
        return out;
    std::array<double, 12> sum{}, sumSq{};
    for (int t = from; t < s.size(); ++t) {
        const size_t month = monthOf(s, t);
        const double r = s.values[size_t(t)] / monthLength(s, t) / mean;
        sum[month] += r;
        sumSq[month] += r * r;
    }
    for (size_t j = 0; j < 12; ++j) {
        out.index[j] = sum[j] / years;
        const double var = std::max(0.0, (sumSq[j] - years * out.index[j] * out.index[j]) / (years - 1));
        out.noise += var / years / 12.0;
    }
    out.ok = true;
    return out;
}

// A series' amplitude of the group's cycle: its own indices' least-squares multiple of the group's
// deviations from 1 (1 when the group has no cycle).
double amplitudeOf(const OwnSeason &o, const GroupSeason &g)
{
    if (!(g.shapeSize > 0.0))
        return 1.0;
    double dot = 0.0;
    for (size_t j = 0; j < 12; ++j)
        dot += (o.index[j] - 1.0) * (g.index[j] - 1.0);
    return dot / g.shapeSize;
}

// The month indices a short monthly series is divided by: the group's cycle scaled by the series'
// amplitude (shrunk toward the group's), then the series' own indices mixed in by their evidence.
struct SeasonMix
{
    std::array<double, 12> index{};
    double weight = 0.0;    // the own indices'
    double amplitude = 1.0; // the group cycle's size for this series
};

SeasonMix mixedSeason(const OwnSeason &own, const GroupSeason &g)
{
    SeasonMix out;
    if (own.ok && g.shapeSize > 0.0) {
        const double noise = own.noise / g.shapeSize;
        const double wa =
            g.amplitudeSpread + noise > 0 ? g.amplitudeSpread / (g.amplitudeSpread + noise) : 0.0;
        out.amplitude = 1.0 + wa * (amplitudeOf(own, g) - 1.0);
    }
    out.weight = own.ok && g.spread + own.noise > 0 ? g.spread / (g.spread + own.noise) : 0.0;
    for (size_t j = 0; j < 12; ++j)
        out.index[j] = std::max(0.05, out.weight * own.index[j] +
                                          (1.0 - out.weight) * (1.0 + out.amplitude * (g.index[j] - 1.0)));
    return out;
}

// A short monthly series' backtest multipliers: the month indices it would have had at its first origin
// `start`, its own from the months before it mixed with `group` (learned from the same months; null: too
// few series then, its own alone, or none without two whole years).
std::vector<double> pastSeasonMultipliers(const TimeSeries &s, int start, const GroupSeason *group)
{
    TimeSeries before = s;
    before.values.resize(size_t(start));
    const OwnSeason own = ownSeason(before);
    std::array<double, 12> index{};
    index.fill(1.0);
    if (group)
        index = mixedSeason(own, *group).index;
    else if (own.ok)
        for (size_t j = 0; j < 12; ++j)
            index[j] = std::max(0.05, own.index[j]);
    std::vector<double> mult(size_t(s.size()));
    for (int t = 0; t < s.size(); ++t)
        mult[size_t(t)] = index[monthOf(s, t)] * monthLength(s, t);
    return mult;
}

} // namespace

std::shared_ptr<const GroupSeason> groupSeason(const std::vector<TimeSeries> &series)
{
    std::vector<OwnSeason> own;
    for (const TimeSeries &s : series) {
        OwnSeason o = ownSeason(s);
        if (o.ok)
            own.push_back(o);
    }
    if (int(own.size()) < kMinGroupSeries)
        return nullptr;
    auto g = std::make_shared<GroupSeason>();
    g->series = int(own.size());
    for (const OwnSeason &o : own)
        for (size_t j = 0; j < 12; ++j)
            g->index[j] += o.index[j] / double(own.size());
    for (double x : g->index)
        g->shapeSize += (x - 1.0) * (x - 1.0);
    // τ² of the amplitudes: their scatter around 1 less their noise; τ² of the indices: their scatter
    // around the group's scaled by each series' amplitude, less the noise (one of 12 degrees of freedom
    // spent on the amplitude).
    double amplitudeExcess = 0.0, excess = 0.0;
    for (const OwnSeason &o : own) {
        const double a = amplitudeOf(o, *g);
        if (g->shapeSize > 0.0)
            amplitudeExcess += ((a - 1.0) * (a - 1.0) - o.noise / g->shapeSize) / double(own.size());
        double d = 0.0;
        for (size_t j = 0; j < 12; ++j) {
            const double r = o.index[j] - 1.0 - a * (g->index[j] - 1.0);
            d += r * r / 12.0;
        }
        excess += (d - o.noise * 11.0 / 12.0) / double(own.size());
    }
    g->amplitudeSpread = std::max(0.0, amplitudeExcess);
    g->spread = std::max(0.0, excess);
    return g;
}

std::vector<ModelSpec> candidateModels(Frequency f, const DemandProfile &p, int n, bool positive,
                                       bool weekdayAdjusted)
{
    const int m = seasonLength(f);
    const bool seasonal = n >= 2 * m;
    std::vector<ModelSpec> c{{ModelFamily::SeasonalNaive}};
    const bool intermittent =
        p.demandClass == DemandClass::Intermittent || p.demandClass == DemandClass::Lumpy;
    if (p.demandClass == DemandClass::NoDemand)
        return c;
    if (f == Frequency::Daily) {
        if (intermittent) {
            c.push_back({ModelFamily::Croston});
            c.push_back({ModelFamily::Sba});
            c.push_back({ModelFamily::Tsb});
            if (seasonal) {
                c.push_back({ModelFamily::Adida});
                c.push_back({ModelFamily::Imapa});
            }
            if (seasonal && p.adi < 2.0)
                c.push_back(ets(Trend::None, Season::Additive));
        } else {
            c.push_back(ets(Trend::None, Season::None));
            if (seasonal)
                c.push_back(ets(Trend::None, Season::Additive));
            // Divided by its weekday indices, a series' damped trend needs no seasonal states of its own
            // (issue 22: AdN instead of AdA there, smooth 1.029 → 1.025 × the true demand's MASE).
            // And a level that reverts to the history's mean (meanlevel.h).
            if (weekdayAdjusted) {
                c.push_back(ets(Trend::Damped, Season::None));
                c.push_back({ModelFamily::MeanLevel});
            } else if (seasonal)
                c.push_back(ets(Trend::Damped, Season::Additive));
        }
        return c;
    }
    c.push_back(ets(Trend::None, Season::None));
    // Three years of months cannot tell a trend or a season from noise in a few short tests: the
    // backtest then mostly picks whichever overfitted luckily (issue 22, monthly retail sets). Such
    // histories are forecast by the mean of ETS(A,N,N) and iMAPA, the last two candidates here.
    if (n < 5 * m) {
        c.push_back({ModelFamily::Imapa});
        return c;
    }
    c.push_back(ets(Trend::Additive, Season::None));
    c.push_back(ets(Trend::Damped, Season::None));
    if (seasonal) {
        c.push_back(ets(Trend::None, Season::Additive));
        c.push_back(ets(Trend::Additive, Season::Additive));
        c.push_back(ets(Trend::Damped, Season::Additive));
        if (positive) {
            c.push_back(ets(Trend::None, Season::Multiplicative));
            c.push_back(ets(Trend::Damped, Season::Multiplicative));
        }
    }
    if (intermittent) {
        c.push_back({ModelFamily::Sba});
        c.push_back({ModelFamily::Tsb});
    }
    return c;
}

QString SeriesForecast::modelName() const
{
    if (combination.empty())
        return model.name();
    QStringList names;
    for (const ModelSpec &m : combination)
        names.append(m.name());
    const bool equal = std::all_of(weights.begin(), weights.end(),
                                   [&](double w) { return std::abs(w - weights.front()) < 1e-12; });
    return (equal ? u"Mean("_s : u"Weighted("_s) + names.join(u'+') + u')';
}

std::pair<double, double> SeriesForecast::interval(int k, double level) const
{
    const double drawn = calibration ? calibration->adjustedLevel(level) : level;
    return predictionInterval(mean[size_t(k)], sd[size_t(k)], drawn, counts, nonNegative, exactLower,
                              varianceDf);
}

const CandidateScore *SeriesForecast::scoreOf(const ModelSpec &spec) const
{
    for (const auto &c : candidates)
        if (c.model == spec)
            return &c;
    return nullptr;
}

QString SeriesForecast::reason() const
{
    const QString cls = demandClassLabel(profile.demandClass);
    if (profile.demandClass == DemandClass::NoDemand)
        return QCoreApplication::translate("bva::forecast",
                                           "No sales in the history, so no demand is expected.");
    QString text;
    const CandidateScore *chosen = combination.empty() ? scoreOf(model) : &combinedScore;
    const CandidateScore *naive = scoreOf({ModelFamily::SeasonalNaive});
    if (backtested && chosen && std::isfinite(chosen->mase)) {
        text = QCoreApplication::translate("bva::forecast",
                                           "%1 demand. %2 had the smallest error in %n test(s) on recent "
                                           "history (scaled error %3",
                                           nullptr, backtestOrigins)
                   .arg(cls, modelName(), QString::number(chosen->mase, 'f', 2));
        // A daily slow item never takes the seasonal naive (forecastSeries), even where it scored better.
        const bool naiveBetter =
            naive && naive != chosen && std::isfinite(naive->mase) && naive->mase < chosen->mase;
        if (naiveBetter && frequency == Frequency::Daily && isSlow(profile.demandClass))
            text += QCoreApplication::translate(
                        "bva::forecast", "; repeating the last season scored %1, but one week of sales "
                                         "says little about a slow item's average")
                        .arg(QString::number(naive->mase, 'f', 2));
        else if (naive && naive != chosen && std::isfinite(naive->mase))
            text += QCoreApplication::translate("bva::forecast",
                                                " versus %1 for simply repeating the last season")
                        .arg(QString::number(naive->mase, 'f', 2));
        text += u")."_s;
    } else {
        text = QCoreApplication::translate("bva::forecast", "%1 demand; the history is short, so %2 is used.")
                   .arg(cls, modelName());
    }
    if (std::abs(events.paydayFactor() - 1.0) >= 0.1)
        text += u' ' + QCoreApplication::translate("bva::forecast", "Paydays sell %1× a normal day.")
                           .arg(QString::number(events.paydayFactor(), 'f', 1));
    if (std::abs(events.megaSale - 1.0) >= 0.1)
        text += u' ' + QCoreApplication::translate("bva::forecast", "Mega-sale days sell %1× a normal day.")
                           .arg(QString::number(events.megaSale, 'f', 1));
    return text;
}

SeriesForecast forecastSeries(const TimeSeries &s, const ForecastOptions &o)
{
    SeriesForecast out;
    const int n = s.size();
    const int m = seasonLength(s.frequency);
    const int h = std::max(0, o.horizon);
    out.profile = classifyDemand(s.values);
    bool nonNegative = true, positive = n > 0;
    for (double v : s.values) {
        nonNegative = nonNegative && v >= 0;
        positive = positive && v > 0;
    }

    // Calendar effects: fit models on the history with the effects divided out.
    const bool daily = s.frequency == Frequency::Daily;
    if (daily && o.learnEvents && out.profile.demandClass != DemandClass::NoDemand) {
        out.events = learnEventFactors(s, o.eventPrior);
        // Regular demand has the evidence for a factor per kind of payday (issue 22); slow items keep one.
        out.events.split =
            out.profile.demandClass == DemandClass::Smooth || out.profile.demandClass == DemandClass::Erratic;
    }
    std::vector<double> histMult = eventMultipliers(s, out.events, n + h, EventToggles{true, true});
    std::vector<double> futureMult = eventMultipliers(s, out.events, n + h, o.applyEvents);
    // Short monthly histories: seasonally adjusted by the group's month indices, shrunk toward the
    // series' own by their evidence (issue 22: ETS(A,N,N) and iMAPA then fit a level; iMAPA's own
    // month profile from three samples a month was mostly noise).
    const bool seasonAdjusted = !daily && n < 5 * m && o.groupSeason && !o.forceModel &&
                                out.profile.demandClass != DemandClass::NoDemand;
    if (seasonAdjusted) {
        const SeasonMix mix = mixedSeason(ownSeason(s), *o.groupSeason);
        for (int t = 0; t < n + h; ++t) {
            const double f = mix.index[monthOf(s, t)] * monthLength(s, t);
            histMult[size_t(t)] *= f;
            futureMult[size_t(t)] *= f;
        }
        out.seasonWeight = mix.weight;
        out.seasonAmplitude = mix.amplitude;
    }
    // The rolling backtest of daily regular demand may know only the days before its first origin: its
    // event factors, its weekday indices and the group's that both are shrunk toward are learned from those
    // days (learned from whole histories, they knew the test windows and favoured candidates by their
    // future; issue 22 review). Slow items keep the whole history's single payday factor there: learned
    // before the origin it moved their choice by noise (lumpy 0.9695 → 0.9740 on one 200-SKU set).
    // Likewise a short monthly series' backtest: its own month indices and the group's, from the months
    // before its first origin.
    const bool regular =
        out.profile.demandClass == DemandClass::Smooth || out.profile.demandClass == DemandClass::Erratic;
    const bool chooses = !o.forceModel && n > 0 && out.profile.demandClass != DemandClass::NoDemand;
    const Backtest b = chooses ? planBacktest(n, m, s.frequency, h) : Backtest{};
    const bool dailyBacktest = daily && regular && b.origins > 0;
    const bool monthlyBacktest = seasonAdjusted && b.origins > 0;
    GroupLearning past{o.groupWeekday, o.eventPrior, o.groupSeason};
    if ((dailyBacktest || monthlyBacktest) && o.backtestGroup)
        past = o.backtestGroup->before(s.dateAt(b.start));
    // The backtest's calendar multipliers (daily: weekday put on below); empty: the history's.
    std::vector<double> testMult;
    if (monthlyBacktest)
        testMult = pastSeasonMultipliers(s, b.start, past.season.get());
    if (dailyBacktest) {
        EventFactors pastEvents;
        if (o.learnEvents) {
            TimeSeries before = s;
            before.values.resize(size_t(b.start));
            pastEvents = learnEventFactors(before, past.eventPrior);
            pastEvents.split = out.events.split;
        }
        testMult = eventMultipliers(s, pastEvents, n, EventToggles{true, true});
    }
    // Daily regular demand: the weekday profile shrunk toward the run's (issue 22, weekdayprofile.h).
    bool weekdayAdjusted = daily && o.groupWeekday && !o.forceModel && regular;
    double weekdayWeight = 0.0;
    std::array<double, 7> weekday{}, pastWeekday{};
    if (weekdayAdjusted) {
        const WeekdayIndices own = weekdayIndices(s);
        weekday = shrunkWeekday(own, *o.groupWeekday);
        weekdayWeight = ownWeekdayWeight(own, *o.groupWeekday);
        if (dailyBacktest) {
            const WeekdayIndices ownBefore = weekdayIndices(s, b.start);
            pastWeekday.fill(1.0);
            if (past.weekday)
                pastWeekday = shrunkWeekday(ownBefore, *past.weekday);
            else if (ownBefore.ok)
                pastWeekday = ownBefore.index;
        }
        // A weekday the shop hardly sells on (closed on Sundays) would have its rare sales multiplied
        // twentyfold before fitting, and one of them moved every day's forecast by a third: such weeks
        // keep ETS's additive weekday states instead. So do weeks whose days before the backtest's origin
        // had such a weekday: the backtest would divide by it.
        weekdayAdjusted = !hasDeadWeekday(weekday) && !(dailyBacktest && hasDeadWeekday(pastWeekday));
    }
    const int firstWeekday = s.dateAt(0).dayOfWeek() - 1;
    const auto applyWeekday = [&](std::vector<double> &mult, const std::array<double, 7> &index) {
        for (size_t t = 0; t < mult.size(); ++t)
            mult[t] *= index[(size_t(firstWeekday) + t) % 7];
    };
    if (weekdayAdjusted) {
        applyWeekday(histMult, weekday);
        applyWeekday(futureMult, weekday);
        if (dailyBacktest)
            applyWeekday(testMult, pastWeekday);
    }
    const auto divided = [&](const std::vector<double> &mult) {
        std::vector<double> a(s.values);
        for (int t = 0; t < n; ++t)
            a[size_t(t)] /= mult[size_t(t)];
        return a;
    };
    std::vector<double> adj = divided(histMult);

    // The models that make the forecast: one, or the mean of the best few when that tested better.
    std::vector<std::unique_ptr<Model>> chosen;
    std::vector<ModelSpec> specs;
    if (o.forceModel) {
        specs = {*o.forceModel};
    } else if (n == 0 || out.profile.demandClass == DemandClass::NoDemand) {
        specs = {{ModelFamily::SeasonalNaive}};

    } else {
        const auto candidates = candidateModels(s.frequency, out.profile, n, positive, weekdayAdjusted);
        if (b.origins > 0 && candidates.size() > 1) {
            const bool pastMult = !testMult.empty();
            if (!pastMult)
                testMult = histMult;
            const std::vector<double> testAdj = pastMult ? divided(testMult) : adj;
            const ErrorScale scale = errorScale(testAdj.data(), b.start, m);
            std::vector<std::unique_ptr<Model>> fits;
            std::vector<std::vector<double>> paths;
            std::vector<double> actual;
            for (const ModelSpec &spec : candidates) {
                auto model = fitModel(spec, testAdj.data(), b.start, m, seasonAdjusted);
                paths.push_back(runBacktest(*model, testAdj, s.values, testMult, b, nonNegative, &actual));
                out.candidates.push_back(scoreForecasts(spec, paths.back(), actual, scale));
                fits.push_back(std::move(model));
            }
            std::vector<size_t> rank(candidates.size());
            std::iota(rank.begin(), rank.end(), 0);
            std::stable_sort(rank.begin(), rank.end(), [&](size_t a, size_t c) {
                return out.candidates[a].score < out.candidates[c].score;
            });
            // A slow item's seasonal naive repeats last week's one or two sales. Its mostly-zero tests often
            // score best, but a week's sample is no estimate of the mean: it stays scored (the comparison the
            // reason text and the API show) and is never chosen (issue 22: lumpy SKUs up to 1.13 → 0.96 × the
            // true demand's MASE on fresh retail sets).
            const bool slow = isSlow(out.profile.demandClass);
            if (daily && slow)
                std::erase_if(rank,
                              [&](size_t i) { return candidates[i].family == ModelFamily::SeasonalNaive; });
            // Weighted mean of members' backtest paths (equal weights when `w` is empty).
            const auto meanPath = [&](const std::vector<size_t> &members, const std::vector<double> &w) {
                std::vector<double> mean(paths[members.front()].size(), 0.0);
                for (size_t j = 0; j < members.size(); ++j) {
                    const double wj = w.empty() ? 1.0 / double(members.size()) : w[j];
                    for (size_t i = 0; i < mean.size(); ++i)
                        mean[i] += wj * paths[members[j]][i];
                }
                return mean;
            };
            const auto meanScore = [&](const std::vector<size_t> &members,
                                       const std::vector<double> &w = {}) {
                return scoreForecasts({}, meanPath(members, w), actual, scale);
            };
            // Bates & Granger weights: inversely proportional to each member's squared backtest score.
            const auto inverseWeights = [&](const std::vector<size_t> &members) {
                std::vector<double> w;
                double sum = 0.0;
                for (size_t j : members) {
                    const double sc = out.candidates[j].score;
                    w.push_back(std::isfinite(sc) && sc > 0 ? 1.0 / (sc * sc) : 0.0);
                    sum += w.back();
                }
                if (!(sum > 0))
                    return std::vector<double>{};
                for (double &x : w)
                    x /= sum;
                return w;
            };
            std::vector<size_t> pick{rank[0]};
            std::vector<double> pickWeights;
            double bestScore = out.candidates[rank[0]].score;
            const bool fixedMean = !daily && n < 5 * m;
            if (fixedMean) {
                // Short monthly histories: ETS(A,N,N) and iMAPA, the last two candidates, whatever the
                // tests say; the tests only weight them (issue 22: smooth sums 0.928 → 0.900 × ets).
                pick = {candidates.size() - 2, candidates.size() - 1};
                pickWeights = inverseWeights(pick);
                out.combinedScore = meanScore(pick, pickWeights);
            } else if (daily && !slow && rank.size() > 1) {
                // Daily regular demand: the best three weighted by their tests rather than one chosen (issue
                // 22: smooth 0.986 → 0.976 × ets; on slow items the weights were noise, both ways).
                pick.assign(rank.begin(), rank.begin() + ptrdiff_t(std::min<size_t>(3, rank.size())));
                pickWeights = inverseWeights(pick);
                out.combinedScore = meanScore(pick, pickWeights);
            }
            // Averages of the best two and three often beat any single model on unseen data.
            const bool tryMeans = pick.size() == 1;
            for (size_t k = 2; k <= std::min<size_t>(3, rank.size()) && tryMeans; ++k) {
                const std::vector<size_t> members(rank.begin(), rank.begin() + ptrdiff_t(k));
                const CandidateScore c = meanScore(members);
                if (c.score < bestScore) {
                    bestScore = c.score;
                    pick = members;
                    out.combinedScore = c;
                }
            }
            out.backtested = true;
            out.backtestOrigins = b.origins;
            // The chosen forecast's backtest points for interval calibration: its path, and the spread
            // its members claim at each step (combined as in the final forecast below).
            const std::vector<double> path = meanPath(pick, pickWeights);
            out.backtestPoints.resize(path.size());
            for (size_t i = 0; i < path.size(); ++i) {
                const int k = int(i) % b.horizon;
                const int t = b.start + int(i) / b.horizon * b.step + k;
                double sd = 0.0;
                for (size_t j = 0; j < pick.size(); ++j) {
                    const double wj = pickWeights.empty() ? 1.0 / double(pick.size()) : pickWeights[j];
                    const Model &f = *fits[pick[j]];
                    sd += wj * f.sigma() * std::sqrt(f.varianceMultiplier(k + 1));
                }
                out.backtestPoints[i] = {path[i], sd * testMult[size_t(t)], actual[i], false, nonNegative,
                                         k + 1};
            }
            for (size_t i : pick) {
                specs.push_back(candidates[i]);
                // Long histories keep the parameters fitted before the test window: the refit would
                // cost as much again and change little.
                if (n > 240 && (candidates[i].family == ModelFamily::Ets ||
                                candidates[i].family == ModelFamily::MeanLevel)) {
                    fits[i]->setSigma(residualSigma(*fits[i], adj));
                    chosen.push_back(std::move(fits[i]));
                } else {
                    chosen.push_back(nullptr);
                }
            }
            out.weights = pickWeights;
        } else {
            specs = {fallbackModel(out.profile, n, m)};
        }
    }
    chosen.resize(specs.size());
    for (size_t i = 0; i < specs.size(); ++i)
        if (!chosen[i])
            chosen[i] = fitModel(specs[i], adj.data(), n, m, seasonAdjusted);
    out.model = specs.front();
    if (specs.size() > 1)
        out.combination = specs;
    out.frequency = s.frequency;
    out.parameters = chosen.front()->parameterText();
    if (!out.weights.empty() && out.combination.size() > 1) {
        QStringList w;
        for (double x : out.weights)
            w.append(QString::number(x, 'f', 2));
        out.parameters += u" weights="_s + w.join(u'/');
    }
    if (weekdayAdjusted)
        out.parameters += u" weekdays=own*"_s + QString::number(weekdayWeight, 'f', 2);
    if (seasonAdjusted)
        out.parameters += u" season=group*"_s + QString::number(out.seasonAmplitude, 'f', 2) + u"+own*"_s +
                          QString::number(out.seasonWeight, 'f', 2);

    out.mean.assign(size_t(h), 0.0);
    out.lower.resize(size_t(h));
    out.upper.resize(size_t(h));
    out.sd.assign(size_t(h), 0.0);
    std::vector<double> buf(static_cast<size_t>(h));
    if (out.weights.size() != chosen.size())
        out.weights.assign(chosen.size(), 1.0 / double(chosen.size()));
    for (size_t j = 0; j < chosen.size(); ++j) {
        Model *model = chosen[j].get();
        const double weight = out.weights[j];
        model->reset();
        for (double v : adj)
            model->update(v);
        if (h > 0)
            model->forecast(h, buf.data());
        for (int k = 0; k < h; ++k) {
            out.mean[size_t(k)] += weight * buf[size_t(k)];
            // Averaging the members' deviations is conservative: their errors are strongly correlated.
            out.sd[size_t(k)] += weight * model->sigma() * std::sqrt(model->varianceMultiplier(k + 1));
        }
    }
    out.nonNegative = nonNegative;
    if (daily && regular && !o.forceModel && n >= kLongRunDays)
        out.longRunMean = std::accumulate(s.values.end() - kLongRunDays, s.values.end(), 0.0) / kLongRunDays;
    // Whole units take count intervals. A busy item's daily sales are right-skewed too: its normal band,
    // symmetric about the mean, left 0.3% of held-out days below the 95% interval and 6% above (issue 22,
    // daily smooth); the negative binomial of the same mean and spread puts the width where the misses are.
    const bool slow = isSlow(out.profile.demandClass);
    const bool wholeUnits = nonNegative && std::all_of(s.values.begin(), s.values.end(),
                                                       [](double v) { return v == std::floor(v); });
    out.counts = wholeUnits;
    if (out.counts && daily && slow)
        out.sizePmf = sizeDistribution(s.values);
    // Short monthly histories are forecast by a fixed pair whose spread is the average of two in-sample
    // estimates; the history's own month-to-month noise is averaged in (below).
    const double dispersion = !daily && n < 5 * m ? successiveDispersion(s.values.data(), n) : 0.0;
    for (CalibrationPoint &p : out.backtestPoints)
        p.counts = out.counts;
    // Sums of single-unit sales (month-to-month noise near a Poisson count's) take the count interval
    // whose lower end leaves (1 − level) / 2 below, the exact reading: the nearest-quantile one leaves
    // about P(D = lo) less, and covered 83% at 80% on such sums (issue 22). Sums of multi-unit orders
    // keep that reading: their upper tail is longer than the negative binomial's, which the extra lower
    // count offsets (exact there too, their 80% intervals covered 76-78%).
    // Busy daily items take the exact lower end too (the nearest quantile leaves P(D < lo) short of
    // (1 − level) / 2 by about P(D = lo), as for Poisson-like monthly sums above).
    out.exactLower =
        out.counts && ((daily && !slow) || (dispersion > 0.0 && dispersion <= kPoissonLikeDispersion));
    // The variance those intervals use is estimated from the same few years of months; sums of rare large
    // orders (heavy-tailed, high kurtosis) estimate it poorly, and a plug-in variance drawn too small costs
    // more coverage than one drawn too large gives back. Their count intervals average over the variance's
    // sampling spread (issue 22: monthly lumpy 80% intervals covered 78%).
    if (out.counts && dispersion > 0.0)
        out.varianceDf = varianceDegreesOfFreedom(adj.data(), n);
    for (int k = 0; k < h; ++k) {
        const double mult = futureMult[size_t(n + k)];
        double mean = out.mean[size_t(k)] * mult;
        if (nonNegative)
            mean = std::max(0.0, mean);
        out.mean[size_t(k)] = mean;
        out.sd[size_t(k)] *= mult;
        // Monthly sums in whole units vary at least as a Poisson count does. Under five years, the
        // models' variance is averaged with the history's month-to-month noise (successiveDispersion ×
        // mean): the models' alone was too narrow for slow items (issue 22: 80% intervals covered 75-78%).
        if (!daily && wholeUnits) {
            double v = out.sd[size_t(k)] * out.sd[size_t(k)];
            if (dispersion > 0.0)
                v = 0.5 * (v + dispersion * mean);
            out.sd[size_t(k)] = std::sqrt(std::max(v, mean));
        }
        std::tie(out.lower[size_t(k)], out.upper[size_t(k)]) = out.interval(k, o.level);
    }
    return out;
}

void calibrateIntervals(std::vector<SeriesForecast> &forecasts, double level)
{
    QHash<int, std::vector<CalibrationPoint>> pools;
    const auto key = [](const SeriesForecast &f) {
        return int(f.frequency) * 32 + (f.counts ? 16 : 0) + int(f.profile.demandClass);
    };
    // Daily forecasts only. Count forecasts (slow items in whole units) take the whole correction: there
    // the distribution's shape is the question. Other daily forecasts take only its shape, anchored at
    // 95%: their backtests (1–14 days ahead) understate the errors further out, and calibrated on them
    // fully the intervals came out narrower than their level; the shape narrowed smooth 80% intervals
    // toward their level (issue 22). Monthly backtests, 3 months ahead, say little of 12.
    // Busy daily items in whole units are not calibrated: the count distribution already gives their
    // errors' skew, and the backtest's width (1-14 days ahead) is too narrow for the horizon (calibrated
    // whole, their 80% intervals covered 75% of four held-out weeks).
    const auto calibrated = [](const SeriesForecast &f) {
        return f.frequency == Frequency::Daily && (!f.counts || isSlow(f.profile.demandClass));
    };
    for (const SeriesForecast &f : forecasts)
        if (!f.backtestPoints.empty() && calibrated(f)) {
            auto &pool = pools[key(f)];
            pool.insert(pool.end(), f.backtestPoints.begin(), f.backtestPoints.end());
        }
    QHash<int, std::shared_ptr<const IntervalCalibration>> fitted;
    for (auto it = pools.begin(); it != pools.end(); ++it) {
        std::vector<CalibrationPoint> &points = it.value();
        // Count forecasts are calibrated on the later half of each test's days (8-14 days ahead of tests
        // 14 long) when those are enough: the forecast is read further out than a test reaches, and a
        // slow item's errors grow with the distance as its level wanders. Calibrated on every day, their
        // 80% intervals covered 76.5-79.4% of four held-out weeks on 200 intermittent SKUs (issue 22).
        if (points.front().counts) {
            int span = 0;
            for (const CalibrationPoint &p : points)
                span = std::max(span, p.ahead);
            const auto later = [span](const CalibrationPoint &p) { return 2 * p.ahead > span; };
            if (std::count_if(points.begin(), points.end(), later) >= IntervalCalibration::kMinPoints)
                std::erase_if(points, [&](const CalibrationPoint &p) { return !later(p); });
        }
        IntervalCalibration c = IntervalCalibration::fit(points);
        if (!points.front().counts)
            c = c.shapeOnly(0.95);
        if (!c.isIdentity())
            fitted.insert(it.key(), std::make_shared<const IntervalCalibration>(std::move(c)));
    }
    for (SeriesForecast &f : forecasts) {
        f.backtestPoints.clear();
        f.backtestPoints.shrink_to_fit();
        f.calibration = calibrated(f) ? fitted.value(key(f)) : nullptr;
        if (!f.calibration)
            continue;
        for (size_t k = 0; k < f.mean.size(); ++k)
            std::tie(f.lower[k], f.upper[k]) = f.interval(int(k), level);
    }
}

} // namespace bva::forecast
