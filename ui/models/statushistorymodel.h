// An order's status history (oldest first) for the Orders page detail pane; times on the shop's clock.
#pragma once

#include "domain/order.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace bva::ui {

class StatusHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Status, Source, ColumnCount };
    explicit StatusHistoryModel(QObject *parent = nullptr);

    // `timeZone` is the shop's IANA id; an unknown one shows UTC.
    void setHistory(const QList<OrderStatusChange> &history, const QString &timeZone);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString sourceText(const QString &source);

private:
    QList<OrderStatusChange> m_history;
    QTimeZone m_zone;
};

} // namespace bva::ui
