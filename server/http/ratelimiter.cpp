#include "ratelimiter.h"

#include <cmath>

namespace bva {

RateLimiter::RateLimiter(int perSecond)
    : m_perSecond(perSecond)
{
    m_clock.start();
}

bool RateLimiter::take(const QString &credential, int *retryAfterSeconds)
{
    if (m_perSecond <= 0)
        return true;
    const qint64 now = m_clock.elapsed();
    auto it = m_buckets.find(credential);
    if (it == m_buckets.end()) {
        if (m_buckets.size() > 10000)
            m_buckets.clear(); // bounded memory; a reset only ever lets a little more through
        it = m_buckets.insert(credential, {double(m_perSecond), now});
    }
    Bucket &b = *it;
    b.tokens = std::min(double(m_perSecond), b.tokens + double(now - b.lastMs) * m_perSecond / 1000.0);
    b.lastMs = now;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return true;
    }
    if (retryAfterSeconds)
        *retryAfterSeconds = std::max(1, int(std::ceil((1.0 - b.tokens) / m_perSecond)));
    return false;
}

} // namespace bva
