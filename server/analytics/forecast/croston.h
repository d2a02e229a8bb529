// Intermittent demand: Croston (sizes and intervals smoothed separately), SBA (Syntetos-Boylan
// bias correction) and TSB (demand probability smoothed every period, so dying items decay).
#pragma once

#include "model.h"

namespace bva::forecast {

class CrostonModel final : public Model
{
public:
    struct Params
    {
        double alpha = 0.1; // sizes (and intervals for Croston/SBA)
        double beta = 0.05; // TSB: probability of demand
        double size0 = 0.0; // initial states
        double interval0 = 1.0;
        double probability0 = 0.0;
    };

    CrostonModel(ModelFamily family, const Params &params);
    // Smoothing constants from a small grid by one-step squared error (the grid keeps it robust).
    static std::unique_ptr<Model> fit(ModelFamily family, const double *y, int n);
    static Params initialStates(const double *y, int n);

    ModelSpec spec() const override { return {m_family, Trend::None, Season::None}; }
    std::unique_ptr<Model> clone() const override { return std::make_unique<CrostonModel>(*this); }
    void reset() override;
    void update(double y) override;
    void forecast(int h, double *out) const override;
    double varianceMultiplier(int step) const override;
    int parameterCount() const override { return m_family == ModelFamily::Tsb ? 2 : 1; }
    QString parameterText() const override;
    const Params &params() const { return m_p; }

private:
    double current() const;

    ModelFamily m_family;
    Params m_p;
    double m_size = 0.0;
    double m_interval = 1.0;
    double m_probability = 0.0;
    int m_sinceDemand = 1;
};

} // namespace bva::forecast
