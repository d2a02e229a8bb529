#include "webhookapplier.h"

#include "domain/eventbus.h"
#include "domain/money.h"
#include "store/orderrepository.h"
#include "store/pendingstatusrepository.h"
#include "store/productrepository.h"
#include "util/clock.h"
#include "webhookwriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

// The context lupdate and QCoreApplication::translate share for this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::Webhooks)
};

bool olderThanStored(const QDateTime &incoming, const QDateTime &stored)
{
    return incoming.isValid() && stored.isValid() && incoming < stored;
}

} // namespace

Result<void> WebhookApplier::keepStoredFields(const std::optional<Product> &stored, Product *p,
                                              quint16 absent)
{
    if (!stored) {
        if (absent & PriceField)
            return Error::invalid(Text::tr("price: required for a product BVA has not seen yet"));
        return {};
    }
    const Product &s = *stored;
    if (absent & PriceField)
        p->priceMinor = s.priceMinor;
    if (absent & StockField)
        p->stock = s.stock;
    if (absent & NameField)
        p->name = s.name;
    if (absent & SkuField)
        p->sku = s.sku;
    if (absent & DescriptionField)
        p->description = s.description;
    if (absent & CategoryField)
        p->category = s.category;
    if (absent & ImageField)
        p->imageUrl = s.imageUrl;
    if (absent & ExpiryField)
        p->expiryDate = s.expiryDate;
    if (absent & ActiveField)
        p->active = s.active;
    return {};
}

void WebhookApplier::holdBack(qint64 shopId, const QString &orderExternalId, OrderStatus stored,
                              OrderStatus incoming, ApplyResult *out)
{
    out->recheck.append(orderExternalId);
    out->deferred = true;
    out->note =
        u"order %1 held at %2: %3 would move it back and carries no time; asking the marketplace"_s.arg(
            orderExternalId, orderStatusName(stored), orderStatusName(incoming));
    qCInfo(lcWebhooks).noquote() << out->note;
    out->events.append(
        {StoreEvent::Kind::Recheck, shopId, orderExternalId, orderStatusName(incoming), 0, {}});
}

Result<void> WebhookApplier::applyProducts(qint64 shopId, QList<Product> products,
                                           const QList<quint16> &absent, ApplyResult *out)
{
    if (products.isEmpty())
        return {};
    ProductRepository repo(m_db);
    QHash<QString, Product> earlier; // this call's products so far, as they will be written
    QList<Product> kept;
    kept.reserve(products.size());
    for (qsizetype i = 0; i < products.size(); ++i) {
        Product p = products.at(i);
        const quint16 left = i < absent.size() ? absent.at(i) : quint16(NoProductField);
        if (left != NoProductField || p.sourceUpdatedAt.isValid()) {
            std::optional<Product> stored;
            if (const auto e = earlier.constFind(p.externalId); e != earlier.cend()) {
                stored = *e;
            } else {
                auto found = repo.findByExternal(shopId, p.externalId);
                if (!found)
                    return found.error();
                stored = *found;
            }
            if (stored && olderThanStored(p.sourceUpdatedAt, stored->sourceUpdatedAt)) {
                // Delivered out of order: a newer state is already stored.
                ++out->stale;
                continue;
            }
            if (auto r = keepStoredFields(stored, &p, left); !r)
                return r;
        }
        earlier.insert(p.externalId, p);
        kept.append(std::move(p));
    }
    products = std::move(kept);
    if (products.isEmpty())
        return {};
    auto r = ProductRepository(m_db).upsertBatch(shopId, products, u"webhook"_s);
    if (!r)
        return r.error();
    for (const Product &p : products) {
        out->events.append({StoreEvent::Kind::Product,
                            shopId,
                            p.externalId,
                            {},
                            p.stock,
                            QJsonObject{{u"productId"_s, p.externalId},
                                        {u"name"_s, p.name},
                                        {u"priceMinor"_s, p.priceMinor},
                                        {u"stock"_s, p.stock}}});
    }
    for (const StockChange &c : std::as_const(r->stockChanges)) {
        if (c.before && *c.before == c.after)
            continue;
        QJsonObject data{{u"productId"_s, c.productExternalId}, {u"name"_s, c.name}, {u"stock"_s, c.after}};
        if (c.before)
            data.insert(u"previous"_s, *c.before);
        out->events.append({StoreEvent::Kind::Inventory, shopId, c.productExternalId, {}, c.after, data});
    }
    return {};
}

Result<QList<ApplyResult>> WebhookApplier::applyOrderDeliveries(qint64 shopId,
                                                                const QList<OrderDelivery> &deliveries)
{
    QList<ApplyResult> results(deliveries.size());
    if (deliveries.isEmpty())
        return results;
    OrderRepository repo(m_db);
    QStringList ids;
    ids.reserve(deliveries.size());
    for (const OrderDelivery &d : deliveries)
        ids.append(d.order.externalId);
    // Read once: upsertBatch below takes these instead of reading them again.
    auto stored = repo.readStored(shopId, ids);
    if (!stored)
        return stored.error();
    QList<Order> orders;
    QList<qsizetype> from; // the delivery of each order written
    orders.reserve(deliveries.size());
    from.reserve(deliveries.size());
    for (qsizetype i = 0; i < deliveries.size(); ++i) {
        Order o = deliveries.at(i).order;
        const bool placedStatus =
            o.rawStatus.isEmpty() || (deliveries.at(i).creation && o.status == OrderStatus::Pending);
        if (const auto it = stored->constFind(o.externalId); it != stored->cend()) {
            const QDateTime storedAt = it->sourceUpdatedAtMs
                                           ? QDateTime::fromMSecsSinceEpoch(*it->sourceUpdatedAtMs, Qt::UTC)
                                           : QDateTime();
            const bool bothTimed = o.sourceUpdatedAt.isValid() && storedAt.isValid();
            if (bothTimed && olderThanStored(o.sourceUpdatedAt, storedAt)) {
                // Delivered out of order: a newer state is already stored.
                ++results[i].stale;
                continue;
            }
            if (placedStatus) {
                // No status in the payload, or the placed one again: the stored status stays.
                o.status = it->status;
                o.rawStatus = it->rawStatus;
            } else if (!bothTimed && o.status != it->status && !isForwardMove(it->status, o.status)) {
                holdBack(shopId, o.externalId, it->status, o.status, &results[i]);
                continue;
            }
        }
        orders.append(std::move(o));
        from.append(i);
    }
    if (orders.isEmpty())
        return results;
    auto r = repo.upsertBatch(shopId, orders, {.source = u"webhook"_s, .stored = &*stored});
    if (!r)
        return r.error();
    QStringList written;
    QHash<QString, qsizetype> deliveryOf;
    for (qsizetype k = 0; k < orders.size(); ++k) {
        const Order &o = orders.at(k);
        written.append(o.externalId);
        deliveryOf.insert(o.externalId, from.at(k));
        results[from.at(k)].events.append(
            {StoreEvent::Kind::Order, shopId, o.externalId, orderStatusName(o.status), 0, {}, o.totalMinor});
    }
    auto applied = PendingStatusRepository(m_db).applyFor(shopId, written);
    if (!applied)
        return applied.error();
    for (const AppliedStatusChange &c : std::as_const(*applied)) {
        ApplyResult &out = results[deliveryOf.value(c.orderExternalId, from.constLast())];
        if (c.heldBack) {
            holdBack(shopId, c.orderExternalId, c.stored, c.status, &out);
            continue;
        }
        out.events.append({StoreEvent::Kind::OrderStatus, shopId, c.orderExternalId,
                           orderStatusName(c.status), 0,
                           QJsonObject{{u"orderId"_s, c.orderExternalId},
                                       {u"status"_s, orderStatusName(c.status)},
                                       {u"deferred"_s, true}}});
    }
    results[from.constLast()].events.append({StoreEvent::Kind::Dashboard, shopId, {}, {}, 0, {}});
    return results;
}

Result<void> WebhookApplier::applyOrders(qint64 shopId, QList<Order> orders, ApplyResult *out, bool creation)
{
    QList<OrderDelivery> deliveries;
    deliveries.reserve(orders.size());
    for (Order &o : orders)
        deliveries.append({std::move(o), creation});
    auto results = applyOrderDeliveries(shopId, deliveries);
    if (!results)
        return results.error();
    for (const ApplyResult &r : std::as_const(*results)) {
        out->stale += r.stale;
        if (r.deferred) {
            out->deferred = true;
            out->note = r.note;
        }
        out->recheck += r.recheck;
        out->events += r.events;
    }
    return {};
}

Result<ApplyResult> WebhookApplier::apply(qint64 shopId, const WebhookCommand &cmd)
{
    ApplyResult out;
    switch (cmd.topic) {
    case WebhookTopic::ProductCreated:
    case WebhookTopic::ProductUpdated:
        if (auto r = applyProducts(shopId, cmd.products, cmd.productAbsent, &out); !r)
            return r.error();
        break;
    case WebhookTopic::ProductDeleted: {
        auto r = ProductRepository(m_db).softDelete(shopId, cmd.deletedProductId, Clock::nowUtc());
        if (!r)
            return r.error();
        if (!*r) {
            out.deferred = true;
            out.note = u"unknown product"_s;
        } else {
            out.events.append({StoreEvent::Kind::Product,
                               shopId,
                               cmd.deletedProductId,
                               {},
                               0,
                               QJsonObject{{u"productId"_s, cmd.deletedProductId}, {u"deleted"_s, true}}});
        }
        break;
    }
    case WebhookTopic::OrderCreated:
    case WebhookTopic::OrderUpdated:
        if (auto r = applyOrders(shopId, cmd.orders, &out, cmd.topic == WebhookTopic::OrderCreated); !r)
            return r.error();
        break;
    case WebhookTopic::OrderStatusChanged: {
        const StatusChange &c = *cmd.statusChange;
        OrderRepository orders(m_db);
        auto stored = orders.findByExternal(shopId, c.orderExternalId);
        if (!stored)
            return stored.error();
        if (stored->has_value() && (*stored)->status != c.status &&
            !isForwardMove((*stored)->status, c.status)) {
            holdBack(shopId, c.orderExternalId, (*stored)->status, c.status, &out);
            break;
        }
        auto r = orders.setStatus(shopId, c.orderExternalId, c.status, c.rawStatus);
        if (!r)
            return r.error();
        if (*r) {
            out.events.append(
                {StoreEvent::Kind::OrderStatus, shopId, c.orderExternalId, orderStatusName(c.status), 0,
                 QJsonObject{{u"orderId"_s, c.orderExternalId}, {u"status"_s, orderStatusName(c.status)}}});
            out.events.append(
                {StoreEvent::Kind::Dashboard, shopId, {}, {}, 0, QJsonObject{{u"reason"_s, u"status"_s}}});
        } else {
            if (auto k = PendingStatusRepository(m_db).keep(shopId, c.orderExternalId, c.status, c.rawStatus);
                !k)
                return k.error();
            out.deferred = true;
            out.note = u"order not seen yet; status kept until it arrives"_s;
        }
        break;
    }
    case WebhookTopic::InventoryUpdated: {
        const InventoryUpdate &u = *cmd.inventory;
        auto r = ProductRepository(m_db).setStock(shopId, u.productExternalId, u.stock, u"webhook"_s,
                                                  Clock::nowUtc(), u.threshold);
        if (!r)
            return r.error();
        if (!r->has_value()) {
            out.deferred = true;
            out.note = u"unknown product"_s;
        } else {
            const StockChange &change = **r;
            QJsonObject data{{u"productId"_s, u.productExternalId},
                             {u"name"_s, change.name},
                             {u"stock"_s, u.stock},
                             {u"previous"_s, change.before.value_or(u.stock)}};
            if (u.threshold) {
                data.insert(u"threshold"_s, *u.threshold);
                data.insert(u"low"_s, u.stock <= *u.threshold);
            }
            out.events.append({StoreEvent::Kind::Inventory, shopId, u.productExternalId, {}, u.stock, data});
        }
        break;
    }
    case WebhookTopic::SyncBatch:
        if (auto r = applyProducts(shopId, cmd.products, cmd.productAbsent, &out); !r)
            return r.error();
        if (auto r = applyOrders(shopId, cmd.orders, &out); !r)
            return r.error();
        break;
    }
    return out;
}

void WebhookApplier::announce(EventBus &bus, const QList<StoreEvent> &events)
{
    QSet<qint64> dashboards;
    const bool orderListeners = bus.hasOrderListeners();
    for (const StoreEvent &e : events) {
        switch (e.kind) {
        case StoreEvent::Kind::Order:
            if (!orderListeners)
                break;
            emit bus.orderChanged(e.shopId, e.externalId,
                                  e.data.isEmpty() ? QJsonObject{{u"orderId"_s, e.externalId},
                                                                 {u"status"_s, e.status},
                                                                 {u"totalMinor"_s, e.totalMinor}}
                                                   : e.data);
            break;
        case StoreEvent::Kind::OrderStatus:
            emit bus.orderStatusChanged(e.shopId, e.externalId, e.status);
            break;
        case StoreEvent::Kind::Product:
            emit bus.productChanged(e.shopId, e.externalId, e.data);
            break;
        case StoreEvent::Kind::Inventory:
            emit bus.inventoryChanged(e.shopId, e.externalId, e.stock, e.data);
            break;
        case StoreEvent::Kind::Dashboard:
            dashboards.insert(e.shopId);
            break;
        case StoreEvent::Kind::Recheck:
            emit bus.orderNeedsChecking(e.shopId, e.externalId);
            break;
        }
    }
    for (qint64 shop : std::as_const(dashboards))
        emit bus.dashboardChanged(shop);
}

} // namespace bva
