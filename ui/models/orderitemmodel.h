// The lines of one order for the order detail pane.
#pragma once

#include "domain/order.h"

#include <QAbstractTableModel>

namespace bva::ui {

class OrderItemModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Product, Quantity, UnitPrice, Subtotal, UnitCost, ColumnCount };
    explicit OrderItemModel(QObject *parent = nullptr);

    void setItems(const QList<OrderItem> &items, const QString &currency);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OrderItem> m_items;
    QString m_currency;
};

} // namespace bva::ui
