#include "userrepository.h"

#include "database.h"
#include "sql.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace bva {

static const QString userColumns = u"id, email, name, password_hash, created_at"_s;

static User readUser(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.email = q.value(1).toString();
    u.name = q.value(2).toString();
    u.passwordHash = q.value(3).toString();
    u.createdAt = sql::toTime(q.value(4));
    return u;
}

Result<User> UserRepository::create(const QString &email, const QString &name, const QString &passwordHash)
{
    const QVariant now = sql::nowMs();
    auto q = sql::run(m_db.connection(),
                      u"INSERT INTO users (email, name, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
                      "RETURNING id"_s,
                      {email.trimmed().toLower(), name, passwordHash, now, now}, u"create user");
    if (!q) {
        if (q.error().message.contains(u"UNIQUE", Qt::CaseInsensitive)
            || q.error().message.contains(u"duplicate", Qt::CaseInsensitive))
            return Error::conflict(u"a user with this email already exists"_s);
        return q.error();
    }
    if (!q->next())
        return Error::storage(u"create user returned no id"_s);
    User u;
    u.id = q->value(0).toLongLong();
    u.email = email.trimmed().toLower();
    u.name = name;
    u.passwordHash = passwordHash;
    u.createdAt = sql::toTime(now);
    return u;
}

Result<std::optional<User>> UserRepository::findByEmail(const QString &email)
{
    auto q = sql::run(m_db.connection(), u"SELECT "_s + userColumns + u" FROM users WHERE email = ?"_s,
                      {email.trimmed().toLower()}, u"find user");
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<User>();
    return std::optional<User>(readUser(*q));
}

Result<std::optional<User>> UserRepository::findById(qint64 id)
{
    auto q = sql::run(m_db.connection(), u"SELECT "_s + userColumns + u" FROM users WHERE id = ?"_s, {id},
                      u"find user");
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<User>();
    return std::optional<User>(readUser(*q));
}

Result<int> UserRepository::count()
{
    auto q = sql::run(m_db.connection(), u"SELECT COUNT(*) FROM users"_s, {}, u"count users");
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<void> UserRepository::updateProfile(qint64 id, const QString &email, const QString &name)
{
    auto q = sql::run(m_db.connection(), u"UPDATE users SET email = ?, name = ?, updated_at = ? WHERE id = ?"_s,
                      {email.trimmed().toLower(), name, sql::nowMs(), id}, u"update profile");
    if (!q)
        return q.error();
    return {};
}

Result<void> UserRepository::updatePasswordHash(qint64 id, const QString &passwordHash)
{
    auto q = sql::run(m_db.connection(), u"UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?"_s,
                      {passwordHash, sql::nowMs(), id}, u"update password");
    if (!q)
        return q.error();
    return {};
}

Result<Session> UserRepository::createSession(qint64 userId, const QString &tokenHash, const QDateTime &expiresAt)
{
    const QVariant now = sql::nowMs();
    auto q = sql::run(m_db.connection(),
                      u"INSERT INTO sessions (user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?) "
                      "RETURNING id"_s,
                      {userId, tokenHash, now, sql::time(expiresAt)}, u"create session");
    if (!q)
        return q.error();
    if (!q->next())
        return Error::storage(u"create session returned no id"_s);
    Session s;
    s.id = q->value(0).toLongLong();
    s.userId = userId;
    s.tokenHash = tokenHash;
    s.createdAt = sql::toTime(now);
    s.expiresAt = expiresAt;
    return s;
}

Result<std::optional<Session>> UserRepository::findActiveSession(const QString &tokenHash)
{
    auto q = sql::run(m_db.connection(),
                      u"SELECT id, user_id, created_at, expires_at FROM sessions "
                      "WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?"_s,
                      {tokenHash, sql::nowMs()}, u"find session");
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Session>();
    Session s;
    s.id = q->value(0).toLongLong();
    s.userId = q->value(1).toLongLong();
    s.tokenHash = tokenHash;
    s.createdAt = sql::toTime(q->value(2));
    s.expiresAt = sql::toTime(q->value(3));
    return std::optional<Session>(s);
}

Result<void> UserRepository::revokeSession(const QString &tokenHash)
{
    auto q = sql::run(m_db.connection(), u"UPDATE sessions SET revoked_at = ? WHERE token_hash = ?"_s,
                      {sql::nowMs(), tokenHash}, u"revoke session");
    if (!q)
        return q.error();
    return {};
}

Result<void> UserRepository::revokeAllSessions(qint64 userId)
{
    auto q = sql::run(m_db.connection(), u"UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"_s,
                      {sql::nowMs(), userId}, u"revoke sessions");
    if (!q)
        return q.error();
    return {};
}

} // namespace bva
