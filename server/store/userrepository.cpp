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
    auto q = sql::run(
        m_db.connection(),
        u"INSERT INTO users (email, name, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
        "RETURNING id"_s,
        {email.trimmed().toLower(), name, passwordHash, now, now}, u"create user");
    if (!q) {
        if (q.error().message.contains(u"UNIQUE", Qt::CaseInsensitive) ||
            q.error().message.contains(u"duplicate", Qt::CaseInsensitive))
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
    auto q =
        sql::run(m_db.connection(), u"UPDATE users SET email = ?, name = ?, updated_at = ? WHERE id = ?"_s,
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

Result<Session> UserRepository::createSession(qint64 userId, const QString &tokenHash,
                                              const QDateTime &expiresAt, const QString &client,
                                              const QString &userAgent)
{
    const QVariant now = sql::nowMs();
    auto q =
        sql::run(m_db.connection(),
                 u"INSERT INTO sessions (user_id, token_hash, created_at, expires_at, client, user_agent) "
                 "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                 {userId, tokenHash, now, sql::time(expiresAt), client.left(100), userAgent.left(300)},
                 u"create session");
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
    s.client = client;
    s.userAgent = userAgent;
    return s;
}

static const QString sessionColumns =
    u"id, user_id, created_at, expires_at, client, user_agent, token_hash"_s;

static Session readSession(const QSqlQuery &q)
{
    Session s;
    s.id = q.value(0).toLongLong();
    s.userId = q.value(1).toLongLong();
    s.createdAt = sql::toTime(q.value(2));
    s.expiresAt = sql::toTime(q.value(3));
    s.client = q.value(4).toString();
    s.userAgent = q.value(5).toString();
    s.tokenHash = q.value(6).toString();
    return s;
}

Result<std::optional<Session>> UserRepository::findActiveSession(const QString &tokenHash)
{
    auto q = sql::run(m_db.connection(),
                      u"SELECT "_s + sessionColumns +
                          u" FROM sessions WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?"_s,
                      {tokenHash, sql::nowMs()}, u"find session");
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Session>();
    return std::optional<Session>(readSession(*q));
}

Result<bool> UserRepository::isActive(qint64 sessionId)
{
    auto q = sql::run(m_db.connection(),
                      u"SELECT 1 FROM sessions WHERE id = ? AND revoked_at IS NULL AND expires_at > ?"_s,
                      {sessionId, sql::nowMs()}, u"check session");
    if (!q)
        return q.error();
    return q->next();
}

Result<bool> UserRepository::hasSignedInFrom(qint64 userId, const QString &client)
{
    auto q = sql::run(m_db.connection(), u"SELECT 1 FROM sessions WHERE user_id = ? AND client = ? LIMIT 1"_s,
                      {userId, client}, u"check where a user signed in");
    if (!q)
        return q.error();
    return q->next();
}

Result<QSet<qint64>> UserRepository::activeAmong(const QList<qint64> &sessionIds)
{
    QSet<qint64> open;
    constexpr qsizetype kChunk = 500;
    for (qsizetype from = 0; from < sessionIds.size(); from += kChunk) {
        const QList<qint64> part = sessionIds.mid(from, kChunk);
        QVariantList binds;
        for (qint64 id : part)
            binds.append(id);
        binds.append(sql::nowMs());
        auto q = sql::run(m_db.connection(),
                          u"SELECT id FROM sessions WHERE id IN ("_s + sql::placeholders(int(part.size())) +
                              u") AND revoked_at IS NULL AND expires_at > ?"_s,
                          binds, u"check sessions");
        if (!q)
            return q.error();
        while (q->next())
            open.insert(q->value(0).toLongLong());
    }
    return open;
}

Result<QList<Session>> UserRepository::activeSessions(qint64 userId)
{
    auto q = sql::run(m_db.connection(),
                      u"SELECT "_s + sessionColumns +
                          u" FROM sessions WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ? "
                          "ORDER BY created_at DESC, id DESC"_s,
                      {userId, sql::nowMs()}, u"list sessions");
    if (!q)
        return q.error();
    QList<Session> list;
    while (q->next())
        list.append(readSession(*q));
    return list;
}

Result<int> UserRepository::revokeSession(const QString &tokenHash, const QString &reason)
{
    auto q = sql::run(
        m_db.connection(),
        u"UPDATE sessions SET revoked_at = ?, end_reason = ? WHERE token_hash = ? AND revoked_at IS NULL"_s,
        {sql::nowMs(), reason, tokenHash}, u"revoke session");
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<int> UserRepository::revokeSessionOf(qint64 userId, qint64 sessionId, const QString &reason)
{
    auto q = sql::run(m_db.connection(),
                      u"UPDATE sessions SET revoked_at = ?, end_reason = ? "
                      "WHERE id = ? AND user_id = ? AND revoked_at IS NULL AND expires_at > ?"_s,
                      {sql::nowMs(), reason, sessionId, userId, sql::nowMs()}, u"revoke session");
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<int> UserRepository::revokeAllSessions(qint64 userId, const QString &reason, qint64 exceptSessionId)
{
    auto q = sql::run(m_db.connection(),
                      u"UPDATE sessions SET revoked_at = ?, end_reason = ? "
                      "WHERE user_id = ? AND id <> ? AND revoked_at IS NULL AND expires_at > ?"_s,
                      {sql::nowMs(), reason, userId, exceptSessionId, sql::nowMs()}, u"revoke sessions");
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

} // namespace bva
