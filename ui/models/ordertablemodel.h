// A page of orders (the Orders page loads pages from the service) or the dashboard's recent orders.
#pragma once

#include "analytics/analyticstypes.h"

#include <QAbstractTableModel>
#include <QHash>

namespace bva::ui {

class OrderTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Placed, OrderId, Shop, Platform, Customer, Status, Total, Profit, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, OrderIdRole };

    explicit OrderTableModel(QObject *parent = nullptr);

    // With the shops' time zones (shop id → IANA id) "Placed" reads on each shop's clock, as the
    // Orders detail pane does; without them, on the computer's.
    void setOrders(const QList<RecentOrder> &orders, const QHash<qint64, QString> &shopZones = {});
    const RecentOrder *orderAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(OrderStatus s);

private:
    QList<RecentOrder> m_orders;
    QHash<qint64, QString> m_shopZones;
};

} // namespace bva::ui
