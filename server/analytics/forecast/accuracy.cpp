#include "accuracy.h"

namespace bva::forecast {

ErrorScale errorScale(const double *y, int n, int m)
{
    const int lag = n >= 2 * m ? m : 1;
    ErrorScale s;
    int count = 0;
    for (int t = lag; t < n; ++t) {
        const double d = y[t] - y[t - lag];
        s.mae += std::abs(d);
        s.mse += d * d;
        ++count;
    }
    if (count > 0) {
        s.mae /= count;
        s.mse /= count;
    }
    return s;
}

Accuracy accuracy(const ErrorScale &scale, const double *actual, const double *forecast, int h)
{
    Accuracy a;
    if (h <= 0)
        return a;
    double ae = 0.0, se = 0.0;
    for (int k = 0; k < h; ++k) {
        const double e = actual[k] - forecast[k];
        ae += std::abs(e);
        se += e * e;
    }
    if (scale.mae > 0)
        a.mase = ae / h / scale.mae;
    if (scale.mse > 0)
        a.rmsse = std::sqrt(se / h / scale.mse);
    return a;
}

} // namespace bva::forecast
