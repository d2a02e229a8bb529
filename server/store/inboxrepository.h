// The webhook inbox: every accepted delivery is written here under a unique key before it is
// acknowledged; a second delivery with the same key is recognised and has no further effect.
#pragma once

#include "domain/records.h"
#include "util/result.h"

#include <QList>
#include <QSet>
#include <optional>
#include <utility>

namespace bva {

class Database;

QString inboxStateName(InboxState s);

class InboxRepository final
{
public:
    explicit InboxRepository(Database &db)
        : m_db(db)
    {}

    // Returns the new row id, or 0 when an event with the same key is already there.
    Result<qint64> insertIfNew(const WebhookEvent &event);
    // The keys among `keys` that are already there.
    Result<QSet<QString>> existingKeys(const QStringList &keys);
    // Rows for a group commit, stored in `state` (processed now unless RECEIVED), in one statement on
    // PostgreSQL. Per event its new id, or 0 when its key was taken meanwhile.
    // SQLite stores the rows one by one in order: with `takenAt`, it stops at the first row whose key is
    // taken (nothing from it on is stored; their ids stay 0) and says which (events.size() if none), so
    // the caller needs no probe of the keys beforehand.
    Result<QList<qint64>> insertMany(const QList<const WebhookEvent *> &events, InboxState state,
                                     qsizetype *takenAt = nullptr);
    // The final state of a row insertMany stored as processed (not counted as another attempt).
    Result<void> settle(qint64 id, InboxState state, const QString &error);
    Result<void> markApplied(qint64 id);
    Result<void> markDeferred(qint64 id, const QString &why);
    Result<void> markFailed(qint64 id, const QString &error);
    // Events not yet applied (received or deferred), oldest first.
    Result<QList<WebhookEvent>> pending(int limit = 500);
    Result<qint64> count();
    // The row stored under `key`, if any.
    Result<std::optional<qint64>> idOfKey(const QString &key);
    // Deliveries of the shop stored after row `afterId`, not refused, of one of `topics`, whose body
    // contains `text`, oldest first, at most `limit`: a page; the next one starts after its last id.
    struct LaterBody
    {
        qint64 id = 0;
        QString topic;
        QByteArray body;
    };
    Result<QList<LaterBody>> laterBodies(qint64 shopId, qint64 afterId, const QString &text,
                                         const QStringList &topics, int limit = 200);
    // Deliveries of the shop refused for their content (FAILED, with the 400's reason), newest first.
    Result<QList<WebhookEvent>> failed(qint64 shopId, int limit = 50);

private:
    Result<void> setState(qint64 id, InboxState state, const QString &error);
    Database &m_db;
};

} // namespace bva
