#include "seriestablemodel.h"

#include "displayformat.h"

#include <QDateTime>

namespace bva::ui {

SeriesTableModel::SeriesTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SeriesTableModel::setSeries(const QString &currency, const QList<SeriesPoint> &points)
{
    beginResetModel();
    m_currency = currency;
    m_points = points;
    endResetModel();
}

int SeriesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int SeriesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double SeriesTableModel::value(int row, int column) const
{
    const SeriesPoint &p = m_points.at(row);
    switch (column) {
    case Time:
        return double(p.period.startOfDay(Qt::UTC).toMSecsSinceEpoch());
    case Revenue:
        return toChartValue(p.totals.revenueMinor, m_currency);
    case Profit:
        return toChartValue(p.totals.profitMinor, m_currency);
    case Cost:
        return toChartValue(p.totals.costMinor, m_currency);
    case Orders:
        return double(p.totals.orders);
    case Units:
        return double(p.totals.units);
    case UnknownCostRevenue:
        return toChartValue(p.totals.unknownCostRevenueMinor, m_currency);
    }
    return 0.0;
}

double SeriesTableModel::maxValue(const QList<int> &columns) const
{
    double m = 0.0;
    for (int r = 0; r < m_points.size(); ++r) {
        for (int c : columns)
            m = qMax(m, value(r, c));
    }
    return m;
}

double SeriesTableModel::minValue(const QList<int> &columns) const
{
    double m = 0.0;
    for (int r = 0; r < m_points.size(); ++r) {
        for (int c : columns)
            m = qMin(m, value(r, c));
    }
    return m;
}

QVariant SeriesTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return value(index.row(), index.column());
    if (role == Qt::ToolTipRole) {
        const SeriesPoint &p = m_points.at(index.row());
        switch (index.column()) {
        case Time:
            return QLocale().toString(p.period, QLocale::ShortFormat);
        case Revenue:
            return formatMoney(p.totals.revenueMinor, m_currency);
        case Profit:
            return formatMoney(p.totals.profitMinor, m_currency);
        case Cost:
            return formatMoney(p.totals.costMinor, m_currency);
        case Orders:
            return formatCount(p.totals.orders);
        case Units:
            return formatCount(p.totals.units);
        case UnknownCostRevenue:
            return formatMoney(p.totals.unknownCostRevenueMinor, m_currency);
        }
    }
    return {};
}

QVariant SeriesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Period");
    case Revenue:
        return tr("Revenue");
    case Profit:
        return tr("Gross profit");
    case Cost:
        return tr("Cost");
    case Orders:
        return tr("Orders");
    case Units:
        return tr("Units");
    case UnknownCostRevenue:
        return tr("Revenue with unknown cost");
    }
    return {};
}

} // namespace bva::ui
