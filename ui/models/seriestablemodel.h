// One currency's series as plain numbers for chart mappers (QVXYModelMapper): column 0 is the
// period start in ms since the epoch, the others are major units or counts.
#pragma once

#include "analytics/analyticstypes.h"

#include <QAbstractTableModel>

namespace bva::ui {

class SeriesTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Revenue, Profit, Cost, Orders, Units, UnknownCostRevenue, ColumnCount };

    explicit SeriesTableModel(QObject *parent = nullptr);

    void setSeries(const QString &currency, const QList<SeriesPoint> &points);
    const QString &currency() const { return m_currency; }
    const QList<SeriesPoint> &points() const { return m_points; }
    // Largest value of the columns, for axis ranges.
    double maxValue(const QList<int> &columns) const;
    double minValue(const QList<int> &columns) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    double value(int row, int column) const;

    QString m_currency;
    QList<SeriesPoint> m_points;
};

} // namespace bva::ui
