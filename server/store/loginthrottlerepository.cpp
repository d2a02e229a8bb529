#include "loginthrottlerepository.h"

#include "database.h"
#include "sql.h"

using namespace Qt::StringLiterals;

namespace bva {

Result<qint64> LoginThrottleRepository::lockedUntil(const QStringList &keys)
{
    if (keys.isEmpty())
        return 0;
    QVariantList binds;
    for (const QString &k : keys)
        binds.append(k);
    auto q = sql::run(m_db.connection(),
                      u"SELECT MAX(locked_until) FROM login_throttle WHERE throttle_key IN ("_s +
                          sql::placeholders(int(keys.size())) + u')',
                      binds, u"read sign-in throttle");
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<int> LoginThrottleRepository::recordFailure(const QString &key, qint64 nowMs, qint64 windowStartMs)
{
    auto q = sql::run(
        m_db.connection(),
        u"INSERT INTO login_throttle (throttle_key, failures, locked_until, updated_at) VALUES (?, 1, 0, ?) "
        "ON CONFLICT (throttle_key) DO UPDATE SET "
        "failures = CASE WHEN login_throttle.updated_at < ? THEN 1 ELSE login_throttle.failures + 1 END, "
        "updated_at = excluded.updated_at RETURNING failures"_s,
        {key, nowMs, windowStartMs}, u"count failed sign-in");
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 1;
}

Result<void> LoginThrottleRepository::lockUntil(const QString &key, qint64 untilMs)
{
    auto q = sql::run(
        m_db.connection(),
        u"UPDATE login_throttle SET locked_until = CASE WHEN locked_until > ? THEN locked_until ELSE ? END "
        "WHERE throttle_key = ?"_s,
        {untilMs, untilMs, key}, u"lock sign-in");
    if (!q)
        return q.error();
    return {};
}

Result<void> LoginThrottleRepository::clear(const QString &key)
{
    auto q = sql::run(m_db.connection(), u"DELETE FROM login_throttle WHERE throttle_key = ?"_s, {key},
                      u"clear sign-in throttle");
    if (!q)
        return q.error();
    return {};
}

Result<int> LoginThrottleRepository::purgeIdle(qint64 beforeMs)
{
    auto q =
        sql::run(m_db.connection(), u"DELETE FROM login_throttle WHERE updated_at < ? AND locked_until < ?"_s,
                 {beforeMs, beforeMs}, u"purge sign-in throttle");
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

} // namespace bva
