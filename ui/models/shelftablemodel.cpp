#include "shelftablemodel.h"

#include "models/displayformat.h"
#include "theme/theme.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace bva::ui {

using namespace bva::forecast;

ShelfTableModel::ShelfTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ShelfTableModel::setItems(std::vector<ShelfItem> items, const QHash<qint64, QString> &shopNames)
{
    beginResetModel();
    m_items = std::move(items);
    m_shopNames = shopNames;
    endResetModel();
}

const ShelfItem *ShelfTableModel::item(int row) const
{
    return row >= 0 && row < int(m_items.size()) ? &m_items[size_t(row)] : nullptr;
}

QString ShelfTableModel::riskLabel(ShelfRisk risk)
{
    switch (risk) {
    case ShelfRisk::StockOut:
        return tr("Stock-out before restock");
    case ShelfRisk::NearExpiry:
        return tr("Near expiry");
    case ShelfRisk::Expired:
        return tr("Expired");
    case ShelfRisk::SlowMoving:
        return tr("Slow moving");
    case ShelfRisk::Overstock:
        return tr("Overstock");
    }
    return {};
}

QString ShelfTableModel::risksText(int flags)
{
    QStringList out;
    for (ShelfRisk r : {ShelfRisk::Expired, ShelfRisk::StockOut, ShelfRisk::NearExpiry, ShelfRisk::SlowMoving,
                        ShelfRisk::Overstock})
        if (flags & int(r))
            out.append(riskLabel(r));
    return out.isEmpty() ? tr("None") : out.join(u", "_s);
}

int ShelfTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ShelfTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShelfTableModel::data(const QModelIndex &index, int role) const
{
    const ShelfItem *it = item(index.row());
    if (!it || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const int c = index.column();
    if (role == RisksRole)
        return it->risks;
    if (role == LevelRole)
        return int(it->level);
    if (role == SortRole) {
        switch (c) {
        case Product:
            return it->name;
        case Shop:
            return m_shopNames.value(it->shopId);
        case Stock:
            return it->stock;
        case Score:
            return it->score;
        case Risks:
            return it->risks;
        case Action:
            return int(it->action);
        case Reason:
            return it->reasons.join(u' ');
        }
    }
    if (role == Qt::DisplayRole) {
        switch (c) {
        case Product:
            return it->name.isEmpty() ? it->productExternalId : it->name;
        case Shop:
            return m_shopNames.value(it->shopId);
        case Stock:
            return formatCount(it->stock);
        case Score:
            return tr("%1 · %2").arg(it->score).arg(riskLevelLabel(it->level));
        case Risks:
            return risksText(it->risks);
        case Action:
            return shelfActionLabel(it->action);
        case Reason:
            return (it->reasons + QStringList{it->actionText}).join(u' ').trimmed();
        }
    }
    if (role == Qt::ToolTipRole && (c == Reason || c == Action || c == Risks))
        return plainToolTip((it->reasons + QStringList{it->actionText}).join(u'\n').trimmed());
    if (role == Qt::TextAlignmentRole && (c == Stock || c == Score))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && c == Score) {
        switch (it->level) {
        case RiskLevel::Critical:
            return Theme::danger();
        case RiskLevel::High:
            return Theme::warning();
        default:
            return {};
        }
    }
    return {};
}

QVariant ShelfTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return columnAlignment(section == Stock || section == Score);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Product:
        return tr("Product");
    case Shop:
        return tr("Shop");
    case Stock:
        return tr("Stock");
    case Score:
        return tr("Risk");
    case Risks:
        return tr("Risk kinds");
    case Action:
        return tr("Recommended action");
    case Reason:
        return tr("Why");
    }
    return {};
}

ShelfFilterProxy::ShelfFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ShelfTableModel::SortRole);
}

void ShelfFilterProxy::setRiskFilter(int filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool ShelfFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter == 0)
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_filter == AtRiskOnly)
        return sourceModel()
                   ->data(i.siblingAtColumn(ShelfTableModel::Score), ShelfTableModel::SortRole)
                   .toInt() >= 30;
    return sourceModel()->data(i, ShelfTableModel::RisksRole).toInt() & m_filter;
}

} // namespace bva::ui
