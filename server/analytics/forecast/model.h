// A fitted forecasting model: fixed parameters plus a state that is filtered period by period, so
// one fit serves both the rolling-origin backtest (forecast, then feed the actual) and the final forecast.
#pragma once

#include <QString>
#include <memory>
#include <vector>

namespace bva::forecast {

enum class ModelFamily { SeasonalNaive, Ets, Croston, Sba, Tsb, Adida, Imapa, MeanLevel };
enum class Trend { None, Additive, Damped };
enum class Season { None, Additive, Multiplicative };

struct ModelSpec
{
    ModelFamily family = ModelFamily::SeasonalNaive;
    Trend trend = Trend::None;
    Season season = Season::None;

    QString name() const; // "SNaive", "ETS(A,Ad,A)", "Croston", "SBA", "TSB", "ADIDA", "iMAPA", "MeanLevel"
    friend bool operator==(const ModelSpec &, const ModelSpec &) = default;
};

class Model
{
public:
    virtual ~Model() = default;
    virtual ModelSpec spec() const = 0;
    virtual std::unique_ptr<Model> clone() const = 0;
    // Back to the state before the first observation (initial states belong to the fit).
    virtual void reset() = 0;
    virtual void update(double y) = 0;
    virtual void forecast(int h, double *out) const = 0;
    // Var(h-step error) / Var(one-step error).
    virtual double varianceMultiplier(int step) const = 0;
    virtual int parameterCount() const = 0;
    // Human-readable parameters ("alpha=0.21 gamma=0.05").
    virtual QString parameterText() const = 0;

    double sigma() const { return m_sigma; }
    void setSigma(double s) { m_sigma = s; }

private:
    double m_sigma = 0.0;
};

// Fits `spec` to y[0..n) with season length m. Never fails: short or degenerate data gives a
// model with sensible fixed parameters.
// `seasonAdjusted`: y is already divided by a season profile, so iMAPA does not learn one of its own.
std::unique_ptr<Model> fitModel(const ModelSpec &spec, const double *y, int n, int m,
                                bool seasonAdjusted = false);

// One-step-ahead in-sample residuals of a fitted model (after reset), for sigma and tests.
std::vector<double> oneStepResiduals(Model &model, const double *y, int n);

} // namespace bva::forecast
