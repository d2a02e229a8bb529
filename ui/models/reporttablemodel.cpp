#include "reporttablemodel.h"

#include "displayformat.h"

#include <QDate>

namespace bva::ui {

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReportTableModel::setTable(const ReportTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

bool ReportTableModel::isNumeric(ColumnKind kind)
{
    return kind != ColumnKind::Text && kind != ColumnKind::Date;
}

QString ReportTableModel::displayText(const ReportTable &t, int row, int column)
{
    const QVariant v = t.rows.at(row).value(column);
    const ColumnKind kind = t.columns.at(column).kind;
    if (!v.isValid() || v.isNull())
        return unknownText();
    switch (kind) {
    case ColumnKind::Money:
        return formatMoney(v.toLongLong(), t.currencyOf(row));
    case ColumnKind::Integer:
        return formatCount(v.toLongLong());
    case ColumnKind::Percent:
        return formatPercent(v.toDouble());
    case ColumnKind::Days:
        return formatDays(v.toDouble());
    case ColumnKind::Date:
        return QLocale().toString(v.toDate(), QLocale::ShortFormat);
    case ColumnKind::Text:
        return v.toString();
    }
    return v.toString();
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant v = m_table.rows.at(index.row()).value(index.column());
    const ColumnKind kind = m_table.columns.at(index.column()).kind;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(m_table, index.row(), index.column());
    case SortRole:
        return v;
    case ChartValueRole:
        if (v.isNull() || !v.isValid())
            return 0.0;
        if (kind == ColumnKind::Money)
            return toChartValue(v.toLongLong(), m_table.currencyOf(index.row()));
        if (kind == ColumnKind::Date)
            return double(v.toDate().startOfDay(Qt::UTC).toMSecsSinceEpoch());
        return v.toDouble();
    case CurrencyRole:
        return m_table.currencyOf(index.row());
    case Qt::TextAlignmentRole:
        return int((isNumeric(kind) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    default:
        break;
    }
    return {};
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_table.columns.at(section).title;
    if (role == Qt::TextAlignmentRole)
        return int((isNumeric(m_table.columns.at(section).kind) ? Qt::AlignRight : Qt::AlignLeft) |
                   Qt::AlignVCenter);
    return {};
}

} // namespace bva::ui
