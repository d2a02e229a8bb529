// The webhook inbox: every accepted delivery is written here under a unique key before it is
// acknowledged; a second delivery with the same key is recognised and has no further effect.
#pragma once

#include "domain/records.h"
#include "util/result.h"

#include <QList>
#include <QSet>

namespace bva {

class Database;

QString inboxStateName(InboxState s);

class InboxRepository final
{
public:
    explicit InboxRepository(Database &db) : m_db(db) {}

    // Returns the new row id, or 0 when an event with the same key is already there.
    Result<qint64> insertIfNew(const WebhookEvent &event);
    // The keys among `keys` that are already there.
    Result<QSet<QString>> existingKeys(const QStringList &keys);
    // Rows for a group commit, stored in `state` (processed now unless RECEIVED), in one statement on
    // PostgreSQL. Per event its new id, or 0 when its key was taken meanwhile.
    Result<QList<qint64>> insertMany(const QList<const WebhookEvent *> &events, InboxState state);
    // The final state of a row insertMany stored as processed (not counted as another attempt).
    Result<void> settle(qint64 id, InboxState state, const QString &error);
    Result<void> markApplied(qint64 id);
    Result<void> markDeferred(qint64 id, const QString &why);
    Result<void> markFailed(qint64 id, const QString &error);
    // Events not yet applied (received or deferred), oldest first.
    Result<QList<WebhookEvent>> pending(int limit = 500);
    Result<qint64> count();

private:
    Result<void> setState(qint64 id, InboxState state, const QString &error);
    Database &m_db;
};

} // namespace bva
