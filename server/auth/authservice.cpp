#include "authservice.h"

#include "jwt.h"
#include "secretvault.h"
#include "store/auditrepository.h"
#include "store/userrepository.h"
#include "vaultkeys.h"
#include "util/clock.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QUuid>

Q_LOGGING_CATEGORY(lcAuth, "bva.auth")

using namespace Qt::StringLiterals;

namespace bva {

AuthService::AuthService(Database &db, QByteArray signingKey, PasswordHasher::Strength strength, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_key(std::move(signingKey))
    , m_hasher(strength)
{
}

Result<std::unique_ptr<AuthService>> AuthService::create(Database &db, SecretVault &vault, PasswordHasher::Strength strength)
{
    auto key = loadOrCreateVaultKey(vault, QString::fromLatin1(vaultkeys::kSessionSigningKey), 32);
    if (!key)
        return key.error();
    return std::make_unique<AuthService>(db, *key, strength);
}

QString AuthService::tokenHash(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

Result<void> AuthService::checkEmail(const QString &email)
{
    const qsizetype at = email.indexOf(u'@');
    if (email.size() > 254 || at <= 0 || at == email.size() - 1 || email.contains(u' '))
        return Error::invalid(tr("email: a valid email address is required"));
    return {};
}

Result<void> AuthService::checkPassword(const QString &password)
{
    if (password.size() < 8)
        return Error::invalid(tr("password: at least 8 characters are required"));
    if (password.size() > 1024)
        return Error::invalid(tr("password: at most 1024 characters"));
    return {};
}

Result<AuthSession> AuthService::openSession(const User &user)
{
    const QDateTime now = Clock::nowUtc();
    const QDateTime expires = now.addDays(kSessionDays);
    const QJsonObject claims{{u"sub"_s, QString::number(user.id)},
                             {u"iat"_s, double(now.toSecsSinceEpoch())},
                             {u"exp"_s, double(expires.toSecsSinceEpoch())},
                             {u"jti"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}};
    QByteArray token = jwt::sign(claims, m_key);
    auto session = UserRepository(m_db).createSession(user.id, tokenHash(token), expires);
    if (!session)
        return session.error();
    emit loggedIn(user.id);
    return AuthSession{user, std::move(token), expires};
}

Result<AuthSession> AuthService::registerUser(const QString &emailIn, const QString &password, const QString &name)
{
    const QString email = emailIn.trimmed().toLower();
    if (auto r = checkEmail(email); !r)
        return r.error();
    if (auto r = checkPassword(password); !r)
        return r.error();
    UserRepository users(m_db);
    auto existing = users.findByEmail(email);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error::conflict(tr("email: an account with this email already exists"));
    auto hash = m_hasher.hash(password);
    if (!hash)
        return hash.error();
    auto user = users.create(email, name.trimmed().left(200), *hash);
    if (!user) {
        if (user.error().kind == Error::Kind::Conflict)
            return Error::conflict(tr("email: an account with this email already exists"));
        return user.error();
    }
    (void)AuditRepository(m_db).append(user->id, u"register"_s, email);
    qCInfo(lcAuth) << "registered user" << user->id;
    return openSession(*user);
}

Result<AuthSession> AuthService::login(const QString &emailIn, const QString &password)
{
    const QString email = emailIn.trimmed().toLower();
    auto user = UserRepository(m_db).findByEmail(email);
    if (!user)
        return user.error();
    if (!user->has_value() || !m_hasher.verify((*user)->passwordHash, password)) {
        qCInfo(lcAuth) << "failed login";
        return Error::unauthorized(tr("invalid email or password"));
    }
    return openSession(**user);
}

Result<void> AuthService::logout(const QByteArray &token)
{
    auto identity = authenticate(token);
    if (!identity)
        return identity.error();
    if (auto r = UserRepository(m_db).revokeSession(tokenHash(token)); !r)
        return r;
    emit loggedOut(identity->user.id);
    return {};
}

Result<AuthIdentity> AuthService::authenticate(const QByteArray &token)
{
    if (token.isEmpty())
        return Error::unauthorized(tr("a session token is required"));
    auto claims = jwt::verify(token, m_key);
    if (!claims)
        return Error::unauthorized(tr("invalid or expired session"));
    UserRepository users(m_db);
    auto session = users.findActiveSession(tokenHash(token));
    if (!session)
        return session.error();
    if (!session->has_value())
        return Error::unauthorized(tr("invalid or expired session"));
    auto user = users.findById((*session)->userId);
    if (!user)
        return user.error();
    if (!user->has_value())
        return Error::unauthorized(tr("invalid or expired session"));
    return AuthIdentity{**user, (*session)->id};
}

Result<void> AuthService::changePassword(qint64 userId, const QString &currentPassword, const QString &newPassword)
{
    UserRepository users(m_db);
    auto user = users.findById(userId);
    if (!user)
        return user.error();
    if (!user->has_value())
        return Error::notFound(tr("unknown user"));
    if (!m_hasher.verify((*user)->passwordHash, currentPassword))
        return Error::unauthorized(tr("currentPassword: the current password is wrong"));
    if (auto r = checkPassword(newPassword); !r)
        return r;
    auto hash = m_hasher.hash(newPassword);
    if (!hash)
        return hash.error();
    if (auto r = users.updatePasswordHash(userId, *hash); !r)
        return r;
    (void)AuditRepository(m_db).append(userId, u"change_password"_s, {});
    return {};
}

Result<User> AuthService::updateProfile(qint64 userId, const QString &emailIn, const QString &name)
{
    UserRepository users(m_db);
    auto user = users.findById(userId);
    if (!user)
        return user.error();
    if (!user->has_value())
        return Error::notFound(tr("unknown user"));
    const QString email = emailIn.isEmpty() ? (*user)->email : emailIn.trimmed().toLower();
    if (auto r = checkEmail(email); !r)
        return r.error();
    if (email != (*user)->email) {
        auto other = users.findByEmail(email);
        if (!other)
            return other.error();
        if (other->has_value())
            return Error::conflict(tr("email: an account with this email already exists"));
    }
    const QString newName = name.isNull() ? (*user)->name : name.trimmed().left(200);
    if (auto r = users.updateProfile(userId, email, newName); !r)
        return r.error();
    User updated = **user;
    updated.email = email;
    updated.name = newName;
    return updated;
}

} // namespace bva
