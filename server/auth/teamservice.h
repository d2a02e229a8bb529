// Who may work on a shop, and with which role. A shop admin invites an email with a role (pending
// until the account with that email accepts; the answer never says whether an account has that
// email), changes roles and removes members; anyone may leave; a shop is never left without an
// admin while it has members. The REST API (/api/shops/:shopId/team, /api/invitations) and the
// desktop's Settings → Team both call this, and it checks the rules itself (AccessPolicy), so the
// two cannot drift apart. Every change is audited with the shop.
//
// Thread-safe (store calls on the caller's thread). accessChanged is emitted from that thread;
// AppServices forwards it to the EventBus so that live sockets follow at once.
#pragma once

#include "actor.h"
#include "domain/team.h"
#include "util/result.h"

#include <QObject>

namespace bva {

class Database;

class TeamService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamService)
public:
    static constexpr int kInvitationDays = 14;

    explicit TeamService(Database &db, QObject *parent = nullptr);

    // Members can see who else works on the shop; only admins see pending invitations.
    Result<QList<ShopMember>> members(const Actor &actor, qint64 shopId);
    Result<QList<Invitation>> invitations(const Actor &actor, qint64 shopId);
    Result<Invitation> invite(const Actor &actor, qint64 shopId, const QString &email, ShopRole role);
    Result<void> revokeInvitation(const Actor &actor, qint64 invitationId);

    // Invitations addressed to the actor's email, and the answers to them.
    Result<QList<Invitation>> myInvitations(const Actor &actor);
    Result<ShopRole> accept(const Actor &actor, qint64 invitationId);
    Result<void> decline(const Actor &actor, qint64 invitationId);

    Result<void> changeRole(const Actor &actor, qint64 shopId, qint64 userId, ShopRole role);
    // An admin removes a member, or a member (any role) leaves: userId == actor.userId.
    Result<void> removeMember(const Actor &actor, qint64 shopId, qint64 userId);

signals:
    // The user's role on the shop changed or ended.
    void accessChanged(qint64 userId, qint64 shopId);
    // A shop's team or invitations changed, or an invitation to this email did.
    void teamChanged(qint64 shopId);

private:
    Result<QString> currentEmail(const Actor &actor);
    // Refuses a change that would leave the shop's other members without an admin.
    Result<void> keepsAnAdmin(qint64 shopId, qint64 userId, std::optional<ShopRole> newRole);

    Database &m_db;
};

} // namespace bva
