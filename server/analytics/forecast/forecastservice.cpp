#include "forecastservice.h"

#include "forecaster.h"
#include "historyloader.h"
#include "levelshrink.h"
#include "riskalerts.h"
#include "store/forecastrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>
#include <numeric>

Q_LOGGING_CATEGORY(lcForecast, "bva.forecast")

using namespace Qt::StringLiterals;

namespace bva::forecast {

namespace {

struct Computed
{
    ShopHistory history;
    std::vector<SeriesForecast> forecasts;
};

Q_GLOBAL_STATIC(QThreadPool, s_enginePool)

QThreadPool *enginePool()
{
    return s_enginePool();
}

Result<Computed> compute(Database &db, qint64 shopId, QDate asOf, int historyDays, ForecastOptions options)
{
    auto h = loadShopHistory(db, shopId, asOf, historyDays);
    if (!h)
        return h.error();
    Computed c;
    c.history = std::move(h.value());
    std::vector<TimeSeries> series;
    series.reserve(c.history.products.size());
    for (const auto &p : c.history.products)
        series.push_back(p.series);
    // Shop-wide effects first: single products rarely have enough paydays of their own. The payday kinds'
    // spread between the products weighs each product's own evidence (calendarevents.h).
    const auto eventPriorOf = [](const TimeSeries &total, const std::vector<TimeSeries> &products) {
        return poolPaydayKinds(learnEventFactors(total), products);
    };
    if (options.learnEvents)
        options.eventPrior = eventPriorOf(c.history.total, series);
    // The shop's weekly shape: each regular product's weekday profile is shrunk toward it.
    options.groupWeekday = groupWeekday(series);
    // Both again from the days before a backtest's first origin, for the backtests (backtestgroup.h).
    options.backtestGroup = std::make_shared<const BacktestGroup>(
        [series, total = c.history.total, learnEvents = options.learnEvents, eventPriorOf](QDate day) {
            std::vector<TimeSeries> before;
            before.reserve(series.size());
            for (const TimeSeries &s : series)
                before.push_back(truncatedBefore(s, day));
            return GroupLearning{groupWeekday(before), learnEvents
                                                           ? eventPriorOf(truncatedBefore(total, day), before)
                                                           : EventFactors{}};
        });
    c.forecasts.resize(c.history.products.size());
    std::vector<int> order(c.history.products.size());
    std::iota(order.begin(), order.end(), 0);
    // Our own pool: callers often run in the global pool themselves (pages, refresh after a sync),
    // and a blocking map there waits for threads that are all waiting too.
    QtConcurrent::blockingMap(enginePool(), order, [&](int i) {
        c.forecasts[size_t(i)] = forecastSeries(c.history.products[size_t(i)].series, options);
    });
    // Busy products' levels pulled toward their long-run levels (levelshrink.h), then intervals calibrated
    // on the backtests of the shop's products of the same demand class.
    shrinkLevels(c.forecasts, options.level);
    calibrateIntervals(c.forecasts, options.level);
    return c;
}

double nanIfInf(double v)
{
    return std::isfinite(v) ? v : std::numeric_limits<double>::quiet_NaN();
}

ProductForecast toRow(const ShopHistory &h, const ProductHistory &p, const SeriesForecast &f)
{
    ProductForecast r;
    r.shopId = h.shopId;
    r.productExternalId = p.product.externalId;
    r.sku = p.product.sku;
    r.name = p.product.name;
    r.stock = p.product.stock;
    r.model = f.modelName();
    r.parameters = f.parameters;
    r.demandClass = f.profile.demandClass;
    r.demandClassLabel = demandClassLabel(r.demandClass);
    r.adi = nanIfInf(f.profile.adi);
    r.cv2 = f.profile.cv2;
    if (!f.combination.empty())
        r.backtestMase = f.combinedScore.mase;
    else if (const CandidateScore *s = f.scoreOf(f.model))
        r.backtestMase = s->mase;
    if (const CandidateScore *s = f.scoreOf({ModelFamily::SeasonalNaive}))
        r.naiveMase = s->mase;
    r.paydayFactor = f.events.paydayFactor();
    r.megaSaleFactor = f.events.megaSale;
    r.reason = f.reason();
    for (size_t k = 0; k < f.mean.size(); ++k) {
        r.days.append({h.asOf.addDays(qint64(k)), f.mean[k], f.lower[k], f.upper[k], f.sd[k]});
        if (k < 7)
            r.next7Days += f.mean[k];
        r.nextHorizon += f.mean[k];
    }
    return r;
}

ForecastOptions optionsFor(int horizon, double level, bool payday, bool megaSale)
{
    ForecastOptions o;
    o.horizon = horizon;
    o.level = level;
    o.applyEvents = {payday, megaSale};
    return o;
}

ShelfInput shelfInput(const ProductHistory &p, const SeriesForecast &f)
{
    ShelfInput in;
    in.shopId = p.product.shopId;
    in.productExternalId = p.product.externalId;
    in.sku = p.product.sku;
    in.name = p.product.name;
    in.priceMinor = p.product.priceMinor;
    in.costMinor = p.product.costMinor;
    in.stock = p.product.stock;
    in.expiryDate = p.product.expiryDate;
    in.dailyMean = f.mean;
    in.dailySd = f.sd;
    in.daysSinceLastSale = p.daysSinceLastSale;
    in.recentDailyUnits = p.recentDailyUnits;
    in.unitsPerOrder = p.unitsPerOrder;
    return in;
}

} // namespace

ForecastService::ForecastService(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_campaigns(db)
{}

ForecastService::~ForecastService()
{
    for (QFuture<void> &job : m_background)
        job.waitForFinished();
}

Result<QList<ProductForecast>> ForecastService::computeForecasts(const QList<qint64> &shopIds,
                                                                 const ForecastRequest &rq)
{
    QList<ProductForecast> rows;
    for (qint64 shopId : shopIds) {
        auto c = compute(m_db, shopId, rq.asOf, rq.historyDays,
                         optionsFor(rq.horizonDays, rq.level, rq.paydayEffects, rq.megaSaleEffects));
        if (!c)
            return c.error();
        for (size_t i = 0; i < c->forecasts.size(); ++i)
            rows.append(toRow(c->history, c->history.products[i], c->forecasts[i]));
    }
    return rows;
}

Result<ForecastRunSummary> ForecastService::refreshShop(qint64 shopId, const ForecastRequest &rq)
{
    QElapsedTimer timer;
    timer.start();
    auto c = compute(m_db, shopId, rq.asOf, rq.historyDays,
                     optionsFor(rq.horizonDays, rq.level, rq.paydayEffects, rq.megaSaleEffects));
    if (!c)
        return c.error();
    const ShopHistory &h = c->history;
    ForecastRunSummary sum;
    sum.shopId = shopId;
    sum.products = int(h.products.size());
    sum.historyFrom = h.from;
    sum.historyTo = h.asOf.addDays(-1);
    sum.horizonDays = rq.horizonDays;

    QList<ProductForecast> rows;
    rows.reserve(qsizetype(h.products.size()));
    for (size_t i = 0; i < h.products.size(); ++i) {
        rows.append(toRow(h, h.products[i], c->forecasts[i]));
        sum.models[rows.last().model] += 1;
        sum.demandClasses[demandClassKey(rows.last().demandClass)] += 1;
    }
    const ForecastRun run{shopId,         h.from,       sum.historyTo,
                          rq.horizonDays, sum.products, qint64(timer.elapsed())};
    auto runId = ForecastRepository(m_db).replace(run, rows);
    if (!runId)
        return runId.error();
    sum.runId = *runId;
    sum.durationMs = timer.elapsed();
    qCInfo(lcForecast, "shop %lld: %d products forecast in %lld ms", shopId, sum.products, sum.durationMs);

    ShelfSettings shelf;
    shelf.today = h.asOf;
    shelf.currency = h.currency;
    std::vector<ShelfInput> inputs;
    for (size_t i = 0; i < h.products.size(); ++i)
        if (h.products[i].product.active)
            inputs.push_back(shelfInput(h.products[i], c->forecasts[i]));
    if (auto alerts = notifyCriticalRisks(m_db, shopId, buildShelfReport(inputs, shelf)); alerts)
        sum.criticalAlerts = *alerts;
    else
        qCWarning(lcForecast, "shop %lld: critical-risk notifications failed: %s", shopId,
                  qPrintable(alerts.error().message));
    Q_EMIT forecastsUpdated(shopId);
    if (sum.criticalAlerts > 0)
        Q_EMIT criticalRisksNotified(shopId, sum.criticalAlerts);
    return sum;
}

Result<QList<ForecastRunSummary>> ForecastService::refreshUser(qint64 userId, const ForecastRequest &rq)
{
    auto ids = shopIdsOfUser(m_db, userId);
    if (!ids)
        return ids.error();
    QList<ForecastRunSummary> out;
    for (qint64 id : ids.value()) {
        auto s = refreshShop(id, rq);
        if (!s)
            return s.error();
        out.append(s.value());
    }
    return out;
}

void ForecastService::refreshShopInBackground(qint64 shopId)
{
    QPointer<ForecastService> self(this);
    m_background.removeIf([](const QFuture<void> &job) { return job.isFinished(); });
    // Connections are per thread, so the pool thread opens its own.
    m_background.append(QtConcurrent::run([self, shopId, &db = m_db]() {
        ForecastService worker(db);
        auto r = worker.refreshShop(shopId);
        const QString error = r ? QString() : r.error().message;
        const int alerts = r ? r->criticalAlerts : 0;
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, shopId, error, alerts]() {
                if (!self)
                    return;
                if (error.isEmpty()) {
                    Q_EMIT self->forecastsUpdated(shopId);
                    if (alerts > 0)
                        Q_EMIT self->criticalRisksNotified(shopId, alerts);
                } else {
                    Q_EMIT self->refreshFailed(shopId, error);
                }
            },
            Qt::QueuedConnection);
    }));
}

Result<QList<ProductForecast>> ForecastService::storedForecasts(qint64 shopId, bool withDays)
{
    auto rows = ForecastRepository(m_db).stored(shopId, withDays);
    if (!rows)
        return rows.error();
    for (ProductForecast &r : *rows)
        r.demandClassLabel = demandClassLabel(r.demandClass);
    return rows;
}

Result<QList<PredictedSalesDay>> ForecastService::predictedSales(qint64 shopId, int days)
{
    auto totals = ForecastRepository(m_db).dayTotals(shopId);
    if (!totals)
        return totals.error();
    QList<PredictedSalesDay> out;
    for (const ForecastDayTotal &t : std::as_const(*totals)) {
        if (out.size() >= days)
            break;
        PredictedSalesDay p;
        p.day = t.day;
        p.units = t.units;
        const double sd = std::sqrt(std::max(0.0, t.variance));
        p.lower = std::max(0.0, p.units - 1.959964 * sd);
        p.upper = p.units + 1.959964 * sd;
        p.revenueMinor = qint64(std::llround(t.revenueMinor));
        out.append(p);
    }
    return out;
}

Result<ShelfReport> ForecastService::smartShelf(const QList<qint64> &shopIds, ShelfSettings st)
{
    std::vector<ShelfInput> inputs;
    for (qint64 shopId : shopIds) {
        const int horizon = std::max(st.leadTimeDays + st.restockCoverDays, st.nearExpiryDays) + 1;
        auto c = compute(m_db, shopId, st.today, 365, optionsFor(horizon, 0.95, true, true));
        if (!c)
            return c.error();
        if (!st.today.isValid())
            st.today = c->history.asOf;
        st.currency = c->history.currency;
        for (size_t i = 0; i < c->forecasts.size(); ++i)
            inputs.push_back(shelfInput(c->history.products[i], c->forecasts[i]));
    }
    return buildShelfReport(inputs, st);
}

Result<RestockPlan> ForecastService::planRestock(const QList<qint64> &shopIds, const PlannerRequest &rq)
{
    RestockSettings st = rq.settings;
    std::vector<RestockInput> inputs;
    QStringList currencies;
    for (qint64 shopId : shopIds) {
        const int horizon = std::max(0, st.leadTimeDays) + std::max(1, st.horizonDays);
        auto c = compute(m_db, shopId, rq.asOf, rq.historyDays,
                         optionsFor(horizon, 0.95, st.paydayEffects, st.megaSaleEffects));
        if (!c)
            return c.error();
        if (!currencies.contains(c->history.currency))
            currencies.append(c->history.currency);
        if (!st.today.isValid())
            st.today = c->history.asOf;
        for (size_t i = 0; i < c->forecasts.size(); ++i) {
            const ProductHistory &p = c->history.products[i];
            if (!p.product.active)
                continue;
            RestockInput in;
            in.shopId = shopId;
            in.productExternalId = p.product.externalId;
            in.sku = p.product.sku;
            in.name = p.product.name;
            in.priceMinor = p.product.priceMinor;
            in.costMinor = p.product.costMinor;
            in.stock = p.product.stock;
            in.onOrder = p.onOrder;
            in.minimumOrder = p.minimumOrder;
            in.packSize = p.packSize;
            in.leadTimeDays = p.leadTimeDays;
            in.expiryDate = p.product.expiryDate;
            in.dailyMean = c->forecasts[i].mean;
            in.dailySd = c->forecasts[i].sd;
            in.demandClass = c->forecasts[i].profile.demandClass;
            // Slow whole-unit items: lead-time demand as occurrence × the item's own sale sizes. In the
            // restock simulation (docs/BENCHMARKS.md) it met lumpy SKUs' level with less stock than
            // the normal, and held less stock for intermittent ones at a fill rate still above it.
            if (c->forecasts[i].counts && !c->forecasts[i].sizePmf.empty()) {
                in.countDemand = true;
                in.sizePmf = c->forecasts[i].sizePmf;
            }
            inputs.push_back(std::move(in));
        }
    }
    if (!currencies.isEmpty())
        st.currency = currencies.first();
    RestockPlan plan = bva::forecast::planRestock(inputs, st);
    plan.currency = st.currency;
    if (currencies.size() > 1)
        plan.warnings.prepend(
            QCoreApplication::translate("bva::forecast::RestockPlanner",
                                        "The shops use different currencies (%1); amounts are added "
                                        "as if they were %2.")
                .arg(currencies.join(u", "_s), st.currency));
    return plan;
}

Result<std::vector<PromotionSuggestion>> ForecastService::promotions(qint64 shopId, PromotionSettings ps)
{
    const int horizon =
        std::max(ps.shelf.leadTimeDays + ps.shelf.restockCoverDays, ps.shelf.nearExpiryDays) + 1;
    auto c = compute(m_db, shopId, ps.shelf.today, 365, optionsFor(horizon, 0.95, true, true));
    if (!c)
        return c.error();
    if (!ps.shelf.today.isValid())
        ps.shelf.today = c->history.asOf;
    ps.shelf.currency = c->history.currency;
    if (ps.shopName.isEmpty())
        ps.shopName = c->history.shopName;
    std::vector<ShelfInput> inputs;
    for (size_t i = 0; i < c->forecasts.size(); ++i)
        inputs.push_back(shelfInput(c->history.products[i], c->forecasts[i]));
    return suggestPromotions(inputs, ps);
}

Result<void> ForecastService::setRestockProductSettings(qint64 shopId, const QString &externalId,
                                                        int minimumOrder, int packSize, int onOrder,
                                                        std::optional<int> leadTimeDays)
{
    if (minimumOrder < 1 || packSize < 1 || onOrder < 0 || (leadTimeDays && *leadTimeDays < 0))
        return Error::invalid(QCoreApplication::translate(
            "bva::forecast::RestockPlanner", "Minimum order and pack size must be at least 1, units on "
                                             "order and lead time not negative."));
    return ForecastRepository(m_db).saveRestockSettings(shopId, externalId, minimumOrder, packSize, onOrder,
                                                        leadTimeDays);
}

Result<QList<qint64>> ForecastService::shopsOfUser(qint64 userId)
{
    return shopIdsOfUser(m_db, userId);
}

} // namespace bva::forecast
