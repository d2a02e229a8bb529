#include "stats.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace bva::forecast {

double normalPdf(double z)
{
    return 0.3989422804014327 * std::exp(-0.5 * z * z);
}

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

double normalQuantile(double p)
{
    if (p <= 0.0)
        return -HUGE_VAL;
    if (p >= 1.0)
        return HUGE_VAL;
    static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
                               1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                               6.680131188771972e+01, -1.328068155288572e+01};
    static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                               -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                               3.754408661907416e+00};
    const double low = 0.02425;
    double x;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (p <= 1 - low) {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    } else {
        const double q = std::sqrt(-2 * std::log(1 - p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    // One Halley step polishes the approximation to full double precision.
    const double e = normalCdf(x) - p;
    const double u = e * std::sqrt(2 * M_PI) * std::exp(x * x / 2);
    return x - u / (1 + x * u / 2);
}

double normalLoss(double z)
{
    return normalPdf(z) - z * (1.0 - normalCdf(z));
}

double expectedSales(double mean, double sd, double stock)
{
    if (stock <= 0.0)
        return 0.0;
    if (sd <= 1e-12)
        return std::min(mean, stock);
    return std::max(0.0, mean - sd * normalLoss((stock - mean) / sd));
}

} // namespace bva::forecast

namespace bva::forecast {

int countQuantile(double mean, double variance, double p, bool nearest)
{
    if (!(mean > 0.0) || !(p > 0.0))
        return 0;
    const bool poisson = !(variance > mean * (1.0 + 1e-9));
    const double r = poisson ? 0.0 : mean * mean / (variance - mean); // NB size
    double pmf = poisson ? std::exp(-mean) : std::exp(r * std::log(r / (r + mean)));
    double cdf = pmf;
    const double q = poisson ? 0.0 : mean / (r + mean);
    const int cap = int(mean + 60.0 * std::sqrt(std::max(variance, mean)) + 50.0);
    int k = 0;
    double below = 0.0; // P(D <= k - 1)
    while (cdf < p && k < cap) {
        below = cdf;
        pmf *= poisson ? mean / (k + 1) : (k + r) / (k + 1) * q;
        cdf += pmf;
        ++k;
    }
    return nearest && k > 0 && p - below < cdf - p ? k - 1 : k;
}

int countLowerEnd(double mean, double variance, double p)
{
    if (!(mean > 0.0) || !(p > 0.0))
        return 0;
    const bool poisson = !(variance > mean * (1.0 + 1e-9));
    const double r = poisson ? 0.0 : mean * mean / (variance - mean);
    double pmf = poisson ? std::exp(-mean) : std::exp(r * std::log(r / (r + mean)));
    const double q = poisson ? 0.0 : mean / (r + mean);
    const int cap = int(mean + 60.0 * std::sqrt(std::max(variance, mean)) + 50.0);
    // below = P(D < k); stop at the first k whose P(D < k + 1) reaches p.
    double below = 0.0;
    int k = 0;
    while (below + pmf < p && k < cap) {
        below += pmf;
        pmf *= poisson ? mean / (k + 1) : (k + r) / (k + 1) * q;
        ++k;
    }
    return p - below < below + pmf - p ? k : k + 1;
}

double countShortfall(double mean, double variance, int stock)
{
    if (!(mean > 0.0))
        return 0.0;
    if (stock <= 0)
        return mean;
    // E[(D - s)+] = mean - s + E[(s - D)+], the last a finite sum.
    const bool poisson = !(variance > mean * (1.0 + 1e-9));
    const double r = poisson ? 0.0 : mean * mean / (variance - mean);
    const double q = poisson ? 0.0 : mean / (r + mean);
    double pmf = poisson ? std::exp(-mean) : std::exp(r * std::log(r / (r + mean)));
    double over = 0.0;
    for (int k = 0; k < stock; ++k) {
        over += (stock - k) * pmf;
        pmf *= poisson ? mean / (k + 1) : (k + r) / (k + 1) * q;
    }
    return std::max(0.0, mean - stock + over);
}

double successiveDispersion(const double *y, int n)
{
    double sum = 0.0, squares = 0.0;
    for (int t = 0; t < n; ++t) {
        sum += y[t];
        if (t > 0)
            squares += (y[t] - y[t - 1]) * (y[t] - y[t - 1]);
    }
    if (n < 2 || !(sum > 0.0))
        return 0.0;
    return squares / (2.0 * (n - 1)) / (sum / n);
}

} // namespace bva::forecast

namespace bva::forecast {

double varianceDegreesOfFreedom(const double *y, int n)
{
    if (n < 4)
        return 0.0;
    double mean = 0.0;
    for (int t = 0; t < n; ++t)
        mean += y[t] / n;
    double m2 = 0.0, m4 = 0.0;
    for (int t = 0; t < n; ++t) {
        const double d = (y[t] - mean) * (y[t] - mean);
        m2 += d / n;
        m4 += d * d / n;
    }
    if (!(m2 > 0.0))
        return double(n - 1);
    const double excess = std::max(0.0, m4 / (m2 * m2) - 3.0);
    return 2.0 / (2.0 / (n - 1) + excess / n);
}

namespace {

// The eight negative binomials (or Poissons) of countPmfOverVariance, walked up one count at a time.
struct VarianceMixture
{
    static constexpr int kPoints = 8;
    std::array<double, kPoints> pmf{}, r{}, q{};
    std::array<bool, kPoints> poisson{};
    double mean = 0.0;
    int cap = 0;

    VarianceMixture(double m, double variance, double df)
        : mean(m)
    {
        // χ²_df / df at the midpoints of eight equal slices (Wilson-Hilferty), at least 0.05: a guard
        // for df under 2, where the cube root's normal reading leaves the χ² range. Only the
        // overdispersion above the Poisson variance is estimated; the Poisson part follows the mean.
        double widest = m;
        for (int i = 0; i < kPoints; ++i) {
            const double a = 2.0 / (9.0 * df);
            const double c = 1.0 - a + normalQuantile((i + 0.5) / kPoints) * std::sqrt(a);
            const double v = m + std::max(0.0, variance - m) / std::max(0.05, c * c * c);
            widest = std::max(widest, v);
            poisson[size_t(i)] = !(v > m * (1.0 + 1e-9));
            r[size_t(i)] = poisson[size_t(i)] ? 0.0 : m * m / (v - m);
            q[size_t(i)] = poisson[size_t(i)] ? 0.0 : m / (r[size_t(i)] + m);
            pmf[size_t(i)] = poisson[size_t(i)]
                                 ? std::exp(-m)
                                 : std::exp(r[size_t(i)] * std::log(r[size_t(i)] / (r[size_t(i)] + m)));
        }
        cap = int(m + 60.0 * std::sqrt(widest) + 50.0);
    }
    double at() const // P(D = k) of the current k
    {
        double sum = 0.0;
        for (double p : pmf)
            sum += p / kPoints;
        return sum;
    }
    void next(int k) // from k to k + 1
    {
        for (size_t i = 0; i < size_t(kPoints); ++i)
            pmf[i] *= poisson[i] ? mean / (k + 1) : (k + r[i]) / (k + 1) * q[i];
    }
};

} // namespace

std::vector<double> countPmfOverVariance(double mean, double variance, double df)
{
    if (!(mean > 0.0))
        return {1.0};
    VarianceMixture d(mean, variance, df);
    std::vector<double> pmf;
    for (int k = 0; k < d.cap; ++k) {
        pmf.push_back(d.at());
        d.next(k);
    }
    return pmf;
}

int countQuantileOverVariance(double mean, double variance, double df, double p)
{
    if (!(mean > 0.0) || !(p > 0.0))
        return 0;
    VarianceMixture d(mean, variance, df);
    double below = 0.0; // P(D <= k - 1)
    for (int k = 0; k < d.cap; ++k) {
        const double cdf = below + d.at();
        if (cdf >= p - 1e-12)
            return k > 0 && p - below < cdf - p ? k - 1 : k;
        below = cdf;
        d.next(k);
    }
    return d.cap;
}

int countLowerEndOverVariance(double mean, double variance, double df, double p)
{
    if (!(mean > 0.0) || !(p > 0.0))
        return 0;
    VarianceMixture d(mean, variance, df);
    double below = 0.0; // P(D < k)
    for (int k = 0; k < d.cap; ++k) {
        const double pk = d.at();
        if (below + pk >= p)
            return p - below < below + pk - p ? k : k + 1;
        below += pk;
        d.next(k);
    }
    return d.cap;
}

} // namespace bva::forecast
