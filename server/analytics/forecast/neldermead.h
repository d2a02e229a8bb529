// Nelder-Mead simplex minimiser for the few smoothing parameters of a model (no derivatives needed;
// the objectives are piecewise smooth and cheap).
#pragma once

#include <functional>
#include <vector>

namespace bva::forecast {

struct NelderMeadResult
{
    std::vector<double> x;
    double value = 0.0;
    int evaluations = 0;
};

struct NelderMeadOptions
{
    double initialStep = 0.1;
    double tolerance = 1e-7; // stop when the simplex values differ by less (relative)
    int maxEvaluations = 400;
};

NelderMeadResult nelderMead(const std::function<double(const double *)> &f, std::vector<double> x0,
                            const NelderMeadOptions &options = {});

} // namespace bva::forecast
