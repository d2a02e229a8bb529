// A shop's products and a year of daily unit sales (product_daily_rollups) for the forecasting
// pages and routes: a fast seller that runs out within a week, a slow item, an expired item,
// an intermittent item, a product without a cost, and an overstocked near-expiry item.
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace bva {
class Database;
}

namespace bva::test {

// Today in the shop's time zone (Asia/Manila), which is the forecasts' "as of".
QDate manilaToday();
// Products get ids `<prefix>FAST`, `<prefix>SLOW`, … Returns false (with a warning) on failure.
bool seedForecastShop(Database &db, qint64 shopId, const QString &prefix = {});
QStringList seededProductIds(const QString &prefix = {});

} // namespace bva::test
