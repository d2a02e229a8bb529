#include "reportcsv.h"

#include "domain/money.h"

#include <QDate>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

QString quoted(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    QString out = s;
    out.replace(u"\""_s, u"\"\""_s);
    return u'"' + out + u'"';
}

void appendLine(QString &out, const QStringList &cells)
{
    QStringList q;
    q.reserve(cells.size());
    for (const QString &c : cells)
        q.append(quoted(c));
    out += q.join(u',') + u"\r\n"_s;
}

} // namespace

QString csvCell(const ReportTable &t, int row, int column)
{
    const QVariant v = t.rows.at(row).value(column);
    if (!v.isValid() || v.isNull())
        return QString();
    switch (t.columns.at(column).kind) {
    case ColumnKind::Money: return formatMinorUnits(v.toLongLong(), currencyExponent(t.currencyOf(row)));
    case ColumnKind::Integer: return QString::number(v.toLongLong());
    case ColumnKind::Percent: return QString::number(v.toDouble(), 'f', 2);
    case ColumnKind::Days: return QString::number(v.toDouble(), 'f', 1);
    case ColumnKind::Date: return v.toDate().toString(Qt::ISODate);
    case ColumnKind::Text: {
        const QString s = v.toString();
        if (!s.isEmpty() && (s.front() == u'=' || s.front() == u'+' || s.front() == u'-' || s.front() == u'@'))
            return u'\'' + s;
        return s;
    }
    }
    return v.toString();
}

QByteArray reportTableToCsv(const ReportTable &t)
{
    QString out;
    QStringList header;
    for (const ReportColumn &c : t.columns)
        header.append(c.title);
    appendLine(out, header);
    for (int r = 0; r < t.rows.size(); ++r) {
        QStringList cells;
        for (int c = 0; c < t.columns.size(); ++c)
            cells.append(csvCell(t, r, c));
        appendLine(out, cells);
    }
    return out.toUtf8();
}

QByteArray reportToCsv(const Report &report)
{
    QByteArray out;
    QString head;
    appendLine(head, {report.title, report.range.fromDay(), report.range.toDay()});
    out += head.toUtf8();
    for (const ReportTable &t : report.tables) {
        out += u"\r\n"_s.toUtf8();
        QString title;
        appendLine(title, {t.title});
        out += title.toUtf8();
        out += reportTableToCsv(t);
    }
    return out;
}

Result<void> writeReportCsv(const Report &report, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::storage(file.errorString());
    // A BOM so spreadsheet programs read the file as UTF-8 (product names, currency names).
    file.write("\xEF\xBB\xBF");
    file.write(reportToCsv(report));
    if (!file.commit())
        return Error::storage(file.errorString());
    return {};
}

} // namespace bva
