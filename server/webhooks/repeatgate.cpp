#include "repeatgate.h"

#include <QtGlobal>

namespace bva {

RepeatGate::RepeatGate(int perSecond, qsizetype perCredential, qsizetype total)
    : m_repeats(perSecond > 0 ? qMax(1, perSecond / 4) : 0)
    , m_perCredential(qMax<qsizetype>(1, perCredential))
    , m_capacity(qMax<qsizetype>(1, total))
{}

RepeatGate::Admission RepeatGate::admit(RateLimiter &rate, const QString &credential, const QString &key,
                                        int *retryAfterSeconds)
{
    if (!key.isEmpty()) {
        if (auto ring = m_rings.constFind(credential); ring != m_rings.cend() && ring->keys.contains(key))
            return m_repeats.take(credential) ? Admission::Admitted : Admission::RepeatAnswered;
    }
    return rate.take(credential, retryAfterSeconds) ? Admission::Admitted : Admission::Limited;
}

void RepeatGate::accepted(const QString &credential, const QString &key)
{
    if (key.isEmpty())
        return;
    const auto mine = m_rings.constFind(credential);
    const qsizetype have = mine == m_rings.cend() ? 0 : qsizetype(mine->order.size());
    if (have > 0 && mine->keys.contains(key))
        return;
    if (have >= m_perCredential)
        dropOldest(credential);
    else if (m_total >= m_capacity && !m_bySize.empty())
        dropOldest(m_bySize.crbegin()->first <= have ? credential : QString(m_bySize.crbegin()->second));
    Ring &ring = m_rings[credential];
    const qsizetype kept = ring.order.size();
    ring.keys.insert(key);
    ring.order.push_back(key);
    ++m_total;
    if (kept > 0)
        m_bySize.erase({kept, credential});
    m_bySize.insert({kept + 1, credential});
}

void RepeatGate::dropOldest(const QString &credential)
{
    const auto ring = m_rings.find(credential);
    if (ring == m_rings.end())
        return;
    const qsizetype before = ring->order.size();
    ring->keys.remove(ring->order.front());
    ring->order.pop_front();
    --m_total;
    m_bySize.erase({before, credential});
    if (before > 1)
        m_bySize.insert({before - 1, credential});
    else
        m_rings.remove(credential);
}

} // namespace bva
