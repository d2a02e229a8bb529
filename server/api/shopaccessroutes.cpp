// GET /api/shop-access/linked-shops, DELETE /api/shop-access/:shopId (?platform=) — unlink a shop
// from the current user (leaving its team: TeamService refuses when that would leave the team
// without an admin). Linking (POST /api/shop-access/link) needs ownership proof from the
// marketplace and lives with the integration routes.
#include "apirouter.h"
#include "apiroutes.h"
#include "auth/teamservice.h"
#include "jsonviews.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bva {

void registerShopAccessRoutes(ApiRouter &api)
{
    api.get(u"/api/shop-access/linked-shops"_s, [](ApiRequest &r) {
        auto shops = r.access().shops();
        if (!shops)
            return HttpResponse::fromError(shops.error());
        QJsonArray list;
        for (const AccessibleShop &s : std::as_const(*shops))
            list.append(shopToJson(s));
        return HttpResponse::ok(list);
    });
    api.del(u"/api/shop-access/:shopId"_s, [](ApiRequest &r) {
        auto shop = r.access().resolve(r.param(u"shopId"_s), r.query(u"platform"_s));
        if (!shop)
            return HttpResponse::fromError(shop.error());
        if (!r.services().team)
            return HttpResponse::error(503,
                                       QCoreApplication::translate("bva::Api", "teams are not available"));
        if (auto done = r.services().team->removeMember(r.actor(), shop->shop.id, r.userId()); !done)
            return HttpResponse::fromError(done.error());
        return HttpResponse::ok(QJsonObject{{u"unlinked"_s, true}, {u"shopId"_s, shop->shop.externalId}});
    });
}

} // namespace bva
