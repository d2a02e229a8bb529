#include "meanlevel.h"

#include "neldermead.h"

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace bva::forecast {

namespace {
constexpr double kPhiMin = 0.8;
constexpr double kPhiMax = 0.98; // the bounds of ETS's damped trend

} // namespace

MeanLevelModel::MeanLevelModel(const Params &params)
    : m_p(params)
    , m_l(params.level)
{}

void MeanLevelModel::update(double y)
{
    const double f = m_p.mean + m_p.phi * (m_l - m_p.mean);
    m_l = f + m_p.alpha * (y - f);
}

void MeanLevelModel::forecast(int h, double *out) const
{
    double d = m_l - m_p.mean;
    for (int k = 0; k < h; ++k) {
        d *= m_p.phi;
        out[k] = m_p.mean + d;
    }
}

double MeanLevelModel::varianceMultiplier(int step) const
{
    // h-step error e(T+h) + Σ_{j=1}^{h−1} α φ^j e(T+h−j).
    double v = 1.0, p = 1.0;
    for (int j = 1; j < step; ++j) {
        p *= m_p.phi * m_p.phi;
        v += m_p.alpha * m_p.alpha * p;
    }
    return v;
}

QString MeanLevelModel::parameterText() const
{
    return u"alpha=%1 phi=%2 mean=%3"_s.arg(QString::number(m_p.alpha, 'f', 3),
                                            QString::number(m_p.phi, 'f', 3),
                                            QString::number(m_p.mean, 'g', 4));
}

double MeanLevelModel::sse(const Params &p, const double *y, int n)
{
    double l = p.level, total = 0.0;
    for (int t = 0; t < n; ++t) {
        const double f = p.mean + p.phi * (l - p.mean);
        const double e = y[t] - f;
        total += e * e;
        l = f + p.alpha * e;
    }
    return total;
}

std::unique_ptr<Model> MeanLevelModel::fit(const double *y, int n)
{
    Params p;
    double sum = 0.0;
    for (int t = 0; t < n; ++t)
        sum += y[t];
    p.mean = n > 0 ? sum / n : 0.0;
    const int k = std::min(n, 7);
    double first = 0.0;
    for (int t = 0; t < k; ++t)
        first += y[t] / k;
    p.level = k > 0 ? first : 0.0;
    if (n >= 3) {
        const auto objective = [&](const double *x) {
            if (!(x[0] > 0.0 && x[0] < 1.0 && x[1] >= kPhiMin && x[1] <= kPhiMax))
                return std::numeric_limits<double>::infinity();
            Params q = p;
            q.alpha = x[0];
            q.phi = x[1];
            return sse(q, y, n);
        };
        const NelderMeadResult r = nelderMead(objective, {p.alpha, p.phi}, {0.05, 1e-7, 200});
        if (std::isfinite(r.value)) {
            p.alpha = r.x[0];
            p.phi = r.x[1];
        }
    }
    auto model = std::make_unique<MeanLevelModel>(p);
    model->setSigma(n > 3 ? std::sqrt(sse(p, y, n) / (n - 3)) : 0.0);
    return model;
}

} // namespace bva::forecast
