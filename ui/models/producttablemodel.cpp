#include "producttablemodel.h"

#include "displayformat.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace bva::ui {

ProductTableModel::ProductTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProductTableModel::setProducts(const QList<ProductStats> &products)
{
    beginResetModel();
    m_products = products;
    endResetModel();
}

const ProductStats *ProductTableModel::productAt(int row) const
{
    return row >= 0 && row < m_products.size() ? &m_products.at(row) : nullptr;
}

int ProductTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int ProductTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProductTableModel::stockStateText(StockState s)
{
    switch (s) {
    case StockState::InStock:
        return tr("In stock");
    case StockState::Low:
        return tr("Low stock");
    case StockState::Out:
        return tr("Out of stock");
    case StockState::Inactive:
        return tr("Inactive");
    }
    return QString();
}

QVariant ProductTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProductStats &p = m_products.at(index.row());
    switch (role) {
    case Qt::ToolTipRole:
        return plainToolTip(data(index, Qt::DisplayRole).toString());
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return p.name;
        case Sku:
            return p.sku;
        case Shop:
            return p.shopName;
        case Platform:
            return platformDisplayName(p.platform);
        case Category:
            return p.category;
        case Price:
            return formatMoney(p.priceMinor, p.currency);
        case Stock:
            return formatCount(p.stock);
        case State:
            return stockStateText(p.stockState);
        case UnitsSold:
            return formatCount(p.unitsSold);
        case Revenue:
            return formatMoney(p.revenueMinor, p.currency);
        case SellThrough:
            return formatPercent(p.sellThroughPercent());
        case DaysOfInventory:
            return formatDays(p.daysOfInventory());
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Name:
            return p.name.toLower();
        case Sku:
            return p.sku.toLower();
        case Shop:
            return p.shopName.toLower();
        case Platform:
            return platformName(p.platform);
        case Category:
            return p.category.toLower();
        case Price:
            return p.priceMinor;
        case Stock:
            return p.stock;
        case State:
            return int(p.stockState);
        case UnitsSold:
            return p.unitsSold;
        case Revenue:
            return p.revenueMinor;
        case SellThrough:
            return p.sellThroughPercent().value_or(-1.0);
        case DaysOfInventory:
            return p.daysOfInventory().value_or(1e12);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= Price && index.column() != State)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == State || index.column() == Stock) {
            if (p.stockState == StockState::Out)
                return QBrush(QColor(0xC6, 0x28, 0x28));
            if (p.stockState == StockState::Low)
                return QBrush(QColor(0xE6, 0x8A, 0x00));
        }
        break;
    case ShopIdRole:
        return p.shopId;
    case PlatformRole:
        return platformName(p.platform);
    case CategoryRole:
        return p.category;
    case StockStateRole:
        return int(p.stockState);
    case SearchTextRole:
        return QString(p.name + u' ' + p.sku + u' ' + p.externalId + u' ' + p.category).toLower();
    default:
        break;
    }
    return {};
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section >= Price && section != State ? Qt::AlignRight : Qt::AlignLeft) |
                   Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Product");
    case Sku:
        return tr("SKU");
    case Shop:
        return tr("Shop");
    case Platform:
        return tr("Platform");
    case Category:
        return tr("Category");
    case Price:
        return tr("Price");
    case Stock:
        return tr("Stock");
    case State:
        return tr("Stock state");
    case UnitsSold:
        return tr("Units sold");
    case Revenue:
        return tr("Revenue");
    case SellThrough:
        return tr("Sell-through");
    case DaysOfInventory:
        return tr("Days of inventory");
    }
    return {};
}

} // namespace bva::ui
