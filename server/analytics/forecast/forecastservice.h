// The service the desktop pages and the REST API call: forecasts per product (stored, refreshed
// after syncs), SmartShelf, Restock Planner and MarketMate for one shop or all shops of a user.
// Results are plain structs with translated reasons, one row per product, ready for a table.
#pragma once

#include "campaignstore.h"
#include "demandclass.h"
#include "marketmate.h"
#include "restockplanner.h"
#include "smartshelf.h"
#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QLoggingCategory>
#include <QMap>
#include <QObject>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcForecast)

namespace bva {
class Database;
}

namespace bva::forecast {

struct ForecastRequest
{
    QDate asOf; // invalid: today in the shop's time zone; history ends the day before
    int historyDays = 365;
    int horizonDays = 28;
    double level = 0.95;       // prediction interval
    bool paydayEffects = true; // apply learned payday effects to the future
    bool megaSaleEffects = true;
};

struct ForecastRunSummary
{
    qint64 shopId = 0;
    qint64 runId = 0;
    int products = 0;
    QDate historyFrom;
    QDate historyTo;
    int horizonDays = 0;
    qint64 durationMs = 0;
    QMap<QString, int> models;        // model name -> products
    QMap<QString, int> demandClasses; // demandClassKey -> products
    int criticalAlerts = 0;           // products newly critical (notified)
};

// The dashboard's "predicted sales": all products of a shop per future day.
struct PredictedSalesDay
{
    QDate day;
    double units = 0.0;
    double lower = 0.0; // 95% interval of the total, products taken as independent
    double upper = 0.0;
    qint64 revenueMinor = 0; // units × current price
};

struct PlannerRequest
{
    RestockSettings settings;
    QDate asOf;
    int historyDays = 365;
};

class ForecastService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForecastService)
public:
    explicit ForecastService(Database &db, QObject *parent = nullptr);
    // Waits for the refreshes still running in the background: they use the store.
    ~ForecastService() override;

    // Forecasts every product of the shops without storing anything (engines run in parallel).
    Result<QList<ProductForecast>> computeForecasts(const QList<qint64> &shopIds,
                                                    const ForecastRequest &request = {});
    // Forecasts and stores (replacing the shop's previous results); emits forecastsUpdated.
    Result<ForecastRunSummary> refreshShop(qint64 shopId, const ForecastRequest &request = {});
    Result<QList<ForecastRunSummary>> refreshUser(qint64 userId, const ForecastRequest &request = {});

public Q_SLOTS:
    // The same in the thread pool, for "after a sync": emits forecastsUpdated or refreshFailed.
    void refreshShopInBackground(qint64 shopId);

public:
    // Stored results (last refresh).
    Result<QList<ProductForecast>> storedForecasts(qint64 shopId, bool withDays = false);
    Result<QList<PredictedSalesDay>> predictedSales(qint64 shopId, int days = 28);

    Result<ShelfReport> smartShelf(const QList<qint64> &shopIds, ShelfSettings settings);
    Result<RestockPlan> planRestock(const QList<qint64> &shopIds, const PlannerRequest &request);
    Result<std::vector<PromotionSuggestion>> promotions(qint64 shopId, PromotionSettings settings);

    // Minimum order, pack size, units on order and lead time of one product, used by the planner.
    Result<void> setRestockProductSettings(qint64 shopId, const QString &productExternalId, int minimumOrder,
                                           int packSize, int onOrder, std::optional<int> leadTimeDays);
    Result<QList<qint64>> shopsOfUser(qint64 userId);
    CampaignStore &campaigns() { return m_campaigns; }

Q_SIGNALS:
    void forecastsUpdated(qint64 shopId);
    void refreshFailed(qint64 shopId, const QString &message);
    // A refresh found `count` products newly at critical risk and wrote notifications for them.
    void criticalRisksNotified(qint64 shopId, int count);

private:
    Database &m_db;
    CampaignStore m_campaigns;
    QList<QFuture<void>> m_background; // refreshShopInBackground() jobs not known to be finished
};

} // namespace bva::forecast
