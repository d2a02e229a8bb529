#include "teamservice.h"

#include "accesspolicy.h"
#include "auditactions.h"
#include "authservice.h"
#include "passwordhasher.h"
#include "secretcompare.h"
#include "store/auditrepository.h"
#include "store/database.h"
#include "store/invitationrepository.h"
#include "store/shoprepository.h"
#include "store/transaction.h"
#include "store/userrepository.h"
#include "util/clock.h"

#include <QCryptographicHash>
#include <cstring>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

constexpr char kCodeAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32
constexpr int kCodeBytes = 10;                                       // 80 bits
constexpr int kCodeChars = 16;

} // namespace

QString TeamService::newInvitationCode()
{
    unsigned char bytes[kCodeBytes];
    if (!ensureSodium())
        return {};
    randombytes_buf(bytes, sizeof bytes);
    QString out;
    out.reserve(kCodeChars + 3);
    quint32 buffer = 0;
    int bits = 0;
    for (unsigned char b : bytes) {
        buffer = (buffer << 8) | b;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            if (!out.isEmpty() && out.size() % 5 == 4)
                out += u'-';
            out += QLatin1Char(kCodeAlphabet[(buffer >> bits) & 31]);
        }
    }
    sodium_memzero(bytes, sizeof bytes);
    return out;
}

QString TeamService::normalizedInvitationCode(const QString &typed)
{
    QString out;
    for (QChar c : typed) {
        if (c.isSpace() || c == u'-')
            continue;
        c = c.toUpper();
        if (c == u'O')
            c = u'0';
        else if (c == u'I' || c == u'L')
            c = u'1';
        if (c.unicode() > 127 || !std::strchr(kCodeAlphabet, char(c.unicode())) || c.unicode() == 0)
            return {};
        out += c;
        if (out.size() > kCodeChars)
            return {};
    }
    return out.size() == kCodeChars ? out : QString();
}

QString TeamService::invitationCodeHash(const QString &normalizedCode)
{
    const QByteArray input = QByteArrayLiteral("bva-invitation-code:") + normalizedCode.toLatin1();
    return QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex());
}

TeamService::TeamService(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

Result<QString> TeamService::currentEmail(const Actor &actor)
{
    auto user = UserRepository(m_db).findById(actor.userId);
    if (!user)
        return user.error();
    if (!user->has_value())
        return Error::unauthorized(tr("a signed-in account is required"));
    return (*user)->email;
}

Result<QList<ShopMember>> TeamService::members(const Actor &actor, qint64 shopId)
{
    if (auto allowed = AccessPolicy(m_db).require(actor.userId, shopId, ShopAction::ViewData); !allowed)
        return allowed.error();
    return ShopRepository(m_db).membersOf(shopId);
}

Result<QList<Invitation>> TeamService::invitations(const Actor &actor, qint64 shopId)
{
    if (auto allowed = AccessPolicy(m_db).require(actor.userId, shopId, ShopAction::ManageTeam); !allowed)
        return allowed.error();
    return InvitationRepository(m_db).openOfShop(shopId, Clock::nowUtc());
}

Result<TeamService::NewInvitation> TeamService::invite(const Actor &actor, qint64 shopId,
                                                       const QString &emailIn, ShopRole role)
{
    if (auto allowed = AccessPolicy(m_db).require(actor.userId, shopId, ShopAction::ManageTeam); !allowed)
        return allowed.error();
    const QString email = emailIn.trimmed().toLower();
    if (auto valid = AuthService::checkEmail(email); !valid)
        return valid.error();
    auto members = ShopRepository(m_db).membersOf(shopId);
    if (!members)
        return members.error();
    for (const ShopMember &m : std::as_const(*members)) {
        if (m.email == email)
            return Error::conflict(
                tr("email: %1 already works on this shop; change their role instead").arg(email));
    }
    const QString code = newInvitationCode();
    if (code.isEmpty())
        return Error::internal(u"libsodium is not usable: no invitation code can be drawn"_s);
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return Error::storage(tx.beginError());
    auto invitation = InvitationRepository(m_db).upsertPending(
        shopId, email, role, actor.userId, Clock::nowUtc().addDays(kInvitationDays),
        invitationCodeHash(normalizedInvitationCode(code)));
    if (!invitation)
        return invitation.error();
    AuditEntry e = actor.audit(audit::kInvite, shopId, email);
    e.details = {{u"role"_s, shopRoleName(role)}, {u"invitation"_s, invitation->id}};
    (void)AuditRepository(m_db).append(e);
    if (auto r = tx.commit(); !r)
        return r.error();
    emit teamChanged(shopId);
    return NewInvitation{*invitation, code};
}

Result<void> TeamService::revokeInvitation(const Actor &actor, qint64 invitationId)
{
    InvitationRepository repo(m_db);
    auto found = repo.find(invitationId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(tr("no such invitation"));
    const Invitation &i = **found;
    if (auto allowed = AccessPolicy(m_db).require(actor.userId, i.shopId, ShopAction::ManageTeam); !allowed)
        return allowed.error().kind == Error::Kind::Forbidden ? allowed.error()
                                                              : Error::notFound(tr("no such invitation"));
    auto moved = repo.respond(invitationId, Invitation::State::Revoked, Clock::nowUtc());
    if (!moved)
        return moved.error();
    if (!*moved)
        return Error::conflict(tr("the invitation was already answered"));
    (void)AuditRepository(m_db).append(actor.audit(audit::kInviteRevoke, i.shopId, i.email));
    emit teamChanged(i.shopId);
    return {};
}

Result<QList<Invitation>> TeamService::myInvitations(const Actor &actor)
{
    auto email = currentEmail(actor);
    if (!email)
        return email.error();
    return InvitationRepository(m_db).pendingForEmail(*email, Clock::nowUtc());
}

// Why an invitation read as pending a moment ago cannot be accepted now.
Error TeamService::noLongerOpen(InvitationRepository &invitations, qint64 invitationId)
{
    auto now = invitations.find(invitationId);
    if (now && now->has_value() && (*now)->state == Invitation::State::Locked)
        return Error::conflict(tr("code: this invitation was locked after too many wrong codes; ask the "
                                  "shop's admin to invite you again"));
    return Error::notFound(tr("no such invitation, or it is no longer open"));
}

Result<ShopRole> TeamService::accept(const Actor &actor, qint64 invitationId, const QString &code)
{
    auto email = currentEmail(actor);
    if (!email)
        return email.error();
    InvitationRepository invitations(m_db);
    auto found = invitations.find(invitationId);
    if (!found)
        return found.error();
    // Someone else's invitation reads as no invitation at all.
    if (!found->has_value() || (*found)->email != *email)
        return Error::notFound(tr("no such invitation, or it is no longer open"));
    const Invitation i = **found;
    if (i.state == Invitation::State::Locked)
        return Error::conflict(tr("code: this invitation was locked after too many wrong codes; ask the "
                                  "shop's admin to invite you again"));
    if (i.state != Invitation::State::Pending || i.expiresAt <= Clock::nowUtc())
        return Error::notFound(tr("no such invitation, or it is no longer open"));
    if (!i.hasCode)
        return Error::conflict(tr("code: this invitation was made before invitation codes and cannot be "
                                  "accepted; ask the shop's admin to invite you again"));
    if (code.trimmed().isEmpty())
        return Error::invalid(tr("code: the invitation code is required; the shop's admin was shown it "
                                 "when they invited you"));
    const QString normalized = normalizedInvitationCode(code);
    if (normalized.isEmpty())
        return Error::invalid(
            tr("code: an invitation code has 16 letters and digits, like ABCD-EFGH-JKMN-PQRS"));
    auto stored = invitations.codeHash(invitationId);
    if (!stored)
        return stored.error();
    if (!constantTimeEquals(invitationCodeHash(normalized).toLatin1(), stored->toLatin1())) {
        auto wrong = invitations.recordWrongCode(invitationId, kMaxWrongCodes, Clock::nowUtc());
        if (!wrong)
            return wrong.error();
        if (*wrong == 0) // no longer pending since it was read: locked by another guess, or answered
            return noLongerOpen(invitations, invitationId);
        AuditEntry e = actor.audit(audit::kInviteAccept, i.shopId, *email);
        e.outcome = audit::kFailed;
        e.details = {{u"reason"_s, u"wrong code"_s}, {u"invitation"_s, i.id}, {u"wrongCodes"_s, *wrong}};
        (void)AuditRepository(m_db).append(e);
        if (*wrong >= kMaxWrongCodes) {
            AuditEntry locked = actor.audit(audit::kInviteLocked, i.shopId, *email);
            locked.outcome = audit::kRefused;
            locked.details = {{u"invitation"_s, i.id}, {u"wrongCodes"_s, *wrong}};
            (void)AuditRepository(m_db).append(locked);
            emit teamChanged(i.shopId);
            return Error::forbidden(tr("code: wrong invitation code; the invitation is now locked, ask the "
                                       "shop's admin to invite you again"));
        }
        emit teamChanged(i.shopId);
        return Error::forbidden(tr("code: wrong invitation code; %n attempt(s) left before it locks", nullptr,
                                   kMaxWrongCodes - *wrong));
    }

    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return Error::storage(tx.beginError());
    // Used only while still pending, unexpired and under the code just checked: a lock, revocation or
    // renewal (a new code, maybe another role) in between wins, and the role is the one stored now.
    auto consumed = invitations.consume(invitationId, *stored, Clock::nowUtc());
    if (!consumed)
        return consumed.error();
    if (!consumed->has_value())
        return noLongerOpen(invitations, invitationId);
    ShopRepository shops(m_db);
    auto current = shops.roleOf(actor.userId, i.shopId);
    if (!current)
        return current.error();
    // Already on the team with a higher role: the invitation does not demote.
    const ShopRole invited = **consumed;
    const ShopRole role = current->has_value() && int(**current) > int(invited) ? **current : invited;
    if (auto r = shops.grantAccess(actor.userId, i.shopId, role); !r)
        return r.error();
    AuditEntry e = actor.audit(audit::kInviteAccept, i.shopId, *email);
    e.details = {{u"role"_s, shopRoleName(role)}, {u"invitation"_s, i.id}};
    (void)AuditRepository(m_db).append(e);
    if (auto r = tx.commit(); !r)
        return r.error();
    emit accessChanged(actor.userId, i.shopId);
    emit teamChanged(i.shopId);
    return role;
}

Result<void> TeamService::decline(const Actor &actor, qint64 invitationId)
{
    auto email = currentEmail(actor);
    if (!email)
        return email.error();
    InvitationRepository invitations(m_db);
    auto found = invitations.find(invitationId);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->email != *email || (*found)->state != Invitation::State::Pending)
        return Error::notFound(tr("no such invitation, or it is no longer open"));
    auto moved = invitations.respond(invitationId, Invitation::State::Declined, Clock::nowUtc());
    if (!moved)
        return moved.error();
    if (!*moved)
        return Error::notFound(tr("no such invitation, or it is no longer open"));
    (void)AuditRepository(m_db).append(actor.audit(audit::kInviteDecline, (*found)->shopId, *email));
    emit teamChanged((*found)->shopId);
    return {};
}

Result<void> TeamService::keepsAnAdmin(qint64 shopId, qint64 userId, std::optional<ShopRole> newRole)
{
    ShopRepository shops(m_db);
    auto admins = shops.adminsOf(shopId);
    if (!admins)
        return admins.error();
    if (!admins->contains(userId) || admins->size() > 1 || newRole == ShopRole::Admin)
        return {};
    auto roles = shops.rolesOnShop(shopId);
    if (!roles)
        return roles.error();
    // The last member may leave (nobody is stranded); the last admin of a team may not.
    if (!newRole && roles->size() <= 1)
        return {};
    return Error::conflict(tr("a shop needs an admin: make another member admin first"));
}

Result<void> TeamService::changeRole(const Actor &actor, qint64 shopId, qint64 userId, ShopRole role)
{
    if (auto allowed = AccessPolicy(m_db).require(actor.userId, shopId, ShopAction::ManageTeam); !allowed)
        return allowed.error();
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return Error::storage(tx.beginError());
    ShopRepository shops(m_db);
    auto before = shops.roleOf(userId, shopId);
    if (!before)
        return before.error();
    if (!before->has_value())
        return Error::notFound(tr("no such member"));
    if (**before == role)
        return {};
    if (auto r = keepsAnAdmin(shopId, userId, role); !r)
        return r;
    if (auto r = shops.grantAccess(userId, shopId, role); !r)
        return r;
    auto member = UserRepository(m_db).findById(userId);
    AuditEntry e =
        actor.audit(audit::kRoleChange, shopId, member && member->has_value() ? (*member)->email : QString());
    e.details = {{u"userId"_s, userId}, {u"from"_s, shopRoleName(**before)}, {u"to"_s, shopRoleName(role)}};
    (void)AuditRepository(m_db).append(e);
    if (auto r = tx.commit(); !r)
        return r;
    emit accessChanged(userId, shopId);
    emit teamChanged(shopId);
    return {};
}

Result<void> TeamService::removeMember(const Actor &actor, qint64 shopId, qint64 userId)
{
    const bool leaving = userId == actor.userId;
    if (auto allowed = AccessPolicy(m_db).require(actor.userId, shopId,
                                                  leaving ? ShopAction::ViewData : ShopAction::ManageTeam);
        !allowed)
        return allowed.error();
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return Error::storage(tx.beginError());
    ShopRepository shops(m_db);
    auto before = shops.roleOf(userId, shopId);
    if (!before)
        return before.error();
    if (!before->has_value())
        return Error::notFound(tr("no such member"));
    if (auto r = keepsAnAdmin(shopId, userId, std::nullopt); !r)
        return r;
    if (auto r = shops.revokeAccess(userId, shopId); !r)
        return r;
    auto member = UserRepository(m_db).findById(userId);
    AuditEntry e = actor.audit(leaving ? audit::kLeave : audit::kMemberRemove, shopId,
                               member && member->has_value() ? (*member)->email : QString());
    e.details = {{u"userId"_s, userId}, {u"role"_s, shopRoleName(**before)}};
    (void)AuditRepository(m_db).append(e);
    if (auto r = tx.commit(); !r)
        return r;
    emit accessChanged(userId, shopId);
    emit teamChanged(shopId);
    return {};
}

} // namespace bva
