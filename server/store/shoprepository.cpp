#include "shoprepository.h"

#include "database.h"
#include "sql.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bva {

static const QString shopColumns =
    u"s.id, s.platform, s.external_id, s.name, s.currency, s.timezone, s.created_at"_s;

static Shop readShop(const QSqlQuery &q)
{
    Shop s;
    s.id = q.value(0).toLongLong();
    s.platform = platformFromString(q.value(1).toString()).value_or(Platform::Other);
    s.externalId = q.value(2).toString();
    s.name = q.value(3).toString();
    s.currency = q.value(4).toString();
    s.timezone = q.value(5).toString();
    s.createdAt = sql::toTime(q.value(6));
    return s;
}

static Result<QList<Shop>> readShops(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<Shop> list;
    while (q->next())
        list.append(readShop(*q));
    return list;
}

Result<Shop> ShopRepository::upsert(const Shop &shop)
{
    const QVariant now = sql::nowMs();
    auto q = sql::run(
        m_db.connection(),
        u"INSERT INTO shops (platform, external_id, name, currency, timezone, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (platform, external_id) DO UPDATE SET "
        "name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE shops.name END, "
        "currency = excluded.currency, timezone = excluded.timezone, updated_at = excluded.updated_at "
        "RETURNING id, created_at"_s,
        {platformName(shop.platform), shop.externalId, shop.name, shop.currency, shop.timezone, now, now},
        u"upsert shop");
    if (!q)
        return q.error();
    if (!q->next())
        return Error::storage(u"upsert shop returned no id"_s);
    Shop stored = shop;
    stored.id = q->value(0).toLongLong();
    stored.createdAt = sql::toTime(q->value(1));
    return stored;
}

Result<std::optional<Shop>> ShopRepository::findById(qint64 id)
{
    auto list =
        readShops(sql::run(m_db.connection(), u"SELECT "_s + shopColumns + u" FROM shops s WHERE s.id = ?"_s,
                           {id}, u"find shop"));
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<Shop>() : std::optional<Shop>(list->first());
}

Result<std::optional<Shop>> ShopRepository::findByExternal(Platform platform, const QString &externalId)
{
    auto list = readShops(
        sql::run(m_db.connection(),
                 u"SELECT "_s + shopColumns + u" FROM shops s WHERE s.platform = ? AND s.external_id = ?"_s,
                 {platformName(platform), externalId}, u"find shop"));
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<Shop>() : std::optional<Shop>(list->first());
}

Result<QList<Shop>> ShopRepository::all()
{
    return readShops(sql::run(
        m_db.connection(), u"SELECT "_s + shopColumns + u" FROM shops s ORDER BY s.id"_s, {}, u"list shops"));
}

Result<void> ShopRepository::remove(qint64 id)
{
    auto q = sql::run(m_db.connection(), u"DELETE FROM shops WHERE id = ?"_s, {id}, u"delete shop");
    if (!q)
        return q.error();
    return {};
}

Result<void> ShopRepository::grantAccess(qint64 userId, qint64 shopId, ShopRole role)
{
    auto q = sql::run(m_db.connection(),
                      u"INSERT INTO shop_access (user_id, shop_id, role, created_at) VALUES (?, ?, ?, ?) "
                      "ON CONFLICT (user_id, shop_id) DO UPDATE SET role = excluded.role"_s,
                      {userId, shopId, shopRoleName(role), sql::nowMs()}, u"grant shop access");
    if (!q)
        return q.error();
    return {};
}

Result<void> ShopRepository::revokeAccess(qint64 userId, qint64 shopId)
{
    auto q = sql::run(m_db.connection(), u"DELETE FROM shop_access WHERE user_id = ? AND shop_id = ?"_s,
                      {userId, shopId}, u"revoke shop access");
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<ShopRole>> ShopRepository::roleOf(qint64 userId, qint64 shopId)
{
    auto q = sql::run(m_db.connection(), u"SELECT role FROM shop_access WHERE user_id = ? AND shop_id = ?"_s,
                      {userId, shopId}, u"shop role");
    if (!q)
        return q.error();
    ShopRole role;
    if (!q->next() || !shopRoleFromString(q->value(0).toString(), &role))
        return std::optional<ShopRole>();
    return std::optional<ShopRole>(role);
}

Result<QList<Shop>> ShopRepository::shopsOfUser(qint64 userId)
{
    return readShops(sql::run(
        m_db.connection(),
        u"SELECT "_s + shopColumns +
            u" FROM shops s JOIN shop_access a ON a.shop_id = s.id WHERE a.user_id = ? ORDER BY s.id"_s,
        {userId}, u"shops of user"));
}

Result<QList<qint64>> ShopRepository::usersOfShop(qint64 shopId)
{
    auto q = sql::run(m_db.connection(), u"SELECT user_id FROM shop_access WHERE shop_id = ?"_s, {shopId},
                      u"users of shop");
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

static Result<QHash<qint64, ShopRole>> readRoles(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QHash<qint64, ShopRole> roles;
    while (q->next()) {
        ShopRole role;
        if (shopRoleFromString(q->value(1).toString(), &role))
            roles.insert(q->value(0).toLongLong(), role);
    }
    return roles;
}

Result<QHash<qint64, ShopRole>> ShopRepository::rolesOfUser(qint64 userId)
{
    return readRoles(sql::run(m_db.connection(), u"SELECT shop_id, role FROM shop_access WHERE user_id = ?"_s,
                              {userId}, u"roles of user"));
}

Result<QHash<qint64, ShopRole>> ShopRepository::rolesOnShop(qint64 shopId)
{
    return readRoles(sql::run(m_db.connection(), u"SELECT user_id, role FROM shop_access WHERE shop_id = ?"_s,
                              {shopId}, u"roles on shop"));
}

Result<QList<ShopMember>> ShopRepository::membersOf(qint64 shopId)
{
    auto q = sql::run(m_db.connection(),
                      u"SELECT a.user_id, u.email, u.name, a.role, a.created_at FROM shop_access a "
                      "JOIN users u ON u.id = a.user_id WHERE a.shop_id = ? ORDER BY u.email"_s,
                      {shopId}, u"members of shop");
    if (!q)
        return q.error();
    QList<ShopMember> members;
    while (q->next()) {
        ShopMember m;
        m.userId = q->value(0).toLongLong();
        m.email = q->value(1).toString();
        m.name = q->value(2).toString();
        if (!shopRoleFromString(q->value(3).toString(), &m.role))
            continue;
        m.since = sql::toTime(q->value(4));
        members.append(m);
    }
    std::stable_sort(members.begin(), members.end(),
                     [](const ShopMember &a, const ShopMember &b) { return int(a.role) > int(b.role); });
    return members;
}

Result<QList<qint64>> ShopRepository::adminsOf(qint64 shopId)
{
    auto q = sql::run(m_db.connection(),
                      u"SELECT user_id FROM shop_access WHERE shop_id = ? AND role = ? ORDER BY user_id"_s +
                          (m_db.isPostgres() ? u" FOR UPDATE"_s : QString()),
                      {shopId, shopRoleName(ShopRole::Admin)}, u"admins of shop");
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

} // namespace bva
