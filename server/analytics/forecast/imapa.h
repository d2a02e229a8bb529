// iMAPA (Petropoulos & Kourentzes 2015): the series is seen at several temporal aggregation levels
// (buckets of 1 … K periods), each level's bucket totals are smoothed on their own, and the per-period
// rates of all levels are averaged. Low levels follow changes, high ones see through a slow item's
// zeros; the average is steadier than any single choice of bucket. Daily series are divided by a
// weekday profile first (shares shrunk toward even, as in ADIDA) and multiplied back when forecasting.
#pragma once

#include "model.h"

#include <vector>

namespace bva::forecast {

class ImapaModel final : public Model
{
public:
    struct Level
    {
        int bucket = 1;
        double alpha = 0.1;
        double level0 = 0.0; // initial bucket total
    };
    struct Params
    {
        std::vector<Level> levels;
        std::vector<double> profile; // factor per season position, mean 1 (empty: none)
    };

    explicit ImapaModel(const Params &params);
    // Buckets 1 … maxBucket; a weekday/month profile of length m when `profile` is set.
    static std::unique_ptr<Model> fit(const double *y, int n, int m, int maxBucket, bool profile);

    ModelSpec spec() const override { return {ModelFamily::Imapa, Trend::None, Season::None}; }
    std::unique_ptr<Model> clone() const override { return std::make_unique<ImapaModel>(*this); }
    void reset() override;
    void update(double y) override;
    void forecast(int h, double *out) const override;
    double varianceMultiplier(int step) const override;
    int parameterCount() const override { return int(m_p.levels.size()); }
    QString parameterText() const override;

private:
    double factor(long t) const;

    Params m_p;
    std::vector<double> m_level;
    std::vector<double> m_partial;
    long m_t = 0;
};

} // namespace bva::forecast
