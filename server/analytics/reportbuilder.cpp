#include "reportbuilder.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

QVariant optionalValue(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

// The KPI figures the report tables share: each has one column definition and one way to read it.
enum class Figure {
    Orders,
    Units,
    Revenue,
    Aov,
    Cost,
    Profit,
    Margin,
    UnknownCostRevenue,
    CancelledOrders,
    CancelledAmount,
    ReturnedOrders,
    ReturnedAmount,
    PreviousRevenue,
    RevenueChange
};
using Figures = QList<Figure>;

ReportColumn columnOf(Figure f)
{
    switch (f) {
    case Figure::Orders:
        return {u"orders"_s, ReportBuilder::tr("Orders"), ColumnKind::Integer};
    case Figure::Units:
        return {u"units"_s, ReportBuilder::tr("Units"), ColumnKind::Integer};
    case Figure::Revenue:
        return {u"revenue"_s, ReportBuilder::tr("Revenue"), ColumnKind::Money};
    case Figure::Aov:
        return {u"aov"_s, ReportBuilder::tr("Avg. order value"), ColumnKind::Money};
    case Figure::Cost:
        return {u"cost"_s, ReportBuilder::tr("Cost"), ColumnKind::Money};
    case Figure::Profit:
        return {u"profit"_s, ReportBuilder::tr("Gross profit"), ColumnKind::Money};
    case Figure::Margin:
        return {u"margin"_s, ReportBuilder::tr("Margin %"), ColumnKind::Percent};
    case Figure::UnknownCostRevenue:
        return {u"unknown_cost_revenue"_s, ReportBuilder::tr("Revenue with unknown cost"), ColumnKind::Money};
    case Figure::CancelledOrders:
        return {u"cancelled_orders"_s, ReportBuilder::tr("Cancelled orders"), ColumnKind::Integer};
    case Figure::CancelledAmount:
        return {u"cancelled"_s, ReportBuilder::tr("Cancelled amount"), ColumnKind::Money};
    case Figure::ReturnedOrders:
        return {u"returned_orders"_s, ReportBuilder::tr("Returned/refunded orders"), ColumnKind::Integer};
    case Figure::ReturnedAmount:
        return {u"returned"_s, ReportBuilder::tr("Returned/refunded amount"), ColumnKind::Money};
    case Figure::PreviousRevenue:
        return {u"previous_revenue"_s, ReportBuilder::tr("Previous period revenue"), ColumnKind::Money};
    case Figure::RevenueChange:
        return {u"revenue_change"_s, ReportBuilder::tr("Change %"), ColumnKind::Percent};
    }
    return {};
}

QVariant valueOf(Figure f, const KpiTotals &t, const KpiTotals &previous)
{
    switch (f) {
    case Figure::Orders:
        return t.orders;
    case Figure::Units:
        return t.units;
    case Figure::Revenue:
        return t.revenueMinor;
    case Figure::Aov:
        return t.aovMinor();
    case Figure::Cost:
        return t.costMinor;
    case Figure::Profit:
        return t.profitMinor;
    case Figure::Margin:
        return optionalValue(t.marginPercent());
    case Figure::UnknownCostRevenue:
        return t.unknownCostRevenueMinor;
    case Figure::CancelledOrders:
        return t.cancelledOrders;
    case Figure::CancelledAmount:
        return t.cancelledMinor;
    case Figure::ReturnedOrders:
        return t.returnedOrders;
    case Figure::ReturnedAmount:
        return t.returnedMinor;
    case Figure::PreviousRevenue:
        return previous.revenueMinor;
    case Figure::RevenueChange:
        return optionalValue(percentChange(t.revenueMinor, previous.revenueMinor));
    }
    return {};
}

// A table whose leading columns are `leading` (labels) followed by `figures`.
ReportTable tableOf(const QString &key, const QString &title, const QList<ReportColumn> &leading,
                    const Figures &figures, int currencyColumn)
{
    ReportTable t;
    t.key = key;
    t.title = title;
    t.columns = leading;
    for (Figure f : figures)
        t.columns.append(columnOf(f));
    t.currencyColumn = currencyColumn;
    return t;
}

QVariantList rowOf(QVariantList labels, const Figures &figures, const KpiTotals &t,
                   const KpiTotals &previous = {})
{
    for (Figure f : figures)
        labels.append(valueOf(f, t, previous));
    return labels;
}

ReportColumn currencyColumn()
{
    return {u"currency"_s, ReportBuilder::tr("Currency"), ColumnKind::Text};
}

// "By period": one row per period and currency, with `figures` of the period.
ReportTable periodTable(const QList<CurrencySeries> &series, const Figures &figures)
{
    ReportTable t =
        tableOf(u"periods"_s, ReportBuilder::tr("By period"),
                {{u"period"_s, ReportBuilder::tr("Period"), ColumnKind::Date}, currencyColumn()}, figures, 1);
    for (const CurrencySeries &s : series) {
        for (const SeriesPoint &p : s.points)
            t.rows.append(rowOf({p.period, s.currency}, figures, p.totals));
    }
    return t;
}

} // namespace

QString ReportBuilder::title(ReportKind k)
{
    switch (k) {
    case ReportKind::SalesSummary:
        return tr("Sales Summary");
    case ReportKind::ProfitAnalysis:
        return tr("Profit Analysis");
    case ReportKind::StockTurnover:
        return tr("Stock Turnover");
    case ReportKind::PlatformComparison:
        return tr("Platform Comparison");
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

Report ReportBuilder::salesSummary(const QList<CurrencySeries> &series, const QList<CurrencyKpis> &kpis,
                                   const std::optional<ConvertedKpis> &converted) const
{
    Report r = base(ReportKind::SalesSummary);
    r.note = tr(
        "Orders and revenue count every order that was not cancelled, failed, returned or refunded; those are listed on their own.");

    const Figures totalFigures{
        Figure::Orders,          Figure::Units,         Figure::Revenue,         Figure::Aov,
        Figure::PreviousRevenue, Figure::RevenueChange, Figure::CancelledOrders, Figure::CancelledAmount,
        Figure::ReturnedOrders,  Figure::ReturnedAmount};
    ReportTable totals = tableOf(u"totals"_s, tr("Totals"), {currencyColumn()}, totalFigures, 0);
    for (const CurrencyKpis &k : kpis)
        totals.rows.append(rowOf({k.currency}, totalFigures, k.current, k.previous));

    ReportTable periods = periodTable(series, {Figure::Orders, Figure::Units, Figure::Revenue, Figure::Aov,
                                               Figure::CancelledOrders, Figure::ReturnedOrders});
    periods.chart = {ChartSpec::Type::Line, 0, {4}};
    r.tables = {periods, totals};
    if (converted && converted->complete()) {
        // Never a row of the per-currency totals: a table of its own, titled as converted.
        ReportTable all =
            tableOf(u"converted"_s,
                    tr("All currencies converted to %1 at your exchange rates").arg(converted->target),
                    {currencyColumn(), {u"from"_s, tr("Converted from"), ColumnKind::Text}}, totalFigures, 0);
        all.rows.append(rowOf({converted->target, converted->currencies.join(u", "_s)}, totalFigures,
                              converted->current, converted->previous));
        r.tables.append(all);
    } else if (converted) {
        r.note += u' ' + tr("No converted total: set a rate for %1 in Settings → Exchange rates.")
                             .arg(converted->missing.join(u", "_s));
    }
    return r;
}

Report ReportBuilder::profitAnalysis(const QList<CurrencySeries> &series,
                                     const QList<BreakdownRow> &byShop) const
{
    Report r = base(ReportKind::ProfitAnalysis);
    r.note = tr(
        "Cost and profit cover only orders whose every item has a known cost; the revenue of the others is shown as \"Revenue with unknown cost\" and is left out of the margin.");

    const Figures profitFigures{Figure::Revenue, Figure::Cost, Figure::Profit, Figure::Margin,
                                Figure::UnknownCostRevenue};
    ReportTable periods = periodTable(series, profitFigures);
    periods.chart = {ChartSpec::Type::Line, 0, {2, 4}};

    ReportTable shops = tableOf(u"shops"_s, tr("By shop"),
                                {{u"shop"_s, tr("Shop"), ColumnKind::Text},
                                 {u"platform"_s, tr("Platform"), ColumnKind::Text},
                                 currencyColumn()},
                                profitFigures, 2);
    for (const BreakdownRow &b : byShop)
        shops.rows.append(
            rowOf({b.label, platformDisplayName(b.platform), b.currency}, profitFigures, b.current));
    r.tables = {periods, shops};
    return r;
}

Report ReportBuilder::stockTurnover(const QList<ProductStats> &products) const
{
    Report r = base(ReportKind::StockTurnover);
    r.note = tr(
        "Sell-through = units sold ÷ (units sold + stock on hand). Days of inventory = stock on hand ÷ average units sold per day in the range.");
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
        t.rows.append({p.name, p.sku, p.shopName, p.category, p.currency, p.stock, p.unitsSold,
                       p.revenueMinor, optionalValue(p.sellThroughPercent()),
                       optionalValue(p.daysOfInventory()), stockStateName(p.stockState)});
    }
    r.tables = {t};
    return r;
}

Report ReportBuilder::platformComparison(const QList<BreakdownRow> &byPlatform,
                                         const QList<BreakdownRow> &byShop) const
{
    Report r = base(ReportKind::PlatformComparison);
    r.note = tr("Shops in different currencies are compared side by side, never added together.");
    const Figures figures{
        Figure::Orders,          Figure::Units,        Figure::Revenue,         Figure::Aov,
        Figure::Profit,          Figure::Margin,       Figure::CancelledOrders, Figure::ReturnedOrders,
        Figure::PreviousRevenue, Figure::RevenueChange};
    auto table = [&figures](const QString &key, const QString &title, const QString &labelTitle,
                            const QList<BreakdownRow> &rows) {
        ReportTable t =
            tableOf(key, title, {{u"name"_s, labelTitle, ColumnKind::Text}, currencyColumn()}, figures, 1);
        for (const BreakdownRow &b : rows) {
            const QString name = b.shopId ? b.label : platformDisplayName(b.platform);
            t.rows.append(rowOf({name, b.currency}, figures, b.current, b.previous));
        }
        return t;
    };
    ReportTable platforms = table(u"platforms"_s, tr("By platform"), tr("Platform"), byPlatform);
    platforms.chart = {ChartSpec::Type::Bar, 0, {4, 6}};
    r.tables = {platforms, table(u"shops"_s, tr("By shop"), tr("Shop"), byShop)};
    return r;
}

} // namespace bva
