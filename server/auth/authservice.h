// BVA's own accounts: register, login (JWT HS256 sessions, 7 days), logout (revokes the session),
// me, change password, update profile. Passwords are Argon2id hashes; the session signing key is
// kept in the SecretVault. Thread-safe: the HTTP thread and the GUI call it directly.
#pragma once

#include "domain/records.h"
#include "passwordhasher.h"
#include "util/result.h"

#include <QLoggingCategory>
#include <QObject>

Q_DECLARE_LOGGING_CATEGORY(lcAuth)

namespace bva {

class Database;
class SecretVault;

struct AuthSession
{
    User user;
    QByteArray token;
    QDateTime expiresAt;
};

struct AuthIdentity
{
    User user;
    qint64 sessionId = 0;
};

class AuthService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthService)
public:
    static constexpr int kSessionDays = 7;

    AuthService(Database &db, QByteArray signingKey, PasswordHasher::Strength strength = PasswordHasher::Strength::Interactive,
                QObject *parent = nullptr);
    // Loads (or creates on first run) the signing key from the vault.
    static Result<std::unique_ptr<AuthService>> create(Database &db, SecretVault &vault,
                                                       PasswordHasher::Strength strength = PasswordHasher::Strength::Interactive);

    Result<AuthSession> registerUser(const QString &email, const QString &password, const QString &name);
    Result<AuthSession> login(const QString &email, const QString &password);
    Result<void> logout(const QByteArray &token);
    // The user of a valid, unrevoked, unexpired session token.
    Result<AuthIdentity> authenticate(const QByteArray &token);
    Result<void> changePassword(qint64 userId, const QString &currentPassword, const QString &newPassword);
    Result<User> updateProfile(qint64 userId, const QString &email, const QString &name);

    static QString tokenHash(const QByteArray &token);

signals:
    void loggedIn(qint64 userId);
    void loggedOut(qint64 userId);

private:
    Result<AuthSession> openSession(const User &user);
    static Result<void> checkEmail(const QString &email);
    static Result<void> checkPassword(const QString &password);

    Database &m_db;
    QByteArray m_key;
    PasswordHasher m_hasher;
};

} // namespace bva
