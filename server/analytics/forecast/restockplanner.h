// Restock Planner: what to buy for the coming weeks with the money at hand. Per product: demand over
// lead time and horizon, safety stock, reorder point, an orderable quantity (MOQ, pack size), and
// a budget spent by optimiseBudget for the chosen goal. Money stays in minor units.
#pragma once

#include "domain/productforecast.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace bva::forecast {

enum class RestockGoal { Profit, Volume, Balanced };

QString restockGoalKey(RestockGoal g); // "profit", "volume", "balanced"
bool restockGoalFromString(QStringView s, RestockGoal *out);

struct RestockSettings
{
    qint64 budgetMinor = 0;
    RestockGoal goal = RestockGoal::Balanced;
    int horizonDays = 30; // days of sales the order should cover after it arrives
    int leadTimeDays = 7; // supplier lead time
    double serviceLevel = 0.95;
    // What the service level promises: no stock-out in a replenishment cycle (the classic z σ √L),
    // or that share of the units asked for served from stock (the fill rate sellers feel; its safety
    // stock may be negative when orders are large). ByDemandClass aims at the fill rate with the rule
    // that reached it in the restock simulation (docs/BENCHMARKS.md) for the input's demand class:
    // the fill-rate safety stock for smooth and intermittent items, the cycle-service quantile for
    // lumpy and erratic ones and for inputs without a class (see readsFillRate).
    enum class ServiceMeasure { CycleService, FillRate, ByDemandClass };
    ServiceMeasure serviceMeasure = ServiceMeasure::ByDemandClass;
    bool paydayEffects = true; // read by the service when it forecasts
    bool megaSaleEffects = true;
    QString currency = QStringLiteral("PHP");
    QDate today; // for expiry dates; the service uses the data's "today" when invalid
};

struct RestockInput
{
    qint64 shopId = 0;
    QString productExternalId;
    QString sku;
    QString name;
    qint64 priceMinor = 0;
    std::optional<qint64> costMinor;
    int stock = 0;
    int onOrder = 0;
    int minimumOrder = 1;
    int packSize = 1;
    std::optional<int> leadTimeDays; // overrides the plan's lead time
    std::optional<QDate> expiryDate; // of the stock on hand; once past, the product is not reordered
    // Forecast per day from tomorrow, at least lead time + horizon days long.
    std::vector<double> dailyMean;
    std::vector<double> dailySd;
    // Slow whole-unit demand (SeriesForecast::counts): the reorder point is the service level's
    // quantile of a negative binomial over the lead time instead of mean + z σ √L.
    bool countDemand = false;
    // With countDemand: P(size = k) of one day's sale (SeriesForecast::sizePmf). Lead-time demand is
    // then occurrence × size day by day (compoundPmf), which keeps a lumpy item's long tail.
    std::vector<double> sizePmf;
    // The forecast's demand class (SeriesForecast::profile); read by ServiceMeasure::ByDemandClass.
    std::optional<DemandClass> demandClass;
};

// Whether the plan sizes this input's safety stock for a fill rate (else for a cycle service level).
bool readsFillRate(RestockSettings::ServiceMeasure measure, std::optional<DemandClass> demandClass);

enum class RestockStatus { Funded, PartlyFunded, NotFunded, NotNeeded, NoCost, Expired };
QString restockStatusKey(RestockStatus s);

struct RestockLine
{
    qint64 shopId = 0;
    QString productExternalId;
    QString sku;
    QString name;
    int stock = 0;
    int leadTimeDays = 0;
    double dailyDemand = 0.0; // average forecast per day over lead time + horizon
    double leadTimeDemand = 0.0;
    double coverDemand = 0.0; // lead time + horizon
    double safetyStock = 0.0;
    double reorderPoint = 0.0;
    // Units expected to go unserved (lost) before an order placed now lands, from the compound lead-time
    // demand of slow whole-unit items read for a cycle service level; the recommended quantity does not
    // make them up. 0 otherwise.
    double lostBeforeArrival = 0.0;
    double daysOfCover = 0.0;        // stock / daily demand (infinity when nothing sells)
    std::optional<int> daysToExpiry; // negative: expired (status Expired, nothing recommended)
    bool atRisk = false;             // stock below the reorder point: runs out before a restock lands
    qint64 recommendedQty = 0;       // what the product needs, rounded to MOQ and packs
    qint64 plannedQty = 0;           // what the budget buys
    qint64 unitCostMinor = 0;
    qint64 costMinor = 0;            // plannedQty × unit cost
    qint64 expectedRevenueMinor = 0; // from the extra units expected to sell
    qint64 expectedProfitMinor = 0;
    double expectedExtraUnits = 0.0;
    int priority = 0; // 1 = most urgent
    RestockStatus status = RestockStatus::NotNeeded;
    QString reason;
};

struct RestockPlan
{
    std::vector<RestockLine> lines; // by priority
    qint64 budgetMinor = 0;
    QString currency; // of every amount in the plan
    qint64 spentMinor = 0;
    qint64 expectedRevenueMinor = 0;
    qint64 expectedProfitMinor = 0;
    QString method; // optimiser that won: "dp", "dp-scaled", "greedy"
    QStringList warnings;
};

RestockPlan planRestock(const std::vector<RestockInput> &inputs, const RestockSettings &settings);
// Shopping list (planned lines only):
// sku,name,quantity,unit_cost,cost,expected_revenue,expected_profit,reason.
QString shoppingListCsv(const RestockPlan &plan, const QString &currency);
// The same list as a small HTML document, for printing to PDF where a GUI is available.
QString shoppingListHtml(const RestockPlan &plan, const QString &currency);

} // namespace bva::forecast
