// GET /api/products, /api/products/:id, /api/products/shop/:shopId; POST|PUT|DELETE /api/products[/:id]
// for BVA-native products only (a marketplace's products are read-only: BVA never writes to it).
#include "apirouter.h"
#include "apiroutes.h"
#include "domain/money.h"
#include "jsonviews.h"
#include "store/productrepository.h"
#include "sync/nativecatalog.h"
#include "util/jsonread.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

// The context lupdate and QCoreApplication::translate share for this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::Api)
};

HttpResponse listOf(ApiRequest &r, const QList<AccessibleShop> &shops)
{
    const QString search = r.query(u"search"_s).trimmed();
    const bool includeDeleted = r.query(u"includeDeleted"_s) == u"true"_s;
    QJsonArray all;
    ProductRepository repo(r.services().db);
    for (const AccessibleShop &s : shops) {
        auto list = repo.listByShop(s.shop.id, includeDeleted);
        if (!list)
            return HttpResponse::fromError(list.error());
        for (const Product &p : std::as_const(*list)) {
            if (!search.isEmpty() && !p.name.contains(search, Qt::CaseInsensitive) &&
                !p.sku.contains(search, Qt::CaseInsensitive) && p.externalId != search)
                continue;
            all.append(productToJson(p, s.shop));
        }
    }
    const int page = r.page();
    const int size = r.pageSize();
    QJsonArray items;
    for (qsizetype i = qsizetype(page - 1) * size; i < all.size() && items.size() < size; ++i)
        items.append(all.at(i));
    return HttpResponse::page(items, page, size, all.size());
}

// The product of a path id, when the user can see its shop (404 otherwise: ids are not guessable).
Result<std::pair<Product, AccessibleShop>> productOf(ApiRequest &r, ShopRole atLeast)
{
    bool ok = false;
    const qint64 id = r.param(u"id"_s).toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::notFound(Text::tr("no such product"));
    auto product = ProductRepository(r.services().db).findById(id);
    if (!product)
        return product.error();
    if (!product->has_value())
        return Error::notFound(Text::tr("no such product"));
    auto shop = r.access().byRowId((*product)->shopId, ShopRole::Viewer);
    if (!shop)
        return Error::notFound(Text::tr("no such product"));
    if (int(shop->role) < int(atLeast))
        return Error::forbidden(Text::tr("your role on this shop does not allow this"));
    return std::pair{**product, *shop};
}

Result<Product> productFromBody(const QJsonObject &body, const Shop &shop, Product base)
{
    const int exp = currencyExponent(shop.currency);
    if (body.contains(u"name"_s)) {
        if (!body.value(u"name"_s).isString() || body.value(u"name"_s).toString().trimmed().isEmpty())
            return Error::invalid(Text::tr("name: required string"));
        base.name = body.value(u"name"_s).toString().trimmed();
    }
    for (const auto &[key, field] :
         {std::pair{u"sku"_s, &base.sku}, std::pair{u"description"_s, &base.description},
          std::pair{u"category"_s, &base.category}, std::pair{u"imageUrl"_s, &base.imageUrl}}) {
        if (body.contains(key))
            *field = payload::textFromJson(body.value(key));
    }
    if (body.contains(u"price"_s)) {
        const auto price = minorUnitsFromJson(body.value(u"price"_s), exp);
        if (!price || *price < 0)
            return Error::invalid(Text::tr("price: must be a non-negative number"));
        base.priceMinor = *price;
    }
    if (body.contains(u"cost"_s)) {
        if (body.value(u"cost"_s).isNull()) {
            base.costMinor.reset();
        } else {
            const auto cost = minorUnitsFromJson(body.value(u"cost"_s), exp);
            if (!cost || *cost < 0)
                return Error::invalid(Text::tr("cost: must be a non-negative number or null"));
            base.costMinor = *cost;
        }
    }
    if (body.contains(u"stock"_s)) {
        const auto stock = payload::integerFromJson(body.value(u"stock"_s));
        if (!stock || *stock < 0 || *stock > 1000000000)
            return Error::invalid(Text::tr("stock: must be a whole number >= 0"));
        base.stock = int(*stock);
    }
    if (base.name.isEmpty())
        return Error::invalid(Text::tr("name: required string"));
    return base;
}

HttpResponse saveNative(ApiRequest &r, qint64 shopRowId, const Product &product, int status)
{
    if (!r.services().catalog)
        return HttpResponse::error(503, Text::tr("BVA-native products are not available on this server"));
    auto saved = r.services().catalog->saveProduct(r.actor(), shopRowId, product);
    if (!saved)
        return HttpResponse::fromError(saved.error());
    auto shop = r.access().byRowId(saved->shopId, ShopRole::Viewer);
    if (!shop)
        return HttpResponse::fromError(shop.error());
    return HttpResponse::ok(productToJson(*saved, shop->shop), status);
}

// The BVA channel a body names ({"shopId": its id}), or 0 for the caller's own.
Result<qint64> channelOf(ApiRequest &r, const QJsonObject &body)
{
    const QString shopId = payload::textFromJson(body.value(u"shopId"_s));
    if (shopId.isEmpty())
        return qint64(0);
    auto shop = r.access().resolve(shopId, u"OTHER"_s);
    if (!shop)
        return shop.error();
    return shop->shop.id;
}

} // namespace

void registerProductRoutes(ApiRouter &api)
{
    api.get(u"/api/products"_s, [](ApiRequest &r) {
        auto shops = r.queriedShops();
        if (!shops)
            return HttpResponse::fromError(shops.error());
        return listOf(r, *shops);
    });
    api.get(u"/api/products/shop/:shopId"_s, [](ApiRequest &r) {
        auto shop = r.access().resolve(r.param(u"shopId"_s), r.query(u"platform"_s));
        if (!shop)
            return HttpResponse::fromError(shop.error());
        return listOf(r, {*shop});
    });
    api.get(u"/api/products/:id"_s, [](ApiRequest &r) {
        auto found = productOf(r, ShopRole::Viewer);
        if (!found)
            return HttpResponse::fromError(found.error());
        return HttpResponse::ok(productToJson(found->first, found->second.shop));
    });
    api.post(u"/api/products"_s, [](ApiRequest &r) {
        auto body = r.json();
        if (!body)
            return HttpResponse::fromError(body.error());
        auto channel = channelOf(r, *body);
        if (!channel)
            return HttpResponse::fromError(channel.error());
        if (!r.services().catalog)
            return HttpResponse::error(503, Text::tr("BVA-native products are not available on this server"));
        auto shop = r.services().catalog->writableChannel(r.actor(), *channel);
        if (!shop)
            return HttpResponse::fromError(shop.error());
        auto product = productFromBody(*body, shop->shop, Product());
        if (!product)
            return HttpResponse::fromError(product.error());
        return saveNative(r, shop->shop.id, *product, 201);
    });
    api.put(u"/api/products/:id"_s, [](ApiRequest &r) {
        auto found = productOf(r, ShopRole::Editor);
        if (!found)
            return HttpResponse::fromError(found.error());
        if (found->second.shop.platform != Platform::Other)
            return HttpResponse::error(
                403, Text::tr("marketplace products are read-only in BVA; change them on the marketplace"));
        auto body = r.json();
        if (!body)
            return HttpResponse::fromError(body.error());
        auto product = productFromBody(*body, found->second.shop, found->first);
        if (!product)
            return HttpResponse::fromError(product.error());
        return saveNative(r, found->second.shop.id, *product, 200);
    });
    api.del(u"/api/products/:id"_s, [](ApiRequest &r) {
        auto found = productOf(r, ShopRole::Editor);
        if (!found)
            return HttpResponse::fromError(found.error());
        if (found->second.shop.platform != Platform::Other)
            return HttpResponse::error(
                403, Text::tr("marketplace products are read-only in BVA; change them on the marketplace"));
        if (!r.services().catalog)
            return HttpResponse::error(503, Text::tr("BVA-native products are not available on this server"));
        auto done =
            r.services().catalog->removeProduct(r.actor(), found->second.shop.id, found->first.externalId);
        if (!done)
            return HttpResponse::fromError(done.error());
        return HttpResponse::ok(QJsonObject{{u"deleted"_s, true}});
    });
}

} // namespace bva
