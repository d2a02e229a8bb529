// Seasonal naive: tomorrow is the same weekday last week (daily) or the same month last year.
#pragma once

#include "model.h"

namespace bva::forecast {

class SeasonalNaive final : public Model
{
public:
    explicit SeasonalNaive(int m);
    static std::unique_ptr<Model> fit(const double *y, int n, int m);

    ModelSpec spec() const override { return {ModelFamily::SeasonalNaive, Trend::None, Season::None}; }
    std::unique_ptr<Model> clone() const override { return std::make_unique<SeasonalNaive>(*this); }
    void reset() override;
    void update(double y) override;
    void forecast(int h, double *out) const override;
    double varianceMultiplier(int step) const override;
    int parameterCount() const override { return 0; }
    QString parameterText() const override { return {}; }

private:
    int m_m;
    std::vector<double> m_last; // ring buffer of the last m values
    int m_seen = 0;
};

} // namespace bva::forecast
