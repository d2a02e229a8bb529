#include "livefeed.h"

#include "catalog.h"
#include "clock.h"
#include "payloads.h"
#include "tokenservice.h"
#include "webhooksender.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace bva::clone {

LiveFeed::LiveFeed(CloneStore &store, const Faults &faults, TokenService &tokens, WebhookSender &sender,
                   quint64 seed, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_faults(faults)
    , m_tokens(tokens)
    , m_sender(sender)
    , m_rng(seed ^ 0x11fe11fe11feULL)
{
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_store.shops().isEmpty())
            step(u"mixed"_s, m_store.shops().first().id);
    });
}

void LiveFeed::setRate(double eventsPerSecond)
{
    m_rate = std::max(0.0, eventsPerSecond);
    if (m_rate <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(std::max(1, int(1000.0 / m_rate)));
}

QJsonArray LiveFeed::trigger(int count, const QString &kind, const QString &shopId)
{
    QJsonArray events;
    for (int i = 0; i < count; ++i)
        events.append(step(kind, shopId));
    return events;
}

QJsonObject LiveFeed::step(const QString &kind, const QString &shopId)
{
    QString k = kind;
    if (k == u"mixed") {
        const double r = m_rng.uniform();
        // No deletions in the mix: a pull with updatedSince cannot see them, only an explicit
        // "product-deleted" event (with its webhook) removes a product.
        k = r < 0.4    ? u"order"_s
            : r < 0.65 ? u"status"_s
            : r < 0.7  ? u"update"_s
            : r < 0.85 ? u"stock"_s
            : r < 0.97 ? u"product"_s
                       : u"product-created"_s;
    }
    if (k == u"update")
        return orderUpdate(shopId);
    if (k == u"product-created")
        return productCreate(shopId);
    if (k == u"product-deleted")
        return productDelete(shopId);
    if (k == u"status")
        return statusChange(shopId);
    if (k == u"return")
        return returnStep(shopId);
    if (k == u"journey")
        return journey(shopId);
    if (k == u"stock")
        return stockChange(shopId);
    if (k == u"product")
        return productEdit(shopId);
    return newOrder(shopId);
}

const Product *LiveFeed::randomProduct(const QString &shopId, bool inStock)
{
    const auto &products = m_store.products();
    if (products.empty())
        return nullptr;
    for (int tries = 0; tries < 64; ++tries) {
        const Product &p = products[size_t(m_rng.next() % products.size())];
        if (p.shopId == shopId && (!inStock || p.stock > 0))
            return &p;
    }
    for (const auto &p : products) {
        if (p.shopId == shopId && (!inStock || p.stock > 0))
            return &p;
    }
    return nullptr;
}

QJsonObject LiveFeed::announce(const QString &kind, const QString &id, const QList<Webhook> &hooks)
{
    m_sender.setDuplicates(m_faults.duplicateWebhooks);
    QJsonArray sent;
    for (const auto &hook : hooks) {
        QByteArray token;
        if (const Shop *shop = m_store.shopById(hook.shopId)) {
            if (const Seller *seller = m_store.sellerById(shop->sellerId))
                token = m_tokens.webhookToken(*seller);
        }
        const QString webhookId = m_sender.send(hook, token);
        QJsonObject entry{{u"path"_s, hook.path}, {u"webhookId"_s, webhookId}};
        if (hook.body.size() < 65536)
            entry.insert(u"body"_s, QString::fromUtf8(hook.body));
        sent.append(entry);
    }
    return QJsonObject{{u"kind"_s, kind}, {u"id"_s, id}, {u"webhooks"_s, sent}};
}

QJsonObject LiveFeed::newOrder(const QString &shopId)
{
    const qint64 now = Clock::nowMs();
    Order o;
    o.id = m_store.newId();
    o.shopId = shopId;
    o.createdMs = now;
    o.updatedMs = now;
    o.status = OrderStatus::Pending;
    const QString first = m_rng.pick(firstNames());
    const QString last = m_rng.pick(lastNames());
    o.customerName = first + u' ' + last;
    QString handle = (first + u'.' + last).toLower();
    handle.remove(u' ');
    o.customerEmail = handle + QString::number(m_rng.range(1, 999)) + u"@gmail.com"_s;
    o.buyerId = m_store.newId();
    o.shippingAddress = QString::number(m_rng.range(1, 999)) + u" Mabini St., "_s + m_rng.pick(cities());
    o.paymentMethod = m_rng.pick(paymentMethods());
    const int items = m_rng.chance(0.75) ? 1 : 2;
    for (int i = 0; i < items; ++i) {
        const Product *p = randomProduct(shopId, true);
        if (!p)
            break;
        bool dup = false;
        for (const auto &it : o.items)
            dup = dup || it.productId == p->id;
        if (dup)
            continue;
        OrderItem item;
        item.productId = p->id;
        item.productName = p->name;
        item.imageUrl = p->imageUrl;
        item.quantity = int(std::min<qint64>(p->stock, m_rng.chance(0.8) ? 1 : 2));
        item.price = p->price;
        item.unitCost = p->cost.value_or(-1);
        o.items.append(item);
    }
    if (o.items.isEmpty())
        return stockChange(shopId);
    const Order &added = m_store.addOrder(std::move(o));
    m_store.markChanged();
    const Payloads payloads(m_store, {m_faults.numbersAsStrings, m_faults.lowercaseStatuses});
    QList<Webhook> hooks;
    if (m_faults.statusBeforeCreate)
        hooks.append(payloads.orderStatusChanged(added));
    hooks.append(payloads.orderCreated(added));
    for (const auto &item : added.items) {
        if (const Product *p = m_store.product(item.productId))
            hooks.append(payloads.inventoryUpdated(*p));
    }
    return announce(u"order"_s, added.id, hooks);
}

const Order *LiveFeed::openOrder(const QString &shopId)
{
    const auto &orders = m_store.orders();
    QList<qsizetype> open;
    for (qsizetype i = qsizetype(orders.size()) - 1; i >= 0 && open.size() < 200; --i) {
        const Order &o = orders[size_t(i)];
        if (o.shopId == shopId && !isFinalStatus(o.status))
            open.append(i);
    }
    return open.isEmpty() ? nullptr : &orders[size_t(m_rng.pick(open))];
}

OrderStatus LiveFeed::nextStatus(OrderStatus s)
{
    switch (s) {
    case OrderStatus::Pending:
    case OrderStatus::Unpaid:
        return m_rng.chance(0.12) ? OrderStatus::Cancelled : OrderStatus::ToShip;
    case OrderStatus::ToShip:
        return m_rng.chance(0.05) ? OrderStatus::Cancelled : OrderStatus::ToReceive;
    case OrderStatus::ToReceive:
        return m_rng.chance(0.04) ? OrderStatus::Failed : OrderStatus::Completed;
    default:
        return OrderStatus::Completed;
    }
}

QJsonObject LiveFeed::statusChange(const QString &shopId)
{
    const Order *o = openOrder(shopId);
    if (!o)
        return newOrder(shopId);
    const OrderStatus next = nextStatus(o->status);
    const QString id = o->id;
    m_store.setOrderStatus(id, next, Clock::nowMs());
    const Order &moved = *m_store.order(id);
    const Payloads payloads(m_store, {m_faults.numbersAsStrings, m_faults.lowercaseStatuses});
    QList<Webhook> hooks{payloads.orderStatusChanged(moved)};
    if (m_faults.createdAgain)
        hooks.append(payloads.orderCreated(moved));
    if (releasesStock(next)) {
        for (const auto &item : moved.items) {
            if (const Product *p = m_store.product(item.productId))
                hooks.append(payloads.inventoryUpdated(*p));
        }
    }
    return announce(u"status"_s, id, hooks);
}

QJsonObject LiveFeed::returnStep(const QString &shopId)
{
    // A buyer sends a completed order back, or a returned one is refunded.
    const auto &orders = m_store.orders();
    QList<qsizetype> candidates;
    for (qsizetype i = qsizetype(orders.size()) - 1; i >= 0 && candidates.size() < 200; --i) {
        const Order &o = orders[size_t(i)];
        if (o.shopId == shopId && (o.status == OrderStatus::Completed || o.status == OrderStatus::Returned))
            candidates.append(i);
    }
    if (candidates.isEmpty())
        return statusChange(shopId);
    const Order &o = orders[size_t(m_rng.pick(candidates))];
    const QString id = o.id;
    const OrderStatus next =
        o.status == OrderStatus::Completed ? OrderStatus::Returned : OrderStatus::Refunded;
    m_store.setOrderStatus(id, next, Clock::nowMs());
    const Order &moved = *m_store.order(id);
    const Payloads payloads(m_store, {m_faults.numbersAsStrings, m_faults.lowercaseStatuses});
    QList<Webhook> hooks{payloads.orderStatusChanged(moved)};
    if (m_faults.createdAgain)
        hooks.append(payloads.orderCreated(moved));
    if (next == OrderStatus::Returned) { // the goods are back on the shelf
        for (const auto &item : moved.items) {
            if (const Product *p = m_store.product(item.productId))
                hooks.append(payloads.inventoryUpdated(*p));
        }
    }
    return announce(u"return"_s, id, hooks);
}

QJsonObject LiveFeed::journey(const QString &shopId)
{
    // One order moves several steps in a row (to ship, shipped, delivered, returned, refunded), each
    // announced by its own webhook: the case where late or shuffled deliveries would undo a step.
    const Order *o = openOrder(shopId);
    if (!o)
        return newOrder(shopId);
    const QString id = o->id;
    const Payloads payloads(m_store, {m_faults.numbersAsStrings, m_faults.lowercaseStatuses});
    QList<Webhook> hooks;
    const int steps = int(m_rng.range(2, 4));
    for (int i = 0; i < steps; ++i) {
        const OrderStatus now = m_store.order(id)->status;
        OrderStatus next;
        if (now == OrderStatus::Completed)
            next = OrderStatus::Returned;
        else if (now == OrderStatus::Returned)
            next = OrderStatus::Refunded;
        else if (isFinalStatus(now))
            break;
        else
            next = nextStatus(now);
        m_store.setOrderStatus(id, next, Clock::nowMs());
        const Order &moved = *m_store.order(id);
        hooks.append(m_rng.chance(0.7) ? payloads.orderStatusChanged(moved) : payloads.orderUpdated(moved));
        if (m_faults.createdAgain)
            hooks.append(payloads.orderCreated(moved));
    }
    return announce(u"journey"_s, id, hooks);
}

QJsonObject LiveFeed::orderUpdate(const QString &shopId)
{
    // The same move as a status change, announced as a whole-order update.
    const Order *o = openOrder(shopId);
    if (!o)
        return newOrder(shopId);
    const QString id = o->id;
    m_store.setOrderStatus(id, nextStatus(o->status), Clock::nowMs());
    const Payloads payloads(m_store, {m_faults.numbersAsStrings, m_faults.lowercaseStatuses});
    QList<Webhook> hooks{payloads.orderUpdated(*m_store.order(id))};
    if (m_faults.createdAgain)
        hooks.append(payloads.orderCreated(*m_store.order(id)));
    return announce(u"update"_s, id, hooks);
}

QJsonObject LiveFeed::productCreate(const QString &shopId)
{
    const Product *model = randomProduct(shopId, false);
    if (!model)
        return {};
    const qint64 now = Clock::nowMs();
    Product p = *model;
    p.jsonCache.clear();
    p.id = m_store.newId();
    p.name = model->name + u" (New)"_s;
    p.sku = model->sku + u"-N"_s + QString::number(m_rng.range(100, 999));
    p.stock = p.quantity = int(m_rng.range(10, 60));
    p.createdMs = p.updatedMs = now;
    const Product &added = m_store.addProduct(std::move(p));
    m_store.markChanged();
    const Payloads payloads(m_store, {m_faults.numbersAsStrings, m_faults.lowercaseStatuses});
    return announce(u"product-created"_s, added.id, {payloads.productCreated(added)});
}

QJsonObject LiveFeed::productDelete(const QString &shopId)
{
    const Product *p = randomProduct(shopId, false);
    if (!p)
        return {};
    const QString id = p->id;
    m_store.removeProduct(id);
    const Payloads payloads(m_store, {m_faults.numbersAsStrings, m_faults.lowercaseStatuses});
    return announce(u"product-deleted"_s, id, {payloads.productDeleted(id, shopId)});
}

QJsonObject LiveFeed::stockChange(const QString &shopId)
{
    const Product *found = randomProduct(shopId, false);
    if (!found)
        return {};
    Product *p = m_store.mutableProduct(found->id);
    const int delta = m_rng.chance(0.6) ? int(m_rng.range(10, 120)) : -int(m_rng.range(1, 5));
    p->stock = std::max(0, p->stock + delta);
    p->quantity = p->stock;
    m_store.productChanged(*p, Clock::nowMs());
    const Payloads payloads(m_store, {m_faults.numbersAsStrings, m_faults.lowercaseStatuses});
    return announce(u"stock"_s, p->id, {payloads.inventoryUpdated(*p)});
}

QJsonObject LiveFeed::productEdit(const QString &shopId)
{
    const Product *found = randomProduct(shopId, false);
    if (!found)
        return {};
    Product *p = m_store.mutableProduct(found->id);
    const double factor = 1.0 + (m_rng.chance(0.5) ? 1 : -1) * (0.03 + m_rng.uniform() * 0.07);
    p->price = std::max<qint64>(100, qint64(double(p->price) * factor) / 50 * 50);
    m_store.productChanged(*p, Clock::nowMs());
    const Payloads payloads(m_store, {m_faults.numbersAsStrings, m_faults.lowercaseStatuses});
    return announce(u"product"_s, p->id, {payloads.productUpdated(*p)});
}

QJsonObject LiveFeed::syncBatch(const QString &shopId)
{
    const Payloads payloads(m_store, {m_faults.numbersAsStrings, m_faults.lowercaseStatuses});
    QJsonObject r = announce(u"sync"_s, shopId, {payloads.syncBatch(shopId)});
    return r;
}

} // namespace bva::clone
