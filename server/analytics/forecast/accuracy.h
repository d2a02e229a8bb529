// Scaled accuracy measures: MASE and RMSSE, scaled by the in-sample seasonal naive errors of the
// training part (lag m; lag 1 when the training part is shorter than two seasons).
#pragma once

#include <cmath>
#include <limits>

namespace bva::forecast {

struct Accuracy
{
    double mase = std::numeric_limits<double>::quiet_NaN(); // NaN: the scale is zero
    double rmsse = std::numeric_limits<double>::quiet_NaN();
};

struct ErrorScale
{
    double mae = 0.0; // mean |y_t - y_{t-lag}|
    double mse = 0.0; // mean (y_t - y_{t-lag})²
};

ErrorScale errorScale(const double *train, int n, int m);
Accuracy accuracy(const ErrorScale &scale, const double *actual, const double *forecast, int h);

} // namespace bva::forecast
