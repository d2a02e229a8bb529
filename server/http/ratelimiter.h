// Requests per second per credential (token bucket, burst = one second's worth). 0 turns it off.
// Used from the HTTP thread only.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace bva {

class RateLimiter final
{
public:
    explicit RateLimiter(int perSecond = 200);

    int perSecond() const { return m_perSecond; }
    void setPerSecond(int perSecond) { m_perSecond = perSecond; }
    // True when the request may go ahead; otherwise *retryAfterSeconds says when to come back.
    bool take(const QString &credential, int *retryAfterSeconds = nullptr);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    int m_perSecond;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
};

} // namespace bva
