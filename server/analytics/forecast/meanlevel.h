// A level that reverts to the history's mean: ETS(A,N,N) whose level deviation from the mean of the fitted
// history decays by φ a period (ARMA(1,1) around a fixed mean). Daily regular demand wanders around a
// product's usual rate (a promotion, a stock-out, a week of fashion) more often than it walks away from it;
// the backtest refuses it for a product that grows or dies (issue 22, daily smooth).
#pragma once

#include "model.h"

namespace bva::forecast {

class MeanLevelModel final : public Model
{
public:
    struct Params
    {
        double alpha = 0.2;
        double phi = 0.95;
        double mean = 0.0;  // of the fitted history
        double level = 0.0; // before the first observation
    };

    explicit MeanLevelModel(const Params &params);
    static std::unique_ptr<Model> fit(const double *y, int n);
    static double sse(const Params &p, const double *y, int n);

    ModelSpec spec() const override { return {ModelFamily::MeanLevel}; }
    std::unique_ptr<Model> clone() const override { return std::make_unique<MeanLevelModel>(*this); }
    void reset() override { m_l = m_p.level; }
    void update(double y) override;
    void forecast(int h, double *out) const override;
    double varianceMultiplier(int step) const override;
    int parameterCount() const override { return 3; }
    QString parameterText() const override;
    const Params &params() const { return m_p; }

private:
    Params m_p;
    double m_l = 0.0;
};

} // namespace bva::forecast
