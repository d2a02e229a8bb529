// KPIs, series, breakdowns, product figures and reports for a scope, read from the rollup tables
// (daily_rollups, product_daily_rollups, product_monthly_rollups) and indexed lookups; nothing here
// scans all orders, and nothing is cached, so every process sharing a store sees the same figures.
// Thread-safe: every call uses the calling thread's connection, so pages run it in QtConcurrent.
#pragma once

#include "analyticsscope.h"
#include "analyticstypes.h"
#include "domain/order.h"
#include "domain/shop.h"
#include "report.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>
#include <QObject>

Q_DECLARE_LOGGING_CATEGORY(lcAnalytics)

namespace bva {

class Database;

struct DashboardOptions
{
    int topProducts = 5;
    int recentOrders = 10;
    int stockAlerts = 20;
    Granularity granularity = Granularity::Day;
    bool autoGranularity = true; // pick from the range (see defaultGranularity)
};

// A page of the Orders table: the scope's shops (optionally one), status, search, the scope's days.
struct OrderQuery
{
    AnalyticsScope scope;
    std::optional<qint64> shopId;
    std::optional<OrderStatus> status;
    QString search;          // order id, customer name or email
    bool withinRange = true; // only orders placed in the scope's days
    int page = 1;
    int pageSize = 100;
};

struct OrderListPage
{
    QList<RecentOrder> orders;
    qint64 total = 0;
    int page = 1;
    int pageSize = 100;
    int pageCount() const { return total <= 0 ? 1 : int((total + pageSize - 1) / pageSize); }
};

class AnalyticsService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsService)
public:
    explicit AnalyticsService(Database &db, QObject *parent = nullptr);

    // The shops of the scope after the platform filter, in id order.
    Result<QList<Shop>> shops(const AnalyticsScope &scope) const;
    // Today in the time zone of the scope's first shop (all shops of one seller usually share it).
    QDate today(const QList<Shop> &shops) const;
    Result<DateRange> rangeOf(const AnalyticsScope &scope) const;

    Result<Dashboard> dashboard(const AnalyticsScope &scope, const DashboardOptions &options = {}) const;
    Result<QList<CurrencyKpis>> kpis(const AnalyticsScope &scope) const;
    Result<QList<CurrencySeries>> series(const AnalyticsScope &scope, Granularity g) const;
    Result<QList<BreakdownRow>> platformBreakdown(const AnalyticsScope &scope) const;
    Result<QList<BreakdownRow>> shopBreakdown(const AnalyticsScope &scope) const;
    // Every live product of the scope's shops with its sales in the range, stock state and turnover.
    Result<QList<ProductStats>> productStats(const AnalyticsScope &scope) const;
    Result<QList<ProductStats>> topProducts(const AnalyticsScope &scope, int n) const;
    Result<QList<ProductStats>> bottomProducts(const AnalyticsScope &scope, int n) const;
    Result<QList<StockAlert>> stockAlerts(const AnalyticsScope &scope) const;
    Result<QList<RecentOrder>> recentOrders(const AnalyticsScope &scope, int n) const;
    // Daily units and revenue of one product over a range, zero-filled.
    Result<QList<SeriesPoint>> productSeries(qint64 shopId, const QString &productExternalId,
                                             const DateRange &range) const;

    // Server-side paged orders (the table can hold millions) and one order's lines.
    Result<OrderListPage> orders(const OrderQuery &query) const;
    Result<QList<OrderItem>> orderItems(qint64 orderId) const;
    // Up to `limit` products and `limit` orders of the scope's shops that `text` finds.
    Result<SearchHits> find(const AnalyticsScope &scope, const QString &text, int limit = 5) const;
    Result<QList<OrderStatusChange>> statusHistory(qint64 orderId) const;
    Result<QList<InventoryEvent>> stockHistory(qint64 shopId, const QString &productExternalId,
                                               int limit = 200) const;

    // `rates`: the seller's exchange rates; with them the Sales Summary adds a converted total.
    Result<Report> report(ReportKind kind, const AnalyticsScope &scope,
                          std::optional<Granularity> g = std::nullopt, const ExchangeRates &rates = {}) const;

    // The exchange rates an account set (Settings) for converted totals; empty when none.
    Result<ExchangeRates> exchangeRates(qint64 userId) const;
    // Checks and stores them whole (an empty target clears them); emits exchangeRatesChanged.
    Result<void> setExchangeRates(qint64 userId, const ExchangeRates &rates);

    void setStockThresholds(const StockThresholds &t) { m_thresholds = t; }
    const StockThresholds &stockThresholds() const { return m_thresholds; }

signals:
    void exchangeRatesChanged(qint64 userId);

private:
    struct ProductTotals
    {
        qint64 units = 0;
        qint64 revenueMinor = 0;
    };
    using ProductSales = QHash<QPair<qint64, QString>, ProductTotals>;
    Result<ProductSales> productSales(const QList<qint64> &shopIds, const DateRange &range) const;

    struct Loaded;
    Result<Loaded> load(const AnalyticsScope &scope, bool withPrevious) const;
    Result<QList<ProductStats>> productStatsFor(const Loaded &l) const;

    Database &m_db;
    StockThresholds m_thresholds;
};

} // namespace bva
