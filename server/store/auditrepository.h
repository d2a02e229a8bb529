// The audit trail's store: append-only (the only delete is the retention purge), read with a scope
// (a viewer's own entries plus those of the shops they administer) and filters, newest first.
// Who may read what is decided by AuditService (server/auth); this only runs the query.
#pragma once

#include "domain/records.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>

namespace bva {

class Database;

struct AuditQuery
{
    // Scope: entries of this account, or about one of these shops. unscoped: every entry
    // (operators and tests; never from a request).
    qint64 viewerUserId = 0;
    QList<qint64> shopIds;
    bool unscoped = false;
    // Filters (empty / 0: any).
    qint64 shopId = 0;
    qint64 userId = 0;
    QStringList actions; // exact codes; a code ending in '.' matches the prefix ("auth.")
    QString outcome;
    QString text;   // part of the actor's email or the target, any case
    QDateTime from; // inclusive
    QDateTime to;   // exclusive
    int limit = 100;
    qint64 offset = 0;
};

class AuditRepository final
{
public:
    explicit AuditRepository(Database &db)
        : m_db(db)
    {}

    Result<void> append(const AuditEntry &entry);
    // Shorthand for entries with no shop, source or actor text (outcome "ok").
    Result<void> append(qint64 userId, const QString &action, const QString &target,
                        const QJsonObject &details = {});
    Result<QList<AuditEntry>> find(const AuditQuery &query);
    Result<qint64> count(const AuditQuery &query);
    Result<QList<AuditEntry>> recent(int limit = 100);
    // Retention: removes entries older than `cutoff`; returns how many.
    Result<int> purgeBefore(const QDateTime &cutoff);

private:
    Database &m_db;
};

} // namespace bva
