#include "promotionmodel.h"

#include "models/displayformat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace bva::ui {

using namespace bva::forecast;

namespace {

QString dayText(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

QString rangeText(const QDate &from, const QDate &to)
{
    if (!from.isValid())
        return {};
    if (!to.isValid() || to == from)
        return dayText(from);
    return PromotionModel::tr("%1 – %2").arg(dayText(from), dayText(to));
}

} // namespace

PromotionModel::PromotionModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PromotionModel::setSuggestions(std::vector<PromotionSuggestion> list,
                                    const QHash<qint64, QString> &currencies)
{
    beginResetModel();
    m_list = std::move(list);
    m_currencies = currencies;
    endResetModel();
}

const PromotionSuggestion *PromotionModel::suggestion(int row) const
{
    return row >= 0 && row < int(m_list.size()) ? &m_list[size_t(row)] : nullptr;
}

int PromotionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.size());
}

int PromotionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PromotionModel::data(const QModelIndex &index, int role) const
{
    const PromotionSuggestion *p = suggestion(index.row());
    if (!p || index.column() >= ColumnCount)
        return {};
    if (role == SortRole) {
        switch (index.column()) {
        case Product:
            return p->name;
        case Playbook:
            return int(p->playbook);
        case Discount:
            return p->discountPercent;
        case PromoPrice:
            return p->promoPriceMinor;
        case When:
            return p->startDate;
        case Reason:
            return p->reason;
        }
    }
    if (role == Qt::DisplayRole) {
        const QString cur = currencyOf(p->shopId);
        switch (index.column()) {
        case Product:
            return p->name.isEmpty() ? p->productExternalId : p->name;
        case Playbook:
            return playbookLabel(p->playbook);
        case Discount:
            if (p->discountPercent <= 0)
                return tr("No discount");
            return tr("%1% (range %2–%3%)")
                .arg(p->discountPercent)
                .arg(p->range.minPercent)
                .arg(p->range.maxPercent);
        case PromoPrice:
            return p->promoPriceMinor != p->priceMinor
                       ? tr("%1 (was %2)")
                             .arg(formatMoney(p->promoPriceMinor, cur), formatMoney(p->priceMinor, cur))
                       : formatMoney(p->priceMinor, cur);
        case When:
            return p->occasion.isEmpty() ? rangeText(p->startDate, p->endDate)
                                         : tr("%1, %2").arg(p->occasion, rangeText(p->startDate, p->endDate));
        case Reason:
            return p->reason;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return plainToolTip(p->reason);
    return {};
}

QVariant PromotionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return columnAlignment(false);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Product:
        return tr("Product");
    case Playbook:
        return tr("Playbook");
    case Discount:
        return tr("Discount");
    case PromoPrice:
        return tr("Promo price");
    case When:
        return tr("When");
    case Reason:
        return tr("Why");
    }
    return {};
}

CampaignModel::CampaignModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CampaignModel::setCampaigns(const QList<Campaign> &list)
{
    beginResetModel();
    m_list = list;
    endResetModel();
}

const Campaign *CampaignModel::campaign(int row) const
{
    return row >= 0 && row < m_list.size() ? &m_list.at(row) : nullptr;
}

int CampaignModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.size());
}

int CampaignModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignModel::data(const QModelIndex &index, int role) const
{
    const Campaign *c = campaign(index.row());
    if (!c || index.column() >= ColumnCount)
        return {};
    if (role == IdRole)
        return c->id;
    if (role == SortRole) {
        switch (index.column()) {
        case Title:
            return c->title;
        case Playbook:
            return int(c->playbook);
        case Status:
            return int(c->status);
        case Dates:
            return c->startDay.value_or(QDate());
        case Discount:
            return c->discountPercent;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Title:
            return c->title;
        case Playbook:
            return playbookLabel(c->playbook);
        case Status:
            return campaignStatusLabel(c->status);
        case Dates:
            return rangeText(c->startDay.value_or(QDate()), c->endDay.value_or(QDate()));
        case Discount:
            return c->discountPercent > 0 ? tr("%1%").arg(c->discountPercent) : QString();
        }
    }
    return {};
}

QVariant CampaignModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return columnAlignment(false);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Campaign");
    case Playbook:
        return tr("Playbook");
    case Status:
        return tr("Status");
    case Dates:
        return tr("Dates");
    case Discount:
        return tr("Discount");
    }
    return {};
}

} // namespace bva::ui
