// Each account's in-app notifications: delivered to one account or to every member of a shop,
// listed newest first, marked read. Blocking store calls: the desktop runs them off the GUI thread.
#pragma once

#include "domain/records.h"
#include "util/result.h"

#include <QList>

namespace bva {

class Database;

struct InboxPage
{
    QList<Notification> recent;
    qint64 unread = 0;
};

class NotificationInbox final
{
public:
    explicit NotificationInbox(Database &db)
        : m_db(db)
    {}

    // Adds each notification for its account (userId), or for every member of its shop when it
    // names none; a key an account already has is skipped. Returns those added for `viewer`.
    QList<Notification> deliver(const QList<Notification> &batch, qint64 viewer);
    Result<InboxPage> page(qint64 userId, int limit = 100);
    Result<void> markRead(qint64 userId, qint64 id);
    Result<void> markAllRead(qint64 userId);

private:
    Database &m_db;
};

} // namespace bva
