// Replays do not spend the marketplace's rate. A captured valid delivery (a signed webhook within its
// 5 minutes, a platform's push) replayed fast used to spend the rate its sender's real deliveries are
// counted in, so the real ones got 429. The gate remembers the keys of the deliveries the store
// accepted lately, per credential (the newest `perCredential` of each, `total` in all); a repeat of one
// is counted in a rate of its own (a quarter of the real one) and goes on to the store, which answers it
// as a duplicate and lists it in the deliveries inspector; beyond that rate it is answered as a
// duplicate at once, stored nowhere. A delivery the gate does not know (a fresh one, a forged one, a
// repeat of one it forgot) spends the real rate as before.
// Each credential keeps its own keys, so another account signing its own deliveries fast cannot push a
// victim's out (one ring for all let 50 a second flush everyone's in 80 s). At `total`, a new key makes
// room in the largest ring (its own when it is one of the largest), so a credential is cut only while
// it holds the most: each keeps its share of `total` among the credentials with keys, less one at most.
// Lives in the HTTP thread.
#pragma once

#include "http/ratelimiter.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <deque>
#include <set>
#include <utility>

namespace bva {

class RepeatGate final
{
public:
    enum class Admission {
        Admitted,       // go ahead (a fresh delivery within the rate, or a repeat within the repeats' rate)
        RepeatAnswered, // a repeat of an accepted delivery beyond the repeats' rate: answer it as a duplicate
        Limited,        // a delivery the gate does not know, over the rate: 429
    };

    explicit RepeatGate(int perSecond, qsizetype perCredential = 4096, qsizetype total = 32768);

    // `rate` counts the real deliveries of `credential`; an empty `key` is never a repeat.
    Admission admit(RateLimiter &rate, const QString &credential, const QString &key, int *retryAfterSeconds);
    // The store took the delivery of `key` (new or a duplicate) from `credential`: later copies are repeats.
    void accepted(const QString &credential, const QString &key);

    qsizetype size() const { return m_total; } // keys remembered, all credentials

private:
    struct Ring
    {
        QSet<QString> keys;
        std::deque<QString> order; // oldest first
    };
    void dropOldest(const QString &credential); // and forgets a ring left empty

    RateLimiter m_repeats;
    qsizetype m_perCredential;
    qsizetype m_capacity;
    qsizetype m_total = 0;
    QHash<QString, Ring> m_rings;
    std::set<std::pair<qsizetype, QString>> m_bySize; // (keys, credential) of every ring, largest last
};

} // namespace bva
