// bva-bench-forecast: speed of forecasting and planning for many products, and accuracy of the
// chosen models against seasonal naive on simulator-like data. See docs/BENCHMARKS.md.
#include "analytics/forecast/accuracy.h"
#include "analytics/forecast/forecaster.h"
#include "analytics/forecast/levelshrink.h"
#include "analytics/forecast/restockplanner.h"
#include "restocksim.h"
#include "retaildemand.h"
#include "syntheticdemand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <array>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <map>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace bva::forecast;

namespace {

// Four years of daily demand: the last 365 + 28 days are the daily set, the 48 whole months the
// monthly set (dated the 1st), under the same series names.
// The MASE of the generator's own expected demand on the holdout (the in-sample seasonal naive
// scale, as bva-forecast --evaluate): how good a mean forecast can get on these sets.
void writeOracle(QTextStream &o, const QString &name, const std::vector<double> &y,
                 const std::vector<double> &mean, int holdout, int m)
{
    const int n = int(y.size()) - holdout;
    const ErrorScale scale = errorScale(y.data(), n, m);
    const Accuracy a = accuracy(scale, y.data() + n, mean.data() + n, holdout);
    o << name << ',' << (std::isfinite(a.mase) ? QString::number(a.mase, 'f', 4) : u"NA"_s) << '\n';
}

// Four years of daily demand: the last 365 + 28 days are the daily set, the 48 whole months the
// monthly set (dated the 1st), under the same series names. Also the generator's expected demand's
// MASE on each holdout (oracle-daily.csv, oracle-monthly.csv), for reference only, and that demand by
// day for the daily set's days (expected-daily.csv; its `steady` column without the level's drift).
int writeRetailSets(const QString &dir, int perClass, unsigned seed)
{
    const QDate start(2022, 11, 1);
    const int days = int(start.daysTo(QDate(2026, 10, 31))) + 1;
    const int dailyDays = 365 + 28;
    const int from = days - dailyDays;
    const auto data = retailDemand(perClass, days, start, from, 365, seed);
    QFile daily(dir + u"/daily.csv"_s), monthly(dir + u"/monthly.csv"_s);
    QFile oracleDaily(dir + u"/oracle-daily.csv"_s), oracleMonthly(dir + u"/oracle-monthly.csv"_s);
    QFile expectedDaily(dir + u"/expected-daily.csv"_s);
    if (!daily.open(QIODevice::WriteOnly) || !monthly.open(QIODevice::WriteOnly) ||
        !expectedDaily.open(QIODevice::WriteOnly) || !oracleDaily.open(QIODevice::WriteOnly) ||
        !oracleMonthly.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write into %s\n", qPrintable(dir));
        return 1;
    }
    QTextStream d(&daily), m(&monthly), od(&oracleDaily), om(&oracleMonthly), ed(&expectedDaily);
    d << "series,date,quantity\n";
    ed << "series,date,expected,steady\n";
    m << "series,date,quantity\n";
    od << "series,oracle_mase\n";
    om << "series,oracle_mase\n";
    for (const RetailSeries &s : data) {
        for (int t = from; t < days; ++t) {
            d << s.name << ',' << start.addDays(t).toString(Qt::ISODate) << ',' << s.units[size_t(t)] << '\n';
            ed << s.name << ',' << start.addDays(t).toString(Qt::ISODate) << ',' << s.mean[size_t(t)] << ','
               << s.steady[size_t(t)] << '\n';
        }
        writeOracle(od, s.name, std::vector<double>(s.units.begin() + from, s.units.end()),
                    std::vector<double>(s.mean.begin() + from, s.mean.end()), 28, 7);
        double month = 0.0, monthMean = 0.0;
        std::vector<double> months, monthMeans;
        for (int t = 0; t < days; ++t) {
            const QDate date = start.addDays(t);
            month += s.units[size_t(t)];
            monthMean += s.mean[size_t(t)];
            if (date.day() == date.daysInMonth()) {
                m << s.name << ',' << QDate(date.year(), date.month(), 1).toString(Qt::ISODate) << ','
                  << month << '\n';
                months.push_back(month);
                monthMeans.push_back(monthMean);
                month = monthMean = 0.0;
            }
        }
        writeOracle(om, s.name, months, monthMeans, 12, 12);
    }
    return 0;
}

// The group's weekday indices again from the days before a date, for the backtests (as the service does).
std::shared_ptr<const BacktestGroup> backtestGroupOf(const std::vector<TimeSeries> &series)
{
    return std::make_shared<const BacktestGroup>([series](QDate day) {
        std::vector<TimeSeries> before;
        for (const TimeSeries &s : series)
            before.push_back(truncatedBefore(s, day));
        return GroupLearning{groupWeekday(before), {}};
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption productsOpt(u"products"_s, u"Products (default 10000)."_s, u"N"_s, u"10000"_s);
    QCommandLineOption daysOpt(u"days"_s, u"Days of history (default 365)."_s, u"D"_s, u"365"_s);
    QCommandLineOption holdoutOpt(u"holdout"_s, u"Accuracy holdout in days (default 28)."_s, u"K"_s, u"28"_s);
    QCommandLineOption csvOpt(u"write-csv"_s, u"Also write the synthetic history as series,date,quantity."_s,
                              u"FILE"_s);
    QCommandLineOption threadsOpt(u"threads"_s, u"Worker threads (default: all cores)."_s, u"T"_s);
    QCommandLineOption speedOnlyOpt(u"speed-only"_s, u"Skip the accuracy part."_s);
    QCommandLineOption seedOpt(u"seed"_s, u"Random seed (default 20261125)."_s, u"S"_s, u"20261125"_s);
    QCommandLineOption retailOpt(u"retail-csv"_s,
                                 u"Only write the retail-like held-out sets (DIR/daily.csv: 365 + 28 days, "
                                 "DIR/monthly.csv: 48 months) for --per-class series of each demand class."_s,
                                 u"DIR"_s);
    QCommandLineOption perClassOpt(
        u"per-class"_s, u"Series per demand class for --retail-csv (default 100)."_s, u"N"_s, u"100"_s);
    QCommandLineOption restockOpt(u"restock-sim"_s,
                                  u"Only run the restock simulation over held-out days of the retail-like "
                                  "SKUs (--per-class of each class, --seed)."_s);
    QCommandLineOption oracleOpt(
        u"restock-oracle"_s, u"With --restock-sim: plan from the generator's expected demand instead of the "
                             "forecast's mean (tells the planner's misses from the forecast's)."_s);
    QCommandLineOption defaultOnlyOpt(u"restock-default-only"_s,
                                      u"With --restock-sim: only today's policy and the default one."_s);
    QCommandLineOption levelsOpt(
        u"restock-levels"_s,
        u"With --restock-sim: the service levels, comma-separated (default 0.90,0.95)."_s, u"LIST"_s);
    QCommandLineOption classOpt(
        u"restock-class"_s, u"With --restock-sim: only this demand class (smooth, intermittent, lumpy)."_s,
        u"CLASS"_s);
    QCommandLineOption coverOpt(
        u"restock-cover"_s, u"With --restock-sim: days an order covers after it lands, every policy (14)."_s,
        u"DAYS"_s);
    QCommandLineOption matchedOpt(
        u"restock-matched"_s, u"With --restock-sim: also today's policy at the level where it fills as much "
                              "as the default, and the default's stock against it at that fill."_s);
    parser.addOptions({productsOpt, daysOpt, holdoutOpt, csvOpt, threadsOpt, speedOnlyOpt, seedOpt, retailOpt,
                       perClassOpt, restockOpt, oracleOpt, defaultOnlyOpt, levelsOpt, classOpt, coverOpt,
                       matchedOpt});
    parser.process(app);
    if (parser.isSet(threadsOpt))
        QThreadPool::globalInstance()->setMaxThreadCount(parser.value(threadsOpt).toInt());
    const int products = parser.value(productsOpt).toInt();
    const int days = parser.value(daysOpt).toInt();
    const int holdout = parser.value(holdoutOpt).toInt();
    QTextStream out(stdout);
    if (parser.isSet(restockOpt)) {
        RestockSimOptions so;
        so.perClass = parser.isSet(perClassOpt) ? parser.value(perClassOpt).toInt() : 40;
        if (parser.isSet(seedOpt))
            so.seed = parser.value(seedOpt).toUInt();
        so.oracleMean = parser.isSet(oracleOpt);
        so.defaultOnly = parser.isSet(defaultOnlyOpt);
        so.matched = parser.isSet(matchedOpt);
        if (parser.isSet(levelsOpt)) {
            so.levels.clear();
            for (const QString &l : parser.value(levelsOpt).split(u','))
                so.levels.push_back(l.toDouble());
        }
        if (parser.isSet(classOpt))
            so.onlyClass = demandClassFromKey(parser.value(classOpt));
        if (parser.isSet(coverOpt))
            so.horizon = parser.value(coverOpt).toInt();
        return runRestockSimulation(so, out);
    }
    if (parser.isSet(retailOpt))
        return writeRetailSets(parser.value(retailOpt), parser.value(perClassOpt).toInt(),
                               parser.value(seedOpt).toUInt());

    const QDate start = QDate(2025, 11, 1);
    const auto data = syntheticDemand(products, days, start, parser.value(seedOpt).toUInt());
    if (parser.isSet(csvOpt)) {
        QFile f(parser.value(csvOpt));
        if (!f.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(f.fileName()));
            return 1;
        }
        QTextStream csv(&f);
        csv << "series,date,quantity\n";
        for (const auto &p : data)
            for (int t = 0; t < days; ++t)
                csv << p.id << ',' << start.addDays(t).toString(Qt::ISODate) << ',' << p.units[size_t(t)]
                    << '\n';
    }
    out << "threads: " << QThreadPool::globalInstance()->maxThreadCount() << "\n";

    // Speed: forecast every product (selection by backtest included) and plan a restock budget.
    RestockSettings st;
    st.budgetMinor = 50'000'000; // PHP 500,000
    st.goal = RestockGoal::Balanced;
    st.leadTimeDays = 7;
    st.horizonDays = 30;
    std::vector<int> idx(static_cast<size_t>(products));
    std::iota(idx.begin(), idx.end(), 0);
    std::vector<TimeSeries> series(static_cast<size_t>(products));
    for (int i = 0; i < products; ++i) {
        // The history of a product starts at its first sale, as the service does it.
        const auto &u = data[size_t(i)].units;
        int first = 0;
        while (first < days && u[size_t(first)] <= 0)
            ++first;
        series[size_t(i)].start = start.addDays(first);
        series[size_t(i)].values.assign(u.begin() + first, u.end());
    }
    // The machine may be shared: CPU time of this process says what the work costs, wall time what
    // a user waits on an idle machine is at least CPU time / threads.
    const std::clock_t cpu0 = std::clock();
    QElapsedTimer timer;
    timer.start();
    std::vector<SeriesForecast> fc(static_cast<size_t>(products));
    const auto weekdays = groupWeekday(series); // the shop's weekly shape, as the service learns it
    const auto backtestGroup = backtestGroupOf(series);
    QtConcurrent::blockingMap(idx, [&](int i) {
        ForecastOptions o;
        o.horizon = st.leadTimeDays + st.horizonDays;
        o.groupWeekday = weekdays;
        o.backtestGroup = backtestGroup;
        fc[size_t(i)] = forecastSeries(series[size_t(i)], o);
    });
    shrinkLevels(fc, ForecastOptions{}.level); // as the service does for a shop
    calibrateIntervals(fc, ForecastOptions{}.level);
    const qint64 forecastMs = timer.elapsed();
    std::vector<RestockInput> inputs(static_cast<size_t>(products));
    for (int i = 0; i < products; ++i) {
        RestockInput &in = inputs[size_t(i)];
        in.productExternalId = data[size_t(i)].id;
        in.priceMinor = data[size_t(i)].priceMinor;
        in.costMinor = data[size_t(i)].costMinor;
        in.stock = data[size_t(i)].stock;
        in.dailyMean = fc[size_t(i)].mean;
        in.dailySd = fc[size_t(i)].sd;
    }
    QElapsedTimer planTimer;
    planTimer.start();
    const RestockPlan plan = planRestock(inputs, st);
    const qint64 planMs = planTimer.elapsed();
    const qint64 totalMs = timer.elapsed();
    const double cpuMs = 1000.0 * double(std::clock() - cpu0) / CLOCKS_PER_SEC;
    const int threads = QThreadPool::globalInstance()->maxThreadCount();
    std::map<QString, int> models;
    for (const auto &f : fc)
        models[f.combination.empty() ? f.model.name() : u"Mean(...)"_s] += 1;
    out << "speed: " << products << " products x " << days << " days: forecast " << forecastMs << " ms, plan "
        << planMs << " ms (" << plan.method << ", spent " << plan.spentMinor / 100 << " of "
        << st.budgetMinor / 100 << " PHP), total " << totalMs << " ms wall, " << qint64(cpuMs)
        << " ms CPU = " << qint64(cpuMs / threads) << " ms per thread on " << threads
        << " threads (target < 2000 ms on 2 cores)\n";
    out << "models:";
    for (const auto &[name, count] : models)
        out << ' ' << name << '=' << count;
    out << "\n";

    if (parser.isSet(speedOnlyOpt))
        return 0;
    // Accuracy: hold out the last `holdout` days of every product with enough history.
    std::vector<Accuracy> chosen(static_cast<size_t>(products)), naive(static_cast<size_t>(products));
    std::vector<QString> kinds(static_cast<size_t>(products));
    std::vector<TimeSeries> trainings;
    for (const TimeSeries &s : series)
        if (s.size() - holdout >= 3 * 7) {
            trainings.push_back(s);
            trainings.back().values.resize(size_t(s.size() - holdout));
        }
    const auto trainingWeekdays = groupWeekday(trainings);
    const auto trainingBacktestGroup = backtestGroupOf(trainings);
    QtConcurrent::blockingMap(idx, [&](int i) {
        const TimeSeries &s = series[size_t(i)];
        const int n = s.size() - holdout;
        if (n < 3 * 7)
            return;
        TimeSeries train = s;
        train.values.resize(size_t(n));
        const ErrorScale scale = errorScale(train.values.data(), n, 7);
        ForecastOptions o;
        o.horizon = holdout;
        o.groupWeekday = trainingWeekdays;
        o.backtestGroup = trainingBacktestGroup;
        const SeriesForecast a = forecastSeries(train, o);
        o.forceModel = ModelSpec{ModelFamily::SeasonalNaive};
        o.learnEvents = false;
        const SeriesForecast b = forecastSeries(train, o);
        chosen[size_t(i)] = accuracy(scale, s.values.data() + n, a.mean.data(), holdout);
        naive[size_t(i)] = accuracy(scale, s.values.data() + n, b.mean.data(), holdout);
        kinds[size_t(i)] = data[size_t(i)].kind;
    });
    std::map<QString, std::array<double, 5>> byKind; // sums: mase chosen, naive, rmsse chosen, naive, count
    std::array<double, 5> all{};
    for (int i = 0; i < products; ++i) {
        const Accuracy &a = chosen[size_t(i)], &b = naive[size_t(i)];
        if (!std::isfinite(a.mase) || !std::isfinite(b.mase) || !std::isfinite(a.rmsse) ||
            !std::isfinite(b.rmsse))
            continue;
        for (auto *acc : {&all, &byKind[kinds[size_t(i)]]}) {
            (*acc)[0] += a.mase;
            (*acc)[1] += b.mase;
            (*acc)[2] += a.rmsse;
            (*acc)[3] += b.rmsse;
            (*acc)[4] += 1;
        }
    }
    auto line = [&](const QString &name, const std::array<double, 5> &s) {
        const double n = std::max(1.0, s[4]);
        out << "  " << name << ": n=" << int(s[4]) << " MASE chosen " << QString::number(s[0] / n, 'f', 3)
            << " vs snaive " << QString::number(s[1] / n, 'f', 3) << " ("
            << QString::number(100.0 * (1 - s[0] / s[1]), 'f', 1) << "% better); RMSSE "
            << QString::number(s[2] / n, 'f', 3) << " vs " << QString::number(s[3] / n, 'f', 3) << "\n";
    };
    out << "accuracy (last " << holdout << " days held out):\n";
    line(u"all"_s, all);
    for (const auto &[k, s] : byKind)
        line(k, s);
    return 0;
}
