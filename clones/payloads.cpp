#include "payloads.h"

#include "jsonout.h"

using namespace Qt::StringLiterals;

namespace bva::clone {

Payloads::Payloads(const CloneStore &store, const RenderOptions &render)
    : m_store(store)
    , m_render(render)
    , m_flavor(store.flavor())
{}

Webhook Payloads::productCreated(const Product &p) const
{
    return product(u"/products/created"_s, p);
}

Webhook Payloads::productUpdated(const Product &p) const
{
    return product(u"/products/updated"_s, p);
}

Webhook Payloads::product(const QString &path, const Product &p) const
{
    QByteArray out;
    JsonOut j(out, m_render.numbersAsStrings);
    j.beginObject();
    if (m_flavor == Flavor::Shopee) {
        j.key("id").string(p.id);
        j.key("productId").string(p.id);
        j.key("shopId").string(p.shopId);
        j.key("name").string(p.name);
        j.key("description").string(p.description);
        j.key("price").money(p.price);
        j.key("cost").moneyOrNull(p.cost);
        j.key("stock").integer(p.stock);
        j.key("sku").string(p.sku);
        j.key("category").string(p.category);
        j.key("image").string(p.imageUrl);
        j.key("imageUrl").string(p.imageUrl);
        j.key("expiryDate").isoTimeOrNull(p.expiryMs);
    } else {
        j.key("id").string(p.id);
        j.key("shopId").string(p.shopId);
        j.key("name").string(p.name);
        j.key("price").money(p.price);
        j.key("cost").moneyOrNull(p.cost);
        j.key("stock").integer(p.stock);
        j.key("image").string(p.imageUrl);
        j.key("description").string(p.description);
        j.key("category").string(p.category);
        j.key("expiryDate").isoTimeOrNull(p.expiryMs);
        j.key("isActive").boolean(p.active);
    }
    j.endObject();
    return {path, out, p.shopId};
}

Webhook Payloads::productDeleted(const QString &id, const QString &shopId) const
{
    QByteArray out;
    JsonOut j(out);
    j.beginObject();
    j.key("id").string(id);
    if (m_flavor == Flavor::Shopee)
        j.key("productId").string(id);
    j.key("shopId").string(shopId);
    j.endObject();
    return {u"/products/deleted"_s, out, shopId};
}

void Payloads::orderItems(JsonOut &j, const Order &o) const
{
    j.beginArray();
    for (const auto &i : o.items) {
        j.beginObject();
        j.key("productId").string(i.productId);
        if (!i.bare)
            j.key(m_flavor == Flavor::Shopee ? "productName" : "name").string(i.productName);
        j.key("quantity").integer(i.quantity);
        j.key("price").money(i.price);
        j.endObject();
    }
    j.endArray();
}

Webhook Payloads::orderCreated(const Order &o) const
{
    QByteArray out;
    JsonOut j(out, m_render.numbersAsStrings);
    j.beginObject();
    j.key("id").string(o.id);
    if (m_flavor == Flavor::Shopee) {
        j.key("orderId").string(o.id);
        j.key("shopId").string(o.shopId);
        j.key("items");
        orderItems(j, o);
        j.key("total").money(o.total());
        j.key("totalPrice").money(o.total());
        j.key("status").string(statusText(m_flavor, o.status, m_render.lowercaseStatuses));
        j.key("customerName").string(o.customerName);
        j.key("customerEmail").string(o.customerEmail);
        j.key("createdAt").isoTime(o.createdMs);
    } else {
        j.key("shopId").string(o.shopId);
        j.key("total").money(o.total());
        j.key("items");
        orderItems(j, o);
        // Lazada announces every new order as "pending", whatever happens next.
        j.key("status").string(u"pending"_s);
        j.key("buyerId").string(o.buyerId);
        j.key("shippingAddress").string(o.shippingAddress);
        j.key("paymentMethod").string(o.paymentMethod);
    }
    j.endObject();
    return {u"/orders/created"_s, out, o.shopId};
}

Webhook Payloads::orderUpdated(const Order &o) const
{
    QByteArray out;
    JsonOut j(out, m_render.numbersAsStrings);
    j.beginObject();
    j.key("id").string(o.id);
    if (m_flavor == Flavor::Shopee) {
        j.key("orderId").string(o.id);
        j.key("shopId").string(o.shopId);
        j.key("items");
        orderItems(j, o);
        j.key("total").money(o.total());
        j.key("totalPrice").money(o.total());
        j.key("status").string(statusText(m_flavor, o.status, m_render.lowercaseStatuses));
        j.key("customerName").string(o.customerName);
        j.key("customerEmail").string(o.customerEmail);
    } else {
        j.key("shopId").string(o.shopId);
        j.key("total").money(o.total());
        j.key("items");
        orderItems(j, o);
        j.key("status").string(statusText(m_flavor, o.status, m_render.lowercaseStatuses));
        j.key("buyerId").string(o.buyerId);
    }
    j.endObject();
    return {u"/orders/updated"_s, out, o.shopId};
}

Webhook Payloads::orderStatusChanged(const Order &o) const
{
    QByteArray out;
    JsonOut j(out);
    j.beginObject();
    j.key("id").string(o.id);
    if (m_flavor == Flavor::Shopee)
        j.key("orderId").string(o.id);
    j.key("shopId").string(o.shopId);
    j.key("status").string(statusText(m_flavor, o.status, m_render.lowercaseStatuses));
    j.endObject();
    return {u"/orders/status-changed"_s, out, o.shopId};
}

Webhook Payloads::inventoryUpdated(const Product &p) const
{
    QByteArray out;
    JsonOut j(out, m_render.numbersAsStrings);
    j.beginObject();
    j.key("productId").string(p.id);
    j.key("shopId").string(p.shopId);
    j.key("quantity").integer(p.stock);
    if (m_flavor == Flavor::Shopee) {
        j.key("stock").integer(p.stock);
        j.key("threshold").integer(p.threshold);
    }
    j.endObject();
    return {u"/inventory/updated"_s, out, p.shopId};
}

Webhook Payloads::syncBatch(const QString &shopId) const
{
    QByteArray out;
    JsonOut j(out);
    j.beginObject();
    j.key("shopId").string(shopId);
    j.key("products").beginArray();
    for (const auto &p : m_store.products()) {
        if (p.shopId == shopId)
            j.raw(m_store.productJson(p, m_render));
    }
    j.endArray();
    j.key("orders").beginArray();
    for (const auto &o : m_store.orders()) {
        if (o.shopId == shopId)
            j.raw(m_store.orderJson(o, m_render));
    }
    j.endArray();
    j.endObject();
    return {u"/sync/batch"_s, out, shopId};
}

} // namespace bva::clone
