// The Restock Planner's lines for a table: forecast demand, safety stock, reorder point, quantities,
// cost and expected revenue/profit in the plan's currency, priority and the reason in words.
#pragma once

#include "analytics/forecast/restockplanner.h"

#include <QAbstractTableModel>

namespace bva::ui {

class RestockPlanModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Priority,
        Product,
        Stock,
        ForecastDemand,
        SafetyStock,
        ReorderPoint,
        Recommended,
        Planned,
        Cost,
        ExpectedRevenue,
        ExpectedProfit,
        Reason,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit RestockPlanModel(QObject *parent = nullptr);

    void setPlan(const forecast::RestockPlan &plan);
    const forecast::RestockPlan &plan() const { return m_plan; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    forecast::RestockPlan m_plan;
};

} // namespace bva::ui
