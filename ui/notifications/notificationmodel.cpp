#include "notificationmodel.h"

#include "models/displayformat.h"
#include "util/clock.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace bva::ui {

NotificationModel::NotificationModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int NotificationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant NotificationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Notification &n = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return n.title;
    case Qt::ToolTipRole:
        return plainToolTip(n.body);
    case BodyRole:
        return n.body;
    case IdRole:
        return n.id;
    case KindRole:
        return n.kind;
    case CreatedRole:
        return n.createdAt;
    case ReadRole:
        return n.readAt.isValid();
    case ShopRole:
        return n.shopId;
    default:
        return {};
    }
}

QHash<int, QByteArray> NotificationModel::roleNames() const
{
    auto r = QAbstractListModel::roleNames();
    r.insert(IdRole, "notificationId");
    r.insert(KindRole, "kind");
    r.insert(BodyRole, "body");
    r.insert(CreatedRole, "createdAt");
    r.insert(ReadRole, "read");
    r.insert(ShopRole, "shopId");
    return r;
}

void NotificationModel::setNotifications(const QList<Notification> &list)
{
    beginResetModel();
    m_items = list;
    endResetModel();
}

void NotificationModel::markRead(qint64 id)
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == id && !m_items.at(i).readAt.isValid()) {
            m_items[i].readAt = Clock::nowUtc();
            emit dataChanged(index(i), index(i), {ReadRole});
        }
    }
}

void NotificationModel::markAllRead()
{
    if (m_items.isEmpty())
        return;
    const QDateTime now = Clock::nowUtc();
    for (auto &n : m_items)
        if (!n.readAt.isValid())
            n.readAt = now;
    emit dataChanged(index(0), index(int(m_items.size()) - 1), {ReadRole});
}

const Notification *NotificationModel::at(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

} // namespace bva::ui
