#include "notificationinbox.h"

#include "store/notificationrepository.h"
#include "store/shoprepository.h"

#include <QHash>

namespace bva {

QList<Notification> NotificationInbox::deliver(const QList<Notification> &batch, qint64 viewer)
{
    NotificationRepository repo(m_db);
    ShopRepository shops(m_db);
    QHash<qint64, QList<qint64>> membersByShop;
    QList<Notification> forViewer;
    for (Notification n : batch) {
        QList<qint64> users;
        if (n.userId != 0) {
            users = {n.userId};
        } else {
            if (!membersByShop.contains(n.shopId)) {
                auto members = shops.usersOfShop(n.shopId);
                membersByShop.insert(n.shopId, members.ok() ? members.value() : QList<qint64>{});
            }
            users = membersByShop.value(n.shopId);
        }
        for (qint64 user : std::as_const(users)) {
            n.userId = user;
            auto id = repo.add(n);
            if (id.ok() && id.value() > 0 && user == viewer) {
                n.id = id.value();
                forViewer.append(n);
            }
        }
    }
    return forViewer;
}

Result<InboxPage> NotificationInbox::page(qint64 userId, int limit)
{
    NotificationRepository repo(m_db);
    auto recent = repo.recent(userId, limit);
    if (!recent)
        return recent.error();
    auto unread = repo.unreadCount(userId);
    if (!unread)
        return unread.error();
    return InboxPage{*recent, *unread};
}

Result<void> NotificationInbox::markRead(qint64 userId, qint64 id)
{
    return NotificationRepository(m_db).markRead(userId, id);
}

Result<void> NotificationInbox::markAllRead(qint64 userId)
{
    return NotificationRepository(m_db).markAllRead(userId);
}

} // namespace bva
