#include "model.h"

#include "adida.h"
#include "croston.h"
#include "ets.h"
#include "imapa.h"
#include "meanlevel.h"
#include "seasonalnaive.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace bva::forecast {

QString ModelSpec::name() const
{
    switch (family) {
    case ModelFamily::SeasonalNaive:
        return u"SNaive"_s;
    case ModelFamily::Croston:
        return u"Croston"_s;
    case ModelFamily::Sba:
        return u"SBA"_s;
    case ModelFamily::Tsb:
        return u"TSB"_s;
    case ModelFamily::Adida:
        return u"ADIDA"_s;
    case ModelFamily::Imapa:
        return u"iMAPA"_s;
    case ModelFamily::MeanLevel:
        return u"MeanLevel"_s;
    case ModelFamily::Ets:
        break;
    }
    const QString t = trend == Trend::None ? u"N"_s : trend == Trend::Additive ? u"A"_s : u"Ad"_s;
    const QString s = season == Season::None ? u"N"_s : season == Season::Additive ? u"A"_s : u"M"_s;
    return u"ETS(A,"_s + t + u',' + s + u')';
}

std::unique_ptr<Model> fitModel(const ModelSpec &spec, const double *y, int n, int m, bool seasonAdjusted)
{
    switch (spec.family) {
    case ModelFamily::SeasonalNaive:
        return SeasonalNaive::fit(y, n, m);
    case ModelFamily::Ets:
        return EtsModel::fit(spec.trend, spec.season, y, n, m);
    case ModelFamily::Croston:
    case ModelFamily::Sba:
    case ModelFamily::Tsb:
        return CrostonModel::fit(spec.family, y, n);
    case ModelFamily::Adida:
        return AdidaModel::fit(y, n, m);
    case ModelFamily::Imapa:
        // Buckets of one to m periods over a weekday (daily) or month-of-year (monthly) profile.
        return ImapaModel::fit(y, n, m, m, !seasonAdjusted);
    case ModelFamily::MeanLevel:
        return MeanLevelModel::fit(y, n);
    }
    return SeasonalNaive::fit(y, n, m);
}

std::vector<double> oneStepResiduals(Model &model, const double *y, int n)
{
    std::vector<double> r(size_t(std::max(n, 0)));
    model.reset();
    double f = 0.0;
    for (int t = 0; t < n; ++t) {
        model.forecast(1, &f);
        r[size_t(t)] = y[t] - f;
        model.update(y[t]);
    }
    return r;
}

} // namespace bva::forecast
