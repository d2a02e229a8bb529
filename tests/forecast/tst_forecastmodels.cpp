// Known answers for each model (hand-computed on tiny series), the optimiser, accuracy measures,
// intervals, calendar effects and model selection.
#include "analytics/forecast/accuracy.h"
#include "analytics/forecast/adida.h"
#include "analytics/forecast/calendarevents.h"
#include "analytics/forecast/compounddemand.h"
#include "analytics/forecast/croston.h"
#include "analytics/forecast/ets.h"
#include "analytics/forecast/forecaster.h"
#include "analytics/forecast/imapa.h"
#include "analytics/forecast/intervalcalibration.h"
#include "analytics/forecast/levelshrink.h"
#include "analytics/forecast/meanlevel.h"
#include "analytics/forecast/neldermead.h"
#include "analytics/forecast/seasonalnaive.h"
#include "analytics/forecast/stats.h"

#include <QTest>
#include <QtConcurrent/QtConcurrentMap>
#include <array>
#include <atomic>
#include <cmath>
#include <numeric>
#include <random>

using namespace bva::forecast;
using namespace Qt::StringLiterals;

namespace {

void feed(Model &m, const std::vector<double> &y)
{
    m.reset();
    for (double v : y)
        m.update(v);
}

std::vector<double> ahead(const Model &m, int h)
{
    std::vector<double> f(static_cast<size_t>(h));
    m.forecast(h, f.data());
    return f;
}

bool near(double a, double b, double tol = 1e-9)
{
    return std::abs(a - b) <= tol * std::max(1.0, std::abs(b));
}

} // namespace

class TestForecastModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seasonalNaive();
    void etsKnownAnswers_data();
    void etsKnownAnswers();
    void etsVarianceMultiplier();
    void etsFitRecoversLine();
    void crostonKnownAnswers();
    void tsbKnownAnswer();
    void nelderMeadRosenbrock();
    void normalQuantile_data();
    void normalQuantile();
    void accuracyKnownAnswer();
    void selectsSeasonalModelForWeeklyPattern();
    void selectsIntermittentModel();
    void intervalsContainMean();
    void learnsPaydayEffect();
    void learnsPaydayKinds();
    void paydayKindsAreShrunkByTheirSpread();
    void paydayKindsReadFourWeeksAround();
    void noDemandForecastsZero();
    void countQuantileKnownValues();
    void countLowerEndLeavesTheTailBelow();
    void adidaSpreadsWeeklyLevelByWeekday();
    void intermittentCountIntervals();
    void slowItemsDoNotRepeatTheLastWeek();
    void shortMonthlyHistoryIsBacktested();
    void shortMonthlyHistoryTakesTheGroupSeason();
    void groupSeasonScalesTheCycleBySeries();
    void groupSeasonKeepsMonthLengthsOutOfTheAmplitude();
    void dailyWeekdayProfileIsPooledOverTheGroup();
    void aClosedWeekdayIsNotDividedOut();
    void weekdayIndicesLeaveEventDaysOut();
    void pooledWeekdaysDoNotCountEventsTwice();
    void backtestWeekdaysKnowOnlyThePast();
    void backtestGroupWeekdaysKnowOnlyThePast();
    void backtestEventFactorsKnowOnlyThePast();
    void weekdayDeadBeforeTheBacktestKeepsEtsSeasons();
    void backtestGroupLearnsEachDateOnce();
    void backtestGroupSeasonKnowsOnlyThePast();
    void meanLevelKnownAnswers();
    void aWanderingLevelRevertsToItsMean();
    void busyLevelsAreShrunkTowardTheirLongRun();
    void imapaAveragesAggregationLevels();
    void monthlyCountsVaryAtLeastAsPoisson();
    void monthlyCountIntervalsUseTheHistorysDispersion();
    void poissonLikeMonthlySumsTakeTheExactLowerEnd();
    void monthlyCountIntervalsAverageOverTheEstimatedVariance();
    void compoundDemandKnownValues();
    void sizeDistributionMixesEmpiricalAndNegativeBinomial();
    void intervalCalibrationRecoversKnownQuantiles_data();
    void intervalCalibrationRecoversKnownQuantiles();
    void intervalCalibrationNeedsEnoughPoints();
    void intervalCalibrationShapeOnlyKeepsTheAnchor();
    void calibrateIntervalsPoolsBacktestsByClass();
    void busyDailyItemsTakeCountIntervals();
};

void TestForecastModels::seasonalNaive()
{
    std::vector<double> y;
    for (int t = 1; t <= 14; ++t)
        y.push_back(t);
    auto m = SeasonalNaive::fit(y.data(), int(y.size()), 7);
    QCOMPARE(m->sigma(), 7.0); // every seasonal difference is 7
    feed(*m, y);
    const auto f = ahead(*m, 9);
    const std::vector<double> expected{8, 9, 10, 11, 12, 13, 14, 8, 9};
    QCOMPARE(f, expected);
    QCOMPARE(m->varianceMultiplier(7), 1.0);
    QCOMPARE(m->varianceMultiplier(8), 2.0);
}

void TestForecastModels::etsKnownAnswers_data()
{
    QTest::addColumn<int>("trend");
    QTest::addColumn<int>("season");
    QTest::addColumn<QList<double>>("params"); // alpha beta gamma phi level slope s0 s1
    QTest::addColumn<QList<double>>("y");
    QTest::addColumn<QList<double>>("expected"); // forecasts h = 1, 2
    // SES: l 0 -> 1 -> 2.5 -> 4.25
    QTest::newRow("A,N,N") << int(Trend::None) << int(Season::None) << QList<double>{0.5, 0, 0, 1, 0, 0, 0, 0}
                           << QList<double>{2, 4, 6} << QList<double>{4.25, 4.25};
    // Holt: (l, b) (10, 1) -> (11.5, 1.2) -> (12.85, 1.26)
    QTest::newRow("A,A,N") << int(Trend::Additive) << int(Season::None)
                           << QList<double>{0.5, 0.2, 0, 1, 10, 1, 0, 0} << QList<double>{12, 13}
                           << QList<double>{14.11, 15.37};
    // Damped phi 0.9: after 12: l = 10.9 + 0.55 = 11.45, b = 0.9 + 0.22 = 1.12
    QTest::newRow("A,Ad,N") << int(Trend::Damped) << int(Season::None)
                            << QList<double>{0.5, 0.2, 0, 0.9, 10, 1, 0, 0} << QList<double>{12}
                            << QList<double>{11.45 + 0.9 * 1.12, 11.45 + (0.9 + 0.81) * 1.12};
    // Additive season m=2: l 10 -> 10.5 -> 9.75, s (1,-1) -> (1.5,-1.75)
    QTest::newRow("A,N,A") << int(Trend::None) << int(Season::Additive)
                           << QList<double>{0.5, 0, 0.5, 1, 10, 0, 1, -1} << QList<double>{12, 8}
                           << QList<double>{11.25, 8.0};
    // Multiplicative season m=2: l 10 -> 10.41667 -> 10.20833, s (1.2, 0.8) -> (1.25, 0.784)
    QTest::newRow("A,N,M") << int(Trend::None) << int(Season::Multiplicative)
                           << QList<double>{0.5, 0, 0.5, 1, 10, 0, 1.2, 0.8} << QList<double>{13, 8}
                           << QList<double>{(10.0 + 5.0 / 12.0 - 1.0 / 4.8) * 1.25,
                                            (10.0 + 5.0 / 12.0 - 1.0 / 4.8) *
                                                (0.8 - 0.5 / 3.0 / (10.0 + 5.0 / 12.0))};
}

void TestForecastModels::etsKnownAnswers()
{
    QFETCH(int, trend);
    QFETCH(int, season);
    QFETCH(QList<double>, params);
    QFETCH(QList<double>, y);
    QFETCH(QList<double>, expected);
    EtsModel::Params p;
    p.alpha = params[0];
    p.beta = params[1];
    p.gamma = params[2];
    p.phi = params[3];
    p.level = params[4];
    p.slope = params[5];
    p.season[0] = params[6];
    p.season[1] = params[7];
    EtsModel model(Trend(trend), Season(season), 2, p);
    feed(model, std::vector<double>(y.begin(), y.end()));
    const auto f = ahead(model, 2);
    for (int k = 0; k < 2; ++k)
        QVERIFY2(near(f[size_t(k)], expected[k], 1e-9), qPrintable(QStringLiteral("h=%1: %2 vs %3")
                                                                       .arg(k + 1)
                                                                       .arg(f[size_t(k)], 0, 'g', 12)
                                                                       .arg(expected[k], 0, 'g', 12)));
    // The SSE used by the fit agrees with the filter.
    double sse = 0.0, one = 0.0;
    model.reset();
    for (double v : y) {
        model.forecast(1, &one);
        sse += (v - one) * (v - one);
        model.update(v);
    }
    const std::vector<double> yy(y.begin(), y.end());
    QVERIFY(near(EtsModel::sse(Trend(trend), Season(season), 2, p, yy.data(), int(yy.size())), sse, 1e-12));
}

void TestForecastModels::etsVarianceMultiplier()
{
    EtsModel::Params p;
    p.alpha = 0.5;
    EtsModel ses(Trend::None, Season::None, 1, p);
    QCOMPARE(ses.varianceMultiplier(1), 1.0);
    QVERIFY(near(ses.varianceMultiplier(3), 1.5)); // 1 + 2 * 0.5²
    p.beta = 0.1;
    EtsModel holt(Trend::Additive, Season::None, 1, p);
    QVERIFY(near(holt.varianceMultiplier(3), 1.0 + 0.6 * 0.6 + 0.7 * 0.7)); // c_j = alpha + beta j
}

void TestForecastModels::etsFitRecoversLine()
{
    std::vector<double> y;
    for (int t = 0; t < 40; ++t)
        y.push_back(5.0 + 2.0 * t);
    auto m = EtsModel::fit(Trend::Additive, Season::None, y.data(), int(y.size()), 1);
    feed(*m, y);
    const auto f = ahead(*m, 3);
    for (int k = 0; k < 3; ++k)
        QVERIFY2(std::abs(f[size_t(k)] - (5.0 + 2.0 * (40 + k))) < 0.05,
                 qPrintable(QString::number(f[size_t(k)])));
    QVERIFY(m->sigma() < 0.05);
}

void TestForecastModels::crostonKnownAnswers()
{
    CrostonModel::Params p;
    p.alpha = 0.5;
    p.size0 = 4;
    p.interval0 = 2;
    // sizes 4 -> 5 -> 3.5; intervals 2 -> 2 -> 2.5
    const std::vector<double> y{0, 6, 0, 0, 2};
    CrostonModel croston(ModelFamily::Croston, p);
    feed(croston, y);
    QVERIFY(near(ahead(croston, 1)[0], 1.4));
    CrostonModel sba(ModelFamily::Sba, p);
    feed(sba, y);
    QVERIFY(near(ahead(sba, 2)[1], 0.75 * 1.4));
}

void TestForecastModels::tsbKnownAnswer()
{
    CrostonModel::Params p;
    p.alpha = 0.5;
    p.beta = 0.5;
    p.size0 = 4;
    p.probability0 = 0.5;
    CrostonModel tsb(ModelFamily::Tsb, p);
    feed(tsb, {0, 6}); // probability 0.5 -> 0.25 -> 0.625, size 4 -> 5
    QVERIFY(near(ahead(tsb, 1)[0], 0.625 * 5));
    feed(tsb, {0, 6, 0, 0}); // no demand decays the forecast, unlike Croston
    QVERIFY(ahead(tsb, 1)[0] < 0.625 * 5);
}

void TestForecastModels::nelderMeadRosenbrock()
{
    auto f = [](const double *x) { return 100 * std::pow(x[1] - x[0] * x[0], 2) + std::pow(1 - x[0], 2); };
    NelderMeadOptions o;
    o.maxEvaluations = 4000;
    o.tolerance = 1e-14;
    const auto r = nelderMead(f, {-1.2, 1.0}, o);
    QVERIFY2(std::abs(r.x[0] - 1) < 1e-3 && std::abs(r.x[1] - 1) < 1e-3,
             qPrintable(QStringLiteral("%1 %2").arg(r.x[0]).arg(r.x[1])));
}

void TestForecastModels::normalQuantile_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("z");
    QTest::newRow("50") << 0.5 << 0.0;
    QTest::newRow("90") << 0.90 << 1.2815515655446004;
    QTest::newRow("95") << 0.95 << 1.6448536269514722;
    QTest::newRow("97.5") << 0.975 << 1.959963984540054;
    QTest::newRow("99") << 0.99 << 2.3263478740408408;
    QTest::newRow("1") << 0.01 << -2.3263478740408408;
}

void TestForecastModels::normalQuantile()
{
    QFETCH(double, p);
    QFETCH(double, z);
    QVERIFY(std::abs(bva::forecast::normalQuantile(p) - z) < 1e-9);
}

void TestForecastModels::accuracyKnownAnswer()
{
    const double train[] = {1, 2, 3, 4};
    const double actual[] = {5, 6};
    const double fc[] = {5, 8};
    const ErrorScale s = errorScale(train, 4, 1); // lag 1: all differences 1
    QCOMPARE(s.mae, 1.0);
    const Accuracy a = accuracy(s, actual, fc, 2);
    QCOMPARE(a.mase, 1.0);
    QVERIFY(near(a.rmsse, std::sqrt(2.0)));
    const double flat[] = {3, 3, 3};
    QVERIFY(std::isnan(accuracy(errorScale(flat, 3, 1), actual, fc, 2).mase));
}

void TestForecastModels::selectsSeasonalModelForWeeklyPattern()
{
    TimeSeries s;
    s.start = QDate(2025, 1, 6);
    std::mt19937 rng(7);
    std::normal_distribution<double> noise(0.0, 0.5);
    const double week[] = {10, 12, 14, 13, 20, 30, 25};
    for (int t = 0; t < 200; ++t)
        s.values.push_back(std::max(0.0, week[t % 7] + noise(rng)));
    ForecastOptions o;
    o.horizon = 14;
    o.learnEvents = false;
    const SeriesForecast f = forecastSeries(s, o);
    QCOMPARE(f.profile.demandClass, DemandClass::Smooth);
    QVERIFY(f.backtested);
    QVERIFY2(f.model.season != Season::None || f.model.family == ModelFamily::SeasonalNaive,
             qPrintable(f.model.name()));
    for (int k = 0; k < 14; ++k)
        QVERIFY2(std::abs(f.mean[size_t(k)] - week[(200 + k) % 7]) < 2.0,
                 qPrintable(QString::number(f.mean[size_t(k)])));
    QVERIFY(!f.reason().isEmpty());
}

void TestForecastModels::selectsIntermittentModel()
{
    TimeSeries s;
    s.start = QDate(2025, 1, 1);
    std::mt19937 rng(3);
    std::bernoulli_distribution sale(0.2);
    std::uniform_int_distribution<int> size(1, 3);
    for (int t = 0; t < 300; ++t)
        s.values.push_back(sale(rng) ? size(rng) : 0);
    ForecastOptions o;
    o.horizon = 7;
    const SeriesForecast f = forecastSeries(s, o);
    QVERIFY(f.profile.demandClass == DemandClass::Intermittent ||
            f.profile.demandClass == DemandClass::Lumpy);
    QVERIFY(f.candidates.size() >= 4);
    QVERIFY(f.scoreOf({ModelFamily::Sba}) != nullptr);
    // Around 0.2 × 2 units a day.
    QVERIFY2(f.mean[0] > 0.15 && f.mean[0] < 0.8, qPrintable(QString::number(f.mean[0])));
}

void TestForecastModels::intervalsContainMean()
{
    TimeSeries s;
    s.start = QDate(2025, 1, 1);
    std::mt19937 rng(11);
    std::poisson_distribution<int> d(4.0);
    for (int t = 0; t < 120; ++t)
        s.values.push_back(d(rng));
    ForecastOptions o;
    o.horizon = 30;
    const SeriesForecast f = forecastSeries(s, o);
    QCOMPARE(int(f.mean.size()), 30);
    for (int k = 0; k < 30; ++k) {
        QVERIFY(f.lower[size_t(k)] >= 0.0);
        QVERIFY(f.lower[size_t(k)] <= f.mean[size_t(k)] && f.mean[size_t(k)] <= f.upper[size_t(k)]);
        QVERIFY(f.upper[size_t(k)] > f.lower[size_t(k)]);
    }
    // Wider further out; compared on days of no calendar event (May 2 and May 28: the 1st and the 30th
    // carry learned day-after-payday and 30th factors, which scale a single day's interval).
    QVERIFY(f.upper[27] - f.lower[27] >= f.upper[1] - f.lower[1] - 1e-9);
}

void TestForecastModels::learnsPaydayEffect()
{
    TimeSeries s;
    s.start = QDate(2025, 1, 1);
    std::mt19937 rng(5);
    std::poisson_distribution<int> base(5.0), pay(15.0);
    for (int t = 0; t < 365; ++t)
        s.values.push_back(isPayday(s.dateAt(t)) ? pay(rng) : base(rng));
    const EventFactors e = learnEventFactors(s);
    QVERIFY2(e.payday > 2.0 && e.payday < 3.5, qPrintable(QString::number(e.payday)));
    QVERIFY2(std::abs(e.megaSale - 1.0) < 0.4, qPrintable(QString::number(e.megaSale)));
    ForecastOptions o;
    o.horizon = 20; // 2026-01-01 .. 2026-01-20: the 15th is index 14
    const SeriesForecast f = forecastSeries(s, o);
    QVERIFY2(f.mean[14] > 2.0 * f.mean[10],
             qPrintable(QStringLiteral("%1 vs %2").arg(f.mean[14]).arg(f.mean[10])));
    o.applyEvents.payday = false;
    const SeriesForecast plain = forecastSeries(s, o);
    QVERIFY(plain.mean[14] < 1.5 * plain.mean[10]);
}

// Regular demand learns each kind of payday on its own (issue 22): the 15th and month end, the day after
// (the 16th and the 1st) and a 30th before a 31st, which sells like any day here.
void TestForecastModels::learnsPaydayKinds()
{
    TimeSeries s;
    s.start = QDate(2025, 1, 1);
    std::mt19937 rng(7);
    for (int t = 0; t < 365; ++t) {
        const QDate d = s.dateAt(t);
        const double lift = d.day() == 15 || d.day() == d.daysInMonth() ? 3.0
                            : d.day() == 16 || d.day() == 1             ? 2.0
                                                                        : 1.0;
        s.values.push_back(std::poisson_distribution<int>(6.0 * lift)(rng));
    }
    const EventFactors e = learnEventFactors(s);
    QVERIFY2(e.splitPayday > 2.3 && e.splitPayday < 3.3, qPrintable(QString::number(e.splitPayday)));
    QVERIFY2(e.afterPayday > 1.6 && e.afterPayday < 2.3, qPrintable(QString::number(e.afterPayday)));
    QVERIFY2(std::abs(e.payday30 - 1.0) < 0.3, qPrintable(QString::number(e.payday30)));
    ForecastOptions o;
    o.horizon = 31; // 2026-01-01 .. 2026-01-31
    const SeriesForecast f = forecastSeries(s, o);
    QVERIFY(f.events.split);
    QVERIFY2(f.mean[15] > 1.5 * f.mean[11],
             qPrintable(QStringLiteral("%1 vs %2").arg(f.mean[15]).arg(f.mean[11])));
    QVERIFY2(f.mean[29] < 1.3 * f.mean[22],
             qPrintable(QStringLiteral("%1 vs %2").arg(f.mean[29]).arg(f.mean[22])));
}

// A run's products differ in how much their paydays lift (1.2 … 2.0 on the 15th and month end, half that
// lift the day after, nothing on a 30th before a 31st), and a year of a product selling ~6 a day tells its
// own lift only to ±0.1 (a 30th before a 31st, seven days a year, to ±0.15). Pooled (`poolPaydayKinds`), each
// product's evidence weighs by the kinds' spread between the products against its own noise, and its day
// after learns from its paydays: the factors land nearer each product's truth than the fixed evidence weight
// put them (issue 22).
void TestForecastModels::paydayKindsAreShrunkByTheirSpread()
{
    std::mt19937 rng(41);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::vector<TimeSeries> group;
    std::vector<double> lifts;
    TimeSeries total;
    total.start = QDate(2025, 1, 6);
    total.values.assign(364, 0.0);
    for (int i = 0; i < 40; ++i) {
        const double lift = 1.2 + 0.8 * u(rng);
        TimeSeries s;
        s.start = total.start;
        for (int t = 0; t < 364; ++t) {
            const QDate d = s.dateAt(t);
            const double f = d.day() == 15 || d.day() == d.daysInMonth() ? lift
                             : d.day() == 16 || d.day() == 1             ? 1.0 + (lift - 1.0) / 2.0
                                                                         : 1.0;
            s.values.push_back(double(std::poisson_distribution<int>(6.0 * f)(rng)));
            total.values[size_t(t)] += s.values.back();
        }
        group.push_back(s);
        lifts.push_back(lift);
    }
    const EventFactors fixed = learnEventFactors(total);
    const EventFactors pooled = poolPaydayKinds(fixed, group);
    QVERIFY(pooled.spreadKnown);
    QVERIFY2(std::abs(pooled.splitPayday - 1.6) < 0.05, qPrintable(QString::number(pooled.splitPayday)));
    // Root mean squared log error of the products' factors, by kind: (the 15th and month end, the day
    // after, the 30th) with the fixed weight and pooled.
    const auto errors = [&](const EventFactors &prior) {
        std::array<double, 3> e{};
        for (size_t i = 0; i < group.size(); ++i) {
            const EventFactors f = learnEventFactors(group[i], prior);
            e[0] += std::pow(std::log(f.splitPayday / lifts[i]), 2) / double(group.size());
            e[1] +=
                std::pow(std::log(f.afterPayday / (1.0 + (lifts[i] - 1.0) / 2.0)), 2) / double(group.size());
            e[2] += std::pow(std::log(f.payday30), 2) / double(group.size());
        }
        for (double &x : e)
            x = std::sqrt(x);
        return e;
    };
    const std::array<double, 3> before = errors(fixed), after = errors(pooled);
    const QString text = u"15th/end %1 → %2, day after %3 → %4, 30th %5 → %6"_s.arg(before[0])
                             .arg(after[0])
                             .arg(before[1])
                             .arg(after[1])
                             .arg(before[2])
                             .arg(after[2]);
    // The 15th and month end, two dozen days of ~10 units, were well told already: no worse.
    QVERIFY2(after[0] < before[0] + 0.002, qPrintable(text));
    QVERIFY2(after[1] < 0.7 * before[1], qPrintable(text));
    QVERIFY2(after[2] < 0.7 * before[2], qPrintable(text));
}

void TestForecastModels::paydayKindsReadFourWeeksAround()
{
    // Products of 6 a day whose 15th and month end sell 2×, their own evidence unshrunk (a prior that says
    // the kinds vary without bound). Against the same weekday ±7 and ±14 days the baseline's four days put
    // a quarter of an event day's noise again into each ratio (RMS log error 0.077 here); ±7 … ±28, eight
    // days, an eighth (0.071).
    std::mt19937 rng(43);
    EventFactors unshrunk;
    unshrunk.spreadKnown = true;
    unshrunk.splitSpread = unshrunk.afterSpread = unshrunk.payday30Spread = 1e6;
    double squared = 0.0;
    const int products = 300;
    for (int i = 0; i < products; ++i) {
        TimeSeries s;
        s.start = QDate(2025, 1, 6);
        for (int t = 0; t < 364; ++t) {
            const QDate d = s.dateAt(t);
            const double f = d.day() == 15 || d.day() == d.daysInMonth() ? 2.0 : 1.0;
            s.values.push_back(double(std::poisson_distribution<int>(6.0 * f)(rng)));
        }
        squared += std::pow(std::log(learnEventFactors(s, unshrunk).splitPayday / 2.0), 2) / products;
    }
    QVERIFY2(std::sqrt(squared) < 0.074, qPrintable(QString::number(std::sqrt(squared))));
}

void TestForecastModels::noDemandForecastsZero()
{
    TimeSeries s;
    s.start = QDate(2025, 1, 1);
    s.values.assign(50, 0.0);
    ForecastOptions o;
    o.horizon = 5;
    const SeriesForecast f = forecastSeries(s, o);
    QCOMPARE(f.profile.demandClass, DemandClass::NoDemand);
    for (double v : f.mean)
        QCOMPARE(v, 0.0);
    TimeSeries empty;
    empty.start = QDate(2025, 1, 1);
    QCOMPARE(int(forecastSeries(empty, o).mean.size()), 5);
}

void TestForecastModels::countQuantileKnownValues()
{
    // Poisson(2): P(D<=1) = 0.406, P(D<=2) = 0.677, P(D<=4) = 0.947, P(D<=5) = 0.983.
    QCOMPARE(countQuantile(2.0, 2.0, 0.5), 2);
    QCOMPARE(countQuantile(2.0, 2.0, 0.95), 5);
    QCOMPARE(countQuantile(2.0, 1.0, 0.95), 5); // under-dispersed: Poisson, never narrower
    // Mean 2, variance 6: negative binomial of size 1, i.e. geometric, P(D<=k) = 1 - (2/3)^(k+1).
    QCOMPARE(countQuantile(2.0, 6.0, 0.8), 3);  // 0.802
    QCOMPARE(countQuantile(2.0, 6.0, 0.9), 5);  // 0.912 (k = 4: 0.868)
    QCOMPARE(countQuantile(2.0, 6.0, 0.3), 0);  // P(0) = 1/3
    QCOMPARE(countQuantile(0.0, 1.0, 0.99), 0); // no demand
    // Nearest: the count whose cumulative probability is closest to p.
    QCOMPARE(countQuantile(2.0, 2.0, 0.7), 3);
    QCOMPARE(countQuantile(2.0, 2.0, 0.7, true), 2);  // 0.677 is nearer than 0.857
    QCOMPARE(countQuantile(2.0, 2.0, 0.95, true), 4); // 0.947 is nearer than 0.983
    QCOMPARE(countQuantile(2.0, 6.0, 0.9, true), 5);  // 0.912 is nearer than 0.868
}

void TestForecastModels::countLowerEndLeavesTheTailBelow()
{
    // Poisson(8): P(D<=3) = 0.0424, P(D<=4) = 0.0996, P(D<=5) = 0.1912. An interval [lo, …] leaves
    // P(D < lo) below: 0.0996 (lo = 5) is nearest 0.1, where the nearest quantile (4) leaves 0.0424.
    QCOMPARE(countQuantile(8.0, 8.0, 0.1, true), 4);
    QCOMPARE(countLowerEnd(8.0, 8.0, 0.1), 5);
    QCOMPARE(countLowerEnd(8.0, 8.0, 0.025), 3); // P(D < 3) = 0.0138, P(D < 4) = 0.0424
    // Geometric, mean 2 (variance 6): P(D < 1) = 1/3 is nearer 0.2 than P(D < 0) = 0.
    QCOMPARE(countLowerEnd(2.0, 6.0, 0.2), 1);
    QCOMPARE(countLowerEnd(2.0, 6.0, 0.1), 0);
    QCOMPARE(countLowerEnd(0.0, 1.0, 0.1), 0); // no demand
    // The 80% interval then holds 0.789 (P(D<=11) = 0.888) instead of 0.846.
    QCOMPARE(predictionInterval(8.0, std::sqrt(8.0), 0.8, true, true, true), std::make_pair(5.0, 11.0));
    QCOMPARE(predictionInterval(8.0, std::sqrt(8.0), 0.8, true, true), std::make_pair(4.0, 11.0));
}

void TestForecastModels::adidaSpreadsWeeklyLevelByWeekday()
{
    // Eight weeks selling 1 on the week's third day and 3 on its sixth: weekly total 4.
    std::vector<double> y;
    for (int w = 0; w < 8; ++w)
        for (int d = 0; d < 7; ++d)
            y.push_back(d == 2 ? 1.0 : d == 5 ? 3.0 : 0.0);
    const auto model = AdidaModel::fit(y.data(), int(y.size()), 7);
    feed(*model, y);
    const std::vector<double> f = ahead(*model, 7);
    double week = 0.0;
    for (double v : f)
        week += v;
    QVERIFY2(near(week, 4.0, 1e-6), qPrintable(QString::number(week)));
    QVERIFY(f[5] > f[2] && f[2] > f[0]);
    QVERIFY(near(f[0], f[1]) && f[0] > 0.0); // shrunk toward even shares, not zero
}

void TestForecastModels::intermittentCountIntervals()
{
    // About one sale of 1–2 units every five days and no weekday pattern: an intermittent series
    // gets a flat Croston-family forecast, and its intervals are whole units from zero.
    TimeSeries s;
    s.start = QDate(2024, 3, 1);
    std::mt19937 rng(11);
    std::bernoulli_distribution sale(0.2);
    std::uniform_int_distribution<int> size(1, 2);
    for (int t = 0; t < 365; ++t)
        s.values.push_back(sale(rng) ? size(rng) : 0);
    ForecastOptions o;
    o.horizon = 14;
    o.learnEvents = false;
    o.forceModel = ModelSpec{ModelFamily::Tsb};
    const SeriesForecast f = forecastSeries(s, o);
    QCOMPARE(f.profile.demandClass, DemandClass::Intermittent);
    QVERIFY(f.counts);
    for (int k = 1; k < 14; ++k)
        QCOMPARE(f.mean[size_t(k)], f.mean[0]);
    QVERIFY2(f.mean[0] > 0.15 && f.mean[0] < 0.5, qPrintable(QString::number(f.mean[0])));
    const auto [lo80, hi80] = f.interval(0, 0.80);
    const auto [lo95, hi95] = f.interval(0, 0.95);
    QCOMPARE(lo80, 0.0);
    QCOMPARE(lo95, 0.0);
    QVERIFY(hi80 == std::floor(hi80) && hi95 >= hi80 && hi95 >= 1.0);
    // The normal band would reach below zero and be cut there; the count interval's upper end is a
    // quantile of a distribution with the forecast's mean and spread.
    const double v = f.sd[0] * f.sd[0];
    QCOMPARE(hi95, double(countQuantile(f.mean[0], v, 0.95, true)));
    // Fractional history (kilograms) keeps normal intervals.
    TimeSeries kg = s;
    kg.values[3] = 0.5;
    QVERIFY(!forecastSeries(kg, o).counts);
}

void TestForecastModels::slowItemsDoNotRepeatTheLastWeek()
{
    // Lumpy products: a sale on 15% of days, of 1 + a negative binomial count (mean 4, heavy-tailed), so
    // 0.6 a day, with no weekly pattern. The seasonal naive repeats the last week's one or two sales; its
    // mostly-zero backtests often scored best, and a week's sample is no estimate of a slow item's mean
    // (issue 22: on fresh retail sets lumpy SKUs scored up to 1.13 × the true demand's MASE). With it
    // eligible the 28-day forecasts here missed the true mean by 58% on average; without it, by 22%.
    std::mt19937 rng(29);
    std::bernoulli_distribution sale(0.15);
    std::gamma_distribution<double> size(0.6, 3.0 / 0.6);
    ForecastOptions o;
    o.horizon = 28;
    o.learnEvents = false;
    const int products = 100;
    double miss = 0.0;
    int naiveBetter = 0;
    for (int i = 0; i < products; ++i) {
        TimeSeries s;
        s.start = QDate(2025, 1, 6);
        for (int t = 0; t < 365; ++t)
            s.values.push_back(sale(rng) ? 1.0 + std::poisson_distribution<int>(size(rng))(rng) : 0.0);
        const SeriesForecast f = forecastSeries(s, o);
        QVERIFY(f.backtested);
        // The reason does not claim the smallest error over the seasonal naive where it scored better.
        const CandidateScore *naive = f.scoreOf({ModelFamily::SeasonalNaive});
        const CandidateScore *chosen = f.combination.empty() ? f.scoreOf(f.model) : &f.combinedScore;
        QVERIFY(naive && chosen);
        if (naive->mase < chosen->mase) {
            ++naiveBetter;
            QVERIFY2(f.reason().contains(u"says little about a slow item's average"_s),
                     qPrintable(f.reason()));
        }
        const double mean = std::accumulate(f.mean.begin(), f.mean.end(), 0.0) / double(f.mean.size());
        miss += std::abs(mean / 0.6 - 1.0) / products;
    }
    QVERIFY2(miss < 0.3, qPrintable(QString::number(miss)));
    QVERIFY(naiveBetter > 0);
}

void TestForecastModels::shortMonthlyHistoryIsBacktested()
{
    // Three years of months: too short for twelve-month tests, long enough for three-month ones.
    TimeSeries s;
    s.frequency = Frequency::Monthly;
    s.start = QDate(2022, 1, 1);
    std::mt19937 rng(5);
    std::normal_distribution<double> noise(0.0, 8.0);
    for (int t = 0; t < 36; ++t)
        s.values.push_back(std::round(100.0 + noise(rng)));
    ForecastOptions o;
    o.horizon = 12;
    const SeriesForecast f = forecastSeries(s, o);
    QVERIFY(f.backtested);
    QVERIFY(f.backtestOrigins >= 3);
    QVERIFY(f.scoreOf(ModelSpec{ModelFamily::Ets, Trend::Additive, Season::Additive}) == nullptr);
    // The forecast combines ETS(A,N,N) and iMAPA whatever the few tests say, scored as such; the tests
    // only weight them, the better one more (weights ∝ 1 / score²).
    QCOMPARE(f.combination.size(), size_t(2));
    QCOMPARE(f.combination[0], (ModelSpec{ModelFamily::Ets, Trend::None, Season::None}));
    QCOMPARE(f.combination[1], ModelSpec{ModelFamily::Imapa});
    QVERIFY(std::isfinite(f.combinedScore.mase));
    const CandidateScore *ets = f.scoreOf(f.combination[0]);
    const CandidateScore *imapa = f.scoreOf(ModelSpec{ModelFamily::Imapa});
    QVERIFY(ets && imapa);
    QCOMPARE(f.weights.size(), size_t(2));
    QVERIFY(std::abs(f.weights[0] + f.weights[1] - 1.0) < 1e-12);
    const double ratio = imapa->score * imapa->score / (ets->score * ets->score);
    QVERIFY2(std::abs(f.weights[0] / f.weights[1] - ratio) < 1e-9 * ratio,
             qPrintable(u"%1 vs %2"_s.arg(f.weights[0] / f.weights[1]).arg(ratio)));
    QVERIFY(f.modelName() == u"Weighted(ETS(A,N,N)+iMAPA)"_s || f.modelName() == u"Mean(ETS(A,N,N)+iMAPA)"_s);
    // The forecast is that weighted mean of what each member forecasts on its own.
    ForecastOptions a = o, b = o;
    a.forceModel = f.combination[0];
    b.forceModel = f.combination[1];
    const SeriesForecast fa = forecastSeries(s, a), fb = forecastSeries(s, b);
    for (int k = 0; k < 12; ++k)
        QVERIFY(near(f.mean[size_t(k)], f.weights[0] * fa.mean[size_t(k)] + f.weights[1] * fb.mean[size_t(k)],
                     1e-9));
}

void TestForecastModels::shortMonthlyHistoryTakesTheGroupSeason()
{
    // Thirty slow items with the same yearly cycle (December twice a month's mean, June half of it)
    // and three years each, starting in different months: alone, three Decembers are too noisy to
    // learn from; pooled, the group's indices carry the cycle (issue 22).
    const auto cycle = [](int month) { return month == 12 ? 2.0 : month == 6 ? 0.5 : 1.0; };
    std::mt19937 rng(11);
    std::vector<TimeSeries> group;
    for (int i = 0; i < 30; ++i) {
        TimeSeries s;
        s.frequency = Frequency::Monthly;
        s.start = QDate(2022, 1 + i % 12, 1);
        for (int t = 0; t < 36; ++t)
            s.values.push_back(double(std::poisson_distribution<int>(6.0 * cycle(s.dateAt(t).month()))(rng)));
        group.push_back(s);
    }
    QVERIFY(!groupSeason(std::vector<TimeSeries>(group.begin(), group.begin() + 9))); // too few series
    const auto g = groupSeason(group);
    QVERIFY(g);
    QCOMPARE(g->series, 30);
    double sum = 0.0;
    for (double x : g->index)
        sum += x;
    QVERIFY(std::abs(sum / 12.0 - 1.0) < 1e-9);
    // The cycle's true indices over its mean (12.5 / 12 of a month).
    const double scale = 12.0 / 12.5;
    QVERIFY2(std::abs(g->index[11] - 2.0 * scale) < 0.15, qPrintable(QString::number(g->index[11])));
    QVERIFY2(std::abs(g->index[5] - 0.5 * scale) < 0.1, qPrintable(QString::number(g->index[5])));
    QVERIFY(g->spread < 0.01); // every item has the same cycle: little true spread

    ForecastOptions o;
    o.horizon = 12;
    const SeriesForecast alone = forecastSeries(group.front(), o);
    QCOMPARE(alone.seasonWeight, -1.0);
    o.groupSeason = g;
    const SeriesForecast pooled = forecastSeries(group.front(), o); // starts in January: December is k = 11
    QVERIFY(pooled.seasonWeight >= 0.0 && pooled.seasonWeight < 0.5);
    QVERIFY(pooled.parameters.contains(u"season=group"_s));
    QVERIFY2(pooled.mean[11] > 1.6 * pooled.mean[0] && pooled.mean[5] < 0.7 * pooled.mean[0],
             qPrintable(u"%1 %2 %3"_s.arg(pooled.mean[0]).arg(pooled.mean[5]).arg(pooled.mean[11])));
    // Intervals follow the season too.
    QVERIFY(pooled.upper[11] > pooled.upper[0]);
    // Long histories and daily series are not adjusted.
    TimeSeries longer = group.front();
    longer.values.resize(60, 6.0);
    QCOMPARE(forecastSeries(longer, o).seasonWeight, -1.0);
}

void TestForecastModels::groupSeasonScalesTheCycleBySeries()
{
    // Sixty series share one cycle's shape (December up, June down) but half have it twice as strong
    // as the rest: each series' three years estimate its amplitude (one number) well enough to keep
    // part of the difference, where its twelve own indices would be noise (issue 22).
    const auto cycle = [](int month, double a) {
        return 1.0 + a * (month == 12 ? 0.6 : month == 6 ? -0.4 : 0.0);
    };
    std::mt19937 rng(17);
    std::vector<TimeSeries> group;
    for (int i = 0; i < 60; ++i) {
        TimeSeries s;
        s.frequency = Frequency::Monthly;
        s.start = QDate(2022, 1, 1);
        const double a = i % 2 ? 1.5 : 0.5;
        for (int t = 0; t < 36; ++t)
            s.values.push_back(
                double(std::poisson_distribution<int>(40.0 * cycle(s.dateAt(t).month(), a))(rng)));
        group.push_back(s);
    }
    const auto g = groupSeason(group);
    QVERIFY(g);
    QVERIFY(g->shapeSize > 0.0);
    QVERIFY2(g->amplitudeSpread > 0.1, qPrintable(QString::number(g->amplitudeSpread))); // true: 0.25
    ForecastOptions o;
    o.horizon = 12;
    o.groupSeason = g;
    double weak = 0.0, strong = 0.0;
    for (int i = 0; i < 60; ++i) {
        const SeriesForecast f = forecastSeries(group[size_t(i)], o);
        QVERIFY(f.parameters.contains(u"season=group*"_s));
        (i % 2 ? strong : weak) += f.seasonAmplitude / 30.0;
    }
    QVERIFY2(weak < 0.75 && strong > 1.25, qPrintable(u"%1 %2"_s.arg(weak).arg(strong)));
}

void TestForecastModels::groupSeasonKeepsMonthLengthsOutOfTheAmplitude()
{
    // Sixty series sell 10 a day; half have a yearly cycle (December up, June down), half none. A month's
    // sum follows its days in both halves: the calendar is no series' own, so a series' amplitude scales
    // the cycle, not the month lengths. Scaled together, a series without the cycle (amplitude near 0)
    // lost February's 3 short days: its forecast February stood at 0.96 of March, not 28 / 31 (issue 22).
    const auto cycle = [](int month, double a) {
        return 1.0 + a * (month == 12 ? 0.6 : month == 6 ? -0.4 : 0.0);
    };
    std::mt19937 rng(29);
    std::vector<TimeSeries> group;
    for (int i = 0; i < 60; ++i) {
        TimeSeries s;
        s.frequency = Frequency::Monthly;
        s.start = QDate(2022, 1, 1); // 2024 a leap year; the forecast's February (2025) has 28 days
        for (int t = 0; t < 36; ++t) {
            const QDate d = s.dateAt(t);
            const double mean = 10.0 * d.daysInMonth() * cycle(d.month(), i % 2 ? 1.0 : 0.0);
            s.values.push_back(double(std::poisson_distribution<int>(mean)(rng)));
        }
        group.push_back(s);
    }
    ForecastOptions o;
    o.horizon = 12;
    o.groupSeason = groupSeason(group);
    QVERIFY(o.groupSeason);
    double flatFebruary = 0.0, cycleDecember = 0.0;
    for (int i = 0; i < 60; ++i) {
        const SeriesForecast f = forecastSeries(group[size_t(i)], o);
        QVERIFY(f.parameters.contains(u"season=group*"_s));
        if (i % 2)
            cycleDecember += f.mean[11] / f.mean[10] / 30.0; // December over November
        else
            flatFebruary += f.mean[1] / f.mean[2] / 30.0; // February over March
    }
    QVERIFY2(std::abs(flatFebruary - 28.0 / 31.0) < 0.015, qPrintable(QString::number(flatFebruary)));
    QVERIFY2(std::abs(cycleDecember - 1.6 * 31.0 / 30.0) < 0.08, qPrintable(QString::number(cycleDecember)));
}

void TestForecastModels::dailyWeekdayProfileIsPooledOverTheGroup()
{
    // Thirty products share a week's shape (Saturday three times a Monday) on levels that halve over
    // the year; one of them has only ten weeks, too few to learn the shape alone. Pooled, the group's
    // indices carry it: its regular demand is divided by the shrunk indices and forecast with them
    // (issue 22, daily smooth).
    const double week[] = {0.6, 0.8, 1.0, 1.0, 1.1, 1.8, 0.7}; // Monday first, mean 1
    std::mt19937 rng(23);
    std::vector<TimeSeries> group;
    for (int i = 0; i < 30; ++i) {
        TimeSeries s;
        s.start = QDate(2025, 1, 6); // a Monday
        const int days = i == 0 ? 70 : 364;
        for (int t = 0; t < days; ++t) {
            const double level = 8.0 * std::pow(0.5, double(t) / days);
            s.values.push_back(double(std::poisson_distribution<int>(level * week[t % 7])(rng)));
        }
        group.push_back(s);
    }
    QVERIFY(!groupWeekday(std::vector<TimeSeries>(group.begin(), group.begin() + 9))); // too few series
    const auto g = groupWeekday(group);
    QVERIFY(g);
    QCOMPARE(g->series, 30);
    for (size_t j = 0; j < 7; ++j)
        QVERIFY2(std::abs(g->index[j] - week[j]) < 0.05, qPrintable(QString::number(g->index[j])));
    QVERIFY(g->spread < 0.002); // one shape for all: little true spread, so own indices weigh little

    ForecastOptions o;
    o.horizon = 14;
    o.learnEvents = false;
    o.groupWeekday = g;
    const SeriesForecast f = forecastSeries(group.front(), o); // ends on a Sunday: k = 0 is a Monday
    QVERIFY2(f.parameters.contains(u"weekdays=own*"_s), qPrintable(f.parameters));
    QVERIFY(f.scoreOf({ModelFamily::Ets, Trend::Damped, Season::None}));
    QVERIFY(!f.scoreOf({ModelFamily::Ets, Trend::Damped, Season::Additive}));
    // The forecast's week against the true shape: mean absolute log error of each day's share of its week.
    const auto shapeError = [&](const SeriesForecast &x) {
        double e = 0.0;
        for (int w : {0, 7}) {
            double sum = 0.0;
            for (int k = 0; k < 7; ++k)
                sum += x.mean[size_t(w + k)] / 7.0;
            for (int k = 0; k < 7; ++k)
                e += std::abs(std::log(x.mean[size_t(w + k)] / sum / week[k])) / 14.0;
        }
        return e;
    };
    ForecastOptions alone = o;
    alone.groupWeekday = nullptr;
    const double pooledError = shapeError(f), aloneError = shapeError(forecastSeries(group.front(), alone));
    QVERIFY2(pooledError < 0.1 && pooledError < 0.7 * aloneError,
             qPrintable(u"%1 %2"_s.arg(pooledError).arg(aloneError)));
    // Slow items keep their own models.
    TimeSeries slow = group[1];
    for (size_t t = 0; t < slow.values.size(); ++t)
        slow.values[t] = t % 5 ? 0.0 : slow.values[t];
    QVERIFY(!forecastSeries(slow, o).parameters.contains(u"weekdays"_s));
}

void TestForecastModels::monthlyCountsVaryAtLeastAsPoisson()
{
    // Three years of exactly 4 units a month: the models see no noise, but whole units vary at least
    // as a Poisson count of that mean does (sd 2); the same history in fractions keeps the models' sd.
    TimeSeries s;
    s.frequency = Frequency::Monthly;
    s.start = QDate(2022, 1, 1);
    s.values.assign(36, 4.0);
    ForecastOptions o;
    o.horizon = 6;
    const SeriesForecast counts = forecastSeries(s, o);
    for (int k = 0; k < o.horizon; ++k) {
        QVERIFY(std::abs(counts.mean[size_t(k)] - 4.0) < 1e-6);
        QVERIFY(std::abs(counts.sd[size_t(k)] - 2.0) < 1e-6);
    }
    s.values.assign(36, 4.5);
    const SeriesForecast fractions = forecastSeries(s, o);
    for (int k = 0; k < o.horizon; ++k)
        QVERIFY(fractions.sd[size_t(k)] < 1e-6);
}

void TestForecastModels::monthlyCountIntervalsUseTheHistorysDispersion()
{
    // Half the mean squared successive difference per unit of the mean: 0, 8, 0, 8 differ by 8 each
    // time, 64 × 3 / (2 × 3) = 32 over a mean of 4 is 8; a constant series has none.
    const std::vector<double> alternating{0, 8, 0, 8};
    QCOMPARE(successiveDispersion(alternating.data(), 4), 8.0);
    const std::vector<double> flat{4, 4, 4};
    QCOMPARE(successiveDispersion(flat.data(), 3), 0.0);
    QCOMPARE(successiveDispersion(flat.data(), 1), 0.0);

    // Three years of lumpy monthly sums (a few orders of a few units each): whole units, so the
    // intervals are a negative binomial's nearest quantiles, and the spread is at least half the
    // history's dispersion times the forecast (the average of that and the models' variance).
    std::mt19937 rng(23);
    std::poisson_distribution<int> orders(3.0);
    std::geometric_distribution<int> size(0.25);
    std::vector<SeriesForecast> forecasts;
    ForecastOptions o;
    o.horizon = 12;
    for (int i = 0; i < 40; ++i) {
        TimeSeries s;
        s.frequency = Frequency::Monthly;
        s.start = QDate(2022, 1, 1);
        for (int t = 0; t < 36; ++t) {
            double v = 0.0;
            for (int j = orders(rng); j > 0; --j)
                v += 1 + size(rng);
            s.values.push_back(v);
        }
        const double dispersion = successiveDispersion(s.values.data(), s.size());
        QVERIFY(dispersion > 2.0); // orders of about four units: far from Poisson
        SeriesForecast f = forecastSeries(s, o);
        QVERIFY(f.counts);
        QVERIFY(f.sizePmf.empty()); // sizes are for the daily restock planner
        for (int k = 0; k < o.horizon; ++k) {
            const double mean = f.mean[size_t(k)], v = f.sd[size_t(k)] * f.sd[size_t(k)];
            QVERIFY2(v >= 0.5 * dispersion * mean - 1e-9 && v >= mean - 1e-9,
                     qPrintable(QString::number(v) + u' ' + QString::number(dispersion * mean)));
            const auto [lo, hi] = f.interval(k, 0.8);
            QCOMPARE(std::make_pair(lo, hi),
                     predictionInterval(mean, f.sd[size_t(k)], 0.8, true, true, false, f.varianceDf));
            QVERIFY(lo == std::floor(lo) && hi == std::floor(hi) && lo < mean && hi > mean);
        }
        // In fractions (kilograms) the same history keeps normal intervals.
        for (double &v : s.values)
            v += 0.5;
        QVERIFY(!forecastSeries(s, o).counts);
        forecasts.push_back(std::move(f));
    }
    // Monthly backtests are three months ahead: they do not calibrate twelve-month intervals, however
    // many points they pool.
    QVERIFY(forecasts.front().backtestPoints.size() * forecasts.size() >=
            size_t(IntervalCalibration::kMinPoints));
    const std::vector<SeriesForecast> raw = forecasts;
    calibrateIntervals(forecasts, 0.8);
    for (size_t i = 0; i < forecasts.size(); ++i) {
        QVERIFY(!forecasts[i].calibration);
        QCOMPARE(forecasts[i].upper, raw[i].upper);
    }
}

void TestForecastModels::poissonLikeMonthlySumsTakeTheExactLowerEnd()
{
    // Sums of single-unit sales (about 8 a month) vary as a Poisson count: their intervals leave
    // (1 − level) / 2 below (the nearest quantile left 4% under the 80% interval and covered 83%,
    // issue 22). Sums of multi-unit orders keep the nearest-quantile lower end.
    std::mt19937 rng(5);
    for (const bool lumpy : {false, true}) {
        TimeSeries s;
        s.frequency = Frequency::Monthly;
        s.start = QDate(2022, 1, 1);
        std::poisson_distribution<int> orders(lumpy ? 3.0 : 8.0);
        std::geometric_distribution<int> size(0.25);
        for (int t = 0; t < 36; ++t) {
            double v = 0.0;
            for (int j = orders(rng); j > 0; --j)
                v += lumpy ? 1 + size(rng) : 1;
            s.values.push_back(v);
        }
        ForecastOptions o;
        o.horizon = 12;
        const SeriesForecast f = forecastSeries(s, o);
        QVERIFY(f.counts);
        QCOMPARE(f.exactLower, !lumpy);
        const double mean = f.mean[0], sd = f.sd[0];
        QCOMPARE(f.interval(0, 0.8), predictionInterval(mean, sd, 0.8, true, true, !lumpy, f.varianceDf));
        // Longer histories are backtested properly and keep the nearest quantiles.
        TimeSeries longer = s;
        longer.values.resize(72, lumpy ? 12.0 : 8.0);
        QVERIFY(!forecastSeries(longer, o).exactLower);
    }
}

void TestForecastModels::monthlyCountIntervalsAverageOverTheEstimatedVariance()
{
    // Degrees of freedom of an estimated variance, 2 / (2 / (n − 1) + excess kurtosis / n): one large
    // month among seven empty ones (m2 7, m4 301, excess 301 / 49 − 3) leaves about 2.95; a flat-topped
    // sample (negative excess) n − 1.
    const std::vector<double> spike{0, 0, 0, 0, 0, 0, 0, 8};
    QVERIFY(std::abs(varianceDegreesOfFreedom(spike.data(), 8) -
                     2.0 / (2.0 / 7.0 + (301.0 / 49.0 - 3.0) / 8.0)) < 1e-12);
    const std::vector<double> even{1, 2, 3, 4};
    QCOMPARE(varianceDegreesOfFreedom(even.data(), 4), 3.0);
    QCOMPARE(varianceDegreesOfFreedom(even.data(), 3), 0.0);

    // Averaged over its variance, the distribution keeps its mean and grows a longer upper tail; with a
    // variance all but known it is the plug-in one, and a Poisson count (no overdispersion to estimate)
    // is left alone.
    const std::vector<double> pmf = countPmfOverVariance(12.0, 60.0, 4.0);
    double total = 0.0, mean = 0.0;
    for (size_t k = 0; k < pmf.size(); ++k) {
        total += pmf[k];
        mean += double(k) * pmf[k];
    }
    QVERIFY(std::abs(total - 1.0) < 1e-9 && std::abs(mean - 12.0) < 1e-6);
    QVERIFY(pmfQuantile(pmf, 0.9, true) > countQuantile(12.0, 60.0, 0.9, true));
    QVERIFY(pmfQuantile(pmf, 0.975, true) > countQuantile(12.0, 60.0, 0.975, true));
    // The count lo whose P(D < lo) is nearest p, read off the whole distribution.
    const auto lowerEndOf = [](const std::vector<double> &f, double p) {
        double below = 0.0;
        int k = 0;
        while (below + f[size_t(k)] < p)
            below += f[size_t(k++)];
        return p - below < below + f[size_t(k)] - p ? k : k + 1;
    };
    for (const double p : {0.025, 0.1, 0.5, 0.9, 0.975}) {
        QCOMPARE(pmfQuantile(countPmfOverVariance(12.0, 60.0, 1e9), p, true),
                 countQuantile(12.0, 60.0, p, true));
        QCOMPARE(pmfQuantile(countPmfOverVariance(12.0, 12.0, 3.0), p, true),
                 countQuantile(12.0, 12.0, p, true));
        QCOMPARE(countLowerEndOverVariance(12.0, 12.0, 3.0, p), countLowerEnd(12.0, 12.0, p));
        QCOMPARE(countQuantileOverVariance(12.0, 60.0, 4.0, p), pmfQuantile(pmf, p, true));
        QCOMPARE(countLowerEndOverVariance(12.0, 60.0, 4.0, p), lowerEndOf(pmf, p));
    }

    // Three years of lumpy monthly sums (a few orders of a few units, now and then a large one): the
    // intervals are those of the distribution averaged over the variance the history gives, whose
    // 95% interval mostly reaches further up than the plug-in negative binomial's (issue 22: monthly lumpy
    // intervals covered 78% / 93%). Longer histories keep the plug-in intervals.
    std::mt19937 rng(31);
    std::poisson_distribution<int> orders(3.0);
    std::geometric_distribution<int> size(0.15);
    ForecastOptions o;
    o.horizon = 12;
    int wider = 0, narrower = 0;
    for (int i = 0; i < 10; ++i) {
        TimeSeries s;
        s.frequency = Frequency::Monthly;
        s.start = QDate(2022, 1, 1);
        for (int t = 0; t < 36; ++t) {
            double v = 0.0;
            for (int j = orders(rng); j > 0; --j)
                v += 1 + size(rng);
            s.values.push_back(v);
        }
        const SeriesForecast f = forecastSeries(s, o);
        QVERIFY(f.counts && !f.exactLower);
        QVERIFY2(f.varianceDf > 0.0 && f.varianceDf <= 35.0, qPrintable(QString::number(f.varianceDf)));
        for (int k = 0; k < o.horizon; ++k) {
            const double mean = f.mean[size_t(k)], sd = f.sd[size_t(k)];
            const auto plugIn = predictionInterval(mean, sd, 0.95, true, true);
            const auto [lo, hi] = f.interval(k, 0.95);
            QCOMPARE(std::make_pair(lo, hi),
                     predictionInterval(mean, sd, 0.95, true, true, false, f.varianceDf));
            wider += hi > plugIn.second ? 1 : 0;
            narrower += hi < plugIn.second ? 1 : 0;
        }
        TimeSeries longer = s;
        longer.values.resize(72, 12.0);
        QCOMPARE(forecastSeries(longer, o).varianceDf, 0.0);
    }
    // (Some end lower: where the interval starts at zero it reads the 95% quantile, which a heavier
    // tail can move down. Here 85 of 120 end higher and 16 lower.)
    QVERIFY2(wider >= 60 && wider >= 4 * narrower,
             qPrintable(QString::number(wider) + u' ' + QString::number(narrower)));
}

void TestForecastModels::aClosedWeekdayIsNotDividedOut()
{
    // A shop closed on Sundays (Friday and Saturday half again as busy). One late Sunday sale of the
    // first product must not move its forecasts: divided by the group's Sunday index (floored at 0.05)
    // that sale counted twentyfold and raised every day's forecast by ~38% (review of 2026-12-06).
    const double week[] = {1.0, 1.0, 1.0, 1.0, 1.5, 1.5, 0.0}; // Monday first
    std::mt19937 rng(5);
    std::vector<TimeSeries> group;
    for (int i = 0; i < 30; ++i) {
        TimeSeries s;
        s.start = QDate(2025, 1, 6); // a Monday
        for (int t = 0; t < 364; ++t)
            s.values.push_back(double(std::poisson_distribution<int>(6.0 * week[t % 7])(rng)));
        group.push_back(s);
    }
    ForecastOptions o;
    o.horizon = 14;
    o.learnEvents = false;
    o.groupWeekday = groupWeekday(group);
    QVERIFY(o.groupWeekday);
    TimeSeries withSale = group.front();
    withSale.values[364 - 8] = 6.0; // the Sunday a week before the end
    const SeriesForecast before = forecastSeries(group.front(), o), after = forecastSeries(withSale, o);
    QVERIFY2(!after.parameters.contains(u"weekdays"_s), qPrintable(after.parameters));
    for (int k = 0; k < 14; ++k) {
        const double expected = 6.0 * week[k % 7]; // k = 0 is a Monday
        if (expected == 0.0)
            continue;
        QVERIFY2(after.mean[size_t(k)] < before.mean[size_t(k)] * 1.1,
                 qPrintable(u"day %1: %2 before the sale, %3 after"_s.arg(k)
                                .arg(before.mean[size_t(k)])
                                .arg(after.mean[size_t(k)])));
        QVERIFY2(std::abs(after.mean[size_t(k)] - expected) < 0.3 * expected,
                 qPrintable(u"day %1: %2 for %3"_s.arg(k).arg(after.mean[size_t(k)]).arg(expected)));
    }
}

namespace {
// 30 products selling ~20 a day for a year from Monday 2025-01-06, each with a weekday shape of its own.
std::vector<TimeSeries> weekdayShapedGroup(std::mt19937 &rng)
{
    std::vector<TimeSeries> group;
    for (int i = 0; i < 30; ++i) {
        TimeSeries g;
        g.start = QDate(2025, 1, 6);
        for (int t = 0; t < 364; ++t)
            g.values.push_back(double(
                std::poisson_distribution<int>(20.0 * (1.0 + 0.4 * std::sin(0.7 * i + 0.9 * (t % 7))))(rng)));
        group.push_back(g);
    }
    return group;
}

// A year (from Monday 2025-01-06) of `level` a day, lifted on event days: the 15th and the month end × 1.5,
// a 30th before a 31st × 1.2, the day after a payday × 1.3, double days (2.2 … 12.12) × 3.
double eventLift(QDate d)
{
    double f = 1.0;
    if (d.day() == 15 || d.day() == d.daysInMonth())
        f *= 1.5;
    else if (d.day() == 30)
        f *= 1.2;
    if (d.day() == 16 || d.day() == 1)
        f *= 1.3;
    if (d.day() == d.month())
        f *= 3.0;
    return f;
}
} // namespace

void TestForecastModels::weekdayIndicesLeaveEventDaysOut()
{
    // Flat demand with no weekday pattern: the double days of 2025 fall on five Fridays and three Mondays,
    // so indices read from every day made Friday ~1.1 (review of 2026-12-06: the event factors count
    // those lifts already).
    TimeSeries s;
    s.start = QDate(2025, 1, 6);
    for (int t = 0; t < 364; ++t)
        s.values.push_back(20.0 * eventLift(s.start.addDays(t)));
    const WeekdayIndices w = weekdayIndices(s);
    QVERIFY(w.ok);
    for (size_t j = 0; j < 7; ++j)
        QVERIFY2(std::abs(w.index[j] - 1.0) < 0.005,
                 qPrintable(u"weekday %1: %2"_s.arg(j + 1).arg(w.index[j])));
    QVERIFY(w.noise < 1e-9);
}

void TestForecastModels::pooledWeekdaysDoNotCountEventsTwice()
{
    // The reviewer's probe: thirty products selling a flat 20 a day (Poisson) with payday and double-day
    // lifts. The pooled forecast of an ordinary Friday read 21.8 (its double days counted by the event
    // factor and again in Friday's index); it must read like the other ordinary days.
    std::mt19937 rng(11);
    std::vector<TimeSeries> group;
    for (int i = 0; i < 30; ++i) {
        TimeSeries s;
        s.start = QDate(2025, 1, 6);
        for (int t = 0; t < 364; ++t)
            s.values.push_back(
                double(std::poisson_distribution<int>(20.0 * eventLift(s.start.addDays(t)))(rng)));
        group.push_back(s);
    }
    ForecastOptions o;
    o.horizon = 7; // Monday 2026-01-05 … Sunday 2026-01-11: no event day
    o.groupWeekday = groupWeekday(group);
    QVERIFY(o.groupWeekday);
    for (size_t j = 0; j < 7; ++j)
        QVERIFY2(std::abs(o.groupWeekday->index[j] - 1.0) < 0.02,
                 qPrintable(u"weekday %1: %2"_s.arg(j + 1).arg(o.groupWeekday->index[j])));
    double friday = 0.0, week = 0.0;
    for (const TimeSeries &s : group) {
        const SeriesForecast f = forecastSeries(s, o);
        QVERIFY2(f.parameters.contains(u"weekdays=own*"_s), qPrintable(f.parameters));
        friday += f.mean[4] / 30.0;
        for (double x : f.mean)
            week += x / 7.0 / 30.0;
    }
    QVERIFY2(std::abs(friday / week - 1.0) < 0.03, qPrintable(u"Friday %1, week %2"_s.arg(friday).arg(week)));
}

void TestForecastModels::backtestWeekdaysKnowOnlyThePast()
{
    // A product selling exactly 20 a day whose Saturdays sell 100 in the last four weeks only: the
    // backtest's windows (3 origins a week apart, 14 days each). Its first origin knows only the flat 20s,
    // so every candidate forecasts 20 on every day from there. With weekday indices learned on the whole
    // history (Saturday ~1.3) the adjusted candidates read those Saturdays ~25: the backtest scored them
    // with their own future. The group's products each have a weekday shape of their own, so a series'
    // own indices weigh much against the group's.
    std::mt19937 rng(17);
    const std::vector<TimeSeries> group = weekdayShapedGroup(rng);
    TimeSeries s;
    s.start = QDate(2025, 1, 6);
    for (int t = 0; t < 364; ++t)
        s.values.push_back(t >= 336 && t % 7 == 5 ? 100.0 : 20.0);
    ForecastOptions o;
    o.horizon = 14;
    o.learnEvents = false;
    o.groupWeekday = groupWeekday(group);
    QVERIFY(o.groupWeekday);
    const SeriesForecast f = forecastSeries(s, o);
    QVERIFY2(f.parameters.contains(u"weekdays=own*"_s), qPrintable(f.parameters));
    QCOMPARE(f.backtestPoints.size(), size_t(42));
    for (int k = 0; k < 14; ++k) // the first origin's days, Monday 2025-12-08 first
        QVERIFY2(std::abs(f.backtestPoints[size_t(k)].mean - 20.0) < 0.2,
                 qPrintable(u"day %1: %2"_s.arg(k).arg(f.backtestPoints[size_t(k)].mean)));
    // The forecast itself learns from every day: its Saturdays are up.
    QVERIFY2(f.mean[5] > 1.1 * f.mean[0], qPrintable(u"%1 %2"_s.arg(f.mean[5]).arg(f.mean[0])));
}

namespace {
// The group's weekday indices learned again from the days before a date, as bva-forecast and the service
// give them to the backtests.
std::shared_ptr<const BacktestGroup> backtestGroupOf(const std::vector<TimeSeries> &group)
{
    return std::make_shared<const BacktestGroup>([group](QDate day) {
        std::vector<TimeSeries> before;
        for (const TimeSeries &s : group)
            before.push_back(truncatedBefore(s, day));
        return GroupLearning{groupWeekday(before), {}};
    });
}
} // namespace

void TestForecastModels::backtestGroupWeekdaysKnowOnlyThePast()
{
    // Thirty products of one weekly shape, 20 a day, whose Saturdays sell 30 in the last four weeks only:
    // the backtest's windows (3 origins a week apart, 14 days each). Products that share one shape give a
    // series' own indices no weight, so the backtest divides by the group's. Learned on whole histories,
    // the group's Saturday (~1.037) had seen those windows: the first origin read its Saturday at 20.3
    // where every day before it says 20 (issue 22 review, the probe's 21.1 against 19.9).
    std::vector<TimeSeries> group;
    for (int i = 0; i < 30; ++i) {
        TimeSeries g;
        g.start = QDate(2025, 1, 6); // a Monday
        for (int t = 0; t < 364; ++t)
            g.values.push_back(t >= 336 && t % 7 == 5 ? 30.0 : 20.0);
        group.push_back(g);
    }
    const TimeSeries s = group.front();
    ForecastOptions o;
    o.horizon = 14;
    o.learnEvents = false;
    o.groupWeekday = groupWeekday(group);
    o.backtestGroup = backtestGroupOf(group);
    QVERIFY(o.groupWeekday);
    const SeriesForecast f = forecastSeries(s, o);
    QVERIFY2(f.parameters.contains(u"weekdays=own*0.00"_s), qPrintable(f.parameters));
    QCOMPARE(f.backtestPoints.size(), size_t(42));
    for (int k = 0; k < 14; ++k) // the first origin's days, Monday 2025-12-08 first
        QVERIFY2(std::abs(f.backtestPoints[size_t(k)].mean - 20.0) < 0.1,
                 qPrintable(u"day %1: %2"_s.arg(k).arg(f.backtestPoints[size_t(k)].mean)));
    // The forecast itself learns from every day: its Saturdays are up.
    QVERIFY2(f.mean[5] > 1.02 * f.mean[4], qPrintable(u"%1 %2"_s.arg(f.mean[5]).arg(f.mean[4])));
}

void TestForecastModels::backtestEventFactorsKnowOnlyThePast()
{
    // Exactly 20 a day, except that the paydays of the last four weeks (the backtest's windows) sell 60.
    // The first origin (Monday 2025-12-08) knows only flat paydays, so its 15 December reads 20; with the
    // factors learned on the whole history (the 15th and month end ~1.14) it read ~23.
    TimeSeries s;
    s.start = QDate(2025, 1, 6);
    for (int t = 0; t < 364; ++t) {
        const QDate d = s.start.addDays(t);
        const bool payday = d.day() == 15 || d.day() == d.daysInMonth();
        s.values.push_back(t >= 336 && payday ? 60.0 : 20.0);
    }
    ForecastOptions o;
    o.horizon = 14;
    const SeriesForecast f = forecastSeries(s, o);
    QVERIFY2(f.events.splitPayday > 1.1, qPrintable(QString::number(f.events.splitPayday)));
    QCOMPARE(f.backtestPoints.size(), size_t(42));
    QCOMPARE(s.dateAt(336 + 7), QDate(2025, 12, 15));
    QVERIFY2(std::abs(f.backtestPoints[7].mean - 20.0) < 0.2,
             qPrintable(QString::number(f.backtestPoints[7].mean)));
}

void TestForecastModels::weekdayDeadBeforeTheBacktestKeepsEtsSeasons()
{
    // Sundays sold nothing until the last four weeks, then 70: over the whole year Sunday is no dead day
    // (index ~0.25), but the backtest's indices, learned before its first origin, have Sunday near zero
    // and would multiply its days' noise twentyfold. Such a series keeps ETS's additive weekday states.
    std::mt19937 rng(29);
    const std::vector<TimeSeries> group = weekdayShapedGroup(rng);
    TimeSeries s;
    s.start = QDate(2025, 1, 6);
    for (int t = 0; t < 364; ++t)
        s.values.push_back(t % 7 == 6 ? (t >= 336 ? 70.0 : 0.0) : 20.0);
    ForecastOptions o;
    o.horizon = 14;
    o.learnEvents = false;
    o.groupWeekday = groupWeekday(group);
    o.backtestGroup = backtestGroupOf(group);
    QVERIFY(o.groupWeekday);
    QVERIFY(!hasDeadWeekday(shrunkWeekday(weekdayIndices(s), *o.groupWeekday)));
    QVERIFY(hasDeadWeekday(shrunkWeekday(weekdayIndices(s, 336), *o.groupWeekday)));
    const SeriesForecast f = forecastSeries(s, o);
    QVERIFY2(!f.parameters.contains(u"weekdays="_s), qPrintable(f.parameters));
}

void TestForecastModels::backtestGroupLearnsEachDateOnce()
{
    // The series of one run share their first origins' dates: each date's group is learned once, whatever
    // the threads asking, and from the days before it only.
    TimeSeries s;
    s.start = QDate(2025, 1, 6);
    s.values = {1, 2, 3, 4, 5};
    QCOMPARE(truncatedBefore(s, QDate(2025, 1, 9)).values, (std::vector<double>{1, 2, 3}));
    QVERIFY(truncatedBefore(s, QDate(2025, 1, 1)).values.empty());
    QCOMPARE(truncatedBefore(s, QDate(2026, 1, 1)).values.size(), size_t(5));
    std::atomic<int> calls{0};
    const BacktestGroup group([&](QDate day) {
        ++calls;
        GroupLearning g;
        g.eventPrior.payday = 1.0 + double(truncatedBefore(s, day).size());
        return g;
    });
    std::vector<int> asks(64);
    std::iota(asks.begin(), asks.end(), 0);
    std::vector<double> seen(asks.size());
    QtConcurrent::blockingMap(
        asks, [&](int i) { seen[size_t(i)] = group.before(QDate(2025, 1, 8 + i % 2)).eventPrior.payday; });
    for (size_t i = 0; i < seen.size(); ++i)
        QCOMPARE(seen[i], 3.0 + double(i % 2)); // two days before the 8th, three before the 9th
    QCOMPARE(calls.load(), 2);
}

void TestForecastModels::backtestGroupSeasonKnowsOnlyThePast()
{
    // Thirty short monthly series of one shape, exactly 20 a month, whose last December (the backtest's
    // last window: 3 months ahead from 6 origins, the first in May 2024) sells 60. Series of one shape give
    // their own indices no weight, so the backtest divides by the group's. Learned on whole histories, the
    // group's December (~1.58) had seen that window: the last origin read December at 32.4, and every
    // window its other months at 19.4, where every month before them says 20 (issue 22 review).
    std::vector<TimeSeries> group;
    for (int i = 0; i < 30; ++i) {
        TimeSeries g;
        g.frequency = Frequency::Monthly;
        g.start = QDate(2022, 1, 1);
        for (int t = 0; t < 36; ++t)
            g.values.push_back(t == 35 ? 60.0 : 20.0);
        group.push_back(g);
    }
    QCOMPARE(truncatedBefore(group.front(), QDate(2024, 5, 1)).values.size(), size_t(28));
    QCOMPARE(truncatedBefore(group.front(), QDate(2024, 5, 2)).values.size(), size_t(29));
    ForecastOptions o;
    o.horizon = 12;
    o.groupSeason = groupSeason(group);
    QVERIFY(o.groupSeason);
    o.backtestGroup = std::make_shared<const BacktestGroup>([group](QDate day) {
        std::vector<TimeSeries> before;
        for (const TimeSeries &s : group)
            before.push_back(truncatedBefore(s, day));
        return GroupLearning{nullptr, {}, groupSeason(before)};
    });
    const SeriesForecast f = forecastSeries(group.front(), o);
    QVERIFY2(f.parameters.contains(u"season=group"_s), qPrintable(f.parameters));
    QCOMPARE(f.backtestPoints.size(), size_t(18));
    for (size_t k = 0; k < f.backtestPoints.size(); ++k) // the last is December 2024
        QVERIFY2(std::abs(f.backtestPoints[k].mean - 20.0) < 0.1,
                 qPrintable(u"point %1: %2"_s.arg(k).arg(f.backtestPoints[k].mean)));
    // The forecast itself learns from every month: its December is up.
    QVERIFY2(f.mean[11] > 1.2 * f.mean[10], qPrintable(u"%1 %2"_s.arg(f.mean[11]).arg(f.mean[10])));
}

void TestForecastModels::meanLevelKnownAnswers()
{
    // Mean 10, level 20 before the first observation, alpha 0.5, phi 0.9: the deviation 10 decays by 0.9 a
    // day (19, 18.1, 17.29). After 15 (one-step forecast 19, error −4) the level is 17: 16.3, 15.67.
    MeanLevelModel::Params p;
    p.alpha = 0.5;
    p.phi = 0.9;
    p.mean = 10.0;
    p.level = 20.0;
    MeanLevelModel m(p);
    double f[3] = {};
    m.forecast(3, f);
    QVERIFY(std::abs(f[0] - 19.0) < 1e-12 && std::abs(f[1] - 18.1) < 1e-12 && std::abs(f[2] - 17.29) < 1e-12);
    m.update(15.0);
    m.forecast(2, f);
    QVERIFY(std::abs(f[0] - 16.3) < 1e-12 && std::abs(f[1] - 15.67) < 1e-12);
    QVERIFY(std::abs(m.varianceMultiplier(1) - 1.0) < 1e-12);
    QVERIFY(std::abs(m.varianceMultiplier(3) - (1.0 + 0.25 * 0.81 + 0.25 * 0.6561)) < 1e-12);
    QCOMPARE(MeanLevelModel::sse(p, std::vector<double>{15.0}.data(), 1), 16.0);
}

void TestForecastModels::aWanderingLevelRevertsToItsMean()
{
    // Products selling around 10 a day whose level wanders and comes back (log level AR(1), 0.95 a day):
    // the fitted mean-level model finds the reversion, and daily regular series divided by their weekday
    // indices test it among their candidates (issue 22, daily smooth).
    std::mt19937 rng(29);
    std::normal_distribution<double> z(0.0, 0.08);
    std::vector<TimeSeries> group;
    for (int i = 0; i < 30; ++i) {
        TimeSeries s;
        s.start = QDate(2025, 1, 6);
        double logLevel = 0.0;
        for (int t = 0; t < 364; ++t) {
            logLevel = 0.95 * logLevel + z(rng);
            s.values.push_back(double(std::poisson_distribution<int>(10.0 * std::exp(logLevel))(rng)));
        }
        group.push_back(s);
    }
    const std::vector<double> &y = group.front().values;
    const auto model = MeanLevelModel::fit(y.data(), int(y.size()));
    const auto &fitted = static_cast<const MeanLevelModel &>(*model);
    QVERIFY2(fitted.params().phi > 0.85 && fitted.params().phi < 0.975, qPrintable(model->parameterText()));
    model->reset();
    for (double v : y)
        model->update(v);
    std::vector<double> f(200);
    model->forecast(200, f.data());
    double mean = 0.0;
    for (double v : y)
        mean += v / double(y.size());
    QVERIFY2(std::abs(f.back() - mean) < 0.01, qPrintable(u"%1 %2"_s.arg(f.back()).arg(mean)));
    ForecastOptions o;
    o.horizon = 14;
    o.learnEvents = false;
    o.groupWeekday = groupWeekday(group);
    QVERIFY(o.groupWeekday);
    const SeriesForecast s = forecastSeries(group.front(), o);
    QVERIFY2(s.parameters.contains(u"weekdays=own*"_s), qPrintable(s.parameters));
    QVERIFY(s.scoreOf({ModelFamily::MeanLevel}));
}

void TestForecastModels::busyLevelsAreShrunkTowardTheirLongRun()
{
    // Forty products of steady demand (3 … 9 a day, days varying by half their mean) and one that doubles
    // over its year. A level read from the last weeks errs by about 6% here; the year's mean knows it within
    // 3%. Pulled halfway toward it, the steady products' levels err by a quarter less at least, by at most
    // 10% each, and their mean level stays where it was; the growing product stands far out of the group
    // and keeps its own (issue 22, daily smooth).
    std::mt19937 rng(47);
    std::vector<TimeSeries> group;
    std::vector<double> rate;
    for (int i = 0; i <= 40; ++i) {
        TimeSeries s;
        s.start = QDate(2025, 1, 6);
        rate.push_back(3.0 + 6.0 * i / 40.0);
        for (int t = 0; t < 364; ++t) {
            const double mean = i < 40 ? rate.back() : rate.back() * std::exp2(t / 364.0);
            std::gamma_distribution<double> g(4.0, mean / 4.0);
            s.values.push_back(double(std::poisson_distribution<int>(g(rng))(rng)));
        }
        group.push_back(s);
    }
    ForecastOptions o;
    o.horizon = 28;
    o.learnEvents = false;
    o.groupWeekday = groupWeekday(group);
    std::vector<SeriesForecast> f(group.size());
    QtConcurrent::blockingMap(
        f, [&](SeriesForecast &out) { out = forecastSeries(group[size_t(&out - f.data())], o); });
    const auto levelOf = [](const SeriesForecast &x) {
        return std::accumulate(x.mean.begin(), x.mean.end(), 0.0) / double(x.mean.size());
    };
    const auto error = [&](const std::vector<SeriesForecast> &x, double *meanLog) {
        double squared = 0.0, sum = 0.0;
        for (int i = 0; i < 40; ++i) {
            const double e = std::log(levelOf(x[size_t(i)]) / rate[size_t(i)]);
            squared += e * e;
            sum += std::log(levelOf(x[size_t(i)]));
        }
        *meanLog = sum / 40.0;
        return std::sqrt(squared / 40.0);
    };
    for (const SeriesForecast &x : f)
        QVERIFY2(x.longRunMean > 0.0, qPrintable(x.parameters));
    double meanBefore = 0.0, meanAfter = 0.0;
    const double before = error(f, &meanBefore);
    const double growing = levelOf(f.back());
    std::vector<SeriesForecast> few(f.begin(), f.begin() + 9);
    shrinkLevels(few, 0.95);
    QCOMPARE(levelOf(few.front()), levelOf(f.front())); // under ten: no group to learn from
    shrinkLevels(f, 0.95);
    const double after = error(f, &meanAfter);
    QVERIFY2(after < 0.75 * before, qPrintable(u"%1 -> %2"_s.arg(before).arg(after)));
    QVERIFY2(std::abs(meanAfter - meanBefore) < 0.01,
             qPrintable(u"%1 -> %2"_s.arg(meanBefore).arg(meanAfter)));
    QCOMPARE(levelOf(f.back()), growing); // far from the group: its own level
    QCOMPARE(f.back().levelFactor, 1.0);
    for (int i = 0; i < 40; ++i)
        QVERIFY2(std::abs(std::log(f[size_t(i)].levelFactor)) <= 0.1 + 1e-12,
                 qPrintable(f[size_t(i)].parameters));
    // Intervals drawn around the new level.
    const auto [lo, hi] = f.front().interval(0, 0.95);
    QCOMPARE(f.front().lower[0], lo);
    QCOMPARE(f.front().upper[0], hi);
    QVERIFY2(f.front().parameters.contains(u"level*"_s), qPrintable(f.front().parameters));
}

void TestForecastModels::imapaAveragesAggregationLevels()
{
    // Buckets of 1 and 2 periods, alpha 0.5, levels from 0, a profile (0.5, 1.5). The observations
    // 4, 0, 6 are 8, 0, 12 after the profile. One-period level: 0 -> 4 -> 2 -> 7; two-period level:
    // the bucket 8 + 0 closes at t = 2: 0 -> 4 (a rate of 2 a period); 12 waits in the open bucket.
    // Rate (7 + 2) / 2 = 4.5, times the profile of the next periods: 1.5, 0.5, 1.5.
    ImapaModel::Params p;
    p.levels = {{1, 0.5, 0.0}, {2, 0.5, 0.0}};
    p.profile = {0.5, 1.5};
    ImapaModel model(p);
    for (double v : {4.0, 0.0, 6.0})
        model.update(v);
    double out[3];
    model.forecast(3, out);
    QCOMPARE(out[0], 6.75);
    QCOMPARE(out[1], 2.25);
    QCOMPARE(out[2], 6.75);
    // Variance grows by each level's alpha² per bucket: 1 + ((1/1)·0.25 + (1/2)·0.25) / 2 at step 2.
    QCOMPARE(model.varianceMultiplier(2), 1.1875);
    // A fitted model on a flat series forecasts its level and names its buckets.
    std::vector<double> flat(28, 3.0);
    const auto fitted = ImapaModel::fit(flat.data(), int(flat.size()), 7, 7, true);
    fitted->reset();
    for (double v : flat)
        fitted->update(v);
    fitted->forecast(1, out);
    QVERIFY(std::abs(out[0] - 3.0) < 1e-9);
    QVERIFY(fitted->parameterText().contains(u"buckets=1..7"_s));
}

void TestForecastModels::compoundDemandKnownValues()
{
    // A sale of 1 or 2 units (even odds, mean 1.5) on a day with mean 0.75: it comes with p = 0.5.
    // One day: 0.5, 0.25, 0.25. Two days: 0.25, 0.25, 0.3125, 0.125, 0.0625.
    const std::vector<double> sizes{0.0, 0.5, 0.5};
    const double means[] = {0.75, 0.75};
    const std::vector<double> pmf = compoundPmf(means, 2, sizes);
    const std::vector<double> expected{0.25, 0.25, 0.3125, 0.125, 0.0625};
    QCOMPARE(pmf.size(), expected.size());
    for (size_t k = 0; k < pmf.size(); ++k)
        QVERIFY2(std::abs(pmf[k] - expected[k]) < 1e-12, qPrintable(QString::number(k)));
    QVERIFY(std::abs(pmfMean(pmf) - 1.5) < 1e-12);
    QCOMPARE(pmfQuantile(pmf, 0.5), 1);
    QCOMPARE(pmfQuantile(pmf, 0.9), 3);
    QCOMPARE(pmfQuantile(pmf, 0.85), 3);
    QCOMPARE(pmfQuantile(pmf, 0.85, true), 2); // 0.8125 is nearer than 0.9375
    // Units short: stock 2 leaves 1 × 0.125 + 2 × 0.0625; no stock leaves the mean.
    QVERIFY(std::abs(pmfShortfall(pmf, 2) - 0.25) < 1e-12);
    QVERIFY(std::abs(pmfShortfall(pmf, 0) - 1.5) < 1e-12);
    QCOMPARE(pmfShortfall(pmf, 4), 0.0);
    // Undershoot for sizes 1 or 2: P(U = 0) = 1 / 1.5, P(U = 1) = 0.5 / 1.5; added to a fair coin of 0 or 1.
    const std::vector<double> shifted = withUndershoot({0.5, 0.5}, sizes);
    QCOMPARE(shifted.size(), size_t(3));
    QVERIFY(std::abs(shifted[0] - 1.0 / 3) < 1e-12);
    QVERIFY(std::abs(shifted[1] - 0.5) < 1e-12);
    QVERIFY(std::abs(shifted[2] - 1.0 / 6) < 1e-12);
    // Unit sales land on it.
    QCOMPARE(withUndershoot({0.5, 0.5}, {0.0, 1.0}), (std::vector<double>{0.5, 0.5}));
    // A day whose mean is 5 units, sales of 1.5 on average: 4 chances of a sale at 5 / 1.5 / 4 each,
    // so the day still averages 5 (it sold 1.5 before: a payday or mega-sale day lost its demand).
    const double busy[] = {5.0};
    const std::vector<double> day = compoundPmf(busy, 1, sizes);
    QVERIFY2(std::abs(pmfMean(day) - 5.0) < 1e-9, qPrintable(QString::number(pmfMean(day))));
    QCOMPARE(day.size(), size_t(9));
    QVERIFY(std::abs(day[0] - std::pow(1.0 / 6, 4)) < 1e-12);
    QVERIFY(std::abs(day[8] - std::pow(5.0 / 12, 4)) < 1e-12);
    // A lead time of a week of such days, and of a week of usual ones, keeps its mean too.
    const double week[] = {5.0, 0.75, 9.0, 0.75, 0.75, 12.0, 0.75};
    QVERIFY(std::abs(pmfMean(compoundPmf(week, 7, sizes)) - 29.0) < 1e-6);
    // No size, no demand.
    QCOMPARE(compoundPmf(busy, 1, {}), std::vector<double>{1.0});
}

void TestForecastModels::sizeDistributionMixesEmpiricalAndNegativeBinomial()
{
    // Always one unit: P(1) = 1.
    QCOMPARE(sizeDistribution({0, 1, 0, 1}), (std::vector<double>{0.0, 1.0}));
    QVERIFY(sizeDistribution({0, 0}).empty());
    // Sizes 3 and 1: size − 1 has mean 1 and variance 2, a geometric P(j) = 0.5^(j+1), weight 5/7;
    // the empirical half each gets 2/7.
    const std::vector<double> pmf = sizeDistribution({3, 0, 1});
    QVERIFY(pmf.size() > 10);
    QCOMPARE(pmf[0], 0.0);
    QVERIFY(std::abs(pmf[1] - (1.0 / 7 + 5.0 / 7 * 0.5)) < 1e-12);
    QVERIFY(std::abs(pmf[2] - 5.0 / 7 * 0.25) < 1e-12);
    QVERIFY(std::abs(pmf[3] - (1.0 / 7 + 5.0 / 7 * 0.125)) < 1e-12);
    double total = 0.0;
    for (double v : pmf)
        total += v;
    QVERIFY(std::abs(total - 1.0) < 1e-9);
    QVERIFY(std::abs(pmfMean(pmf) - 2.0) < 1e-8);
}

namespace {

// Forecast points whose errors do not have the spread (or shape) the forecast claims, with known truth:
// normal errors `spread` times wider than the claimed sd, or lumpy counts (a sale on some days, sizes
// from a heavy-tailed mixture) claimed with their true mean and variance but drawn as a negative binomial.
std::vector<CalibrationPoint> miscalibratedPoints(bool counts, double spread, int n, unsigned seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::normal_distribution<double> z(0.0, 1.0);
    std::vector<CalibrationPoint> out;
    for (int i = 0; i < n; ++i) {
        CalibrationPoint p;
        if (!counts) {
            p.mean = 5.0 + 45.0 * u(rng);
            p.sd = 1.0 + 4.0 * u(rng);
            p.actual = p.mean + spread * p.sd * z(rng);
            p.nonNegative = false;
        } else {
            const double occurrence = 0.05 + 0.4 * u(rng);
            const double shape = 0.4 + 0.6 * u(rng), extra = 1.0 + 6.0 * u(rng);
            // Size 1 + Poisson(Gamma(shape, extra / shape)): mean 1 + extra, variance extra + extra² / shape.
            const double sizeMean = 1.0 + extra, sizeVar = extra + extra * extra / shape;
            p.mean = occurrence * sizeMean;
            p.sd = std::sqrt(occurrence * (sizeVar + sizeMean * sizeMean) - p.mean * p.mean);
            p.counts = true;
            if (u(rng) < occurrence) {
                std::gamma_distribution<double> g(shape, extra / shape);
                p.actual = 1.0 + std::poisson_distribution<int>(g(rng))(rng);
            }
        }
        out.push_back(p);
    }
    return out;
}

} // namespace

void TestForecastModels::intervalCalibrationRecoversKnownQuantiles_data()
{
    QTest::addColumn<bool>("counts");
    QTest::addColumn<double>("spread");
    QTest::newRow("normal, errors 1.5x wider") << false << 1.5;
    QTest::newRow("normal, errors 0.7x as wide") << false << 0.7;
    QTest::newRow("lumpy counts") << true << 1.0;
}

void TestForecastModels::intervalCalibrationRecoversKnownQuantiles()
{
    QFETCH(bool, counts);
    QFETCH(double, spread);
    // Calibrated on one sample (a backtest), judged on another from the same generator (the future).
    const auto backtest = miscalibratedPoints(counts, spread, 3000, 1);
    const auto future = miscalibratedPoints(counts, spread, 20000, 2);
    const IntervalCalibration c = IntervalCalibration::fit(backtest);
    QVERIFY(!c.isIdentity());
    bool wasOff = false;
    for (double level : {0.8, 0.95}) {
        const double before = IntervalCalibration::coverage(future, level);
        const double after = IntervalCalibration::coverage(future, c.adjustedLevel(level));
        wasOff = wasOff || std::abs(before - level) > 0.03;
        QVERIFY2(std::abs(after - level) <= 0.02,
                 qPrintable(u"level %1: coverage %2 before, %3 after"_s.arg(level).arg(before).arg(after)));
    }
    QVERIFY2(wasOff, "the generator must be miscalibrated for this test to mean anything");
    if (!counts) {
        // Normal errors `spread` times the claimed sd: the level to draw is known exactly.
        const double known =
            2.0 * bva::forecast::normalCdf(spread * bva::forecast::normalQuantile(0.9)) - 1.0;
        QVERIFY2(std::abs(c.adjustedLevel(0.8) - known) < 0.02,
                 qPrintable(u"%1 vs %2"_s.arg(c.adjustedLevel(0.8)).arg(known)));
    }
    // Higher levels stay higher after calibration.
    double previous = 0.0;
    for (double level = 0.05; level < 1.0; level += 0.05) {
        QVERIFY(c.adjustedLevel(level) >= previous);
        previous = c.adjustedLevel(level);
    }
    QVERIFY(c.adjustedLevel(0.999) < 1.0);
}

void TestForecastModels::intervalCalibrationNeedsEnoughPoints()
{
    const auto few = miscalibratedPoints(false, 2.0, IntervalCalibration::kMinPoints - 1, 3);
    const IntervalCalibration c = IntervalCalibration::fit(few);
    QVERIFY(c.isIdentity());
    QCOMPARE(c.adjustedLevel(0.8), 0.8);
}

void TestForecastModels::intervalCalibrationShapeOnlyKeepsTheAnchor()
{
    // Errors from a Laplace distribution with the sd the forecasts claim: more peaked than the normal,
    // so its 80% interval covers about 84% and its 95% one about 94%. The full calibration narrows the
    // 80% draw and widens the 95% one; its shape alone keeps 95% as asked and narrows 80% further, with
    // the same ratio of the two levels' normal quantiles.
    std::mt19937_64 rng(29);
    std::exponential_distribution<double> e(std::sqrt(2.0));
    std::bernoulli_distribution sign(0.5);
    std::vector<CalibrationPoint> points;
    for (int i = 0; i < 2000; ++i)
        points.push_back({0.0, 1.0, (sign(rng) ? 1.0 : -1.0) * e(rng), false, false});
    const IntervalCalibration full = IntervalCalibration::fit(points);
    QVERIFY(full.adjustedLevel(0.8) < 0.79 && full.adjustedLevel(0.95) > 0.951);
    const IntervalCalibration shape = full.shapeOnly(0.95);
    QVERIFY(std::abs(shape.adjustedLevel(0.95) - 0.95) < 1e-6);
    QVERIFY(shape.adjustedLevel(0.8) < full.adjustedLevel(0.8));
    const auto z = [](double level) { return bva::forecast::normalQuantile(0.5 + level / 2.0); };
    QVERIFY(std::abs(z(shape.adjustedLevel(0.8)) / z(0.95) -
                     z(full.adjustedLevel(0.8)) / z(full.adjustedLevel(0.95))) < 1e-6);
    // The identity has no shape to keep.
    QVERIFY(IntervalCalibration().shapeOnly(0.95).isIdentity());
}

void TestForecastModels::busyDailyItemsTakeCountIntervals()
{
    // Busy daily items in whole units (a sale most days, sales varying more than a Poisson count's) take
    // the negative binomial interval of their forecast's mean and spread, longer above the mean than
    // below it like their sales, and are not calibrated however many backtest points their class pools
    // (issue 22, daily smooth). In fractions (kilograms) the same history keeps the normal band.
    std::mt19937 rng(31);
    std::vector<SeriesForecast> forecasts;
    ForecastOptions o;
    o.horizon = 28;
    o.learnEvents = false;
    size_t points = 0;
    for (int i = 0; i < 12; ++i) {
        TimeSeries s;
        s.start = QDate(2025, 1, 1);
        std::gamma_distribution<double> rate(8.0, (6.0 + i) / 8.0); // mean 6-17 a day
        for (int t = 0; t < 365; ++t)
            s.values.push_back(std::poisson_distribution<int>(rate(rng))(rng));
        SeriesForecast f = forecastSeries(s, o);
        QCOMPARE(f.profile.demandClass, DemandClass::Smooth);
        QVERIFY(f.counts && f.exactLower);
        QVERIFY(f.sizePmf.empty()); // the planner's compound lead-time demand is for slow items
        points += f.backtestPoints.size();
        for (double &v : s.values)
            v += 0.5;
        QVERIFY(!forecastSeries(s, o).counts);
        forecasts.push_back(std::move(f));
    }
    QVERIFY(points >= size_t(IntervalCalibration::kMinPoints));
    const std::vector<SeriesForecast> raw = forecasts;
    calibrateIntervals(forecasts, o.level);
    double above = 0.0, below = 0.0;
    for (size_t i = 0; i < forecasts.size(); ++i) {
        const SeriesForecast &f = forecasts[i];
        QVERIFY(!f.calibration);
        QCOMPARE(f.upper, raw[i].upper);
        QCOMPARE(f.lower, raw[i].lower);
        for (int k = 0; k < o.horizon; ++k) {
            const double mean = f.mean[size_t(k)], sd = f.sd[size_t(k)];
            QVERIFY(sd * sd > mean); // the NB, not a Poisson
            const auto [lo, hi] = f.interval(k, 0.8);
            QCOMPARE(std::make_pair(lo, hi), predictionInterval(mean, sd, 0.8, true, true, true));
            QVERIFY(lo == std::floor(lo) && hi == std::floor(hi) && lo > 0.0);
            above += f.upper[size_t(k)] - mean;
            below += mean - f.lower[size_t(k)];
        }
    }
    QVERIFY2(above > 1.1 * below, qPrintable(QString::number(above) + u' ' + QString::number(below)));
}

void TestForecastModels::calibrateIntervalsPoolsBacktestsByClass()
{
    // Lumpy daily SKUs: each forecast keeps its backtest points; pooled, they calibrate the intervals of
    // every SKU of the class. A lone smooth series has too few points of its own and keeps its intervals.
    std::mt19937_64 rng(17);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::vector<SeriesForecast> forecasts;
    std::vector<std::vector<double>> futures;
    ForecastOptions o;
    o.horizon = 28;
    o.learnEvents = false;
    for (int i = 0; i < 24; ++i) {
        const double occurrence = 0.1 + 0.2 * u(rng), extra = 2.0 + 4.0 * u(rng);
        std::vector<double> y;
        for (int t = 0; t < 365 + 28; ++t) {
            double v = 0.0;
            if (u(rng) < occurrence) {
                std::gamma_distribution<double> g(0.5, extra / 0.5);
                v = 1.0 + std::poisson_distribution<int>(g(rng))(rng);
            }
            y.push_back(v);
        }
        TimeSeries s;
        s.start = QDate(2025, 1, 1);
        s.values.assign(y.begin(), y.begin() + 365);
        forecasts.push_back(forecastSeries(s, o));
        futures.emplace_back(y.begin() + 365, y.end());
    }
    TimeSeries smooth;
    smooth.start = QDate(2025, 1, 1);
    std::poisson_distribution<int> daily(20.0);
    for (int t = 0; t < 365; ++t)
        smooth.values.push_back(daily(rng));
    forecasts.push_back(forecastSeries(smooth, o));
    QVERIFY(!forecasts.back().backtestPoints.empty());
    QCOMPARE(forecasts.back().profile.demandClass, DemandClass::Smooth);
    int lumpy = 0;
    for (size_t i = 0; i + 1 < forecasts.size(); ++i) {
        QVERIFY(forecasts[i].counts);
        QVERIFY(!forecasts[i].backtestPoints.empty());
        lumpy += forecasts[i].profile.demandClass == DemandClass::Lumpy ? 1 : 0;
    }
    QVERIFY(lumpy >= 20);
    // The lumpy count forecasts' pool is fitted on the later half of each 14-day test (8-14 days ahead)
    // when that half holds enough points, else on every day.
    std::vector<CalibrationPoint> pool, later, fewPool;
    int lumpySeen = 0;
    for (const SeriesForecast &f : forecasts) {
        if (!f.counts || f.profile.demandClass != DemandClass::Lumpy)
            continue;
        ++lumpySeen;
        for (const CalibrationPoint &p : f.backtestPoints) {
            QVERIFY(p.ahead >= 1 && p.ahead <= 14);
            pool.push_back(p);
            if (p.ahead >= 8)
                later.push_back(p);
            if (lumpySeen <= 6)
                fewPool.push_back(p);
        }
    }
    QVERIFY(int(later.size()) >= IntervalCalibration::kMinPoints);
    const double fromLater = IntervalCalibration::fit(later).adjustedLevel(0.8);
    QVERIFY(std::abs(fromLater - IntervalCalibration::fit(pool).adjustedLevel(0.8)) > 1e-6);
    // Six lumpy forecasts: 252 points in all, 126 in the later half; every day is used.
    QVERIFY(int(fewPool.size()) >= IntervalCalibration::kMinPoints &&
            int(fewPool.size()) < 2 * IntervalCalibration::kMinPoints);
    {
        std::vector<SeriesForecast> few;
        for (const SeriesForecast &f : forecasts)
            if (f.counts && f.profile.demandClass == DemandClass::Lumpy && few.size() < 6)
                few.push_back(f);
        calibrateIntervals(few, 0.8);
        QVERIFY(few.front().calibration);
        QCOMPARE(few.front().calibration->adjustedLevel(0.8),
                 IntervalCalibration::fit(fewPool).adjustedLevel(0.8));
    }

    const std::vector<SeriesForecast> raw = forecasts;
    calibrateIntervals(forecasts, 0.8);
    QVERIFY(!forecasts.back().calibration);
    QCOMPARE(forecasts.back().upper, raw.back().upper);
    double before = 0.0, after = 0.0, points = 0.0;
    for (size_t i = 0; i + 1 < forecasts.size(); ++i) {
        const SeriesForecast &f = forecasts[i];
        QVERIFY(f.backtestPoints.empty());
        if (f.profile.demandClass != DemandClass::Lumpy)
            continue;
        QVERIFY(f.calibration);
        QCOMPARE(f.calibration->adjustedLevel(0.8), fromLater);
        for (int k = 0; k < 28; ++k) {
            // lower/upper are redrawn at the level asked; interval() applies the calibration at any level.
            QCOMPARE(std::make_pair(f.lower[size_t(k)], f.upper[size_t(k)]), f.interval(k, 0.8));
            const double y = futures[i][size_t(k)];
            const auto [lo, hi] = raw[i].interval(k, 0.8);
            before += y >= lo && y <= hi ? 1.0 : 0.0;
            after += y >= f.lower[size_t(k)] && y <= f.upper[size_t(k)] ? 1.0 : 0.0;
            points += 1.0;
        }
    }
    // On the unseen four weeks the calibrated 80% intervals cover about 80% (±4 points: ~600 points).
    QVERIFY2(std::abs(after / points - 0.8) <= 0.04,
             qPrintable(u"coverage %1 before, %2 after"_s.arg(before / points).arg(after / points)));
}

QTEST_GUILESS_MAIN(TestForecastModels)
#include "tst_forecastmodels.moc"
