// Reads what the engines need from the store: a shop's products, their restock settings and their
// daily unit sales (product_daily_rollups) as zero-filled daily series.
#pragma once

#include "domain/product.h"
#include "timeseries.h"
#include "util/result.h"

#include <optional>
#include <vector>

namespace bva {
class Database;
}

namespace bva::forecast {

struct ProductHistory
{
    Product product;
    int minimumOrder = 1;
    int packSize = 1;
    int onOrder = 0;
    std::optional<int> leadTimeDays;
    TimeSeries series;             // daily units from the first sale (or the history start) to asOf - 1
    int daysSinceLastSale = -1;    // -1: no sale in the history
    double recentDailyUnits = 0.0; // last 30 days
    double unitsPerOrder = 0.0;    // average units in one order, last 90 days; 0: none ordered
};

struct ShopHistory
{
    qint64 shopId = 0;
    QString shopName;
    QString currency = QStringLiteral("PHP");
    QDate asOf; // "today" in the shop's time zone; history ends the day before
    QDate from;
    std::vector<ProductHistory> products;
    TimeSeries total; // all products together, for shop-wide calendar effects
};

// asOf invalid: today in the shop's time zone.
Result<ShopHistory> loadShopHistory(Database &db, qint64 shopId, QDate asOf, int historyDays);
Result<QList<qint64>> shopIdsOfUser(Database &db, qint64 userId);

} // namespace bva::forecast
