// Filters the product table by search text, platform, shop, category and stock state; sorts by raw values.
#pragma once

#include <QSortFilterProxyModel>
#include <optional>

namespace bva::ui {

class ProductFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProductFilterProxy(QObject *parent = nullptr);

    void setSearch(const QString &text);
    void setPlatform(const QString &platformName); // empty = all
    void setShopId(qint64 shopId);                 // 0 = all
    void setCategory(const QString &category);     // empty = all
    void setStockState(std::optional<int> state);  // StockState value, nullopt = all

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QString m_platform;
    qint64 m_shopId = 0;
    QString m_category;
    std::optional<int> m_state;
};

} // namespace bva::ui
