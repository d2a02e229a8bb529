// CSV export of reports (RFC 4180: comma separated, CRLF, quotes doubled). Money as plain decimals
// in the row's currency, percentages with two decimals, unknown values empty. Text cells that a
// spreadsheet would run as a formula are prefixed with an apostrophe.
#pragma once

#include "report.h"
#include "util/result.h"

#include <QByteArray>

namespace bva {

QByteArray reportTableToCsv(const ReportTable &table);
// Every table: a title line, the header, the rows, then a blank line.
QByteArray reportToCsv(const Report &report);
QString csvCell(const ReportTable &table, int row, int column);
Result<void> writeReportCsv(const Report &report, const QString &path);

} // namespace bva
