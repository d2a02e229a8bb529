// Which shops a user may see and change (shop_access roles VIEWER < EDITOR < ADMIN), and the
// resolution of a marketplace shop id (+ platform) from a request to a shop the user can reach.
// A shop that exists but is not the user's answers Forbidden; an unknown one NotFound.
#pragma once

#include "domain/shop.h"
#include "util/result.h"

#include <QList>

namespace bva {

class Database;

struct AccessibleShop
{
    Shop shop;
    ShopRole role = ShopRole::Viewer;
};

class ShopAccess final
{
public:
    ShopAccess(Database &db, qint64 userId)
        : m_db(db)
        , m_userId(userId)
    {}

    Result<QList<AccessibleShop>> shops();
    Result<QList<qint64>> shopRowIds();
    // By marketplace id; platform may be empty when only one accessible shop has that id.
    Result<AccessibleShop> resolve(const QString &externalId, const QString &platform,
                                   ShopRole atLeast = ShopRole::Viewer);
    Result<AccessibleShop> byRowId(qint64 shopRowId, ShopRole atLeast = ShopRole::Viewer);
    // A request's ?shopId=&platform=: that shop, or every accessible shop (of the platform, when
    // given) when shopId is empty.
    Result<QList<AccessibleShop>> matching(const QString &shopId, const QString &platform);

private:
    Database &m_db;
    qint64 m_userId;
    std::optional<QList<AccessibleShop>> m_cache;
};

} // namespace bva
