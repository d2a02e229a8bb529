#include "teamservice.h"

#include "accesspolicy.h"
#include "auditactions.h"
#include "store/auditrepository.h"
#include "store/database.h"
#include "store/invitationrepository.h"
#include "store/shoprepository.h"
#include "store/transaction.h"
#include "store/userrepository.h"
#include "util/clock.h"

using namespace Qt::StringLiterals;

namespace bva {

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
    return InvitationRepository(m_db).pendingOfShop(shopId, Clock::nowUtc());
}

Result<Invitation> TeamService::invite(const Actor &actor, qint64 shopId, const QString &emailIn,
                                       ShopRole role)
{
    if (auto allowed = AccessPolicy(m_db).require(actor.userId, shopId, ShopAction::ManageTeam); !allowed)
        return allowed.error();
    const QString email = emailIn.trimmed().toLower();
    const qsizetype at = email.indexOf(u'@');
    if (email.size() > 254 || at <= 0 || at == email.size() - 1 || email.contains(u' '))
        return Error::invalid(tr("email: a valid email address is required"));
    auto members = ShopRepository(m_db).membersOf(shopId);
    if (!members)
        return members.error();
    for (const ShopMember &m : std::as_const(*members)) {
        if (m.email == email)
            return Error::conflict(
                tr("email: %1 already works on this shop; change their role instead").arg(email));
    }
    auto invitation = InvitationRepository(m_db).upsertPending(shopId, email, role, actor.userId,
                                                               Clock::nowUtc().addDays(kInvitationDays));
    if (!invitation)
        return invitation.error();
    AuditEntry e = actor.audit(audit::kInvite, shopId, email);
    e.details = {{u"role"_s, shopRoleName(role)}, {u"invitation"_s, invitation->id}};
    (void)AuditRepository(m_db).append(e);
    emit teamChanged(shopId);
    return invitation;
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

Result<ShopRole> TeamService::accept(const Actor &actor, qint64 invitationId)
{
    auto email = currentEmail(actor);
    if (!email)
        return email.error();
    Transaction tx(m_db.connection());
    if (!tx.isActive())
        return Error::storage(tx.beginError());
    InvitationRepository invitations(m_db);
    auto found = invitations.find(invitationId);
    if (!found)
        return found.error();
    // Someone else's invitation reads as no invitation at all.
    if (!found->has_value() || (*found)->email != *email || (*found)->state != Invitation::State::Pending ||
        (*found)->expiresAt <= Clock::nowUtc())
        return Error::notFound(tr("no such invitation, or it is no longer open"));
    const Invitation &i = **found;
    ShopRepository shops(m_db);
    auto current = shops.roleOf(actor.userId, i.shopId);
    if (!current)
        return current.error();
    // Already on the team with a higher role: the invitation does not demote.
    const ShopRole role = current->has_value() && int(**current) > int(i.role) ? **current : i.role;
    if (auto r = shops.grantAccess(actor.userId, i.shopId, role); !r)
        return r.error();
    auto moved = invitations.respond(invitationId, Invitation::State::Accepted, Clock::nowUtc());
    if (!moved)
        return moved.error();
    if (!*moved)
        return Error::notFound(tr("no such invitation, or it is no longer open"));
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
