// Replays do not spend the marketplace's rate. A captured valid delivery (a signed webhook within its
// 5 minutes, a platform's push) replayed fast used to spend the rate its sender's real deliveries are
// counted in, so the real ones got 429. The gate remembers the keys of the deliveries the store
// accepted lately (the newest `capacity`); a repeat of one is counted in a rate of its own (a quarter of
// the real one) and goes on to the store, which answers it as a duplicate and lists it in the deliveries
// inspector; beyond that rate it is answered as a duplicate at once, stored nowhere. A delivery the gate
// does not know (a fresh one, a forged one, a repeat of one it forgot) spends the real rate as before.
// Lives in the HTTP thread.
#pragma once

#include "http/ratelimiter.h"

#include <QSet>
#include <QString>
#include <deque>

namespace bva {

class RepeatGate final
{
public:
    enum class Admission {
        Admitted,       // go ahead (a fresh delivery within the rate, or a repeat within the repeats' rate)
        RepeatAnswered, // a repeat of an accepted delivery beyond the repeats' rate: answer it as a duplicate
        Limited,        // a delivery the gate does not know, over the rate: 429
    };

    explicit RepeatGate(int perSecond, qsizetype capacity = 4096);

    // `rate` counts the real deliveries of `credential`; an empty `key` is never a repeat.
    Admission admit(RateLimiter &rate, const QString &credential, const QString &key, int *retryAfterSeconds);
    // The store took the delivery of `key` (new or a duplicate): later copies of it are repeats.
    void accepted(const QString &key);

private:
    RateLimiter m_repeats;
    qsizetype m_capacity;
    QSet<QString> m_keys;
    std::deque<QString> m_order; // oldest first
};

} // namespace bva
