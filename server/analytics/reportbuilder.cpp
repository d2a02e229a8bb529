#include "reportbuilder.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

QVariant optionalValue(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant marginOf(const KpiTotals &t)
{
    return optionalValue(t.marginPercent());
}

} // namespace

QString ReportBuilder::title(ReportKind k)
{
    switch (k) {
    case ReportKind::SalesSummary: return tr("Sales Summary");
    case ReportKind::ProfitAnalysis: return tr("Profit Analysis");
    case ReportKind::StockTurnover: return tr("Stock Turnover");
    case ReportKind::PlatformComparison: return tr("Platform Comparison");
    }
    return QString();
}

Report ReportBuilder::base(ReportKind k) const
{
    Report r;
    r.kind = k;
    r.title = title(k);
    r.range = m_range;
    r.granularity = m_granularity;
    return r;
}

Report ReportBuilder::salesSummary(const QList<CurrencySeries> &series, const QList<CurrencyKpis> &kpis) const
{
    Report r = base(ReportKind::SalesSummary);
    r.note = tr("Revenue counts every order that was not cancelled, failed, returned or refunded; those are listed on their own.");

    ReportTable totals;
    totals.key = u"totals"_s;
    totals.title = tr("Totals");
    totals.columns = {{u"currency"_s, tr("Currency"), ColumnKind::Text},
                      {u"orders"_s, tr("Orders"), ColumnKind::Integer},
                      {u"units"_s, tr("Units"), ColumnKind::Integer},
                      {u"revenue"_s, tr("Revenue"), ColumnKind::Money},
                      {u"aov"_s, tr("Avg. order value"), ColumnKind::Money},
                      {u"previous_revenue"_s, tr("Previous period revenue"), ColumnKind::Money},
                      {u"revenue_change"_s, tr("Change %"), ColumnKind::Percent},
                      {u"cancelled_orders"_s, tr("Cancelled orders"), ColumnKind::Integer},
                      {u"cancelled"_s, tr("Cancelled amount"), ColumnKind::Money},
                      {u"returned_orders"_s, tr("Returned/refunded orders"), ColumnKind::Integer},
                      {u"returned"_s, tr("Returned/refunded amount"), ColumnKind::Money}};
    totals.currencyColumn = 0;
    for (const CurrencyKpis &k : kpis) {
        totals.rows.append({k.currency, k.current.orders, k.current.units, k.current.revenueMinor, k.current.aovMinor(),
                            k.previous.revenueMinor,
                            optionalValue(percentChange(k.current.revenueMinor, k.previous.revenueMinor)),
                            k.current.cancelledOrders, k.current.cancelledMinor, k.current.returnedOrders,
                            k.current.returnedMinor});
    }

    ReportTable periods;
    periods.key = u"periods"_s;
    periods.title = tr("By period");
    periods.columns = {{u"period"_s, tr("Period"), ColumnKind::Date},
                       {u"currency"_s, tr("Currency"), ColumnKind::Text},
                       {u"orders"_s, tr("Orders"), ColumnKind::Integer},
                       {u"units"_s, tr("Units"), ColumnKind::Integer},
                       {u"revenue"_s, tr("Revenue"), ColumnKind::Money},
                       {u"aov"_s, tr("Avg. order value"), ColumnKind::Money},
                       {u"cancelled_orders"_s, tr("Cancelled orders"), ColumnKind::Integer},
                       {u"returned_orders"_s, tr("Returned/refunded orders"), ColumnKind::Integer}};
    periods.currencyColumn = 1;
    periods.chart = {ChartSpec::Type::Line, 0, {4}};
    for (const CurrencySeries &s : series) {
        for (const SeriesPoint &p : s.points) {
            periods.rows.append({p.period, s.currency, p.totals.orders, p.totals.units, p.totals.revenueMinor,
                                 p.totals.aovMinor(), p.totals.cancelledOrders, p.totals.returnedOrders});
        }
    }
    r.tables = {periods, totals};
    return r;
}

Report ReportBuilder::profitAnalysis(const QList<CurrencySeries> &series, const QList<BreakdownRow> &byShop) const
{
    Report r = base(ReportKind::ProfitAnalysis);
    r.note = tr("Cost and profit cover only orders whose every item has a known cost; the revenue of the others is shown as \"Revenue with unknown cost\" and is left out of the margin.");

    ReportTable periods;
    periods.key = u"periods"_s;
    periods.title = tr("By period");
    periods.columns = {{u"period"_s, tr("Period"), ColumnKind::Date},
                       {u"currency"_s, tr("Currency"), ColumnKind::Text},
                       {u"revenue"_s, tr("Revenue"), ColumnKind::Money},
                       {u"cost"_s, tr("Cost"), ColumnKind::Money},
                       {u"profit"_s, tr("Gross profit"), ColumnKind::Money},
                       {u"margin"_s, tr("Margin %"), ColumnKind::Percent},
                       {u"unknown_cost_revenue"_s, tr("Revenue with unknown cost"), ColumnKind::Money}};
    periods.currencyColumn = 1;
    periods.chart = {ChartSpec::Type::Line, 0, {2, 4}};
    for (const CurrencySeries &s : series) {
        for (const SeriesPoint &p : s.points) {
            periods.rows.append({p.period, s.currency, p.totals.revenueMinor, p.totals.costMinor, p.totals.profitMinor,
                                 marginOf(p.totals), p.totals.unknownCostRevenueMinor});
        }
    }

    ReportTable shops;
    shops.key = u"shops"_s;
    shops.title = tr("By shop");
    shops.columns = {{u"shop"_s, tr("Shop"), ColumnKind::Text},
                     {u"platform"_s, tr("Platform"), ColumnKind::Text},
                     {u"currency"_s, tr("Currency"), ColumnKind::Text},
                     {u"revenue"_s, tr("Revenue"), ColumnKind::Money},
                     {u"cost"_s, tr("Cost"), ColumnKind::Money},
                     {u"profit"_s, tr("Gross profit"), ColumnKind::Money},
                     {u"margin"_s, tr("Margin %"), ColumnKind::Percent},
                     {u"unknown_cost_revenue"_s, tr("Revenue with unknown cost"), ColumnKind::Money}};
    shops.currencyColumn = 2;
    for (const BreakdownRow &b : byShop) {
        shops.rows.append({b.label, platformName(b.platform), b.currency, b.current.revenueMinor, b.current.costMinor,
                           b.current.profitMinor, marginOf(b.current), b.current.unknownCostRevenueMinor});
    }
    r.tables = {periods, shops};
    return r;
}

Report ReportBuilder::stockTurnover(const QList<ProductStats> &products) const
{
    Report r = base(ReportKind::StockTurnover);
    r.note = tr("Sell-through = units sold ÷ (units sold + stock on hand). Days of inventory = stock on hand ÷ average units sold per day in the range.");
    ReportTable t;
    t.key = u"products"_s;
    t.title = tr("Products");
    t.columns = {{u"product"_s, tr("Product"), ColumnKind::Text},
                 {u"sku"_s, tr("SKU"), ColumnKind::Text},
                 {u"shop"_s, tr("Shop"), ColumnKind::Text},
                 {u"category"_s, tr("Category"), ColumnKind::Text},
                 {u"currency"_s, tr("Currency"), ColumnKind::Text},
                 {u"stock"_s, tr("Stock"), ColumnKind::Integer},
                 {u"units_sold"_s, tr("Units sold"), ColumnKind::Integer},
                 {u"revenue"_s, tr("Revenue"), ColumnKind::Money},
                 {u"sell_through"_s, tr("Sell-through %"), ColumnKind::Percent},
                 {u"days_of_inventory"_s, tr("Days of inventory"), ColumnKind::Days},
                 {u"stock_state"_s, tr("Stock state"), ColumnKind::Text}};
    t.currencyColumn = 4;
    t.chart = {ChartSpec::Type::Bar, 0, {6}};
    QList<ProductStats> sorted = products;
    std::stable_sort(sorted.begin(), sorted.end(), [](const ProductStats &a, const ProductStats &b) {
        if (a.unitsSold != b.unitsSold)
            return a.unitsSold > b.unitsSold;
        return a.name < b.name;
    });
    for (const ProductStats &p : sorted) {
        t.rows.append({p.name, p.sku, p.shopName, p.category, p.currency, p.stock, p.unitsSold, p.revenueMinor,
                       optionalValue(p.sellThroughPercent()), optionalValue(p.daysOfInventory()),
                       stockStateName(p.stockState)});
    }
    r.tables = {t};
    return r;
}

Report ReportBuilder::platformComparison(const QList<BreakdownRow> &byPlatform, const QList<BreakdownRow> &byShop) const
{
    Report r = base(ReportKind::PlatformComparison);
    r.note = tr("Shops in different currencies are compared side by side, never added together.");
    auto table = [](const QString &key, const QString &title, const QString &labelTitle, const QList<BreakdownRow> &rows) {
        ReportTable t;
        t.key = key;
        t.title = title;
        t.columns = {{u"name"_s, labelTitle, ColumnKind::Text},
                     {u"currency"_s, tr("Currency"), ColumnKind::Text},
                     {u"orders"_s, tr("Orders"), ColumnKind::Integer},
                     {u"units"_s, tr("Units"), ColumnKind::Integer},
                     {u"revenue"_s, tr("Revenue"), ColumnKind::Money},
                     {u"aov"_s, tr("Avg. order value"), ColumnKind::Money},
                     {u"profit"_s, tr("Gross profit"), ColumnKind::Money},
                     {u"margin"_s, tr("Margin %"), ColumnKind::Percent},
                     {u"cancelled_orders"_s, tr("Cancelled orders"), ColumnKind::Integer},
                     {u"returned_orders"_s, tr("Returned/refunded orders"), ColumnKind::Integer},
                     {u"previous_revenue"_s, tr("Previous period revenue"), ColumnKind::Money},
                     {u"revenue_change"_s, tr("Change %"), ColumnKind::Percent}};
        t.currencyColumn = 1;
        for (const BreakdownRow &b : rows) {
            t.rows.append({b.label, b.currency, b.current.orders, b.current.units, b.current.revenueMinor,
                           b.current.aovMinor(), b.current.profitMinor, marginOf(b.current), b.current.cancelledOrders,
                           b.current.returnedOrders, b.previous.revenueMinor,
                           optionalValue(percentChange(b.current.revenueMinor, b.previous.revenueMinor))});
        }
        return t;
    };
    ReportTable platforms = table(u"platforms"_s, tr("By platform"), tr("Platform"), byPlatform);
    platforms.chart = {ChartSpec::Type::Bar, 0, {4, 6}};
    r.tables = {platforms, table(u"shops"_s, tr("By shop"), tr("Shop"), byShop)};
    return r;
}

} // namespace bva
