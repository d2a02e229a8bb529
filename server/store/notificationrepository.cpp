#include "notificationrepository.h"

#include "database.h"
#include "sql.h"

using namespace Qt::StringLiterals;

namespace bva {

Result<qint64> NotificationRepository::add(const Notification &n)
{
    auto q = sql::run(
        m_db.connection(),
        u"INSERT INTO notifications (user_id, shop_id, kind, dedupe_key, title, body, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, dedupe_key) DO NOTHING RETURNING id"_s,
        {n.userId, n.shopId ? QVariant(n.shopId) : QVariant(QMetaType::fromType<qint64>()), n.kind,
         n.dedupeKey, n.title, n.body, n.createdAt.isValid() ? sql::time(n.createdAt) : sql::nowMs()},
        u"add notification");
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<QList<Notification>> NotificationRepository::recent(qint64 userId, int limit, bool unreadOnly)
{
    auto q =
        sql::run(m_db.connection(),
                 u"SELECT id, shop_id, kind, dedupe_key, title, body, created_at, read_at FROM notifications "
                 "WHERE user_id = ?"_s +
                     (unreadOnly ? u" AND read_at IS NULL"_s : QString()) +
                     u" ORDER BY created_at DESC, id DESC LIMIT ?"_s,
                 {userId, limit}, u"list notifications");
    if (!q)
        return q.error();
    QList<Notification> list;
    while (q->next()) {
        Notification n;
        n.id = q->value(0).toLongLong();
        n.userId = userId;
        n.shopId = q->value(1).toLongLong();
        n.kind = q->value(2).toString();
        n.dedupeKey = q->value(3).toString();
        n.title = q->value(4).toString();
        n.body = q->value(5).toString();
        n.createdAt = sql::toTime(q->value(6));
        n.readAt = sql::toTime(q->value(7));
        list.append(n);
    }
    return list;
}

Result<qint64> NotificationRepository::unreadCount(qint64 userId)
{
    auto q = sql::run(m_db.connection(),
                      u"SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at IS NULL"_s, {userId},
                      u"count notifications");
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<void> NotificationRepository::markRead(qint64 userId, qint64 id)
{
    auto q =
        sql::run(m_db.connection(),
                 u"UPDATE notifications SET read_at = ? WHERE user_id = ? AND id = ? AND read_at IS NULL"_s,
                 {sql::nowMs(), userId, id}, u"mark notification read");
    if (!q)
        return q.error();
    return {};
}

Result<void> NotificationRepository::markAllRead(qint64 userId)
{
    auto q = sql::run(m_db.connection(),
                      u"UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL"_s,
                      {sql::nowMs(), userId}, u"mark notifications read");
    if (!q)
        return q.error();
    return {};
}

} // namespace bva
