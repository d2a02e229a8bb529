#include "ets.h"

#include "neldermead.h"

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace bva::forecast {

namespace {

constexpr double kPhiMin = 0.8;
constexpr double kPhiMax = 0.98;

double meanOf(const double *y, int n)
{
    double s = 0.0;
    for (int i = 0; i < n; ++i)
        s += y[i];
    return n > 0 ? s / n : 0.0;
}

} // namespace

EtsModel::EtsModel(Trend trend, Season season, int m, const Params &params)
    : m_trend(trend)
    , m_season(season)
    , m_m(season == Season::None ? 1 : std::clamp(m, 1, kMaxSeason))
    , m_p(params)
{
    if (m_trend == Trend::None) {
        m_p.beta = 0.0;
        m_p.slope = 0.0;
    }
    if (m_trend != Trend::Damped)
        m_p.phi = 1.0;
    if (m_season == Season::None) {
        m_p.gamma = 0.0;
        m_p.season.fill(0.0);
    }
    reset();
}

EtsModel::Params EtsModel::initialStates(Trend trend, Season season, const double *y, int n, int m)
{
    Params p;
    p.season.fill(season == Season::Multiplicative ? 1.0 : 0.0);
    if (n <= 0)
        return p;
    if (season != Season::None && n >= 2 * m) {
        const double mean1 = meanOf(y, m);
        const double mean2 = meanOf(y + m, m);
        p.slope = trend == Trend::None ? 0.0 : (mean2 - mean1) / m;
        // Level at the middle of the first season is mean1; step back to "before observation 0".
        p.level = mean1 - p.slope * ((m - 1) / 2.0 + 1.0);
        double total = 0.0;
        for (int i = 0; i < m; ++i) {
            double acc = 0.0;
            for (int j = 0; j < 2; ++j) {
                const double trendAt = mean1 + p.slope * (j * m + i - (m - 1) / 2.0);
                acc += season == Season::Additive ? y[j * m + i] - trendAt
                                                  : (trendAt > 0 ? y[j * m + i] / trendAt : 1.0);
            }
            p.season[size_t(i)] = acc / 2.0;
            total += p.season[size_t(i)];
        }
        for (int i = 0; i < m; ++i) {
            if (season == Season::Additive)
                p.season[size_t(i)] -= total / m;
            else
                p.season[size_t(i)] *= total > 0 ? m / total : 1.0;
        }
        return p;
    }
    const int k = std::min(n, 4);
    p.level = meanOf(y, k);
    if (trend != Trend::None && n >= 2)
        p.slope = (y[k - 1] - y[0]) / std::max(1, k - 1);
    p.level -= p.slope;
    return p;
}

double EtsModel::sse(Trend trend, Season season, int m, const Params &p, const double *y, int n)
{
    const double inf = std::numeric_limits<double>::infinity();
    if (season == Season::None)
        m = 1;
    std::array<double, kMaxSeason> s = p.season;
    if (season == Season::None)
        s[0] = 0.0;
    const double a = p.alpha;
    const double b = trend == Trend::None ? 0.0 : p.beta;
    const double g = season == Season::None ? 0.0 : p.gamma;
    const double phi = trend == Trend::Damped ? p.phi : 1.0;
    double l = p.level;
    double tr = trend == Trend::None ? 0.0 : p.slope;
    double total = 0.0;
    int j = 0;
    if (season == Season::Multiplicative) {
        for (int t = 0; t < n; ++t) {
            const double lb = l + phi * tr;
            const double sj = s[size_t(j)];
            if (lb <= 0.0 || sj <= 0.0)
                return inf;
            const double e = y[t] - lb * sj;
            total += e * e;
            l = lb + a * e / sj;
            tr = phi * tr + b * e / sj;
            s[size_t(j)] = sj + g * e / lb;
            if (++j == m)
                j = 0;
        }
        return total;
    }
    for (int t = 0; t < n; ++t) {
        const double bt = phi * tr;
        const double e = y[t] - (l + bt + s[size_t(j)]);
        total += e * e;
        l += bt + a * e;
        tr = bt + b * e;
        s[size_t(j)] += g * e;
        if (++j == m)
            j = 0;
    }
    return total;
}

std::unique_ptr<Model> EtsModel::fit(Trend trend, Season season, const double *y, int n, int m)
{
    if (season != Season::None && n < 2 * m)
        season = Season::None;
    const int mm = season == Season::None ? 1 : std::clamp(m, 1, kMaxSeason);
    Params init = initialStates(trend, season, y, n, mm);
    if (n < 3) {
        auto model = std::make_unique<EtsModel>(trend, season, mm, init);
        model->setSigma(0.0);
        return model;
    }
    double scale = 0.0;
    for (int i = 0; i < n; ++i)
        scale = std::max(scale, std::abs(y[i]));
    scale = scale > 0 ? scale : 1.0;
    // Short series also fit the initial level and slope (as ets() does); long ones do not need to.
    const bool fitStates = n <= 240;

    std::vector<double> x0{0.2};
    const bool hasBeta = trend != Trend::None, hasGamma = season != Season::None,
               hasPhi = trend == Trend::Damped;
    if (hasBeta)
        x0.push_back(0.05);
    if (hasGamma)
        x0.push_back(0.05);
    if (hasPhi)
        x0.push_back(0.9);
    if (fitStates) {
        x0.push_back(init.level / scale);
        if (hasBeta)
            x0.push_back(init.slope / scale * 10.0);
    }
    auto unpack = [&](const double *x, Params &p) {
        int k = 0;
        p.alpha = x[k++];
        if (hasBeta)
            p.beta = x[k++];
        if (hasGamma)
            p.gamma = x[k++];
        if (hasPhi)
            p.phi = x[k++];
        if (fitStates) {
            p.level = x[k++] * scale;
            if (hasBeta)
                p.slope = x[k++] * scale / 10.0;
        }
    };
    Params p = init;
    auto objective = [&](const double *x) {
        unpack(x, p);
        if (p.alpha < 1e-4 || p.alpha > 0.9999)
            return std::numeric_limits<double>::infinity();
        if (hasBeta && (p.beta < 1e-4 || p.beta > p.alpha))
            return std::numeric_limits<double>::infinity();
        if (hasGamma && (p.gamma < 1e-4 || p.gamma > 1.0 - p.alpha))
            return std::numeric_limits<double>::infinity();
        if (hasPhi && (p.phi < kPhiMin || p.phi > kPhiMax))
            return std::numeric_limits<double>::infinity();
        return sse(trend, season, mm, p, y, n);
    };
    NelderMeadOptions opts;
    opts.initialStep = 0.1;
    // Long daily histories: a looser stop costs little accuracy and halves the evaluations.
    opts.tolerance = fitStates ? 1e-6 : 1e-4;
    opts.maxEvaluations = fitStates ? 600 : 60 * int(x0.size()) + 40;
    auto best = nelderMead(objective, x0, opts);
    Params fitted = init;
    unpack(best.x.data(), fitted);
    double value = best.value;
    if (!std::isfinite(value) || value >= 1e299) {
        fitted = init;
        fitted.alpha = 0.2;
        fitted.beta = hasBeta ? 0.02 : 0.0;
        fitted.gamma = hasGamma ? 0.05 : 0.0;
        fitted.phi = hasPhi ? 0.9 : 1.0;
        value = sse(trend, season, mm, fitted, y, n);
    }
    auto model = std::make_unique<EtsModel>(trend, season, mm, fitted);
    const int k = int(x0.size());
    model->setSigma(std::isfinite(value) ? std::sqrt(value / std::max(1, n - k)) : 0.0);
    return model;
}

void EtsModel::reset()
{
    m_l = m_p.level;
    m_b = m_p.slope;
    m_s = m_p.season;
    m_pos = 0;
}

void EtsModel::update(double y)
{
    const double phi = m_trend == Trend::Damped ? m_p.phi : 1.0;
    const double bt = m_trend == Trend::None ? 0.0 : phi * m_b;
    double &sj = m_s[size_t(m_pos)];
    if (m_season == Season::Multiplicative) {
        const double lb = m_l + bt;
        const double sv = sj > 1e-9 ? sj : 1e-9;
        const double e = y - lb * sv;
        m_l = lb + m_p.alpha * e / sv;
        m_b = bt + m_p.beta * e / sv;
        if (lb > 1e-9)
            sj = sv + m_p.gamma * e / lb;
    } else {
        const double e = y - (m_l + bt + sj);
        m_l += bt + m_p.alpha * e;
        m_b = bt + m_p.beta * e;
        sj += m_p.gamma * e;
    }
    if (++m_pos == m_m)
        m_pos = 0;
}

void EtsModel::forecast(int h, double *out) const
{
    const double phi = m_trend == Trend::Damped ? m_p.phi : 1.0;
    double cum = 0.0;
    double pw = 1.0;
    for (int k = 0; k < h; ++k) {
        pw *= phi;
        cum += pw;
        const double trend = m_trend == Trend::None ? 0.0 : cum * m_b;
        const double s = m_s[size_t((m_pos + k) % m_m)];
        out[k] = m_season == Season::Multiplicative ? (m_l + trend) * s : m_l + trend + s;
    }
}

double EtsModel::varianceMultiplier(int step) const
{
    const double phi = m_trend == Trend::Damped ? m_p.phi : 1.0;
    double v = 1.0;
    double cum = 0.0;
    double pw = 1.0;
    for (int j = 1; j < step; ++j) {
        pw *= phi;
        cum += pw;
        double c = m_p.alpha + (m_trend == Trend::None ? 0.0 : m_p.beta * cum);
        if (m_season != Season::None && j % m_m == 0)
            c += m_p.gamma;
        v += c * c;
    }
    return v;
}

int EtsModel::parameterCount() const
{
    return 1 + (m_trend != Trend::None) + (m_season != Season::None) + (m_trend == Trend::Damped);
}

QString EtsModel::parameterText() const
{
    QString t = u"alpha="_s + QString::number(m_p.alpha, 'f', 3);
    if (m_trend != Trend::None)
        t += u" beta="_s + QString::number(m_p.beta, 'f', 3);
    if (m_season != Season::None)
        t += u" gamma="_s + QString::number(m_p.gamma, 'f', 3);
    if (m_trend == Trend::Damped)
        t += u" phi="_s + QString::number(m_p.phi, 'f', 3);
    return t;
}

} // namespace bva::forecast
