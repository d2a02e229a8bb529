// What the forecast engines read and keep: the products with their restock settings, the stored
// forecasts of the last refresh (forecast_runs, product_forecasts, product_forecast_days) and the
// critical-risk states already notified (forecast_risk_states).
#pragma once

#include "domain/product.h"
#include "domain/productforecast.h"
#include "domain/records.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <optional>

namespace bva {

class Database;

struct ForecastRun
{
    qint64 shopId = 0;
    QDate historyFrom;
    QDate historyTo;
    int horizonDays = 0;
    int products = 0;
    qint64 durationMs = 0;
};

// A live product with the planner's settings for it (defaults when the seller set none).
struct RestockProduct
{
    Product product;
    int minimumOrder = 1;
    int packSize = 1;
    int onOrder = 0;
    std::optional<int> leadTimeDays;
};

// All products of a shop on one future day: sums of forecasts, of variances and of forecast ×
// current price.
struct ForecastDayTotal
{
    QDate day;
    double units = 0.0;
    double variance = 0.0;
    double revenueMinor = 0.0;
};

struct RiskState
{
    QString productExternalId;
    QString state; // "expired", "stock_out"
};

class ForecastRepository final
{
public:
    explicit ForecastRepository(Database &db)
        : m_db(db)
    {}

    // Replaces the shop's stored forecasts with `rows` in one transaction; returns the run's id.
    Result<qint64> replace(const ForecastRun &run, const QList<forecast::ProductForecast> &rows);
    // The last refresh, by product; sku, name and stock as they are now. Without days, each row
    // still has its 7-day and horizon sums. The demand class label is left for the caller.
    Result<QList<forecast::ProductForecast>> stored(qint64 shopId, bool withDays);
    Result<QList<ForecastDayTotal>> dayTotals(qint64 shopId);

    // The shop's live products by external id.
    Result<QList<RestockProduct>> restockProducts(qint64 shopId);
    Result<void> saveRestockSettings(qint64 shopId, const QString &productExternalId, int minimumOrder,
                                     int packSize, int onOrder, std::optional<int> leadTimeDays);

    // The critical state notified last for each product of the shop.
    Result<QHash<QString, QString>> riskStates(qint64 shopId);
    // In one transaction: forgets `cleared`, remembers `changed` since `sinceMs`, adds `notifications`.
    Result<void> recordRiskStates(qint64 shopId, const QStringList &cleared, const QList<RiskState> &changed,
                                  qint64 sinceMs, const QList<Notification> &notifications);

private:
    Database &m_db;
};

} // namespace bva
