// SmartShelf rows (one per product) for a table: risk score and level, the risk kinds, the action
// and the reasoning in words; SortRole gives raw values. ShelfFilterProxy narrows them by risk kind.
#pragma once

#include "analytics/forecast/smartshelf.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace bva::ui {

class ShelfTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Product, Shop, Stock, Score, Risks, Action, Reason, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, RisksRole, LevelRole };

    explicit ShelfTableModel(QObject *parent = nullptr);

    void setItems(std::vector<forecast::ShelfItem> items, const QHash<qint64, QString> &shopNames);
    const std::vector<forecast::ShelfItem> &items() const { return m_items; }
    const forecast::ShelfItem *item(int row) const;

    static QString riskLabel(forecast::ShelfRisk risk); // translated
    static QString risksText(int flags);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<forecast::ShelfItem> m_items;
    QHash<qint64, QString> m_shopNames;
};

// 0 shows every product; a ShelfRisk flag only those with that risk; AtRiskOnly those scoring >= 30.
class ShelfFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    static constexpr int AtRiskOnly = -1;
    explicit ShelfFilterProxy(QObject *parent = nullptr);
    void setRiskFilter(int filter);
    int riskFilter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_filter = 0;
};

} // namespace bva::ui
