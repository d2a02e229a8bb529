#include "neldermead.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bva::forecast {

NelderMeadResult nelderMead(const std::function<double(const double *)> &f, std::vector<double> x0,
                            const NelderMeadOptions &o)
{
    const size_t d = x0.size();
    std::vector<std::vector<double>> p(d + 1, x0);
    std::vector<double> fv(d + 1);
    int evals = 0;
    auto eval = [&](const std::vector<double> &x) {
        ++evals;
        const double v = f(x.data());
        return std::isfinite(v) ? v : 1e300;
    };
    for (size_t i = 0; i < d; ++i)
        p[i + 1][i] += (x0[i] >= 0.5 ? -o.initialStep : o.initialStep);
    for (size_t i = 0; i <= d; ++i)
        fv[i] = eval(p[i]);

    std::vector<size_t> idx(d + 1);
    std::vector<double> centroid(d), xr(d), xe(d), xc(d);
    while (evals < o.maxEvaluations) {
        std::iota(idx.begin(), idx.end(), 0);
        std::sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return fv[a] < fv[b]; });
        const size_t best = idx.front(), worst = idx.back(), second = idx[d - 1 < d ? d - 1 : 0];
        if (std::abs(fv[worst] - fv[best]) <= o.tolerance * (std::abs(fv[best]) + 1e-12))
            break;
        std::fill(centroid.begin(), centroid.end(), 0.0);
        for (size_t k = 0; k < d; ++k)
            for (size_t i = 0; i < d; ++i)
                centroid[i] += p[idx[k]][i] / double(d);
        for (size_t i = 0; i < d; ++i)
            xr[i] = centroid[i] + (centroid[i] - p[worst][i]);
        const double fr = eval(xr);
        if (fr < fv[best]) {
            for (size_t i = 0; i < d; ++i)
                xe[i] = centroid[i] + 2.0 * (centroid[i] - p[worst][i]);
            const double fe = eval(xe);
            if (fe < fr) {
                p[worst] = xe;
                fv[worst] = fe;
            } else {
                p[worst] = xr;
                fv[worst] = fr;
            }
            continue;
        }
        if (fr < fv[second]) {
            p[worst] = xr;
            fv[worst] = fr;
            continue;
        }
        const bool outside = fr < fv[worst];
        for (size_t i = 0; i < d; ++i)
            xc[i] = outside ? centroid[i] + 0.5 * (xr[i] - centroid[i])
                            : centroid[i] + 0.5 * (p[worst][i] - centroid[i]);
        const double fc = eval(xc);
        if (fc < (outside ? fr : fv[worst])) {
            p[worst] = xc;
            fv[worst] = fc;
            continue;
        }
        for (size_t k = 1; k <= d; ++k) {
            const size_t j = idx[k];
            for (size_t i = 0; i < d; ++i)
                p[j][i] = p[best][i] + 0.5 * (p[j][i] - p[best][i]);
            fv[j] = eval(p[j]);
        }
    }
    const size_t b = size_t(std::min_element(fv.begin(), fv.end()) - fv.begin());
    return {p[b], fv[b], evals};
}

} // namespace bva::forecast
