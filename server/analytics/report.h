// A report is a few typed tables; the desktop draws them (table + chart), the API serves them as
// JSON, and CSV/PDF exports read the same cells. Money cells hold qint64 minor units and take their
// currency from the row's currency column.
#pragma once

#include "analyticsscope.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace bva {

enum class ReportKind { SalesSummary, ProfitAnalysis, StockTurnover, PlatformComparison };
QString reportKindName(ReportKind k); // "sales-summary", "profit-analysis", ...
std::optional<ReportKind> reportKindFromString(QStringView s);
QList<ReportKind> allReportKinds();

enum class ColumnKind { Text, Date, Integer, Money, Percent, Days };

struct ReportColumn
{
    QString key;   // machine name, used by JSON
    QString title; // translated header, used by tables, CSV and PDF
    ColumnKind kind = ColumnKind::Text;
};

// What a chart of this table plots: x from `labelColumn`, one series per value column.
struct ChartSpec
{
    enum class Type { None, Line, Bar };
    Type type = Type::None;
    int labelColumn = 0;
    QList<int> valueColumns;
};

struct ReportTable
{
    QString key;
    QString title;
    QList<ReportColumn> columns;
    QList<QVariantList> rows; // null QVariant = unknown (shown as "—", empty in CSV)
    int currencyColumn = -1;  // column holding the row's currency code, -1 if none
    ChartSpec chart;

    int columnIndex(QStringView key) const;
    QString currencyOf(int row) const;
};

struct Report
{
    ReportKind kind = ReportKind::SalesSummary;
    QString title;
    DateRange range;
    Granularity granularity = Granularity::Day;
    QList<ReportTable> tables;
    QString note; // e.g. how unknown costs are treated

    bool isEmpty() const;
};

QJsonObject reportToJson(const Report &r);

} // namespace bva
