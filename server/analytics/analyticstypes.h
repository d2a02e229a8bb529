// Figures the analytics service returns. Money is minor units of `currency`; shops with different
// currencies are never summed together, so every money figure travels with its currency.
#pragma once

#include "analyticsscope.h"
#include "domain/exchangerates.h"
#include "domain/order.h"
#include "domain/platform.h"
#include "domain/product.h"
#include "domain/records.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace bva {

// Sums of rollup rows. Revenue excludes cancelled/failed and returned/refunded orders.
struct KpiTotals
{
    qint64 orders = 0;
    qint64 units = 0;
    qint64 revenueMinor = 0;
    qint64 costMinor = 0;   // of the revenue whose cost is known
    qint64 profitMinor = 0; // of the revenue whose cost is known
    qint64 unknownCostRevenueMinor = 0;
    qint64 cancelledOrders = 0;
    qint64 cancelledMinor = 0;
    qint64 returnedOrders = 0;
    qint64 returnedMinor = 0;

    void add(const DailyRollup &r);
    void add(const KpiTotals &t);
    bool isEmpty() const;
    qint64 knownCostRevenueMinor() const { return revenueMinor - unknownCostRevenueMinor; }
    // Average order value, rounded half away from zero; 0 without orders.
    qint64 aovMinor() const;
    // Gross margin in percent of the revenue whose cost is known; nullopt when none is known.
    std::optional<double> marginPercent() const;
    friend bool operator==(const KpiTotals &, const KpiTotals &) = default;
};

// Relative change in percent; nullopt when the previous value is zero (no meaningful ratio).
std::optional<double> percentChange(qint64 current, qint64 previous);

struct CurrencyKpis
{
    QString currency;
    KpiTotals current;
    KpiTotals previous; // the period of equal length just before
};

// Every currency's figures converted at the seller's rates into one total, labelled as converted
// wherever it is shown. Each money figure is converted per currency (rounded half away from zero to
// the target's minor unit) and then added; counts are added as they are.
struct ConvertedKpis
{
    QString target;         // the currency of the totals
    QStringList currencies; // the currencies converted (the target included when present)
    QStringList missing;    // currencies without a rate: then there is no total
    KpiTotals current;
    KpiTotals previous;
    bool complete() const { return missing.isEmpty(); }
};

// nullopt when the seller chose no target currency or `kpis` has one currency at most (nothing to
// convert); otherwise the totals, or the currencies still missing a rate. Figures out of range count
// as missing.
std::optional<ConvertedKpis> convertKpis(const QList<CurrencyKpis> &kpis, const ExchangeRates &rates);
// One currency's totals in the target currency; nullopt without a rate or out of range.
std::optional<KpiTotals> convertTotals(const KpiTotals &totals, const QString &from,
                                       const ExchangeRates &rates);

struct SeriesPoint
{
    QDate period; // first day of the day/week/month
    KpiTotals totals;
};

struct CurrencySeries
{
    QString currency;
    Granularity granularity = Granularity::Day;
    QList<SeriesPoint> points; // every period of the range, zero-filled
};

struct BreakdownRow
{
    Platform platform = Platform::Other;
    qint64 shopId = 0; // 0 in a per-platform breakdown
    QString label;     // platform or shop name
    QString currency;
    KpiTotals current;
    KpiTotals previous;
};

enum class StockState { InStock, Low, Out, Inactive };
QString stockStateName(StockState s); // "in_stock", "low", "out", "inactive"

struct ProductStats
{
    qint64 productId = 0;
    qint64 shopId = 0;
    QString shopName;
    Platform platform = Platform::Other;
    QString currency;
    QString externalId;
    QString sku;
    QString name;
    QString category;
    qint64 priceMinor = 0;
    std::optional<qint64> costMinor;
    int stock = 0;
    bool active = true;
    qint64 unitsSold = 0; // in the range (revenue orders only)
    qint64 revenueMinor = 0;
    qint64 rangeDays = 0;
    StockState stockState = StockState::InStock;

    // Units sold / (units sold + stock on hand), in percent; nullopt when both are zero.
    std::optional<double> sellThroughPercent() const;
    // Stock on hand / average daily units over the range; nullopt without sales.
    std::optional<double> daysOfInventory() const;
    double dailyUnits() const { return rangeDays > 0 ? double(unitsSold) / double(rangeDays) : 0.0; }
};

struct StockAlert
{
    ProductStats product;
    StockState state = StockState::Low; // Low or Out
};

struct RecentOrder
{
    Order order; // without items
    QString shopName;
    Platform platform = Platform::Other;
    QString currency;
};

// What a typed text finds among the scope's shops (Ctrl+K).
struct SearchHits
{
    QList<Product> products;   // live ones whose name, SKU or marketplace id contains the text
    QList<RecentOrder> orders; // order id, customer name or email contains it; any date
    QHash<qint64, QString> shopNames;
};

// Everything the dashboard shows, computed in one call.
struct Dashboard
{
    QDate today;                   // the shops' current local day: its figures are not final yet
    QDateTime todayEndsAt;         // the start of the shops' next day (UTC): the figures turn the day then
    QString dayTimeZone;           // whose date today is (the first shop's IANA id)
    bool daysDifferByShop = false; // a shop in scope reads another hour than dayTimeZone now
    DateRange range;
    DateRange previousRange;
    int shopCount = 0;            // shops in scope after the platform filter
    QList<CurrencyKpis> kpis;     // one per currency, largest revenue first
    QList<CurrencySeries> series; // same order as kpis
    QList<BreakdownRow> byPlatform;
    QList<BreakdownRow> byShop;
    QList<ProductStats> topProducts;
    QList<StockAlert> stockAlerts;
    QList<RecentOrder> recentOrders;

    bool hasShops() const { return shopCount > 0; }
    bool hasActivity() const;
};

struct StockThresholds
{
    int lowStockUnits = 5;            // at or below: low
    double lowStockDaysOfCover = 7.0; // fewer days of cover than this: low
};

} // namespace bva
