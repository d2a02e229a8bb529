#include "accesspolicy.h"

#include "store/shoprepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bva {

ShopRole AccessPolicy::minimumRole(ShopAction action)
{
    switch (action) {
    case ShopAction::ViewData:
        return ShopRole::Viewer;
    case ShopAction::SyncNow:
    case ShopAction::EditPlans:
        return ShopRole::Editor;
    case ShopAction::SeeSecrets:
    case ShopAction::Reconnect:
    case ShopAction::Disconnect:
    case ShopAction::ChangeSigning:
    case ShopAction::ChangeSync:
    case ShopAction::ManageTeam:
    case ShopAction::ReadShopActivity:
    case ShopAction::InspectDeliveries:
        return ShopRole::Admin;
    }
    return ShopRole::Admin;
}

QString AccessPolicy::refusal()
{
    return tr("your role on this shop does not allow this");
}

Result<std::optional<ShopRole>> AccessPolicy::roleOf(qint64 userId, qint64 shopRowId)
{
    if (userId <= 0)
        return std::optional<ShopRole>();
    return ShopRepository(m_db).roleOf(userId, shopRowId);
}

Result<ShopRole> AccessPolicy::require(qint64 userId, qint64 shopRowId, ShopAction action)
{
    auto role = roleOf(userId, shopRowId);
    if (!role)
        return role.error();
    if (!role->has_value())
        return Error::notFound(tr("no such shop"));
    if (!allows(*role, action))
        return Error::forbidden(refusal());
    return **role;
}

Result<QList<qint64>> AccessPolicy::shopsWhere(qint64 userId, ShopAction action)
{
    auto roles = ShopRepository(m_db).rolesOfUser(userId);
    if (!roles)
        return roles.error();
    QList<qint64> out;
    for (auto it = roles->cbegin(); it != roles->cend(); ++it) {
        if (allows(it.value(), action))
            out.append(it.key());
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace bva
