#include "synclock.h"

#include "store/database.h"
#include "store/sql.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace bva {

// The first half of the two-key advisory lock: "BV", so that other users of advisory locks in the
// same database do not collide with ours.
static constexpr int kLockClass = 0x4256;

static QVariant objectKey(qint64 integrationId)
{
    return int(integrationId & 0x7fffffff);
}

SyncLock::SyncLock(Database &db)
    : m_db(db)
{}

SyncLock::~SyncLock()
{
    release();
}

Result<bool> SyncLock::tryAcquire(qint64 integrationId)
{
    if (m_held)
        return m_integrationId == integrationId;
    m_integrationId = integrationId;
    if (!m_db.isPostgres()) {
        m_held = true;
        return true;
    }
    {
        auto conn = m_db.openDedicated(u"sync-lock"_s);
        if (!conn)
            return conn.error();
        m_connection = *conn;
    }
    std::optional<Error> failed;
    {
        auto q = sql::run(m_connection, u"SELECT pg_try_advisory_lock(?, ?)"_s,
                          {kLockClass, objectKey(integrationId)}, u"take the sync lock"_s);
        if (!q)
            failed = q.error();
        else if (!q->next())
            failed = Error::storage(u"take the sync lock: no answer"_s);
        else
            m_held = q->value(0).toBool();
    }
    if (!m_held)
        Database::closeDedicated(m_connection);
    if (failed)
        return *failed;
    return m_held;
}

void SyncLock::release()
{
    if (!m_held)
        return;
    m_held = false;
    if (!m_connection.isValid())
        return;
    // Closing the session releases it too; unlocking first keeps a pooled or slow close from holding it.
    if (m_connection.isOpen()) {
        sql::run(m_connection, u"SELECT pg_advisory_unlock(?, ?)"_s, {kLockClass, objectKey(m_integrationId)},
                 u"release the sync lock"_s)
            .ok();
    }
    Database::closeDedicated(m_connection);
}

Result<bool> SyncLock::heldElsewhere(Database &db, qint64 integrationId)
{
    if (!db.isPostgres())
        return false;
    // Looked up, not taken: a probe that took the lock for a moment made a sync starting at that
    // moment in this process fail as if another process held it.
    auto q = sql::run(
        db.connection(),
        u"SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = "
        "(SELECT oid FROM pg_database WHERE datname = current_database()) AND classid = CAST(? AS oid) AND objid = CAST(? AS oid) "
        "AND objsubid = 2"_s,
        {kLockClass, objectKey(integrationId)}, u"look for the sync lock"_s);
    if (!q)
        return q.error();
    return q->next() && q->value(0).toLongLong() > 0;
}

} // namespace bva
