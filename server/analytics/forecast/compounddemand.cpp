#include "compounddemand.h"

#include <algorithm>
#include <cmath>

namespace bva::forecast {

std::vector<double> sizeDistribution(const std::vector<double> &history)
{
    std::vector<double> counts;
    double n = 0.0, sum = 0.0, sq = 0.0;
    for (double v : history) {
        if (!(v > 0.0))
            continue;
        const auto k = size_t(std::lround(std::max(1.0, v)));
        if (counts.size() <= k)
            counts.resize(k + 1, 0.0);
        counts[k] += 1.0;
        n += 1.0;
        sum += double(k);
        sq += double(k) * double(k);
    }
    if (n == 0.0)
        return {};
    // Size − 1 as a negative binomial (Poisson when not overdispersed) with the sample's moments.
    const double mean = sum / n - 1.0;
    const double var = n > 1 ? std::max(0.0, (sq - sum * sum / n) / (n - 1.0)) : mean;
    const double w = 5.0 / (n + 5.0);
    std::vector<double> pmf(counts.size(), 0.0);
    for (size_t k = 1; k < counts.size(); ++k)
        pmf[k] = (1.0 - w) * counts[k] / n;
    if (mean <= 1e-12) {
        pmf[1] += w;
        return pmf;
    }
    const bool poisson = !(var > mean * (1.0 + 1e-9));
    const double r = poisson ? 0.0 : mean * mean / (var - mean);
    const double q = poisson ? 0.0 : mean / (r + mean);
    double p = poisson ? std::exp(-mean) : std::exp(r * std::log(r / (r + mean)));
    double cdf = 0.0;
    for (int j = 0; cdf < 1.0 - 1e-10 && j < 100000; ++j) {
        if (pmf.size() <= size_t(j + 1))
            pmf.resize(size_t(j + 2), 0.0);
        pmf[size_t(j + 1)] += w * p;
        cdf += p;
        p *= poisson ? mean / (j + 1) : (j + r) / (j + 1) * q;
    }
    return pmf;
}

double pmfMean(const std::vector<double> &pmf)
{
    double m = 0.0;
    for (size_t k = 0; k < pmf.size(); ++k)
        m += double(k) * pmf[k];
    return m;
}

namespace {

// One chance of a sale with probability p and a size from `sizePmf`, added to the distribution `total`.
void addSale(std::vector<double> &total, std::vector<double> &next, double p,
             const std::vector<double> &sizePmf)
{
    next.assign(total.size() + sizePmf.size() - 1, 0.0);
    for (size_t j = 0; j < total.size(); ++j) {
        if (total[j] == 0.0)
            continue;
        next[j] += (1.0 - p) * total[j];
        for (size_t k = 1; k < sizePmf.size(); ++k)
            next[j + k] += p * total[j] * sizePmf[k];
    }
    // The far tail adds nothing a quantile or a shortfall would notice.
    double tail = 0.0;
    size_t keep = next.size();
    while (keep > 1 && tail + next[keep - 1] < 1e-10)
        tail += next[--keep];
    next.resize(keep);
    total.swap(next);
}

} // namespace

std::vector<double> compoundPmf(const double *means, int days, const std::vector<double> &sizePmf)
{
    std::vector<double> total{1.0};
    const double meanSize = pmfMean(sizePmf);
    if (!(meanSize > 0.0))
        return total;
    std::vector<double> next;
    double work = 0.0;
    for (int d = 0; d < days; ++d) {
        const double rate = means[d] / meanSize;
        if (!(rate > 0.0))
            continue;
        // A day busier than a usual selling day (a payday, a mega sale, a growing item) is that many
        // usual days' chances, so the total keeps the forecast's mean.
        const int trials = int(std::ceil(std::min(rate, 1e4)));
        for (int t = 0; t < trials; ++t) {
            work += double(total.size()) * double(sizePmf.size());
            if (work > kCompoundWorkLimit)
                return {};
            addSale(total, next, std::min(1.0, rate / trials), sizePmf);
        }
    }
    return total;
}
std::vector<double> withUndershoot(const std::vector<double> &pmf, const std::vector<double> &sizePmf)
{
    const double meanSize = pmfMean(sizePmf);
    if (!(meanSize > 0.0) || pmf.empty())
        return pmf;
    std::vector<double> under(sizePmf.size() - 1, 0.0);
    double above = 1.0; // P(size > u)
    for (size_t u = 0; u < under.size(); ++u) {
        above -= sizePmf[u];
        under[u] = std::max(0.0, above) / meanSize;
    }
    std::vector<double> out(pmf.size() + under.size() - 1, 0.0);
    for (size_t i = 0; i < pmf.size(); ++i)
        for (size_t u = 0; u < under.size(); ++u)
            out[i + u] += pmf[i] * under[u];
    return out;
}

int pmfQuantile(const std::vector<double> &pmf, double p, bool nearest)
{
    double below = 0.0, cdf = 0.0;
    for (size_t k = 0; k < pmf.size(); ++k) {
        cdf += pmf[k];
        if (cdf >= p - 1e-12)
            return nearest && k > 0 && p - below < cdf - p ? int(k) - 1 : int(k);
        below = cdf;
    }
    return pmf.empty() ? 0 : int(pmf.size()) - 1;
}

double pmfShortfall(const std::vector<double> &pmf, int stock)
{
    double s = 0.0;
    for (size_t k = size_t(std::max(0, stock)) + 1; k < pmf.size(); ++k)
        s += (double(k) - double(std::max(0, stock))) * pmf[k];
    return s;
}

} // namespace bva::forecast
