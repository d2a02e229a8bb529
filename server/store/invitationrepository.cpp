#include "invitationrepository.h"

#include "database.h"
#include "sql.h"

using namespace Qt::StringLiterals;

namespace bva {

static Invitation::State stateFrom(const QString &text)
{
    for (auto s : {Invitation::State::Accepted, Invitation::State::Declined, Invitation::State::Revoked,
                   Invitation::State::Locked}) {
        if (text == invitationStateName(s))
            return s;
    }
    return Invitation::State::Pending;
}

Result<Invitation> InvitationRepository::upsertPending(qint64 shopId, const QString &email, ShopRole role,
                                                       qint64 invitedBy, const QDateTime &expiresAt,
                                                       const QString &codeHash)
{
    const QVariant now = sql::nowMs();
    if (auto locked = sql::run(m_db.connection(),
                               u"UPDATE shop_invitations SET state = 'REVOKED', responded_at = ? "
                               "WHERE shop_id = ? AND email = ? AND state = 'LOCKED'"_s,
                               {now, shopId, email}, u"replace locked invitation");
        !locked)
        return locked.error();
    auto q = sql::run(
        m_db.connection(),
        u"INSERT INTO shop_invitations (shop_id, email, role, invited_by, state, created_at, expires_at, "
        "code_hash, wrong_codes) VALUES (?, ?, ?, ?, 'PENDING', ?, ?, ?, 0) "
        "ON CONFLICT (shop_id, email) WHERE state = 'PENDING' DO UPDATE SET role = excluded.role, "
        "invited_by = excluded.invited_by, created_at = excluded.created_at, expires_at = excluded.expires_at, "
        "code_hash = excluded.code_hash, wrong_codes = 0 "
        "RETURNING id"_s,
        {shopId, email, shopRoleName(role),
         invitedBy > 0 ? QVariant(invitedBy) : QVariant(QMetaType::fromType<qint64>()), now,
         sql::time(expiresAt), codeHash},
        u"invite to shop");
    if (!q)
        return q.error();
    if (!q->next())
        return Error::storage(u"invite returned no id"_s);
    auto found = find(q->value(0).toLongLong());
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::storage(u"invitation vanished"_s);
    return **found;
}

Result<QList<Invitation>> InvitationRepository::query(const QString &where, const QVariantList &binds)
{
    auto q = sql::run(
        m_db.connection(),
        u"SELECT i.id, i.shop_id, i.email, i.role, i.invited_by, u.email, i.state, i.created_at, i.expires_at, "
        "i.responded_at, s.platform, s.external_id, s.name, s.currency, s.timezone, "
        "i.code_hash IS NOT NULL, i.wrong_codes "
        "FROM shop_invitations i JOIN shops s ON s.id = i.shop_id LEFT JOIN users u ON u.id = i.invited_by "_s +
            where + u" ORDER BY i.created_at DESC, i.id DESC"_s,
        binds, u"read invitations");
    if (!q)
        return q.error();
    QList<Invitation> list;
    while (q->next()) {
        Invitation i;
        i.id = q->value(0).toLongLong();
        i.shopId = q->value(1).toLongLong();
        i.email = q->value(2).toString();
        if (!shopRoleFromString(q->value(3).toString(), &i.role))
            continue;
        i.invitedBy = q->value(4).toLongLong();
        i.invitedByEmail = q->value(5).toString();
        i.state = stateFrom(q->value(6).toString());
        i.createdAt = sql::toTime(q->value(7));
        i.expiresAt = sql::toTime(q->value(8));
        i.respondedAt = sql::toTime(q->value(9));
        i.shop.id = i.shopId;
        i.shop.platform = platformFromString(q->value(10).toString()).value_or(Platform::Other);
        i.shop.externalId = q->value(11).toString();
        i.shop.name = q->value(12).toString();
        i.shop.currency = q->value(13).toString();
        i.shop.timezone = q->value(14).toString();
        i.hasCode = q->value(15).toBool();
        i.wrongCodes = q->value(16).toInt();
        list.append(i);
    }
    return list;
}

Result<std::optional<Invitation>> InvitationRepository::find(qint64 id)
{
    auto list = query(u"WHERE i.id = ?"_s, {id});
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<Invitation>() : std::optional<Invitation>(list->first());
}

Result<QString> InvitationRepository::codeHash(qint64 id)
{
    auto q = sql::run(m_db.connection(), u"SELECT code_hash FROM shop_invitations WHERE id = ?"_s, {id},
                      u"read invitation code");
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Result<QList<Invitation>> InvitationRepository::openOfShop(qint64 shopId, const QDateTime &now)
{
    return query(u"WHERE i.shop_id = ? AND i.state IN ('PENDING', 'LOCKED') AND i.expires_at > ?"_s,
                 {shopId, sql::time(now)});
}

Result<QList<Invitation>> InvitationRepository::pendingForEmail(const QString &email, const QDateTime &now)
{
    return query(u"WHERE i.email = ? AND i.state = 'PENDING' AND i.expires_at > ?"_s,
                 {email, sql::time(now)});
}

Result<bool> InvitationRepository::respond(qint64 id, Invitation::State state, const QDateTime &at)
{
    auto q = sql::run(m_db.connection(),
                      state == Invitation::State::Revoked
                          ? u"UPDATE shop_invitations SET state = ?, responded_at = ?, code_hash = NULL "
                            "WHERE id = ? AND state IN ('PENDING', 'LOCKED')"_s
                          : u"UPDATE shop_invitations SET state = ?, responded_at = ?, code_hash = NULL "
                            "WHERE id = ? AND state = 'PENDING'"_s,
                      {invitationStateName(state), sql::time(at), id}, u"answer invitation");
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<std::optional<ShopRole>> InvitationRepository::consume(qint64 id, const QString &codeHash,
                                                              const QDateTime &now)
{
    auto q =
        sql::run(m_db.connection(),
                 u"UPDATE shop_invitations SET state = 'ACCEPTED', responded_at = ?, code_hash = NULL "
                 "WHERE id = ? AND state = 'PENDING' AND code_hash = ? AND expires_at > ? RETURNING role"_s,
                 {sql::time(now), id, codeHash, sql::time(now)}, u"accept invitation");
    if (!q)
        return q.error();
    ShopRole role{};
    if (!q->next() || !shopRoleFromString(q->value(0).toString(), &role))
        return std::optional<ShopRole>();
    return std::optional<ShopRole>(role);
}

Result<int> InvitationRepository::recordWrongCode(qint64 id, int lockAt, const QDateTime &at)
{
    // One statement, so that two guesses at once both count and the lock is never skipped.
    auto q = sql::run(m_db.connection(),
                      u"UPDATE shop_invitations SET wrong_codes = wrong_codes + 1, "
                      "state = CASE WHEN wrong_codes + 1 >= ? THEN 'LOCKED' ELSE state END, "
                      "responded_at = CASE WHEN wrong_codes + 1 >= ? THEN ? ELSE responded_at END "
                      "WHERE id = ? AND state = 'PENDING' RETURNING wrong_codes"_s,
                      {lockAt, lockAt, sql::time(at), id}, u"count a wrong invitation code");
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace bva
