// Turns computed figures into the four reports' tables (titles translated, cells typed).
#pragma once

#include "analyticstypes.h"
#include "report.h"

#include <QCoreApplication>

namespace bva {

class ReportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)
public:
    ReportBuilder(const DateRange &range, Granularity g)
        : m_range(range)
        , m_granularity(g)
    {}

    // `converted`: the totals at the seller's rates, a table of their own labelled as converted.
    Report salesSummary(const QList<CurrencySeries> &series, const QList<CurrencyKpis> &kpis,
                        const std::optional<ConvertedKpis> &converted = std::nullopt) const;
    Report profitAnalysis(const QList<CurrencySeries> &series, const QList<BreakdownRow> &byShop) const;
    Report stockTurnover(const QList<ProductStats> &products) const;
    Report platformComparison(const QList<BreakdownRow> &byPlatform, const QList<BreakdownRow> &byShop) const;

    static QString title(ReportKind k);

private:
    Report base(ReportKind k) const;

    DateRange m_range;
    Granularity m_granularity;
};

} // namespace bva
