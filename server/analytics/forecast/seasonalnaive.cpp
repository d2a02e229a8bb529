#include "seasonalnaive.h"

#include <algorithm>
#include <cmath>

namespace bva::forecast {

SeasonalNaive::SeasonalNaive(int m)
    : m_m(std::max(1, m))
    , m_last(size_t(std::max(1, m)), 0.0)
{}

std::unique_ptr<Model> SeasonalNaive::fit(const double *y, int n, int m)
{
    auto model = std::make_unique<SeasonalNaive>(m);
    double ss = 0.0;
    int count = 0;
    for (int t = m; t < n; ++t) {
        const double d = y[t] - y[t - m];
        ss += d * d;
        ++count;
    }
    model->setSigma(count > 0 ? std::sqrt(ss / count) : 0.0);
    return model;
}

void SeasonalNaive::reset()
{
    std::fill(m_last.begin(), m_last.end(), 0.0);
    m_seen = 0;
}

void SeasonalNaive::update(double y)
{
    m_last[size_t(m_seen % m_m)] = y;
    ++m_seen;
}

void SeasonalNaive::forecast(int h, double *out) const
{
    if (m_seen == 0) {
        std::fill(out, out + h, 0.0);
        return;
    }
    if (m_seen < m_m) {
        // Less than one season seen: repeat the last value.
        std::fill(out, out + h, m_last[size_t(m_seen - 1)]);
        return;
    }
    for (int k = 0; k < h; ++k)
        out[k] = m_last[size_t((m_seen + k) % m_m)];
}

double SeasonalNaive::varianceMultiplier(int step) const
{
    return double((step - 1) / m_m + 1);
}

} // namespace bva::forecast
