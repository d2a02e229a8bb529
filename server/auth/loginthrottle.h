// Sign-in throttling: failures are counted per account (the email tried, whether or not an account
// has it, so the answer says nothing about which emails exist), per client (its address, or
// "desktop") and per account from that client. A few failures are free; after that each failure locks
// the key for a delay that doubles (1 s, 2 s, 4 s … up to 15 minutes). While a key is locked, attempts
// are refused before any password is checked. The account's own lock does not hold back a client the
// account has signed in from before (AuthService): a stranger's guesses would otherwise lock the owner
// out for as long as they kept guessing; that client is still held by its own and its pair's locks.
// Counters live in the store (every process sees the same) and start over an hour after the last
// failure. Thread-safe (store calls on the caller's thread).
#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace bva {

class Database;

struct ThrottlePolicy
{
    int freeFailures = 5;
    int maxDelaySeconds = 15 * 60;
    int windowSeconds = 60 * 60;

    // Seconds locked after the `failures`-th failure (0 while still free).
    int delayAfter(int failures) const;
};

class LoginThrottle final
{
public:
    static constexpr ThrottlePolicy kAccount{5, 15 * 60, 60 * 60};
    static constexpr ThrottlePolicy kClient{20, 15 * 60, 60 * 60};
    static constexpr ThrottlePolicy kRegistration{10, 15 * 60, 60 * 60};

    explicit LoginThrottle(Database &db)
        : m_db(db)
    {}

    static QString accountKey(const QString &normalizedEmail) { return u"account:" + normalizedEmail; }
    static QString clientKey(const QString &source) { return u"client:" + source; }
    // The account tried from one client (emails hold no space).
    static QString accountFromClientKey(const QString &normalizedEmail, const QString &source)
    {
        return u"account:" + normalizedEmail + u" from:" + source;
    }
    static QString registrationKey(const QString &source) { return u"register:" + source; }

    // Seconds until every key is free (0: go ahead).
    Result<int> waitSeconds(const QStringList &keys);
    // When the last of the keys is free again (UTC ms; in the past or 0 when none is locked).
    Result<qint64> lockedUntil(const QStringList &keys);
    static int secondsUntil(qint64 lockedUntilMs);
    // Counts a failure; returns the seconds the key is now locked for (0 while failures are free).
    Result<int> recordFailure(const QString &key, const ThrottlePolicy &policy);
    Result<void> clear(const QString &key);

private:
    Database &m_db;
};

} // namespace bva
