// The rows of the deliveries inspector's table: a page (or several, as "More" loads them) of a shop's
// webhook deliveries, newest first. Filled by DeliveriesDialog from DeliveryService answers; GUI thread.
#pragma once

#include "domain/webhookdelivery.h"

#include <QAbstractTableModel>

namespace bva::ui {

class DeliveriesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Received, Topic, Outcome, Reason, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    // The shop's IANA zone: deliveries are listed on its clock, as its orders and 'last synced' are.
    void setTimeZone(const QString &timeZone);
    const QString &timeZone() const { return m_timeZone; }
    void setItems(const QList<WebhookDelivery> &items);
    void append(const QList<WebhookDelivery> &items);
    // Puts a delivery's newer state in its row (after a replay), if it is listed.
    void update(const WebhookDelivery &delivery);
    const WebhookDelivery *at(int row) const;
    int rowOf(const QString &id) const;

    static QString outcomeText(DeliveryOutcome outcome);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<WebhookDelivery> m_items;
    QString m_timeZone;
};

} // namespace bva::ui
