#include "repeatgate.h"

#include <QtGlobal>

namespace bva {

RepeatGate::RepeatGate(int perSecond, qsizetype capacity)
    : m_repeats(perSecond > 0 ? qMax(1, perSecond / 4) : 0)
    , m_capacity(qMax<qsizetype>(1, capacity))
{}

RepeatGate::Admission RepeatGate::admit(RateLimiter &rate, const QString &credential, const QString &key,
                                        int *retryAfterSeconds)
{
    if (!key.isEmpty() && m_keys.contains(key))
        return m_repeats.take(credential) ? Admission::Admitted : Admission::RepeatAnswered;
    return rate.take(credential, retryAfterSeconds) ? Admission::Admitted : Admission::Limited;
}

void RepeatGate::accepted(const QString &key)
{
    if (key.isEmpty() || m_keys.contains(key))
        return;
    if (qsizetype(m_order.size()) >= m_capacity) {
        m_keys.remove(m_order.front());
        m_order.pop_front();
    }
    m_keys.insert(key);
    m_order.push_back(key);
}

} // namespace bva
