#include "imapa.h"

#include "adida.h"

#include <QStringList>
#include <cmath>

using namespace Qt::StringLiterals;

namespace bva::forecast {

ImapaModel::ImapaModel(const Params &params)
    : m_p(params)
{
    reset();
}

std::unique_ptr<Model> ImapaModel::fit(const double *y, int n, int m, int maxBucket, bool withProfile)
{
    Params p;
    m = std::max(1, m);
    if (withProfile && m > 1) {
        p.profile = seasonShares(y, n, m);
        for (double &s : p.profile)
            s *= m;
    }
    std::vector<double> z(y, y + n);
    if (!p.profile.empty())
        for (int t = 0; t < n; ++t)
            z[size_t(t)] /= p.profile[size_t(t % m)];
    for (int k = 1; k <= std::max(1, maxBucket) && n / k >= 2; ++k) {
        const BucketLevel b = smoothBuckets(z.data(), n, k);
        p.levels.push_back({k, b.alpha, b.level0});
    }
    if (p.levels.empty()) {
        double mean = 0.0;
        for (int t = 0; t < n; ++t)
            mean += y[t] / n;
        p.levels.push_back({1, 0.1, mean});
    }
    auto model = std::make_unique<ImapaModel>(p);
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

double ImapaModel::factor(long t) const
{
    return m_p.profile.empty() ? 1.0 : m_p.profile[size_t(t % long(m_p.profile.size()))];
}

void ImapaModel::reset()
{
    m_level.resize(m_p.levels.size());
    for (size_t i = 0; i < m_p.levels.size(); ++i)
        m_level[i] = m_p.levels[i].level0;
    m_partial.assign(m_p.levels.size(), 0.0);
    m_t = 0;
}

void ImapaModel::update(double y)
{
    const double z = y / factor(m_t);
    ++m_t;
    for (size_t i = 0; i < m_p.levels.size(); ++i) {
        const Level &l = m_p.levels[i];
        m_partial[i] += z;
        if (m_t % l.bucket == 0) {
            m_level[i] += l.alpha * (m_partial[i] - m_level[i]);
            m_partial[i] = 0.0;
        }
    }
}

void ImapaModel::forecast(int h, double *out) const
{
    double rate = 0.0;
    for (size_t i = 0; i < m_p.levels.size(); ++i)
        rate += m_level[i] / m_p.levels[i].bucket;
    rate /= double(m_p.levels.size());
    for (int k = 0; k < h; ++k)
        out[k] = rate * factor(m_t + k);
}

double ImapaModel::varianceMultiplier(int step) const
{
    // Each level moves once a bucket by alpha times a bucket's error; averaged over the levels.
    double v = 0.0;
    for (const Level &l : m_p.levels)
        v += double(step - 1) / l.bucket * l.alpha * l.alpha;
    return 1.0 + v / double(m_p.levels.size());
}

QString ImapaModel::parameterText() const
{
    QStringList a;
    for (const Level &l : m_p.levels)
        a.append(QString::number(l.alpha, 'f', 2));
    return u"alpha="_s + a.join(u'/') + u" buckets=1.."_s + QString::number(m_p.levels.size());
}

} // namespace bva::forecast
