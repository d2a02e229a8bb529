// MarketMate's promotion suggestions (PromotionModel) and the local campaign list (CampaignModel)
// for tables; money in each shop's currency.
#pragma once

#include "analytics/forecast/campaignstore.h"
#include "analytics/forecast/marketmate.h"

#include <QAbstractTableModel>
#include <QHash>

namespace bva::ui {

class PromotionModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Product, Playbook, Discount, When, PromoPrice, Reason, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit PromotionModel(QObject *parent = nullptr);

    void setSuggestions(std::vector<forecast::PromotionSuggestion> list,
                        const QHash<qint64, QString> &currencies);
    const forecast::PromotionSuggestion *suggestion(int row) const;
    QString currencyOf(qint64 shopId) const { return m_currencies.value(shopId, QStringLiteral("PHP")); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<forecast::PromotionSuggestion> m_list;
    QHash<qint64, QString> m_currencies;
};

class CampaignModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Playbook, Status, Dates, Discount, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole };

    explicit CampaignModel(QObject *parent = nullptr);

    void setCampaigns(const QList<forecast::Campaign> &list);
    const forecast::Campaign *campaign(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<forecast::Campaign> m_list;
};

} // namespace bva::ui
