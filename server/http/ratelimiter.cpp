#include "ratelimiter.h"

#include <cmath>

namespace bva {

RateLimiter::RateLimiter(int perSecond, int burst)
    : m_perSecond(perSecond)
    , m_burst(burst)
{
    m_clock.start();
}

double RateLimiter::refilled(const Bucket &b, qint64 now) const
{
    const int burst = m_burst > 0 ? m_burst : m_perSecond;
    return std::min(double(burst), b.tokens + double(now - b.lastMs) * m_perSecond / 1000.0);
}

int RateLimiter::retryAfter(double tokens) const
{
    return std::max(1, int(std::ceil((1.0 - tokens) / m_perSecond)));
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
        it = m_buckets.insert(credential, {double(m_burst > 0 ? m_burst : m_perSecond), now});
    }
    Bucket &b = *it;
    b.tokens = refilled(b, now);
    b.lastMs = now;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return true;
    }
    if (retryAfterSeconds)
        *retryAfterSeconds = retryAfter(b.tokens);
    return false;
}

bool RateLimiter::wouldTake(const QString &credential, int *retryAfterSeconds) const
{
    if (m_perSecond <= 0)
        return true;
    const auto it = m_buckets.constFind(credential);
    if (it == m_buckets.cend())
        return true;
    const double tokens = refilled(*it, m_clock.elapsed());
    if (tokens >= 1.0)
        return true;
    if (retryAfterSeconds)
        *retryAfterSeconds = retryAfter(tokens);
    return false;
}

} // namespace bva
