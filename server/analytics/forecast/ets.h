// Exponential smoothing with additive errors (Holt-Winters family): level, optional additive or
// damped trend, optional additive or multiplicative season. Parameters minimise the one-step
// squared error with Nelder-Mead under the usual admissible bounds.
#pragma once

#include "model.h"

#include <array>

namespace bva::forecast {

class EtsModel final : public Model
{
public:
    static constexpr int kMaxSeason = 64;

    struct Params
    {
        double alpha = 0.3;
        double beta = 0.0;
        double gamma = 0.0;
        double phi = 1.0;
        double level = 0.0; // states before the first observation
        double slope = 0.0;
        std::array<double, kMaxSeason> season{}; // season[i] applies to observation i (mod m)
    };

    EtsModel(Trend trend, Season season, int m, const Params &params);
    static std::unique_ptr<Model> fit(Trend trend, Season season, const double *y, int n, int m);
    // Heuristic initial states from the first seasons (classical decomposition).
    static Params initialStates(Trend trend, Season season, const double *y, int n, int m);
    // One-step sum of squared errors; +inf when the model leaves its admissible region.
    static double sse(Trend trend, Season season, int m, const Params &p, const double *y, int n);

    ModelSpec spec() const override { return {ModelFamily::Ets, m_trend, m_season}; }
    std::unique_ptr<Model> clone() const override { return std::make_unique<EtsModel>(*this); }
    void reset() override;
    void update(double y) override;
    void forecast(int h, double *out) const override;
    double varianceMultiplier(int step) const override;
    int parameterCount() const override;
    QString parameterText() const override;
    const Params &params() const { return m_p; }

private:
    Trend m_trend;
    Season m_season;
    int m_m;
    Params m_p;
    double m_l = 0.0;
    double m_b = 0.0;
    std::array<double, kMaxSeason> m_s{};
    int m_pos = 0;
};

} // namespace bva::forecast
