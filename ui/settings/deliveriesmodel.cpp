#include "deliveriesmodel.h"

#include "models/displayformat.h"
#include "theme/format.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace bva::ui {

void DeliveriesModel::setItems(const QList<WebhookDelivery> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

void DeliveriesModel::setTimeZone(const QString &timeZone)
{
    m_timeZone = timeZone;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, Received), index(rowCount() - 1, Received));
}

void DeliveriesModel::append(const QList<WebhookDelivery> &items)
{
    if (items.isEmpty())
        return;
    beginInsertRows({}, int(m_items.size()), int(m_items.size() + items.size() - 1));
    m_items += items;
    endInsertRows();
}

void DeliveriesModel::update(const WebhookDelivery &delivery)
{
    const int row = rowOf(delivery.id);
    if (row < 0)
        return;
    m_items[row] = delivery;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const WebhookDelivery *DeliveriesModel::at(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int DeliveriesModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == id)
            return int(i);
    }
    return -1;
}

QString DeliveriesModel::outcomeText(DeliveryOutcome outcome)
{
    switch (outcome) {
    case DeliveryOutcome::Applied:
        return tr("Applied");
    case DeliveryOutcome::Duplicate:
        return tr("Duplicate");
    case DeliveryOutcome::Refused:
        return tr("Refused");
    case DeliveryOutcome::Failed:
        return tr("Failed");
    }
    return {};
}

int DeliveriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DeliveriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliveriesModel::data(const QModelIndex &index, int role) const
{
    const WebhookDelivery *d = index.isValid() ? at(index.row()) : nullptr;
    if (!d)
        return {};
    if (role == IdRole)
        return d->id;
    if (role == Qt::ForegroundRole && index.column() == Outcome) {
        if (d->outcome == DeliveryOutcome::Failed)
            return QColor(0xc6, 0x28, 0x28);
        if (d->outcome == DeliveryOutcome::Refused)
            return QColor(0xb2, 0x6a, 0x00);
        return {};
    }
    if (role == Qt::ToolTipRole)
        return plainToolTip(index.column() == Reason ? d->reason : data(index, Qt::DisplayRole).toString());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Received:
        return Format::shopDateTime(d->receivedAt, m_timeZone);
    case Topic:
        return d->topic;
    case Outcome:
        if (d->outcome == DeliveryOutcome::Failed && !d->replayedAs.isEmpty())
            return tr("Failed, replayed");
        return outcomeText(d->outcome);
    case Reason:
        return d->reason.simplified();
    default:
        return {};
    }
}

QVariant DeliveriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Received:
        return tr("Received");
    case Topic:
        return tr("Topic");
    case Outcome:
        return tr("Outcome");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace bva::ui
