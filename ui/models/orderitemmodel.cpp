#include "orderitemmodel.h"

#include "displayformat.h"

namespace bva::ui {

OrderItemModel::OrderItemModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OrderItemModel::setItems(const QList<OrderItem> &items, const QString &currency)
{
    beginResetModel();
    m_items = items;
    m_currency = currency;
    endResetModel();
}

int OrderItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int OrderItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderItem &i = m_items.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Product:
            return i.productName.isEmpty() ? i.productExternalId : i.productName;
        case Quantity:
            return formatCount(i.quantity);
        case UnitPrice:
            return formatMoney(i.unitPriceMinor, m_currency);
        case Subtotal:
            return formatMoney(i.subtotalMinor, m_currency);
        case UnitCost:
            return i.unitCostMinor ? formatMoney(*i.unitCostMinor, m_currency) : unknownText();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == UnitCost && !i.unitCostMinor)
        return tr("No cost is known for this product, so the order's profit is not shown.");
    if (role == Qt::TextAlignmentRole)
        return columnAlignment(index.column() != Product);
    return {};
}

QVariant OrderItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return columnAlignment(section != Product);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Product:
        return tr("Product");
    case Quantity:
        return tr("Qty");
    case UnitPrice:
        return tr("Unit price");
    case Subtotal:
        return tr("Subtotal");
    case UnitCost:
        return tr("Unit cost");
    }
    return {};
}

} // namespace bva::ui
