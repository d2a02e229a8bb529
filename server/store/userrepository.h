// BVA's own users and their sessions (session tokens are stored only as hashes).
#pragma once

#include "domain/records.h"
#include "util/result.h"

#include <optional>

namespace bva {

class Database;

class UserRepository final
{
public:
    explicit UserRepository(Database &db) : m_db(db) {}

    Result<User> create(const QString &email, const QString &name, const QString &passwordHash);
    Result<std::optional<User>> findByEmail(const QString &email);
    Result<std::optional<User>> findById(qint64 id);
    Result<int> count();
    Result<void> updateProfile(qint64 id, const QString &email, const QString &name);
    Result<void> updatePasswordHash(qint64 id, const QString &passwordHash);

    Result<Session> createSession(qint64 userId, const QString &tokenHash, const QDateTime &expiresAt);
    // A session that is neither revoked nor expired.
    Result<std::optional<Session>> findActiveSession(const QString &tokenHash);
    Result<void> revokeSession(const QString &tokenHash);
    Result<void> revokeAllSessions(qint64 userId);

private:
    Database &m_db;
};

} // namespace bva
