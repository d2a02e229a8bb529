#include "productfilterproxy.h"

#include "producttablemodel.h"

namespace bva::ui {

ProductFilterProxy::ProductFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProductTableModel::SortRole);
    setDynamicSortFilter(true);
}

void ProductFilterProxy::setSearch(const QString &text)
{
    m_search = text.trimmed().toLower();
    invalidateFilter();
}

void ProductFilterProxy::setPlatform(const QString &platformName)
{
    m_platform = platformName;
    invalidateFilter();
}

void ProductFilterProxy::setShopId(qint64 shopId)
{
    m_shopId = shopId;
    invalidateFilter();
}

void ProductFilterProxy::setCategory(const QString &category)
{
    m_category = category;
    invalidateFilter();
}

void ProductFilterProxy::setStockState(std::optional<int> state)
{
    m_state = state;
    invalidateFilter();
}

bool ProductFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_search.isEmpty() && !i.data(ProductTableModel::SearchTextRole).toString().contains(m_search))
        return false;
    if (!m_platform.isEmpty() && i.data(ProductTableModel::PlatformRole).toString() != m_platform)
        return false;
    if (m_shopId && i.data(ProductTableModel::ShopIdRole).toLongLong() != m_shopId)
        return false;
    if (!m_category.isEmpty() && i.data(ProductTableModel::CategoryRole).toString() != m_category)
        return false;
    if (m_state && i.data(ProductTableModel::StockStateRole).toInt() != *m_state)
        return false;
    return true;
}

} // namespace bva::ui
