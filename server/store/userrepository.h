// BVA's own users and their sessions (session tokens are stored only as hashes).
#pragma once

#include "domain/records.h"
#include "util/result.h"

#include <QList>
#include <QSet>
#include <optional>

namespace bva {

class Database;

class UserRepository final
{
public:
    explicit UserRepository(Database &db)
        : m_db(db)
    {}

    Result<User> create(const QString &email, const QString &name, const QString &passwordHash);
    Result<std::optional<User>> findByEmail(const QString &email);
    Result<std::optional<User>> findById(qint64 id);
    Result<int> count();
    Result<void> updateProfile(qint64 id, const QString &email, const QString &name);
    Result<void> updatePasswordHash(qint64 id, const QString &passwordHash);

    Result<Session> createSession(qint64 userId, const QString &tokenHash, const QDateTime &expiresAt,
                                  const QString &client = {}, const QString &userAgent = {});
    // A session that is neither revoked nor expired.
    Result<std::optional<Session>> findActiveSession(const QString &tokenHash);
    Result<bool> isActive(qint64 sessionId);
    // Which of these sessions are still open.
    Result<QSet<qint64>> activeAmong(const QList<qint64> &sessionIds);
    Result<QList<Session>> activeSessions(qint64 userId);
    // Whether the user ever signed in from `client` (a session from there, open or ended).
    Result<bool> hasSignedInFrom(qint64 userId, const QString &client);
    // The number of sessions ended; `reason` says why ("sign_out", "password_change", …).
    Result<int> revokeSession(const QString &tokenHash, const QString &reason = {});
    Result<int> revokeSessionOf(qint64 userId, qint64 sessionId, const QString &reason);
    // Every open session of the user except `exceptSessionId` (0: all of them).
    Result<int> revokeAllSessions(qint64 userId, const QString &reason = {}, qint64 exceptSessionId = 0);

private:
    Database &m_db;
};

} // namespace bva
