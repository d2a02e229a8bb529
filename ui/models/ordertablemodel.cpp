#include "ordertablemodel.h"

#include "displayformat.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <limits>

using namespace Qt::StringLiterals;

namespace bva::ui {

OrderTableModel::OrderTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OrderTableModel::setOrders(const QList<RecentOrder> &orders, const QHash<qint64, QString> &shopZones)
{
    beginResetModel();
    m_orders = orders;
    m_shopZones = shopZones;
    endResetModel();
}

const RecentOrder *OrderTableModel::orderAt(int row) const
{
    return row >= 0 && row < m_orders.size() ? &m_orders.at(row) : nullptr;
}

int OrderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int OrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrderTableModel::statusText(OrderStatus s)
{
    switch (s) {
    case OrderStatus::Pending:
        return tr("Pending");
    case OrderStatus::ToShip:
        return tr("To ship");
    case OrderStatus::ToReceive:
        return tr("To receive");
    case OrderStatus::Completed:
        return tr("Completed");
    case OrderStatus::Cancelled:
        return tr("Cancelled");
    case OrderStatus::Returned:
        return tr("Returned");
    case OrderStatus::Refunded:
        return tr("Refunded");
    case OrderStatus::Failed:
        return tr("Failed");
    case OrderStatus::Unknown:
        return tr("Unknown");
    }
    return QString();
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecentOrder &r = m_orders.at(index.row());
    const Order &o = r.order;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Placed:
            return QLocale().toString(m_shopZones.isEmpty()
                                          ? o.placedAt.toLocalTime()
                                          : onShopClock(o.placedAt, m_shopZones.value(o.shopId)),
                                      QLocale::ShortFormat);
        case OrderId:
            return o.externalId;
        case Shop:
            return r.shopName;
        case Platform:
            return platformDisplayName(r.platform);
        case Customer:
            return o.customerName.isEmpty() ? unknownText() : o.customerName;
        case Status:
            return statusText(o.status);
        case Total:
            return formatMoney(o.totalMinor, r.currency);
        case Profit:
            return o.profitMinor ? formatMoney(*o.profitMinor, r.currency) : unknownText();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Profit && !o.profitMinor)
            return tr("Cost unknown for at least one item, so profit is not shown.");
        if (index.column() == Status)
            return plainToolTip(o.rawStatus);
        break;
    case SortRole:
        switch (index.column()) {
        case Placed:
            return o.placedAt.toMSecsSinceEpoch();
        case Total:
            return o.totalMinor;
        case Profit:
            return o.profitMinor.value_or(std::numeric_limits<qint64>::min());
        default:
            return data(index, Qt::DisplayRole);
        }
    case OrderIdRole:
        return o.id;
    case Qt::TextAlignmentRole:
        if (index.column() >= Total)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == Status) {
            if (isCancelledLike(o.status) || isReturnedLike(o.status))
                return QBrush(QColor(0xC6, 0x28, 0x28));
            if (o.status == OrderStatus::Completed)
                return QBrush(QColor(0x2E, 0x7D, 0x32));
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section >= Total ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == Placed)
        return m_shopZones.isEmpty() ? tr("When the order was placed, on this computer's clock")
                                     : tr("When the order was placed, on the shop's clock (its time zone)");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Placed:
        return tr("Placed");
    case OrderId:
        return tr("Order");
    case Shop:
        return tr("Shop");
    case Platform:
        return tr("Platform");
    case Customer:
        return tr("Customer");
    case Status:
        return tr("Status");
    case Total:
        return tr("Total");
    case Profit:
        return tr("Profit");
    }
    return {};
}

} // namespace bva::ui
