#include "nativecatalog.h"

#include "domain/eventbus.h"
#include "domain/money.h"
#include "platforms/payloadreader.h"
#include "store/database.h"
#include "store/orderrepository.h"
#include "store/productrepository.h"
#include "store/shoprepository.h"
#include "store/transaction.h"
#include "util/clock.h"
#include "util/codepoints.h"

#include <QHash>
#include <QJsonObject>
#include <QUuid>
#include <tuple>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

QString ownChannelId(qint64 userId)
{
    return u"bva-user-"_s + QString::number(userId);
}

} // namespace

NativeCatalog::NativeCatalog(Database &db, EventBus *bus, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_bus(bus)
{}

Result<QList<AccessibleShop>> NativeCatalog::channels(const Actor &actor)
{
    auto own = writableChannel(actor); // makes the actor's own one when it has none to write to
    if (!own)
        return own.error();
    auto all = ShopAccess(m_db, actor.userId).shops();
    if (!all)
        return all.error();
    QList<AccessibleShop> out;
    for (const AccessibleShop &s : std::as_const(*all)) {
        if (s.shop.platform == Platform::Other)
            out.append(s);
    }
    return out;
}

Result<AccessibleShop> NativeCatalog::writableChannel(const Actor &actor, qint64 shopId)
{
    if (actor.userId <= 0)
        return Error::unauthorized(tr("sign in first"));
    ShopAccess access(m_db, actor.userId);
    if (shopId > 0) {
        auto shop = access.byRowId(shopId, ShopRole::Viewer);
        if (!shop)
            return shop.error();
        if (shop->shop.platform != Platform::Other)
            return Error::forbidden(
                tr("marketplace products and orders are read-only in BVA; change them on the marketplace"));
        if (int(shop->role) < int(ShopRole::Editor))
            return Error::forbidden(tr("your role on this shop does not allow this"));
        return shop;
    }
    auto all = access.shops();
    if (!all)
        return all.error();
    for (const AccessibleShop &s : std::as_const(*all)) {
        if (s.shop.platform == Platform::Other && int(s.role) >= int(ShopRole::Editor))
            return s;
    }
    ShopRepository shops(m_db);
    auto found = shops.findByExternal(Platform::Other, ownChannelId(actor.userId));
    if (!found)
        return found.error();
    if (found->has_value()) // the actor's own channel, where an admin lowered the actor's role
        return access.byRowId((*found)->id, ShopRole::Editor);
    Shop s;
    s.platform = Platform::Other;
    s.externalId = ownChannelId(actor.userId);
    s.name = tr("My products");
    auto stored = shops.upsert(s);
    if (!stored)
        return stored.error();
    if (auto g = shops.grantAccess(actor.userId, stored->id, ShopRole::Admin); !g)
        return g.error();
    return AccessibleShop{*stored, ShopRole::Admin};
}

Result<QList<Product>> NativeCatalog::products(const Actor &actor, qint64 shopId)
{
    auto shop = ShopAccess(m_db, actor.userId).byRowId(shopId, ShopRole::Viewer);
    if (!shop)
        return shop.error();
    return ProductRepository(m_db).listByShop(shopId);
}

std::optional<QString> NativeCatalog::overlong(const QString &field, const QString &text, int maxChars)
{
    if (!longerThanCodePoints(text, maxChars))
        return std::nullopt;
    return tr("%1: at most %2 characters").arg(field).arg(maxChars);
}

Result<void> NativeCatalog::checkProduct(const Product &p)
{
    if (p.name.trimmed().isEmpty())
        return Error::invalid(tr("name: required"));
    for (const auto &[field, text, limit] :
         {std::tuple{u"name"_s, &p.name, payload::kMaxNameChars},
          std::tuple{u"sku"_s, &p.sku, payload::kMaxSkuChars},
          std::tuple{u"category"_s, &p.category, payload::kMaxCategoryChars},
          std::tuple{u"description"_s, &p.description, payload::kMaxDescriptionChars},
          std::tuple{u"image"_s, &p.imageUrl, payload::kMaxImageUrlChars}}) {
        if (auto e = overlong(field, *text, limit))
            return Error::invalid(*e);
    }
    if (p.priceMinor < 0 || p.priceMinor > kMaxMinorUnits)
        return Error::invalid(tr("price: must be a number of at least 0"));
    if (p.costMinor && (*p.costMinor < 0 || *p.costMinor > kMaxMinorUnits))
        return Error::invalid(tr("cost: must be a number of at least 0, or empty"));
    if (p.stock < 0 || p.stock > kMaxStock)
        return Error::invalid(tr("stock: must be a whole number of at least 0"));
    return {};
}

Result<Product> NativeCatalog::saveProduct(const Actor &actor, qint64 shopId, Product product)
{
    auto shop = writableChannel(actor, shopId);
    if (!shop)
        return shop.error();
    product.name = product.name.trimmed();
    product.sku = product.sku.trimmed();
    product.category = product.category.trimmed();
    if (auto ok = checkProduct(product); !ok)
        return ok.error();
    ProductRepository repo(m_db);
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Error::storage(u"begin product change: "_s + tx.beginError());
    if (product.id > 0) {
        auto stored = repo.findById(product.id);
        if (!stored)
            return stored.error();
        if (!stored->has_value() || (*stored)->shopId != shop->shop.id || (*stored)->deletedAt.isValid())
            return Error::notFound(tr("no such product"));
        product.externalId = (*stored)->externalId;
    } else {
        product.externalId = u"bva-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    if (!product.sku.isEmpty()) {
        auto same = repo.findBySku(shop->shop.id, product.sku);
        if (!same)
            return same.error();
        if (same->has_value() && (*same)->externalId != product.externalId)
            return Error::conflict(tr("sku: %1 is already used by \"%2\"").arg(product.sku, (*same)->name));
    }
    product.shopId = shop->shop.id;
    product.active = true;
    product.deletedAt = {};
    if (auto saved = repo.upsertBatch(shop->shop.id, {product}, u"manual"_s); !saved)
        return saved.error();
    auto stored = repo.findByExternal(shop->shop.id, product.externalId);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error::internal(tr("the product was not stored"));
    if (auto c = tx.commit(); !c)
        return c.error();
    if (m_bus) {
        emit m_bus->productChanged(
            shop->shop.id, product.externalId,
            QJsonObject{{u"productId"_s, product.externalId}, {u"name"_s, product.name}});
        emit m_bus->inventoryChanged(
            shop->shop.id, product.externalId, product.stock,
            QJsonObject{{u"productId"_s, product.externalId}, {u"stock"_s, product.stock}});
    }
    return **stored;
}

Result<void> NativeCatalog::removeProduct(const Actor &actor, qint64 shopId, const QString &externalId)
{
    auto shop = writableChannel(actor, shopId);
    if (!shop)
        return shop.error();
    auto removed = ProductRepository(m_db).softDelete(shop->shop.id, externalId, Clock::nowUtc());
    if (!removed)
        return removed.error();
    if (!*removed)
        return Error::notFound(tr("no such product"));
    if (m_bus)
        emit m_bus->productChanged(shop->shop.id, externalId,
                                   QJsonObject{{u"productId"_s, externalId}, {u"deleted"_s, true}});
    return {};
}

Result<QList<Product>> NativeCatalog::linesProducts(qint64 shopId, const OfflineSale &sale)
{
    if (!sale.placedAt.isValid())
        return Error::invalid(tr("date: required"));
    if (sale.lines.isEmpty())
        return Error::invalid(tr("lines: add at least one product"));
    if (auto e = overlong(u"customer"_s, sale.customerName.trimmed(), payload::kMaxCustomerNameChars))
        return Error::invalid(*e);
    // Bounded before any store work: the units of an order and its day are int, and each line costs
    // lookups on the caller's thread (the HTTP thread for the API).
    if (sale.lines.size() > kMaxSaleLines)
        return Error::invalid(tr("lines: at most %1 in one sale").arg(kMaxSaleLines));
    qint64 units = 0;
    for (const SaleLine &line : sale.lines)
        units += qBound(0, line.quantity, kMaxQuantity);
    if (units > kMaxSaleUnits)
        return Error::invalid(tr("quantity: one sale's quantities add up to at most %1").arg(kMaxSaleUnits));
    ProductRepository repo(m_db);
    QList<Product> out;
    for (const SaleLine &line : sale.lines) {
        if (line.quantity <= 0 || line.quantity > kMaxQuantity)
            return Error::invalid(tr("quantity: must be a whole number from 1 to %1").arg(kMaxQuantity));
        if (line.unitPriceMinor && (*line.unitPriceMinor < 0 || *line.unitPriceMinor > kMaxMinorUnits))
            return Error::invalid(tr("unit price: must be a number of at least 0"));
        auto p = repo.findByExternal(shopId, line.productExternalId);
        if (!p)
            return p.error();
        if (!p->has_value() || (*p)->deletedAt.isValid())
            return Error::invalid(
                tr("product: no such product in this channel (%1)").arg(line.productExternalId));
        out.append(**p);
    }
    return out;
}

Result<QList<StockShortage>> NativeCatalog::shortages(const Actor &actor, const OfflineSale &sale)
{
    auto shop = writableChannel(actor, sale.shopId);
    if (!shop)
        return shop.error();
    auto products = linesProducts(shop->shop.id, sale);
    if (!products)
        return products.error();
    QHash<QString, int> wanted;
    for (const SaleLine &line : sale.lines)
        wanted[line.productExternalId] += line.quantity;
    QList<StockShortage> out;
    QSet<QString> seen;
    for (const Product &p : std::as_const(*products)) {
        if (seen.contains(p.externalId))
            continue;
        seen.insert(p.externalId);
        if (wanted.value(p.externalId) > p.stock)
            out.append({p.externalId, p.name, p.stock, wanted.value(p.externalId)});
    }
    return out;
}

Result<SaleOutcome> NativeCatalog::recordSale(const Actor &actor, const OfflineSale &sale, bool allowOversell)
{
    auto shop = writableChannel(actor, sale.shopId);
    if (!shop)
        return shop.error();
    const qint64 shopId = shop->shop.id;
    auto products = linesProducts(shopId, sale);
    if (!products)
        return products.error();

    Order order;
    order.shopId = shopId;
    order.externalId = sale.externalId.isEmpty()
                           ? u"bva-sale-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)
                           : sale.externalId;
    order.status = OrderStatus::Completed;
    order.rawStatus = u"COMPLETED"_s;
    order.customerName = sale.customerName.trimmed();
    order.placedAt = sale.placedAt.toUTC();
    order.sourceUpdatedAt = order.placedAt;
    for (qsizetype i = 0; i < sale.lines.size(); ++i) {
        const SaleLine &line = sale.lines.at(i);
        const Product &p = products->at(i);
        OrderItem item;
        item.productExternalId = p.externalId;
        item.productName = p.name;
        item.quantity = line.quantity;
        item.unitPriceMinor = line.unitPriceMinor.value_or(p.priceMinor);
        const auto subtotal = checkedMoneyProduct(item.unitPriceMinor, item.quantity);
        const auto total = subtotal ? checkedMoneySum(order.totalMinor, *subtotal) : std::nullopt;
        if (!total)
            return Error::invalid(tr("total: too large"));
        item.subtotalMinor = *subtotal;
        order.totalMinor = *total;
        order.items.append(item);
    }

    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return Error::storage(u"begin sale: "_s + tx.beginError());
    OrderRepository orders(m_db);
    auto existing = orders.findByExternal(shopId, order.externalId);
    if (!existing)
        return existing.error();
    if (existing->has_value()) // the same import row or request again: already recorded
        return SaleOutcome{**existing, false};
    OrderUpsertOptions options;
    options.source = u"manual"_s;
    if (auto r = orders.upsertBatch(shopId, {order}, options); !r)
        return r.error();
    ProductRepository stock(m_db);
    QList<StockChange> changes;
    for (const OrderItem &item : std::as_const(order.items)) {
        // The stock moves when the sale is recorded (a back-dated sale does not rewrite stock history).
        auto change =
            stock.adjustStock(shopId, item.productExternalId, -item.quantity, u"sale"_s, Clock::nowUtc());
        if (!change)
            return change.error();
        if (!change->has_value())
            return Error::invalid(
                tr("product: no such product in this channel (%1)").arg(item.productExternalId));
        const StockChange &c = **change;
        if (!allowOversell && c.before.value_or(0) < item.quantity)
            return Error::conflict(tr("only %1 of \"%2\" in stock; selling %3 needs your confirmation")
                                       .arg(c.before.value_or(0))
                                       .arg(c.name)
                                       .arg(item.quantity));
        changes.append(c);
    }
    auto stored = orders.findByExternal(shopId, order.externalId);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error::internal(tr("the sale was not stored"));
    if (auto c = tx.commit(); !c)
        return c.error();
    if (m_bus) {
        emit m_bus->orderChanged(shopId, order.externalId,
                                 QJsonObject{{u"orderId"_s, order.externalId},
                                             {u"status"_s, u"COMPLETED"_s},
                                             {u"source"_s, u"offline"_s}});
        for (const StockChange &c : std::as_const(changes))
            emit m_bus->inventoryChanged(shopId, c.productExternalId, c.after,
                                         QJsonObject{{u"productId"_s, c.productExternalId},
                                                     {u"name"_s, c.name},
                                                     {u"stock"_s, c.after},
                                                     {u"previous"_s, c.before.value_or(c.after)}});
        emit m_bus->dashboardChanged(shopId);
    }
    emit salesRecorded(shopId);
    return SaleOutcome{**stored, true};
}

} // namespace bva
