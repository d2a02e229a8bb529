#include "authservice.h"

#include "auditactions.h"
#include "jwt.h"
#include "loginthrottle.h"
#include "lookalikes.h"
#include "secretvault.h"
#include "store/auditrepository.h"
#include "store/userrepository.h"
#include "util/clock.h"
#include "vaultkeys.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QUuid>
#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcAuth, "bva.auth")

using namespace Qt::StringLiterals;

namespace bva {

namespace {

template <typename T> QFuture<Result<T>> ready(Result<T> r)
{
    return QtFuture::makeReadyFuture(std::move(r));
}

// One "refused while locked" entry per key and lock, not one per attempt of a flood.
struct RefusalLog
{
    QMutex mutex;
    QHash<QString, qint64> audited; // key -> the lock already recorded
};

bool firstRefusalOf(const QString &key, qint64 lockedUntilMs)
{
    static RefusalLog log;
    QMutexLocker lock(&log.mutex);
    if (log.audited.value(key) == lockedUntilMs)
        return false;
    if (log.audited.size() > 10000)
        log.audited.clear();
    log.audited.insert(key, lockedUntilMs);
    return true;
}

QString normalized(const QString &email)
{
    return email.trimmed().toLower();
}

} // namespace

AuthService::AuthService(Database &db, QByteArray signingKey, AuthOptions options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_key(std::move(signingKey))
    , m_hasher(options.strength)
    , m_workers(options.hashThreads, options.hashQueue)
{
    // Ready before the first unknown email is tried, so that one costs no more than the others.
    (void)m_workers.run<void>([this]() -> Result<void> {
        dummyHash();
        return {};
    });
}

Result<std::unique_ptr<AuthService>> AuthService::create(Database &db, SecretVault &vault,
                                                         AuthOptions options)
{
    auto key = loadOrCreateVaultKey(vault, QString::fromLatin1(vaultkeys::kSessionSigningKey), 32);
    if (!key)
        return key.error();
    return std::make_unique<AuthService>(db, *key, options);
}

QString AuthService::tokenHash(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

// Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt) that QChar files as letters or marks,
// and the blank Braille pattern: drawn as nothing, so "admin\u034f@…" reads as "admin@…".
static bool drawnAsNothing(char32_t c)
{
    static constexpr std::pair<char32_t, char32_t> kRanges[] = {
        {0x034F, 0x034F}, {0x115F, 0x1160},   {0x17B4, 0x17B5},   {0x180B, 0x180F},
        {0x2800, 0x2800}, {0x3164, 0x3164},   {0xFE00, 0xFE0F},   {0xFFA0, 0xFFA0},
        {0xFFF0, 0xFFF8}, {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A}, {0xE0000, 0xE0FFF},
    };
    return std::any_of(std::begin(kRanges), std::end(kRanges),
                       [c](const auto &r) { return c >= r.first && c <= r.second; });
}

// Letters of two scripts in one part of the address (between '@' and '.'): a Cyrillic "а" in "admin" or a
// Greek "ο" in "example" reads as another account's address on the Team page. Parts in one script each
// ("иван@mail.ru") are fine, and so are the mixes Japanese, Chinese and Korean are written in (Unicode's
// "highly restrictive" profile, UTS #39).
static bool mixesScripts(const QString &email)
{
    static const QList<QList<QChar::Script>> kMixes{
        {QChar::Script_Latin, QChar::Script_Han, QChar::Script_Hiragana, QChar::Script_Katakana},
        {QChar::Script_Latin, QChar::Script_Han, QChar::Script_Bopomofo},
        {QChar::Script_Latin, QChar::Script_Han, QChar::Script_Hangul}};
    const QStringList parts = QString(email).replace(u'@', u'.').split(u'.');
    return std::any_of(parts.cbegin(), parts.cend(), [](const QString &part) {
        QList<QChar::Script> scripts;
        for (char32_t c : part.toUcs4()) {
            const QChar::Script script = QChar::script(c);
            if (script != QChar::Script_Common && script != QChar::Script_Inherited &&
                !scripts.contains(script))
                scripts.append(script);
        }
        return scripts.size() > 1 && std::none_of(kMixes.cbegin(), kMixes.cend(), [&](const auto &mix) {
                   return std::all_of(scripts.cbegin(), scripts.cend(),
                                      [&](QChar::Script s) { return mix.contains(s); });
               });
    });
}

Result<void> AuthService::checkEmail(const QString &email)
{
    const qsizetype at = email.indexOf(u'@');
    // Nothing invisible: a zero-width space, a direction override or a non-breaking space made an address
    // that read like another account's on the Team page and in the activity.
    const QList<uint> codePoints = email.toUcs4();
    const bool invisible =
        !email.isValidUtf16() || std::any_of(codePoints.cbegin(), codePoints.cend(), [](uint c) {
            const QChar::Category category = QChar::category(char32_t(c));
            return QChar::isSpace(char32_t(c)) || category == QChar::Other_Control ||
                   category == QChar::Other_Format || category == QChar::Other_NotAssigned ||
                   category == QChar::Other_PrivateUse || category == QChar::Separator_Line ||
                   category == QChar::Separator_Paragraph || drawnAsNothing(char32_t(c));
        });
    if (email.size() > 254 || at <= 0 || at == email.size() - 1 || invisible || mixesScripts(email))
        return Error::invalid(tr("email: a valid email address is required"));
    // A part wholly in letters that look Latin ("сео" in Cyrillic) reads as another address ("ceo").
    const QStringList parts = QString(email).replace(u'@', u'.').split(u'.');
    for (const QString &part : parts) {
        if (lookalikes::onlyLooksLatin(part))
            return Error::invalid(tr("email: \"%1\" is written in letters that only look like \"%2\"; type "
                                     "the address in Latin letters")
                                      .arg(part, lookalikes::latinSkeleton(part)));
    }
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

const QString &AuthService::dummyHash()
{
    std::call_once(m_dummyOnce, [this] {
        const QByteArray random = QByteArray::number(QRandomGenerator::system()->generate64(), 16);
        auto h = m_hasher.hash(QString::fromLatin1(random));
        m_dummyHash = h ? *h : QString();
    });
    return m_dummyHash;
}

bool AuthService::verify(const QString &encodedHash, const QString &password)
{
    m_checks.fetch_add(1);
    return m_hasher.verify(encodedHash, password);
}

Result<AuthSession> AuthService::openSession(const User &user, const SignInOrigin &origin)
{
    const QDateTime now = Clock::nowUtc();
    const QDateTime expires = now.addDays(kSessionDays);
    const QJsonObject claims{{u"sub"_s, QString::number(user.id)},
                             {u"iat"_s, double(now.toSecsSinceEpoch())},
                             {u"exp"_s, double(expires.toSecsSinceEpoch())},
                             {u"jti"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}};
    QByteArray token = jwt::sign(claims, m_key);
    auto session = UserRepository(m_db).createSession(user.id, tokenHash(token), expires, origin.source,
                                                      origin.userAgent);
    if (!session)
        return session.error();
    emit loggedIn(user.id);
    return AuthSession{user, std::move(token), expires, session->id};
}

Result<void> AuthService::refuseWhileLocked(const QString &email, const QString &source)
{
    LoginThrottle throttle(m_db);
    const QString accountKey = LoginThrottle::accountKey(email), clientKey = LoginThrottle::clientKey(source);
    auto until = throttle.lockedUntil({LoginThrottle::accountFromClientKey(email, source), clientKey});
    if (!until)
        return until.error();
    auto accountUntil = throttle.lockedUntil({accountKey});
    if (!accountUntil)
        return accountUntil.error();
    // Guesses from anywhere lock the account for clients it never signed in from; where its owner
    // signed in before, only guesses from there count (else anyone could keep the owner out).
    if (LoginThrottle::secondsUntil(*accountUntil) > 0 && *accountUntil > *until &&
        !signedInFrom(email, source))
        until = accountUntil;
    const int wait = LoginThrottle::secondsUntil(*until);
    if (wait == 0)
        return {};
    if (firstRefusalOf(accountKey + u'|' + clientKey, *until)) {
        AuditEntry e = Actor{0, email, source}.audit(audit::kSignIn, 0, email);
        e.outcome = audit::kRefused;
        e.details = {{u"retryAfterSeconds"_s, wait}};
        (void)AuditRepository(m_db).append(e);
    }
    return Error::throttled(tr("too many failed sign-ins; try again in %n second(s)", nullptr, wait), wait);
}

bool AuthService::signedInFrom(const QString &email, const QString &source)
{
    UserRepository users(m_db);
    auto user = users.findByEmail(email);
    if (!user || !user->has_value())
        return false;
    auto known = users.hasSignedInFrom((*user)->id, source);
    return known && *known;
}

// A wrong password counts against the account, the client and the account from that client.
void AuthService::recordWrongPassword(const QString &email, const QString &source)
{
    LoginThrottle throttle(m_db);
    (void)throttle.recordFailure(LoginThrottle::accountKey(email), LoginThrottle::kAccount);
    (void)throttle.recordFailure(LoginThrottle::accountFromClientKey(email, source), LoginThrottle::kAccount);
    (void)throttle.recordFailure(LoginThrottle::clientKey(source), LoginThrottle::kClient);
}

QFuture<Result<AuthSession>> AuthService::login(const QString &emailIn, const QString &password,
                                                const SignInOrigin &origin)
{
    const QString email = normalized(emailIn);
    if (auto locked = refuseWhileLocked(email, origin.source); !locked)
        return ready<AuthSession>(locked.error());
    return m_workers.run<AuthSession>(
        [this, email, password, origin] { return checkAndOpen(email, password, origin); });
}

Result<AuthSession> AuthService::checkAndOpen(const QString &email, const QString &password,
                                              const SignInOrigin &origin)
{
    // Again here: attempts that queued while an earlier one locked the account stop now.
    if (auto locked = refuseWhileLocked(email, origin.source); !locked)
        return locked.error();
    auto user = UserRepository(m_db).findByEmail(email);
    if (!user)
        return user.error();
    // An unknown email costs one check too, against a hash of nothing, and reads like a wrong password.
    bool ok = false;
    if (user->has_value())
        ok = verify((*user)->passwordHash, password);
    else
        verify(dummyHash(), password);
    LoginThrottle throttle(m_db);
    const QString accountKey = LoginThrottle::accountKey(email);
    const QString pairKey = LoginThrottle::accountFromClientKey(email, origin.source);
    if (!ok) {
        auto accountLock = throttle.recordFailure(accountKey, LoginThrottle::kAccount);
        (void)throttle.recordFailure(pairKey, LoginThrottle::kAccount);
        auto clientLock =
            throttle.recordFailure(LoginThrottle::clientKey(origin.source), LoginThrottle::kClient);
        AuditEntry e =
            Actor{user->has_value() ? (*user)->id : 0, email, origin.source}.audit(audit::kSignIn, 0, email);
        e.outcome = audit::kFailed;
        const int locked = qMax(accountLock ? *accountLock : 0, clientLock ? *clientLock : 0);
        if (locked > 0)
            e.details = {{u"lockedForSeconds"_s, locked}};
        (void)AuditRepository(m_db).append(e);
        qCInfo(lcAuth) << "failed sign-in from" << origin.source;
        return Error::unauthorized(tr("invalid email or password"));
    }
    (void)throttle.clear(pairKey);
    // A sign-in let through the account's lock (from where the owner signed in before) leaves that lock
    // to hold back the guesses from elsewhere.
    if (auto until = throttle.lockedUntil({accountKey}); until && LoginThrottle::secondsUntil(*until) == 0)
        (void)throttle.clear(accountKey);
    auto session = openSession(**user, origin);
    AuditEntry e = Actor{(*user)->id, email, origin.source}.audit(audit::kSignIn, 0, email);
    if (session)
        e.details = {{u"session"_s, session->sessionId}};
    else
        e.outcome = audit::kFailed;
    (void)AuditRepository(m_db).append(e);
    return session;
}

QFuture<Result<void>> AuthService::registerUser(const QString &emailIn, const QString &password,
                                                const QString &name, const SignInOrigin &origin)
{
    const QString email = normalized(emailIn);
    if (auto r = checkEmail(email); !r)
        return ready<void>(r.error());
    if (auto r = checkPassword(password); !r)
        return ready<void>(r.error());
    // The desktop app itself is not limited: whoever runs it already holds the store's credentials.
    auto wait = origin.source == u"desktop"_s
                    ? Result<int>(0)
                    : LoginThrottle(m_db).waitSeconds({LoginThrottle::registrationKey(origin.source)});
    if (!wait)
        return ready<void>(wait.error());
    if (*wait > 0)
        return ready<void>(Error::throttled(
            tr("too many accounts created from here; try again in %n second(s)", nullptr, *wait), *wait));
    const QString cleanName = name.trimmed().left(200);
    return m_workers.run<void>([this, email, password, cleanName, origin] {
        return createOrPretend(email, password, cleanName, origin);
    });
}

Result<void> AuthService::createOrPretend(const QString &email, const QString &password, const QString &name,
                                          const SignInOrigin &origin)
{
    // The same work whether or not the email is taken: one hash, one lookup, one write.
    auto hash = m_hasher.hash(password);
    if (!hash)
        return hash.error();
    if (origin.source != u"desktop"_s)
        (void)LoginThrottle(m_db).recordFailure(LoginThrottle::registrationKey(origin.source),
                                                LoginThrottle::kRegistration);
    UserRepository users(m_db);
    auto existing = users.findByEmail(email);
    if (!existing)
        return existing.error();
    std::optional<User> created;
    if (!existing->has_value()) {
        auto user = users.create(email, name, *hash);
        if (user)
            created = *user;
        else if (user.error().kind != Error::Kind::Conflict)
            return user.error();
        else
            existing = users.findByEmail(email);
    }
    if (created) {
        (void)AuditRepository(m_db).append(
            Actor{created->id, email, origin.source}.audit(audit::kRegister, 0, email));
        qCInfo(lcAuth) << "registered user" << created->id;
        return {};
    }
    // Taken: nothing changes, and the owner reads in their activity that someone tried.
    AuditEntry e = Actor{existing && existing->has_value() ? (*existing)->id : 0, email, origin.source}.audit(
        audit::kRegister, 0, email);
    e.outcome = audit::kFailed;
    e.details = {{u"reason"_s, u"email already has an account"_s}};
    (void)AuditRepository(m_db).append(e);
    return {};
}

Result<AuthSession> AuthService::registerAndSignIn(const QString &email, const QString &password,
                                                   const QString &name, const SignInOrigin &origin)
{
    auto created = registerUser(email, password, name, origin).result();
    if (!created)
        return created.error();
    return login(email, password, origin).result();
}

Result<AuthSession> AuthService::signIn(const QString &email, const QString &password,
                                        const SignInOrigin &origin)
{
    return login(email, password, origin).result();
}

Result<void> AuthService::logout(const QByteArray &token, const QString &source)
{
    auto identity = authenticate(token);
    if (!identity)
        return identity.error();
    auto ended = UserRepository(m_db).revokeSession(tokenHash(token), u"sign_out"_s);
    if (!ended)
        return ended.error();
    AuditEntry e = Actor{identity->user.id, identity->user.email, source}.audit(
        audit::kSignOut, 0, u"session:"_s + QString::number(identity->sessionId));
    (void)AuditRepository(m_db).append(e);
    emit sessionsEnded(identity->user.id);
    return {};
}

Result<int> AuthService::signOutEverywhere(const Actor &actor)
{
    auto ended = UserRepository(m_db).revokeAllSessions(actor.userId, u"sign_out_everywhere"_s);
    if (!ended)
        return ended.error();
    AuditEntry e = actor.audit(audit::kSignOutEverywhere);
    e.details = {{u"sessionsEnded"_s, *ended}};
    (void)AuditRepository(m_db).append(e);
    emit sessionsEnded(actor.userId);
    return *ended;
}

Result<QList<SessionInfo>> AuthService::sessions(qint64 userId)
{
    auto list = UserRepository(m_db).activeSessions(userId);
    if (!list)
        return list.error();
    QList<SessionInfo> out;
    for (const Session &s : std::as_const(*list))
        out.append({s.id, s.client, s.userAgent, s.createdAt, s.expiresAt});
    return out;
}

Result<void> AuthService::revokeSession(const Actor &actor, qint64 sessionId)
{
    auto ended = UserRepository(m_db).revokeSessionOf(actor.userId, sessionId, u"revoked"_s);
    if (!ended)
        return ended.error();
    if (*ended == 0)
        return Error::notFound(tr("no such session"));
    (void)AuditRepository(m_db).append(
        actor.audit(audit::kSessionRevoke, 0, u"session:"_s + QString::number(sessionId)));
    emit sessionsEnded(actor.userId);
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
    return AuthIdentity{**user, (*session)->id, (*session)->expiresAt};
}

Result<bool> AuthService::isSessionActive(qint64 sessionId)
{
    return UserRepository(m_db).isActive(sessionId);
}

Result<bool> AuthService::hasAccounts()
{
    auto users = UserRepository(m_db).count();
    if (!users)
        return users.error();
    return *users > 0;
}

QFuture<Result<void>> AuthService::changePassword(const Actor &actor, qint64 keepSessionId,
                                                  const QString &currentPassword, const QString &newPassword)
{
    if (auto r = checkPassword(newPassword); !r)
        return ready<void>(r.error());
    // A wrong current password is a guess like any other.
    if (auto locked = refuseWhileLocked(normalized(actor.email), actor.source); !locked)
        return ready<void>(locked.error());
    return m_workers.run<void>([this, actor, keepSessionId, currentPassword, newPassword]() -> Result<void> {
        if (auto locked = refuseWhileLocked(normalized(actor.email), actor.source); !locked)
            return locked.error(); // guesses queued together stop once one of them locked the account
        UserRepository users(m_db);
        auto user = users.findById(actor.userId);
        if (!user)
            return user.error();
        if (!user->has_value())
            return Error::notFound(tr("unknown user"));
        if (!verify((*user)->passwordHash, currentPassword)) {
            recordWrongPassword((*user)->email, actor.source);
            AuditEntry e = actor.audit(audit::kPasswordChange);
            e.outcome = audit::kFailed;
            e.details = {{u"reason"_s, u"wrong current password"_s}};
            (void)AuditRepository(m_db).append(e);
            return Error::unauthorized(tr("currentPassword: the current password is wrong"));
        }
        auto hash = m_hasher.hash(newPassword);
        if (!hash)
            return hash.error();
        if (auto r = users.updatePasswordHash(actor.userId, *hash); !r)
            return r;
        auto ended = users.revokeAllSessions(actor.userId, u"password_change"_s, keepSessionId);
        if (!ended)
            return ended.error();
        AuditEntry e = actor.audit(audit::kPasswordChange);
        e.details = {{u"sessionsEnded"_s, *ended}};
        (void)AuditRepository(m_db).append(e);
        emit sessionsEnded(actor.userId);
        return {};
    });
}

QFuture<Result<User>> AuthService::updateProfile(const Actor &actor, const QString &emailIn,
                                                 const QString &name, const QString &currentPassword)
{
    auto user = UserRepository(m_db).findById(actor.userId);
    if (!user)
        return ready<User>(user.error());
    if (!user->has_value())
        return ready<User>(Error::notFound(tr("unknown user")));
    const User before = **user;
    const QString email = emailIn.isEmpty() ? before.email : normalized(emailIn);
    if (auto r = checkEmail(email); !r)
        return ready<User>(r.error());
    if (email == before.email)
        return ready<User>(saveProfile(actor, before, email, name));
    // The email is what invitations and sign-in go by: changing it takes the password, like changing
    // the password does (a borrowed unlocked session must not re-address the account).
    if (currentPassword.isEmpty())
        return ready<User>(
            Error::invalid(tr("currentPassword: enter your current password to change the email")));
    if (auto locked = refuseWhileLocked(before.email, actor.source); !locked)
        return ready<User>(locked.error());
    return m_workers.run<User>([this, actor, before, email, name, currentPassword]() -> Result<User> {
        if (auto locked = refuseWhileLocked(before.email, actor.source); !locked)
            return locked.error();
        if (!verify(before.passwordHash, currentPassword)) {
            recordWrongPassword(before.email, actor.source);
            AuditEntry e = actor.audit(audit::kProfileChange, 0, email);
            e.outcome = audit::kFailed;
            e.details = {{u"reason"_s, u"wrong current password"_s}};
            (void)AuditRepository(m_db).append(e);
            return Error::unauthorized(tr("currentPassword: the current password is wrong"));
        }
        return saveProfile(actor, before, email, name);
    });
}

Result<User> AuthService::saveProfile(const Actor &actor, const User &before, const QString &email,
                                      const QString &name)
{
    UserRepository users(m_db);
    if (email != before.email) {
        // Probing for taken emails through one's profile is throttled like registrations.
        LoginThrottle throttle(m_db);
        const QString key = LoginThrottle::registrationKey(actor.source);
        auto wait = throttle.waitSeconds({key});
        if (!wait)
            return wait.error();
        if (*wait > 0)
            return Error::throttled(
                tr("too many email changes from here; try again in %n second(s)", nullptr, *wait), *wait);
        auto other = users.findByEmail(email);
        if (!other)
            return other.error();
        if (other->has_value()) {
            (void)throttle.recordFailure(key, LoginThrottle::kRegistration);
            return Error::conflict(tr("email: an account with this email already exists"));
        }
    }
    const QString newName = name.isNull() ? before.name : name.trimmed().left(200);
    if (auto r = users.updateProfile(actor.userId, email, newName); !r)
        return r.error();
    if (email != before.email) {
        AuditEntry e = actor.audit(audit::kProfileChange, 0, email);
        e.details = {{u"email"_s, QJsonObject{{u"from"_s, before.email}, {u"to"_s, email}}}};
        (void)AuditRepository(m_db).append(e);
    }
    User updated = before;
    updated.email = email;
    updated.name = newName;
    return updated;
}

} // namespace bva
