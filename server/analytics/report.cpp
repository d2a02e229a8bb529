#include "report.h"

#include "domain/money.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bva {

QString reportKindName(ReportKind k)
{
    switch (k) {
    case ReportKind::SalesSummary:
        return u"sales-summary"_s;
    case ReportKind::ProfitAnalysis:
        return u"profit-analysis"_s;
    case ReportKind::StockTurnover:
        return u"stock-turnover"_s;
    case ReportKind::PlatformComparison:
        return u"platform-comparison"_s;
    }
    return u"sales-summary"_s;
}

QList<ReportKind> allReportKinds()
{
    return {ReportKind::SalesSummary, ReportKind::ProfitAnalysis, ReportKind::StockTurnover,
            ReportKind::PlatformComparison};
}

std::optional<ReportKind> reportKindFromString(QStringView s)
{
    for (ReportKind k : allReportKinds()) {
        if (s.compare(reportKindName(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

int ReportTable::columnIndex(QStringView k) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == k)
            return i;
    }
    return -1;
}

QString ReportTable::currencyOf(int row) const
{
    if (currencyColumn < 0 || row < 0 || row >= rows.size())
        return QString();
    return rows.at(row).value(currencyColumn).toString();
}

bool Report::isEmpty() const
{
    for (const ReportTable &t : tables) {
        if (!t.rows.isEmpty())
            return false;
    }
    return true;
}

static QJsonValue cellToJson(const ReportTable &t, int row, int col)
{
    const QVariant v = t.rows.at(row).value(col);
    if (v.isNull() || !v.isValid())
        return QJsonValue::Null;
    switch (t.columns.at(col).kind) {
    case ColumnKind::Money: {
        // Minor units stay integers; the decimal text is given next to them for convenience.
        const QString currency = t.currencyOf(row);
        QJsonObject money{{u"minor"_s, v.toLongLong()},
                          {u"currency"_s, currency},
                          {u"amount"_s, formatMinorUnits(v.toLongLong(), currencyExponent(currency))}};
        return money;
    }
    case ColumnKind::Integer:
        return v.toLongLong();
    case ColumnKind::Percent:
    case ColumnKind::Days:
        return v.toDouble();
    case ColumnKind::Date:
    case ColumnKind::Text:
        return v.toString();
    }
    return v.toString();
}

QJsonObject reportToJson(const Report &r)
{
    QJsonArray tables;
    for (const ReportTable &t : r.tables) {
        QJsonArray columns;
        for (const ReportColumn &c : t.columns)
            columns.append(QJsonObject{{u"key"_s, c.key}, {u"title"_s, c.title}});
        QJsonArray rows;
        for (int i = 0; i < t.rows.size(); ++i) {
            QJsonObject row;
            for (int c = 0; c < t.columns.size(); ++c)
                row.insert(t.columns.at(c).key, cellToJson(t, i, c));
            rows.append(row);
        }
        tables.append(QJsonObject{
            {u"key"_s, t.key}, {u"title"_s, t.title}, {u"columns"_s, columns}, {u"rows"_s, rows}});
    }
    return {{u"report"_s, reportKindName(r.kind)},
            {u"title"_s, r.title},
            {u"from"_s, r.range.fromDay()},
            {u"to"_s, r.range.toDay()},
            {u"granularity"_s, granularityName(r.granularity)},
            {u"note"_s, r.note},
            {u"tables"_s, tables}};
}

} // namespace bva
