// One sync per integration at a time across every process on one PostgreSQL: a session-level
// advisory lock taken on a connection of its own and held for the whole run. If the process dies,
// PostgreSQL ends the session and the lock goes with it. SQLite is one process per file, where the
// in-process guard of SyncService is enough: there the lock is always granted.
#pragma once

#include "util/result.h"

#include <QSqlDatabase>

namespace bva {

class Database;

class SyncLock final
{
    Q_DISABLE_COPY_MOVE(SyncLock)
public:
    explicit SyncLock(Database &db);
    ~SyncLock();

    // true: this object now holds the lock; false: another session holds it.
    Result<bool> tryAcquire(qint64 integrationId);
    void release();
    bool isHeld() const { return m_held; }

    // Whether some session holds the lock of this integration right now (looked up in pg_locks).
    static Result<bool> heldElsewhere(Database &db, qint64 integrationId);

private:
    Database &m_db;
    QSqlDatabase m_connection;
    qint64 m_integrationId = 0;
    bool m_held = false;
};

} // namespace bva
