// ADIDA (Nikolopoulos et al. 2011): aggregate daily demand into whole weeks, where a slow item's
// zeros mostly disappear, smooth the weekly totals, and give each future day the weekly level times
// its weekday's share of the history.
#pragma once

#include "model.h"

#include <vector>

namespace bva::forecast {

// Each season position's share of the history's total, shrunk toward even shares (sums to 1).
std::vector<double> seasonShares(const double *y, int n, int m);

// Simple exponential smoothing of the totals of whole buckets of `bucket` periods: the initial total
// (their mean) and α from a small grid by one-step squared error of the totals.
struct BucketLevel
{
    double level0 = 0.0;
    double alpha = 0.1;
};
BucketLevel smoothBuckets(const double *y, int n, int bucket);

class AdidaModel final : public Model
{
public:
    struct Params
    {
        double alpha = 0.1;         // smoothing of the bucket totals
        double level0 = 0.0;        // initial bucket total
        std::vector<double> shares; // share of a bucket's total per position, summing to 1
    };

    explicit AdidaModel(const Params &params);
    // Bucket length m (the season); alpha from a small grid by one-step squared error of the totals.
    static std::unique_ptr<Model> fit(const double *y, int n, int m);

    ModelSpec spec() const override { return {ModelFamily::Adida, Trend::None, Season::None}; }
    std::unique_ptr<Model> clone() const override { return std::make_unique<AdidaModel>(*this); }
    void reset() override;
    void update(double y) override;
    void forecast(int h, double *out) const override;
    double varianceMultiplier(int step) const override;
    int parameterCount() const override { return 1; }
    QString parameterText() const override;

private:
    Params m_p;
    double m_level = 0.0;
    double m_partial = 0.0;
    long m_t = 0;
};

} // namespace bva::forecast
