#include "croston.h"

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace bva::forecast {

CrostonModel::CrostonModel(ModelFamily family, const Params &params)
    : m_family(family)
    , m_p(params)
{
    reset();
}

CrostonModel::Params CrostonModel::initialStates(const double *y, int n)
{
    Params p;
    double sum = 0.0;
    int nonZero = 0;
    int first = -1;
    for (int i = 0; i < n; ++i) {
        if (y[i] > 0) {
            sum += y[i];
            ++nonZero;
            if (first < 0)
                first = i;
        }
    }
    p.size0 = nonZero > 0 ? sum / nonZero : 0.0;
    p.interval0 = nonZero > 0 ? double(n) / nonZero : 1.0;
    p.probability0 = n > 0 ? double(nonZero) / n : 0.0;
    return p;
}

std::unique_ptr<Model> CrostonModel::fit(ModelFamily family, const double *y, int n)
{
    const Params init = initialStates(y, n);
    static constexpr double alphas[] = {0.05, 0.1, 0.2, 0.3};
    static constexpr double betas[] = {0.01, 0.03, 0.1, 0.2};
    const bool tsb = family == ModelFamily::Tsb;
    double bestSse = std::numeric_limits<double>::infinity();
    Params best = init;
    CrostonModel model(family, init);
    for (double a : alphas) {
        for (double b : betas) {
            if (!tsb && b != betas[0])
                continue;
            Params p = init;
            p.alpha = a;
            p.beta = b;
            model.m_p = p;
            model.reset();
            double sse = 0.0;
            for (int t = 0; t < n; ++t) {
                const double e = y[t] - model.current();
                sse += e * e;
                model.update(y[t]);
            }
            if (sse < bestSse) {
                bestSse = sse;
                best = p;
            }
        }
    }
    auto fitted = std::make_unique<CrostonModel>(family, best);
    fitted->setSigma(n > 1 && std::isfinite(bestSse) ? std::sqrt(bestSse / (n - 1)) : 0.0);
    return fitted;
}

void CrostonModel::reset()
{
    m_size = m_p.size0;
    m_interval = m_p.interval0;
    m_probability = m_p.probability0;
    m_sinceDemand = 1;
}

void CrostonModel::update(double y)
{
    if (m_family == ModelFamily::Tsb) {
        const double occurred = y > 0 ? 1.0 : 0.0;
        m_probability += m_p.beta * (occurred - m_probability);
        if (y > 0)
            m_size += m_p.alpha * (y - m_size);
        return;
    }
    if (y > 0) {
        m_size += m_p.alpha * (y - m_size);
        m_interval += m_p.alpha * (m_sinceDemand - m_interval);
        m_sinceDemand = 1;
    } else {
        ++m_sinceDemand;
    }
}

double CrostonModel::current() const
{
    switch (m_family) {
    case ModelFamily::Tsb:
        return m_probability * m_size;
    case ModelFamily::Sba:
        return m_interval > 0 ? (1.0 - m_p.alpha / 2.0) * m_size / m_interval : 0.0;
    default:
        return m_interval > 0 ? m_size / m_interval : 0.0;
    }
}

void CrostonModel::forecast(int h, double *out) const
{
    const double f = current();
    for (int k = 0; k < h; ++k)
        out[k] = f;
}

double CrostonModel::varianceMultiplier(int step) const
{
    // As for simple exponential smoothing of the demand rate.
    const double a = m_family == ModelFamily::Tsb ? std::max(m_p.alpha, m_p.beta) : m_p.alpha;
    return 1.0 + (step - 1) * a * a;
}

QString CrostonModel::parameterText() const
{
    QString t = u"alpha="_s + QString::number(m_p.alpha, 'f', 2);
    if (m_family == ModelFamily::Tsb)
        t += u" beta="_s + QString::number(m_p.beta, 'f', 2);
    return t;
}

} // namespace bva::forecast
