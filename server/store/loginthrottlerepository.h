// Failed sign-in counters by key (an account's email, a client address), shared by every process on
// the store so that spreading guesses over several bva-server processes earns nothing.
#pragma once

#include "util/result.h"

#include <QStringList>

namespace bva {

class Database;

class LoginThrottleRepository final
{
public:
    explicit LoginThrottleRepository(Database &db)
        : m_db(db)
    {}

    // The latest locked_until (UTC ms) among the keys; 0 when none is locked or known.
    Result<qint64> lockedUntil(const QStringList &keys);
    // Counts one failure at `nowMs` (starting again at 1 when the last one is older than
    // `windowStartMs`) and returns the count.
    Result<int> recordFailure(const QString &key, qint64 nowMs, qint64 windowStartMs);
    Result<void> lockUntil(const QString &key, qint64 untilMs);
    Result<void> clear(const QString &key);
    // Drops counters idle since before `beforeMs` whose lock is over.
    Result<int> purgeIdle(qint64 beforeMs);

private:
    Database &m_db;
};

} // namespace bva
