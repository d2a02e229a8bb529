#include "forecaster.h"

#include "accuracy.h"
#include "stats.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace bva::forecast {

namespace {

ModelSpec ets(Trend t, Season s)
{
    return {ModelFamily::Ets, t, s};
}

struct Backtest
{
    int start = 0;    // first origin; models are fitted on y[0..start)
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
    for (int origins = daily ? 3 : 6; origins >= 1; --origins) {
        const int start = n - b.horizon - (origins - 1) * b.step;
        if (start >= minTrain) {
            b.start = start;
            b.origins = origins;
            return b;
        }
    }
    return b;
}

CandidateScore runBacktest(Model &model, const ModelSpec &spec, const std::vector<double> &adj,
                           const std::vector<double> &y, const std::vector<double> &mult, const Backtest &b,
                           const ErrorScale &scale, bool nonNegative)
{
    CandidateScore c;
    c.model = spec;
    std::vector<double> buf(size_t(b.horizon));
    double ae = 0.0, se = 0.0;
    int count = 0;
    model.reset();
    const int n = int(y.size());
    for (int t = 0; t < n; ++t) {
        if (t >= b.start && (t - b.start) % b.step == 0 && t + b.horizon <= n) {
            model.forecast(b.horizon, buf.data());
            for (int k = 0; k < b.horizon; ++k) {
                double f = buf[size_t(k)] * mult[size_t(t + k)];
                if (nonNegative)
                    f = std::max(0.0, f);
                const double e = y[size_t(t + k)] - f;
                ae += std::abs(e);
                se += e * e;
                ++count;
            }
        }
        model.update(adj[size_t(t)]);
    }
    if (count == 0)
        return c;
    const double mae = ae / count, mse = se / count;
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
    case DemandClass::NoDemand: return {ModelFamily::SeasonalNaive};
    case DemandClass::Intermittent:
    case DemandClass::Lumpy: return {ModelFamily::Sba};
    default: return n >= 2 * m ? ets(Trend::None, Season::Additive) : ets(Trend::None, Season::None);
    }
}

} // namespace

std::vector<ModelSpec> candidateModels(Frequency f, const DemandProfile &p, int n, bool positive)
{
    const int m = seasonLength(f);
    const bool seasonal = n >= 2 * m;
    std::vector<ModelSpec> c{{ModelFamily::SeasonalNaive}};
    const bool intermittent = p.demandClass == DemandClass::Intermittent || p.demandClass == DemandClass::Lumpy;
    if (p.demandClass == DemandClass::NoDemand)
        return c;
    if (f == Frequency::Daily) {
        if (intermittent) {
            c.push_back({ModelFamily::Croston});
            c.push_back({ModelFamily::Sba});
            c.push_back({ModelFamily::Tsb});
            if (seasonal && p.adi < 2.0)
                c.push_back(ets(Trend::None, Season::Additive));
        } else {
            c.push_back(ets(Trend::None, Season::None));
            if (seasonal) {
                c.push_back(ets(Trend::None, Season::Additive));
                c.push_back(ets(Trend::Damped, Season::Additive));
            }
        }
        return c;
    }
    c.push_back(ets(Trend::None, Season::None));
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
        return QCoreApplication::translate("bva::forecast", "No sales in the history, so no demand is expected.");
    QString text;
    const CandidateScore *chosen = scoreOf(model);
    const CandidateScore *naive = scoreOf({ModelFamily::SeasonalNaive});
    if (backtested && chosen && std::isfinite(chosen->mase)) {
        text = QCoreApplication::translate("bva::forecast",
                                           "%1 demand. %2 had the smallest error when tested on the last %n "
                                           "periods of history (scaled error %3",
                                           nullptr, backtestOrigins)
                   .arg(cls, model.name(), QString::number(chosen->mase, 'f', 2));
        if (naive && naive != chosen && std::isfinite(naive->mase))
            text += QCoreApplication::translate("bva::forecast", " versus %1 for repeating last week")
                        .arg(QString::number(naive->mase, 'f', 2));
        text += u")."_s;
    } else {
        text = QCoreApplication::translate("bva::forecast", "%1 demand; the history is short, so %2 is used.")
                   .arg(cls, model.name());
    }
    if (std::abs(events.payday - 1.0) >= 0.1)
        text += u' ' + QCoreApplication::translate("bva::forecast", "Paydays sell %1× a normal day.")
                           .arg(QString::number(events.payday, 'f', 1));
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
    if (daily && o.learnEvents && out.profile.demandClass != DemandClass::NoDemand)
        out.events = learnEventFactors(s, o.eventPrior);
    std::vector<double> histMult = eventMultipliers(s, out.events, n + h, EventToggles{true, true});
    std::vector<double> futureMult = eventMultipliers(s, out.events, n + h, o.applyEvents);
    std::vector<double> adj(s.values);
    for (int t = 0; t < n; ++t)
        adj[size_t(t)] /= histMult[size_t(t)];

    std::unique_ptr<Model> chosen;
    if (o.forceModel) {
        out.model = *o.forceModel;
    } else if (n == 0 || out.profile.demandClass == DemandClass::NoDemand) {
        out.model = {ModelFamily::SeasonalNaive};
    } else {
        const Backtest b = planBacktest(n, m, s.frequency, h);
        const auto candidates = candidateModels(s.frequency, out.profile, n, positive);
        if (b.origins > 0 && candidates.size() > 1) {
            const ErrorScale scale = errorScale(adj.data(), b.start, m);
            std::vector<std::unique_ptr<Model>> fits;
            for (const ModelSpec &spec : candidates) {
                auto model = fitModel(spec, adj.data(), b.start, m);
                out.candidates.push_back(runBacktest(*model, spec, adj, s.values, histMult, b, scale, nonNegative));
                fits.push_back(std::move(model));
            }
            size_t best = 0;
            for (size_t i = 1; i < out.candidates.size(); ++i)
                if (out.candidates[i].score < out.candidates[best].score)
                    best = i;
            out.model = candidates[best];
            out.backtested = true;
            out.backtestOrigins = b.origins;
            // Long histories keep the parameters fitted before the test window: the refit would
            // cost as much again and change little.
            if (n > 240 && out.model.family == ModelFamily::Ets) {
                chosen = std::move(fits[best]);
                chosen->setSigma(residualSigma(*chosen, adj));
            }
        } else {
            out.model = fallbackModel(out.profile, n, m);
        }
    }
    if (!chosen)
        chosen = fitModel(out.model, adj.data(), n, m);
    out.parameters = chosen->parameterText();

    chosen->reset();
    for (double v : adj)
        chosen->update(v);
    out.mean.resize(size_t(h));
    out.lower.resize(size_t(h));
    out.upper.resize(size_t(h));
    out.sd.resize(size_t(h));
    if (h > 0)
        chosen->forecast(h, out.mean.data());
    const double z = normalQuantile(0.5 + o.level / 2.0);
    for (int k = 0; k < h; ++k) {
        const double mult = futureMult[size_t(n + k)];
        double mean = out.mean[size_t(k)] * mult;
        const double sd = chosen->sigma() * std::sqrt(chosen->varianceMultiplier(k + 1)) * mult;
        if (nonNegative)
            mean = std::max(0.0, mean);
        out.mean[size_t(k)] = mean;
        out.sd[size_t(k)] = sd;
        out.lower[size_t(k)] = nonNegative ? std::max(0.0, mean - z * sd) : mean - z * sd;
        out.upper[size_t(k)] = mean + z * sd;
    }
    return out;
}

} // namespace bva::forecast
