// In-app notifications per user, de-duplicated by a key (the same low-stock alert is kept once).
#pragma once

#include "domain/records.h"
#include "util/result.h"

#include <QList>

namespace bva {

class Database;

class NotificationRepository final
{
public:
    explicit NotificationRepository(Database &db)
        : m_db(db)
    {}

    // Returns the new id, or 0 when the user already has a notification with this key.
    Result<qint64> add(const Notification &n);
    Result<QList<Notification>> recent(qint64 userId, int limit = 100, bool unreadOnly = false);
    Result<qint64> unreadCount(qint64 userId);
    Result<void> markRead(qint64 userId, qint64 id);
    Result<void> markAllRead(qint64 userId);

private:
    Database &m_db;
};

} // namespace bva
