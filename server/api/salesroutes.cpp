// POST /api/sales: an offline (walk-in) sale of a BVA channel, its stock taken in the same
// transaction (NativeCatalog). Marketplace orders stay read-only: they come from the marketplace.
#include "apirouter.h"
#include "apiroutes.h"
#include "domain/money.h"
#include "jsonviews.h"
#include "sync/nativecatalog.h"
#include "util/clock.h"
#include "util/jsonread.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::Api)
};

// {"shopId"?, "placedAt"?, "customerName"?, "allowOversell"?, "items": [{"productId"|"sku", "quantity",
// "price"?}]}. A line names a product of the channel by its id or SKU; without a price it sells at the
// product's price. Without placedAt the sale is now.
Result<OfflineSale> saleFromBody(ApiRequest &r, const QJsonObject &body, const AccessibleShop &shop)
{
    OfflineSale sale;
    sale.shopId = shop.shop.id;
    sale.customerName = payload::textFromJson(body.value(u"customerName"_s));
    if (body.contains(u"placedAt"_s)) {
        sale.placedAt = payload::timeFromJson(body.value(u"placedAt"_s));
        if (!sale.placedAt.isValid())
            return Error::invalid(Text::tr("placedAt: expected an ISO-8601 time with its zone"));
    } else {
        sale.placedAt = Clock::nowUtc();
    }
    const QJsonValue items = body.value(u"items"_s);
    if (!items.isArray() || items.toArray().isEmpty())
        return Error::invalid(Text::tr("items: required, a list of {productId or sku, quantity, price}"));
    auto products = r.services().catalog->products(r.actor(), shop.shop.id);
    if (!products)
        return products.error();
    const int exp = currencyExponent(shop.shop.currency);
    const QJsonArray list = items.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject item = list.at(i).toObject();
        const QString where = u"items["_s + QString::number(i) + u"]"_s;
        const QString id = payload::textFromJson(item.value(u"productId"_s));
        const QString sku = payload::textFromJson(item.value(u"sku"_s)).trimmed();
        const Product *found = nullptr;
        for (const Product &p : std::as_const(*products)) {
            if ((!id.isEmpty() && p.externalId == id) ||
                (id.isEmpty() && !sku.isEmpty() && p.sku.compare(sku, Qt::CaseInsensitive) == 0))
                found = &p;
        }
        if (!found)
            return Error::invalid(where +
                                  Text::tr(": no such product in this channel (give productId or sku)"));
        SaleLine line;
        line.productExternalId = found->externalId;
        const auto quantity = payload::integerFromJson(item.value(u"quantity"_s));
        if (!quantity || *quantity <= 0 || *quantity > NativeCatalog::kMaxQuantity)
            return Error::invalid(
                where + Text::tr(".quantity: a whole number from 1 to %1").arg(NativeCatalog::kMaxQuantity));
        line.quantity = int(*quantity);
        if (item.contains(u"price"_s)) {
            const auto price = minorUnitsFromJson(item.value(u"price"_s), exp);
            if (!price || *price < 0)
                return Error::invalid(where + Text::tr(".price: must be a non-negative number"));
            line.unitPriceMinor = *price;
        }
        sale.lines.append(line);
    }
    return sale;
}

} // namespace

void registerSalesRoutes(ApiRouter &api)
{
    api.post(u"/api/sales"_s, [](ApiRequest &r) {
        if (!r.services().catalog)
            return HttpResponse::error(503, Text::tr("offline sales are not available on this server"));
        auto body = r.json();
        if (!body)
            return HttpResponse::fromError(body.error());
        qint64 channel = 0;
        if (const QString shopId = payload::textFromJson(body->value(u"shopId"_s)); !shopId.isEmpty()) {
            auto shop = r.access().resolve(shopId, u"OTHER"_s);
            if (!shop)
                return HttpResponse::fromError(shop.error());
            channel = shop->shop.id;
        }
        auto shop = r.services().catalog->writableChannel(r.actor(), channel);
        if (!shop)
            return HttpResponse::fromError(shop.error());
        auto sale = saleFromBody(r, *body, *shop);
        if (!sale)
            return HttpResponse::fromError(sale.error());
        const bool allow = body->value(u"allowOversell"_s).toBool(false);
        auto done = r.services().catalog->recordSale(r.actor(), *sale, allow);
        if (!done)
            return HttpResponse::fromError(done.error());
        QJsonObject order = orderToJson(done->order, shop->shop);
        QJsonArray lines;
        for (const OrderItem &i : std::as_const(done->order.items))
            lines.append(orderItemToJson(i, shop->shop));
        order.insert(u"items"_s, lines);
        return HttpResponse::ok(order, 201);
    });
}

} // namespace bva
