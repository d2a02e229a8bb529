// Who may work on a shop, and with which role. A shop admin invites an email with a role and is shown
// a one-time invitation code to hand over by a channel they trust; the invitation is pending until the
// account with that email accepts it with that code (BVA sends no mail and verifies no email, so an
// account that merely has the address proves nothing; the answer never says whether an account has
// that email). Only the code's hash is stored; kMaxWrongCodes wrong codes lock the invitation, and its
// admin invites again. Admins change roles and remove members; anyone may leave; a shop is never left without
// an admin while it has members. The REST API (/api/shops/:shopId/team, /api/invitations) and the desktop's
// Settings → Team both call this, and it checks the rules itself (AccessPolicy), so the two cannot drift
// apart. Every change is audited with the shop.
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
class InvitationRepository;

class TeamService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamService)
public:
    static constexpr int kInvitationDays = 14;
    static constexpr int kMaxWrongCodes = 5;

    // A new invitation and its code, shown once: only its hash is kept.
    struct NewInvitation
    {
        Invitation invitation;
        QString code;
    };

    // 16 characters of Crockford base32 (80 bits from libsodium's CSPRNG) in groups of four:
    // "7K3M-Q9XZ-4TRD-H2WP". No I, L, O or U, so it reads out and copies without mix-ups. Empty only
    // when libsodium cannot be used.
    static QString newInvitationCode();
    // The code as typed, upper-cased, without spaces or dashes, O read as 0 and I/L as 1; empty when it
    // cannot be a code (wrong length or characters).
    static QString normalizedInvitationCode(const QString &typed);
    // What the store keeps of a normalised code (SHA-256, hex).
    static QString invitationCodeHash(const QString &normalizedCode);

    explicit TeamService(Database &db, QObject *parent = nullptr);

    // Members can see who else works on the shop; only admins see pending invitations.
    Result<QList<ShopMember>> members(const Actor &actor, qint64 shopId);
    // Pending and locked ones (locked: too many wrong codes; the admin invites again).
    Result<QList<Invitation>> invitations(const Actor &actor, qint64 shopId);
    // Inviting the same email again replaces its pending (or locked) invitation and its code.
    Result<NewInvitation> invite(const Actor &actor, qint64 shopId, const QString &email, ShopRole role);
    Result<void> revokeInvitation(const Actor &actor, qint64 invitationId);

    // Invitations addressed to the actor's email, and the answers to them.
    Result<QList<Invitation>> myInvitations(const Actor &actor);
    // Needs the invitation's code, and the account's email must still be the invited one. A missing or
    // malformed code is Invalid and counts nothing; a wrong one is Forbidden and counts towards the lock;
    // a locked invitation, or one made before codes, is Conflict.
    Result<ShopRole> accept(const Actor &actor, qint64 invitationId, const QString &code);
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
    static Error noLongerOpen(InvitationRepository &invitations, qint64 invitationId);
    // Refuses a change that would leave the shop's other members without an admin.
    Result<void> keepsAnAdmin(qint64 shopId, qint64 userId, std::optional<ShopRole> newRole);

    Database &m_db;
};

} // namespace bva
