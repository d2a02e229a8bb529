// Invitations to a shop: an email, a role and the hash of a one-time code (never the code), pending
// until the account with that email accepts with the code or declines, the admin revokes it, too many
// wrong codes lock it, or it expires.
#pragma once

#include "domain/team.h"
#include "util/result.h"

#include <QList>
#include <optional>

namespace bva {

class Database;

class InvitationRepository final
{
public:
    explicit InvitationRepository(Database &db)
        : m_db(db)
    {}

    // A new pending invitation, or the pending one for the same shop and email renewed with this role
    // and code (its wrong guesses forgotten). A locked one for the same shop and email is revoked.
    Result<Invitation> upsertPending(qint64 shopId, const QString &email, ShopRole role, qint64 invitedBy,
                                     const QDateTime &expiresAt, const QString &codeHash);
    Result<std::optional<Invitation>> find(qint64 id);
    // The stored code hash of an invitation (empty when it has none).
    Result<QString> codeHash(qint64 id);
    // Pending or locked, and not expired at `now` (what a shop's admins see).
    Result<QList<Invitation>> openOfShop(qint64 shopId, const QDateTime &now);
    // Pending and not expired at `now`.
    Result<QList<Invitation>> pendingForEmail(const QString &email, const QDateTime &now);
    // Moves a pending invitation on; false when it was no longer pending. Revoked also applies to a
    // locked one.
    Result<bool> respond(qint64 id, Invitation::State state, const QDateTime &at);
    // Accepts a pending, unexpired invitation whose code hash is still `codeHash`, in one statement:
    // the role it grants, or nothing when it was renewed with a new code, locked, revoked, answered or
    // expired since the code was checked.
    Result<std::optional<ShopRole>> consume(qint64 id, const QString &codeHash, const QDateTime &now);
    // Counts one wrong code on a pending invitation, locking it at `lockAt`: the count after it, or
    // 0 when the invitation was no longer pending.
    Result<int> recordWrongCode(qint64 id, int lockAt, const QDateTime &at);

private:
    Result<QList<Invitation>> query(const QString &where, const QVariantList &binds);
    Database &m_db;
};

} // namespace bva
