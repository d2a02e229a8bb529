// bva-forecast: demand forecasts (or a holdout evaluation) for every series of a CSV file.
#include "analytics/forecast/accuracy.h"
#include "analytics/forecast/csvseries.h"
#include "analytics/forecast/forecaster.h"
#include "analytics/forecast/levelshrink.h"
#include "util/clock.h"
#include "util/csvwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentMap>
#include <cmath>
#include <cstdio>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace bva::forecast;

namespace {

struct Evaluation
{
    QString model;
    Accuracy chosen;
    Accuracy naive;
    QString demandClass;
    double cover80 = 0.0; // share of held-out points inside the 80% and 95% intervals
    double cover95 = 0.0;
    bool skipped = false;
};

void meanInto(double v, double *sum, int *count)
{
    if (std::isfinite(v)) {
        *sum += v;
        ++*count;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bva-forecast"_s);
    QCoreApplication::setApplicationVersion(u"" BVA_VERSION ""_s);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("bva-forecast", "Forecasts every series of a CSV file with the header "
                                                    "series,date,quantity (daily or monthly ISO dates)."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption horizonOpt(
        u"horizon"_s, QCoreApplication::translate("bva-forecast", "Periods to forecast."), u"H"_s);
    QCommandLineOption evaluateOpt(
        u"evaluate"_s,
        QCoreApplication::translate("bva-forecast", "Hold out the last K points of each series and "
                                                    "print MASE and RMSSE instead of forecasts."),
        u"K"_s);
    QCommandLineOption levelOpt(
        u"level"_s,
        QCoreApplication::translate("bva-forecast", "Prediction interval in percent (default 95)."), u"P"_s,
        u"95"_s);
    QCommandLineOption noEventsOpt(
        u"no-events"_s,
        QCoreApplication::translate("bva-forecast", "Do not learn payday and mega-sale effects."));
    QCommandLineOption modelOpt(
        u"model"_s,
        QCoreApplication::translate("bva-forecast", "Force one model: snaive, croston, sba, tsb."),
        u"NAME"_s);
    const QCommandLineOption nowOpt = bva::Clock::commandLineOption();
    parser.addOptions({horizonOpt, evaluateOpt, levelOpt, noEventsOpt, modelOpt, nowOpt});
    parser.addPositionalArgument(u"FILE"_s,
                                 QCoreApplication::translate("bva-forecast", "CSV file, or - for stdin."));
    parser.process(app);

    if (auto clock = bva::Clock::applyOption(parser, nowOpt); !clock) {
        err << clock.error().message << '\n';
        return 2;
    }
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        err << QCoreApplication::translate("bva-forecast", "error: expected exactly one FILE (or -)") << '\n';
        return 2;
    }
    bool ok = true;
    const bool evaluate = parser.isSet(evaluateOpt);
    const int horizon = parser.isSet(horizonOpt) ? parser.value(horizonOpt).toInt(&ok) : 0;
    if (!ok || (parser.isSet(horizonOpt) && horizon < 1)) {
        err << QCoreApplication::translate("bva-forecast", "error: --horizon needs a positive whole number")
            << '\n';
        return 2;
    }
    const int holdout = evaluate ? parser.value(evaluateOpt).toInt(&ok) : 0;
    if (!ok || (evaluate && holdout < 1)) {
        err << QCoreApplication::translate("bva-forecast", "error: --evaluate needs a positive whole number")
            << '\n';
        return 2;
    }
    if (!evaluate && !parser.isSet(horizonOpt)) {
        err << QCoreApplication::translate("bva-forecast", "error: give --horizon H or --evaluate K") << '\n';
        return 2;
    }
    const double level = parser.value(levelOpt).toDouble(&ok);
    if (!ok || level <= 0 || level >= 100) {
        err << QCoreApplication::translate("bva-forecast", "error: --level must be between 0 and 100")
            << '\n';
        return 2;
    }
    std::optional<ModelSpec> forced;
    if (parser.isSet(modelOpt)) {
        const QString name = parser.value(modelOpt).toLower();
        if (name == u"snaive")
            forced = ModelSpec{ModelFamily::SeasonalNaive};
        else if (name == u"croston")
            forced = ModelSpec{ModelFamily::Croston};
        else if (name == u"sba")
            forced = ModelSpec{ModelFamily::Sba};
        else if (name == u"tsb")
            forced = ModelSpec{ModelFamily::Tsb};
        else {
            err << QCoreApplication::translate("bva-forecast", "error: unknown model %1").arg(name) << '\n';
            return 2;
        }
    }

    QFile file;
    const QString path = args.first();
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                     : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        err << QCoreApplication::translate("bva-forecast", "error: cannot read %1: %2")
                   .arg(path, file.errorString())
            << '\n';
        return 1;
    }
    auto parsed = parseSeriesCsv(file.readAll());
    if (!parsed) {
        err << QCoreApplication::translate("bva-forecast", "error: %1: %2")
                   .arg(path == u"-" ? u"stdin"_s : path, parsed.error().message)
            << '\n';
        return 1;
    }
    const std::vector<CsvSeries> &all = parsed.value();

    ForecastOptions base;
    base.level = level / 100.0;
    base.learnEvents = !parser.isSet(noEventsOpt);
    base.forceModel = forced;
    std::vector<int> order(all.size());
    std::iota(order.begin(), order.end(), 0);
    QTextStream out(stdout);

    // The file's series of one frequency, without their last `holdoutPeriods` periods (at least `least`
    // left).
    const auto training = [&](Frequency f, int holdoutPeriods, int least) {
        std::vector<TimeSeries> series;
        for (const CsvSeries &c : all) {
            if (c.series.frequency != f || c.series.size() - holdoutPeriods < least)
                continue;
            series.push_back(c.series);
            series.back().values.resize(size_t(c.series.size() - holdoutPeriods));
        }
        return series;
    };

    // Payday factors by kind learned on the file's daily total, the prior of each regular daily series' own
    // (as the service learns a shop's; slow items keep their single payday factor and its flat prior).
    // Their spread between the file's regular series weighs each one's own evidence (poolPaydayKinds).
    const auto eventsOf = [](const std::vector<TimeSeries> &daily) {
        TimeSeries total;
        for (const TimeSeries &s : daily) {
            if (s.values.empty())
                continue;
            if (total.values.empty() || s.start < total.start) {
                const int shift = total.values.empty() ? 0 : int(s.start.daysTo(total.start));
                total.values.insert(total.values.begin(), size_t(shift), 0.0);
                total.start = s.start;
            }
            const int offset = int(total.start.daysTo(s.start));
            if (int(total.values.size()) < offset + s.size())
                total.values.resize(size_t(offset + s.size()), 0.0);
            for (int t = 0; t < s.size(); ++t)
                total.values[size_t(offset + t)] += s.values[size_t(t)];
        }
        EventFactors prior;
        if (!total.values.empty()) {
            const EventFactors group = learnEventFactors(total);
            prior.splitPayday = group.splitPayday;
            prior.payday30 = group.payday30;
            prior.afterPayday = group.afterPayday;
            prior = poolPaydayKinds(prior, daily);
        }
        return prior;
    };

    // Month-of-year indices shared by the file's monthly series (short histories are adjusted by them),
    // weekday indices shared by its regular daily series (their own are shrunk toward them) and the event
    // prior; for the backtests, the same learned from the periods before their first origin only.
    const bool learnEvents = base.learnEvents;
    const auto learnGroups = [&](int holdoutPeriods) {
        const std::vector<TimeSeries> daily = training(Frequency::Daily, holdoutPeriods, 1);
        const std::vector<TimeSeries> monthly = training(Frequency::Monthly, holdoutPeriods, 2);
        base.groupSeason = groupSeason(monthly);
        base.groupWeekday = groupWeekday(daily);
        if (learnEvents)
            base.eventPrior = eventsOf(daily);
        base.backtestGroup = std::make_shared<const BacktestGroup>([=](QDate day) {
            const auto before = [day](const std::vector<TimeSeries> &series) {
                std::vector<TimeSeries> out;
                for (const TimeSeries &s : series)
                    out.push_back(truncatedBefore(s, day));
                return out;
            };
            const std::vector<TimeSeries> dailyBefore = before(daily);
            return GroupLearning{groupWeekday(dailyBefore),
                                 learnEvents ? eventsOf(dailyBefore) : EventFactors{},
                                 groupSeason(before(monthly))};
        });
    };

    if (!evaluate) {
        learnGroups(0);
        std::vector<SeriesForecast> results(all.size());
        QtConcurrent::blockingMap(order, [&](int i) {
            ForecastOptions o = base;
            o.horizon = horizon;
            results[size_t(i)] = forecastSeries(all[size_t(i)].series, o);
        });
        shrinkLevels(results, base.level);
        calibrateIntervals(results, base.level);
        out << "series,date,forecast,lower,upper\n";
        for (size_t i = 0; i < all.size(); ++i) {
            const CsvSeries &s = all[i];
            const QString name = bva::CsvWriter::textCell(s.name);
            for (int k = 0; k < horizon; ++k) {
                out << name << ',' << s.dateAt(s.series.size() + k).toString(Qt::ISODate) << ','
                    << csvNumber(results[i].mean[size_t(k)]) << ',' << csvNumber(results[i].lower[size_t(k)])
                    << ',' << csvNumber(results[i].upper[size_t(k)]) << '\n';
            }
        }
        return 0;
    }

    // Every series is forecast first, so the intervals can be calibrated on the pooled backtests of
    // each demand class (as the service does for a shop's products) before coverage is counted.
    std::vector<Evaluation> evals(all.size());
    std::vector<SeriesForecast> chosen(all.size());
    learnGroups(holdout); // from the training parts only
    QtConcurrent::blockingMap(order, [&](int i) {
        const CsvSeries &s = all[size_t(i)];
        Evaluation &e = evals[size_t(i)];
        const int n = s.series.size() - holdout;
        const int m = seasonLength(s.series.frequency);
        if (n < 2) {
            e.skipped = true;
            return;
        }
        TimeSeries train = s.series;
        train.values.resize(size_t(n));
        const double *actual = s.series.values.data() + n;
        ForecastOptions o = base;
        o.horizon = holdout;
        chosen[size_t(i)] = forecastSeries(train, o);
        // The benchmark baseline is plain seasonal naive, without learned calendar effects.
        o.forceModel = ModelSpec{ModelFamily::SeasonalNaive};
        o.learnEvents = false;
        const SeriesForecast naive = forecastSeries(train, o);
        e.naive = accuracy(errorScale(train.values.data(), n, m), actual, naive.mean.data(), holdout);
    });
    // The run's levels and intervals as the service finishes a shop's, then scored.
    shrinkLevels(chosen, base.level);
    calibrateIntervals(chosen, base.level);
    for (size_t i = 0; i < all.size(); ++i) {
        Evaluation &e = evals[i];
        if (e.skipped)
            continue;
        const SeriesForecast &f = chosen[i];
        const int n = all[i].series.size() - holdout;
        const double *actual = all[i].series.values.data() + n;
        const ErrorScale scale =
            errorScale(all[i].series.values.data(), n, seasonLength(all[i].series.frequency));
        e.chosen = accuracy(scale, actual, f.mean.data(), holdout);
        e.model = f.modelName();
        e.demandClass = demandClassKey(f.profile.demandClass);
        for (int k = 0; k < holdout; ++k) {
            const auto [lo80, hi80] = f.interval(k, 0.80);
            const auto [lo95, hi95] = f.interval(k, 0.95);
            e.cover80 += actual[k] >= lo80 && actual[k] <= hi80 ? 1.0 / holdout : 0.0;
            e.cover95 += actual[k] >= lo95 && actual[k] <= hi95 ? 1.0 / holdout : 0.0;
        }
    }
    out << "series,model,mase,rmsse,naive_mase,naive_rmsse,class,cover80,cover95\n";
    double sums[6] = {0, 0, 0, 0, 0, 0};
    int counts[6] = {0, 0, 0, 0, 0, 0};
    int evaluated = 0;
    for (size_t i = 0; i < all.size(); ++i) {
        const Evaluation &e = evals[i];
        if (e.skipped) {
            err << QCoreApplication::translate(
                       "bva-forecast", "warning: series %1 has too few points for a holdout of %2, skipped")
                       .arg(all[i].name)
                       .arg(holdout)
                << '\n';
            continue;
        }
        ++evaluated;
        out << bva::CsvWriter::textCell(all[i].name) << ',' << bva::CsvWriter::textCell(e.model) << ','
            << csvNumber(e.chosen.mase) << ',' << csvNumber(e.chosen.rmsse) << ',' << csvNumber(e.naive.mase)
            << ',' << csvNumber(e.naive.rmsse) << ',' << e.demandClass << ',' << csvNumber(e.cover80) << ','
            << csvNumber(e.cover95) << '\n';
        meanInto(e.chosen.mase, &sums[0], &counts[0]);
        meanInto(e.chosen.rmsse, &sums[1], &counts[1]);
        meanInto(e.naive.mase, &sums[2], &counts[2]);
        meanInto(e.naive.rmsse, &sums[3], &counts[3]);
        meanInto(e.cover80, &sums[4], &counts[4]);
        meanInto(e.cover95, &sums[5], &counts[5]);
    }
    if (evaluated == 0) {
        out.flush();
        err << QCoreApplication::translate("bva-forecast", "error: no series is longer than the holdout")
            << '\n';
        return 1;
    }
    auto mean = [&](int k) { return counts[k] > 0 ? sums[k] / counts[k] : std::nan(""); };
    out << "mean,," << csvNumber(mean(0)) << ',' << csvNumber(mean(1)) << ',' << csvNumber(mean(2)) << ','
        << csvNumber(mean(3)) << ",," << csvNumber(mean(4)) << ',' << csvNumber(mean(5)) << '\n';
    return 0;
}
