// Shops, keyed by (platform, marketplace shop id), and who may see them (shop_access).
#pragma once

#include "domain/team.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <optional>

namespace bva {

class Database;

class ShopRepository final
{
public:
    explicit ShopRepository(Database &db)
        : m_db(db)
    {}

    // Inserts or updates by (platform, externalId); returns the stored shop with its id.
    Result<Shop> upsert(const Shop &shop);
    Result<std::optional<Shop>> findById(qint64 id);
    Result<std::optional<Shop>> findByExternal(Platform platform, const QString &externalId);
    Result<QList<Shop>> all();
    // Removes the shop and, through the foreign keys, all its data.
    Result<void> remove(qint64 id);

    Result<void> grantAccess(qint64 userId, qint64 shopId, ShopRole role);
    Result<void> revokeAccess(qint64 userId, qint64 shopId);
    Result<std::optional<ShopRole>> roleOf(qint64 userId, qint64 shopId);
    Result<QList<Shop>> shopsOfUser(qint64 userId);
    Result<QList<qint64>> usersOfShop(qint64 shopId);
    // Every shop the user has a role on, by shop row id.
    Result<QHash<qint64, ShopRole>> rolesOfUser(qint64 userId);
    // Every member of the shop with their role, by user id.
    Result<QHash<qint64, ShopRole>> rolesOnShop(qint64 shopId);
    // Members with their email and name, admins first, then by email.
    Result<QList<ShopMember>> membersOf(qint64 shopId);
    // The shop's admins. Inside a transaction on PostgreSQL their rows stay locked until it ends, so
    // two admins demoting each other at once cannot leave the shop without one (SQLite transactions
    // hold the write lock from the start).
    Result<QList<qint64>> adminsOf(qint64 shopId);

private:
    Database &m_db;
};

} // namespace bva
