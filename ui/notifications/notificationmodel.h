// The signed-in user's recent notifications, newest first, for the bell's panel.
#pragma once

#include "domain/records.h"

#include <QAbstractListModel>

namespace bva::ui {

class NotificationModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, KindRole, BodyRole, CreatedRole, ReadRole, ShopRole };

    explicit NotificationModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setNotifications(const QList<Notification> &list);
    void markRead(qint64 id);
    void markAllRead();
    const Notification *at(int row) const;

private:
    QList<Notification> m_items;
};

} // namespace bva::ui
