#include "loginthrottle.h"

#include "store/loginthrottlerepository.h"
#include "util/clock.h"

namespace bva {

int ThrottlePolicy::delayAfter(int failures) const
{
    const int over = failures - freeFailures;
    if (over <= 0)
        return 0;
    if (over > 20)
        return maxDelaySeconds;
    return qMin(maxDelaySeconds, 1 << (over - 1));
}

Result<qint64> LoginThrottle::lockedUntil(const QStringList &keys)
{
    return LoginThrottleRepository(m_db).lockedUntil(keys);
}

int LoginThrottle::secondsUntil(qint64 lockedUntilMs)
{
    const qint64 left = lockedUntilMs - Clock::nowMs();
    return left > 0 ? int((left + 999) / 1000) : 0;
}

Result<int> LoginThrottle::waitSeconds(const QStringList &keys)
{
    auto until = lockedUntil(keys);
    if (!until)
        return until.error();
    return secondsUntil(*until);
}

Result<int> LoginThrottle::recordFailure(const QString &key, const ThrottlePolicy &policy)
{
    LoginThrottleRepository repo(m_db);
    const qint64 now = Clock::nowMs();
    auto failures = repo.recordFailure(key, now, now - qint64(policy.windowSeconds) * 1000);
    if (!failures)
        return failures.error();
    const int delay = policy.delayAfter(*failures);
    if (delay > 0) {
        if (auto r = repo.lockUntil(key, now + qint64(delay) * 1000); !r)
            return r.error();
    }
    return delay;
}

Result<void> LoginThrottle::clear(const QString &key)
{
    return LoginThrottleRepository(m_db).clear(key);
}

} // namespace bva
