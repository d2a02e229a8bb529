// A product's stock history (inventory events, newest first) for the product detail pane.
#pragma once

#include "domain/records.h"

#include <QAbstractTableModel>

namespace bva::ui {

class StockHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Level, Change, Source, ColumnCount };
    explicit StockHistoryModel(QObject *parent = nullptr);

    // Times on the shop's clock (`timeZone`, IANA), as the rest of the app; the computer's when unknown.
    void setEvents(const QList<InventoryEvent> &events, const QString &timeZone = QString());

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<InventoryEvent> m_events;
    QString m_timeZone;
};

} // namespace bva::ui
