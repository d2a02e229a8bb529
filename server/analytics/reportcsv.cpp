#include "reportcsv.h"

#include "domain/money.h"
#include "util/csvwriter.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace bva {

QString csvCell(const ReportTable &t, int row, int column)
{
    const QVariant v = t.rows.at(row).value(column);
    if (!v.isValid() || v.isNull())
        return QString();
    switch (t.columns.at(column).kind) {
    case ColumnKind::Money:
        return formatMinorUnits(v.toLongLong(), currencyExponent(t.currencyOf(row)));
    case ColumnKind::Integer:
        return QString::number(v.toLongLong());
    case ColumnKind::Percent:
        return QString::number(v.toDouble(), 'f', 2);
    case ColumnKind::Days:
        return QString::number(v.toDouble(), 'f', 1);
    case ColumnKind::Date:
        return v.toDate().toString(Qt::ISODate);
    case ColumnKind::Text:
        return CsvWriter::guarded(v.toString());
    }
    return v.toString();
}

static void writeTable(CsvWriter &csv, const ReportTable &t)
{
    for (const ReportColumn &c : t.columns)
        csv.text(c.title);
    csv.endRow();
    for (int r = 0; r < t.rows.size(); ++r) {
        for (int c = 0; c < t.columns.size(); ++c) {
            // csvCell already guarded the text cells; figures go as they are.
            csv.number(csvCell(t, r, c));
        }
        csv.endRow();
    }
}

QByteArray reportTableToCsv(const ReportTable &t)
{
    CsvWriter csv;
    writeTable(csv, t);
    return csv.toUtf8();
}

static CsvWriter reportWriter(const Report &report)
{
    CsvWriter csv;
    csv.row({report.title, report.range.fromDay(), report.range.toDay()});
    for (const ReportTable &t : report.tables) {
        csv.endRow();
        csv.row({t.title});
        writeTable(csv, t);
    }
    return csv;
}

QByteArray reportToCsv(const Report &report)
{
    return reportWriter(report).toUtf8();
}

Result<void> writeReportCsv(const Report &report, const QString &path)
{
    return reportWriter(report).save(path);
}

} // namespace bva
