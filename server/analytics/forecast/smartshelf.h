// SmartShelf: every product scored 0-100 for inventory risk with reasons and one recommended action.
#pragma once

#include "pricing.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace bva::forecast {

struct ShelfSettings
{
    QDate today;
    int leadTimeDays = 7; // days until a restock would arrive
    int nearExpiryDays = 30;
    int slowDays = 30;           // no sale for this long: slow moving
    double overstockDays = 90.0; // more days of cover than this: overstock
    double serviceLevel = 0.95;
    int restockCoverDays = 30; // a restock covers this many days after it lands
    QString currency = QStringLiteral("PHP");
};

struct ShelfInput
{
    qint64 shopId = 0;
    QString productExternalId;
    QString sku;
    QString name;
    qint64 priceMinor = 0;
    std::optional<qint64> costMinor;
    int stock = 0;
    std::optional<QDate> expiryDate;
    std::vector<double> dailyMean; // forecast per day from tomorrow
    std::vector<double> dailySd;
    int daysSinceLastSale = -1;    // -1: never sold
    double recentDailyUnits = 0.0; // average over the last 30 days
    double unitsPerOrder = 0.0;    // average units of it in one order; 0: unknown
};

enum class ShelfRisk { StockOut = 1, NearExpiry = 2, Expired = 4, SlowMoving = 8, Overstock = 16 };
enum class ShelfAction { None, Restock, Discount, Bundle, Clearance, RemoveExpired };
enum class RiskLevel { Low, Medium, High, Critical };

QString shelfRiskKey(ShelfRisk r);       // "stock_out", ...
QString shelfActionKey(ShelfAction a);   // "restock", ...
QString shelfActionLabel(ShelfAction a); // translated
QString riskLevelKey(RiskLevel l);
QString riskLevelLabel(RiskLevel l);

struct ShelfItem
{
    qint64 shopId = 0;
    QString productExternalId;
    QString sku;
    QString name;
    int stock = 0;
    int score = 0; // 0 (fine) .. 100 (act now)
    RiskLevel level = RiskLevel::Low;
    int risks = 0;       // ShelfRisk flags
    QStringList reasons; // one sentence per risk found
    ShelfAction action = ShelfAction::None;
    QString actionText; // the action in words
    qint64 restockQty = 0;
    DiscountRange discount;
    double dailyDemand = 0.0;
    double daysOfCover = 0.0;
    double stockOutProbability = 0.0; // within the lead time
    int daysToExpiry = 0;             // negative: expired that many days ago
    double unitsAtExpiryRisk = 0.0;   // stock not expected to sell before expiry
    qint64 stockValueMinor = 0;       // at cost (at price when the cost is unknown)

    bool has(ShelfRisk r) const { return risks & int(r); }
};

struct ShelfReport
{
    std::vector<ShelfItem> items;   // highest score first
    std::vector<ShelfItem> expired; // the expired-items list
    int atRisk = 0;                 // score >= 30
};

ShelfItem scoreShelfItem(const ShelfInput &input, const ShelfSettings &settings);
ShelfReport buildShelfReport(const std::vector<ShelfInput> &inputs, const ShelfSettings &settings);

} // namespace bva::forecast
