// Any report table (analytics/report.h) for a QTableView, a chart and the PDF: formatted display,
// raw sort values, and chart values in major units.
#pragma once

#include "analytics/report.h"

#include <QAbstractTableModel>

namespace bva::ui {

class ReportTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1, ChartValueRole, CurrencyRole };

    explicit ReportTableModel(QObject *parent = nullptr);

    void setTable(const ReportTable &table);
    const ReportTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The text a cell shows (also used by the PDF renderer).
    static QString displayText(const ReportTable &table, int row, int column);
    static bool isNumeric(ColumnKind kind);

private:
    ReportTable m_table;
};

} // namespace bva::ui
