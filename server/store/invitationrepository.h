// Invitations to a shop: an email and a role, pending until the account with that email accepts or
// declines, the admin revokes it, or it expires.
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

    // A new pending invitation, or the pending one for the same shop and email renewed with this role.
    Result<Invitation> upsertPending(qint64 shopId, const QString &email, ShopRole role, qint64 invitedBy,
                                     const QDateTime &expiresAt);
    Result<std::optional<Invitation>> find(qint64 id);
    // Pending and not expired at `now`.
    Result<QList<Invitation>> pendingOfShop(qint64 shopId, const QDateTime &now);
    Result<QList<Invitation>> pendingForEmail(const QString &email, const QDateTime &now);
    // Moves a pending invitation on; false when it was no longer pending.
    Result<bool> respond(qint64 id, Invitation::State state, const QDateTime &at);

private:
    Result<QList<Invitation>> query(const QString &where, const QVariantList &binds);
    Database &m_db;
};

} // namespace bva
