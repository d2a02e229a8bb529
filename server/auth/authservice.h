// BVA's own accounts: register, sign in (JWT HS256 sessions, 7 days), sign out, sign out everywhere,
// the list of one's sessions and revoking one, change password, update profile (a new email takes the
// current password). Passwords are
// Argon2id hashes checked on PasswordWorkers (never on the HTTP or GUI thread); sign-in is throttled
// per account and per client (LoginThrottle). The answers say nothing about which emails have an
// account: a wrong password and an unknown email cost the same work and read the same, and
// registering a taken email answers exactly like registering a new one. Every step is audited.
//
// Thread-safe: the HTTP thread, the GUI and the password workers call it; store calls run on the
// calling thread (or the worker that checks the password). sessionsEnded is emitted from any of
// them: whoever holds a session's sockets or windows re-checks it (AppServices forwards it to the
// EventBus, and from there to other processes).
#pragma once

#include "actor.h"
#include "domain/records.h"
#include "passwordhasher.h"
#include "passwordworkers.h"
#include "util/result.h"

#include <QFuture>
#include <QLoggingCategory>
#include <QObject>
#include <atomic>

Q_DECLARE_LOGGING_CATEGORY(lcAuth)

namespace bva {

class Database;
class SecretVault;

struct AuthSession
{
    User user;
    QByteArray token;
    QDateTime expiresAt;
    qint64 sessionId = 0;
};

struct AuthIdentity
{
    User user;
    qint64 sessionId = 0;
    QDateTime expiresAt;
};

// Where a sign-in or registration comes from: the client address (API) or "desktop", and the
// client's own description of itself (User-Agent), kept with the session.
struct SignInOrigin
{
    QString source;
    QString userAgent;
};

// One open session of an account, as "Where you're signed in" lists it.
struct SessionInfo
{
    qint64 id = 0;
    QString client;
    QString userAgent;
    QDateTime createdAt;
    QDateTime expiresAt;
};

struct AuthOptions
{
    PasswordHasher::Strength strength = PasswordHasher::Strength::Interactive;
    int hashThreads = 0; // 0: half the cores
    int hashQueue = 32;  // checks waiting beyond the running ones; more answer Busy
};

class AuthService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthService)
public:
    static constexpr int kSessionDays = 7;

    AuthService(Database &db, QByteArray signingKey, AuthOptions options = {}, QObject *parent = nullptr);
    // Loads (or creates on first run) the signing key from the vault.
    static Result<std::unique_ptr<AuthService>> create(Database &db, SecretVault &vault,
                                                       AuthOptions options = {});

    // Creates the account unless the email has one; either way the same answer (success) after the
    // same work, so registering cannot tell which emails are taken. The new account signs in next.
    // Invalid (bad email or password), Throttled (too many registrations from this client), Busy.
    QFuture<Result<void>> registerUser(const QString &email, const QString &password, const QString &name,
                                       const SignInOrigin &origin);
    // Unauthorized (the same for an unknown email and a wrong password), Throttled, Busy.
    QFuture<Result<AuthSession>> login(const QString &email, const QString &password,
                                       const SignInOrigin &origin);
    // Both, blocking the calling thread (tests and in-process tools; never the GUI or HTTP thread).
    Result<AuthSession> registerAndSignIn(const QString &email, const QString &password, const QString &name,
                                          const SignInOrigin &origin = {QStringLiteral("desktop"), {}});
    Result<AuthSession> signIn(const QString &email, const QString &password,
                               const SignInOrigin &origin = {QStringLiteral("desktop"), {}});

    Result<void> logout(const QByteArray &token, const QString &source);
    // Ends every session of the actor's account, this one included.
    Result<int> signOutEverywhere(const Actor &actor);
    Result<QList<SessionInfo>> sessions(qint64 userId);
    // Ends one of the actor's own sessions (NotFound for anyone else's).
    Result<void> revokeSession(const Actor &actor, qint64 sessionId);
    // The user of a valid, unrevoked, unexpired session token.
    Result<AuthIdentity> authenticate(const QByteArray &token);
    // Whether that session is still open (revoked and expired sessions are not).
    Result<bool> isSessionActive(qint64 sessionId);
    // Whether anyone has an account yet (the desktop then offers to create the first one).
    Result<bool> hasAccounts();
    // Ends every other session of the account; `keepSessionId` (the one asking) stays open.
    QFuture<Result<void>> changePassword(const Actor &actor, qint64 keepSessionId,
                                         const QString &currentPassword, const QString &newPassword);
    // The name alone changes at once; a new email needs the current password (checked on a password
    // worker, throttled like sign-in: Invalid when missing, Unauthorized when wrong, nothing changed).
    QFuture<Result<User>> updateProfile(const Actor &actor, const QString &email, const QString &name,
                                        const QString &currentPassword = {});

    static QString tokenHash(const QByteArray &token);
    // How many password checks ran (known and unknown accounts alike): tests see that an unknown
    // email costs one too.
    qint64 passwordChecks() const { return m_checks.load(); }
    PasswordWorkers &workers() { return m_workers; }

    // An address an account or an invitation may have (an @ inside, nothing invisible, at most 254).
    static Result<void> checkEmail(const QString &email);

signals:
    void loggedIn(qint64 userId);
    // Sessions of this account ended (sign-out, everywhere, revocation, password change).
    void sessionsEnded(qint64 userId);

private:
    Result<AuthSession> openSession(const User &user, const SignInOrigin &origin);
    Result<AuthSession> checkAndOpen(const QString &email, const QString &password,
                                     const SignInOrigin &origin);
    Result<void> createOrPretend(const QString &email, const QString &password, const QString &name,
                                 const SignInOrigin &origin);
    void recordWrongPassword(const QString &email, const QString &source);
    Result<void> refuseWhileLocked(const QString &email, const QString &source);
    bool signedInFrom(const QString &email, const QString &source);
    Result<User> saveProfile(const Actor &actor, const User &before, const QString &email,
                             const QString &name);
    bool verify(const QString &encodedHash, const QString &password);
    const QString &dummyHash();
    static Result<void> checkPassword(const QString &password);

    Database &m_db;
    QByteArray m_key;
    PasswordHasher m_hasher;
    PasswordWorkers m_workers;
    std::atomic<qint64> m_checks{0};
    QString m_dummyHash;
    std::once_flag m_dummyOnce;
};

} // namespace bva
