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

void addCountPmf(double mean, double variance, double weight, std::vector<double> &pmf)
{
    const bool poisson = !(variance > mean * (1.0 + 1e-9));
    const double r = poisson ? 0.0 : mean * mean / (variance - mean);
    const double q = poisson ? 0.0 : mean / (r + mean);
    double p = poisson ? std::exp(-mean) : std::exp(r * std::log(r / (r + mean)));
    for (size_t k = 0; k < pmf.size(); ++k) {
        pmf[k] += weight * p;
        p *= poisson ? mean / double(k + 1) : (double(k) + r) / double(k + 1) * q;
    }
}

} // namespace

std::vector<double> countPmfOverVariance(double mean, double variance, double df)
{
    constexpr int kPoints = 8;
    // χ²_df / df at the midpoints of eight equal slices (Wilson-Hilferty), at least 0.05: a guard for
    // df under 2, where the cube root's normal reading leaves the χ² range.
    std::array<double, kPoints> scale{};
    for (int i = 0; i < kPoints; ++i) {
        const double a = 2.0 / (9.0 * df);
        const double c = 1.0 - a + normalQuantile((i + 0.5) / kPoints) * std::sqrt(a);
        scale[size_t(i)] = std::max(0.05, c * c * c);
    }
    const double widest = mean + std::max(0.0, variance - mean) / scale[0];
    std::vector<double> pmf(size_t(mean + 60.0 * std::sqrt(widest) + 50.0), 0.0);
    if (!(mean > 0.0)) {
        pmf.assign(1, 1.0);
        return pmf;
    }
    for (double c : scale)
        addCountPmf(mean, mean + std::max(0.0, variance - mean) / c, 1.0 / kPoints, pmf);
    return pmf;
}

int pmfLowerEnd(const std::vector<double> &pmf, double p)
{
    double below = 0.0; // P(D < k)
    for (size_t k = 0; k < pmf.size(); ++k) {
        if (below + pmf[k] >= p)
            return p - below < below + pmf[k] - p ? int(k) : int(k) + 1;
        below += pmf[k];
    }
    return int(pmf.size()) - 1;
}

} // namespace bva::forecast
