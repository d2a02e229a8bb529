#include "adida.h"

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace bva::forecast {

AdidaModel::AdidaModel(const Params &params)
    : m_p(params)
{
    reset();
}

std::vector<double> seasonShares(const double *y, int n, int m)
{
    std::vector<double> shares(size_t(std::max(1, m)), 0.0);
    double total = 0.0;
    for (int t = 0; t < n; ++t) {
        shares[size_t(t % m)] += y[t];
        total += y[t];
    }
    // Shrunk toward even shares: a weekday with two sales in a year says little.
    const double prior = std::max(2.0, 0.1 * total / m);
    for (double &s : shares)
        s = (s + prior) / (total + prior * m);
    return shares;
}

BucketLevel smoothBuckets(const double *y, int n, int bucket)
{
    const int buckets = n / std::max(1, bucket);
    std::vector<double> totals(size_t(buckets), 0.0);
    for (int t = 0; t < buckets * bucket; ++t)
        totals[size_t(t / bucket)] += y[t];
    BucketLevel out;
    for (double v : totals)
        out.level0 += v / std::max(1, buckets);
    static constexpr double alphas[] = {0.02, 0.05, 0.1, 0.2, 0.3, 0.5};
    double bestSse = std::numeric_limits<double>::infinity();
    for (double a : alphas) {
        double level = out.level0, sse = 0.0;
        for (double v : totals) {
            sse += (v - level) * (v - level);
            level += a * (v - level);
        }
        if (sse < bestSse) {
            bestSse = sse;
            out.alpha = a;
        }
    }
    return out;
}

std::unique_ptr<Model> AdidaModel::fit(const double *y, int n, int m)
{
    m = std::max(1, m);
    Params p;
    p.shares = seasonShares(y, n, m);
    const BucketLevel level = smoothBuckets(y, n, m);
    p.level0 = level.level0;
    p.alpha = level.alpha;
    auto model = std::make_unique<AdidaModel>(p);
    double ss = 0.0, f = 0.0;
    for (int t = 0; t < n; ++t) {
        model->forecast(1, &f);
        ss += (y[t] - f) * (y[t] - f);
        model->update(y[t]);
    }
    model->reset();
    model->setSigma(n > 1 ? std::sqrt(ss / (n - 1)) : 0.0);
    return model;
}

void AdidaModel::reset()
{
    m_level = m_p.level0;
    m_partial = 0.0;
    m_t = 0;
}

void AdidaModel::update(double y)
{
    const long m = long(m_p.shares.size());
    m_partial += y;
    ++m_t;
    if (m_t % m == 0) {
        m_level += m_p.alpha * (m_partial - m_level);
        m_partial = 0.0;
    }
}

void AdidaModel::forecast(int h, double *out) const
{
    const long m = long(m_p.shares.size());
    for (int k = 0; k < h; ++k)
        out[k] = m_level * m_p.shares[size_t((m_t + k) % m)];
}

double AdidaModel::varianceMultiplier(int step) const
{
    // The level moves once a bucket, by alpha times a bucket's error.
    const double buckets = double(step - 1) / double(m_p.shares.size());
    return 1.0 + buckets * m_p.alpha * m_p.alpha;
}

QString AdidaModel::parameterText() const
{
    return u"alpha="_s + QString::number(m_p.alpha, 'f', 2) + u" bucket="_s +
           QString::number(m_p.shares.size());
}

} // namespace bva::forecast
