// Products with their sales in the scope's range and stock state: the Products & Inventory table,
// the dashboard's top products and stock alerts. Display role is formatted; SortRole is raw.
#pragma once

#include "analytics/analyticstypes.h"

#include <QAbstractTableModel>

namespace bva::ui {

class ProductTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Sku,
        Shop,
        Platform,
        Category,
        Price,
        Stock,
        State,
        UnitsSold,
        Revenue,
        SellThrough,
        DaysOfInventory,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        ShopIdRole,
        PlatformRole,
        CategoryRole,
        StockStateRole,
        SearchTextRole
    };

    explicit ProductTableModel(QObject *parent = nullptr);

    void setProducts(const QList<ProductStats> &products);
    const QList<ProductStats> &products() const { return m_products; }
    const ProductStats *productAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stockStateText(StockState s);

private:
    QList<ProductStats> m_products;
};

} // namespace bva::ui
