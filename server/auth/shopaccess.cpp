#include "shopaccess.h"

#include "store/shoprepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

// The context lupdate and QCoreApplication::translate share for this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::Api)
};

} // namespace

Result<QList<AccessibleShop>> ShopAccess::shops()
{
    if (m_cache)
        return *m_cache;
    ShopRepository repo(m_db);
    auto list = repo.shopsOfUser(m_userId);
    if (!list)
        return list.error();
    auto roles = repo.rolesOfUser(m_userId);
    if (!roles)
        return roles.error();
    QList<AccessibleShop> out;
    for (const Shop &s : std::as_const(*list)) {
        if (const auto role = roles->constFind(s.id); role != roles->cend())
            out.append({s, *role});
    }
    m_cache = out;
    return out;
}

Result<QList<qint64>> ShopAccess::shopRowIds()
{
    auto list = shops();
    if (!list)
        return list.error();
    QList<qint64> ids;
    for (const AccessibleShop &s : std::as_const(*list))
        ids.append(s.shop.id);
    return ids;
}

Result<AccessibleShop> ShopAccess::resolve(const QString &externalId, const QString &platformText,
                                           ShopRole atLeast)
{
    if (externalId.isEmpty())
        return Error::invalid(Text::tr("shopId: required"));
    std::optional<Platform> platform;
    if (!platformText.isEmpty()) {
        platform = platformFromString(platformText);
        if (!platform)
            return Error::invalid(Text::tr("platform: unknown platform"));
    }
    auto list = shops();
    if (!list)
        return list.error();
    QList<AccessibleShop> matches;
    for (const AccessibleShop &s : std::as_const(*list)) {
        if (s.shop.externalId == externalId && (!platform || s.shop.platform == *platform))
            matches.append(s);
    }
    if (matches.size() > 1)
        return Error::invalid(Text::tr("platform: required, several shops have this shopId"));
    if (matches.isEmpty()) {
        // Distinguish "not yours" from "no such shop" only by status code, never by data.
        ShopRepository repo(m_db);
        for (Platform p : {Platform::Shopee, Platform::Lazada, Platform::TikTok, Platform::Other}) {
            if (platform && p != *platform)
                continue;
            auto found = repo.findByExternal(p, externalId);
            if (!found)
                return found.error();
            if (found->has_value())
                return Error::forbidden(Text::tr("shopId: you have no access to this shop"));
        }
        return Error::notFound(Text::tr("shopId: no such shop"));
    }
    if (int(matches.constFirst().role) < int(atLeast))
        return Error::forbidden(Text::tr("your role on this shop does not allow this"));
    return matches.constFirst();
}

Result<AccessibleShop> ShopAccess::byRowId(qint64 shopRowId, ShopRole atLeast)
{
    auto list = shops();
    if (!list)
        return list.error();
    for (const AccessibleShop &s : std::as_const(*list)) {
        if (s.shop.id != shopRowId)
            continue;
        if (int(s.role) < int(atLeast))
            return Error::forbidden(Text::tr("your role on this shop does not allow this"));
        return s;
    }
    return Error::notFound(Text::tr("not found"));
}

Result<QList<AccessibleShop>> ShopAccess::matching(const QString &shopId, const QString &platformText)
{
    if (shopId.isEmpty()) {
        auto all = shops();
        if (!all || platformText.isEmpty())
            return all;
        const auto platform = platformFromString(platformText);
        if (!platform)
            return Error::invalid(Text::tr("platform: unknown platform"));
        QList<AccessibleShop> filtered;
        for (const AccessibleShop &s : std::as_const(*all)) {
            if (s.shop.platform == *platform)
                filtered.append(s);
        }
        return filtered;
    }
    auto one = resolve(shopId, platformText);
    if (!one)
        return one.error();
    return QList<AccessibleShop>{*one};
}

} // namespace bva
