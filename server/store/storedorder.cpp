#include "storedorder.h"

#include "localday.h"

namespace bva {

int StoredOrder::units() const
{
    int sum = 0;
    for (const StoredItem &i : items)
        sum += i.quantity;
    return sum;
}

std::optional<qint64> StoredOrder::costMinor() const
{
    if (items.isEmpty())
        return std::nullopt;
    qint64 sum = 0;
    for (const StoredItem &i : items) {
        if (!i.unitCostMinor)
            return std::nullopt;
        // Beyond 64 bits the cost is unknown rather than a wrapped number.
        qint64 line = 0;
        if (__builtin_mul_overflow(*i.unitCostMinor, qint64(i.quantity), &line) ||
            __builtin_add_overflow(sum, line, &sum))
            return std::nullopt;
    }
    return sum;
}

std::optional<qint64> StoredOrder::profitMinor() const
{
    const auto cost = costMinor();
    return cost ? std::optional<qint64>(totalMinor - *cost) : std::nullopt;
}

namespace {

QString keepIfEmpty(const QString &incoming, const QString &stored)
{
    return incoming.isEmpty() ? stored : incoming;
}

QList<StoredItem> mergeItems(const QList<StoredItem> &stored, const QList<OrderItem> &incoming,
                             const QHash<QString, ProductSnapshot> &products)
{
    QList<StoredItem> items;
    items.reserve(incoming.size());
    for (qsizetype line = 0; line < incoming.size(); ++line) {
        const OrderItem &in = incoming.at(line);
        const ProductSnapshot product = products.value(in.productExternalId);
        StoredItem item;
        item.productExternalId = in.productExternalId;
        item.productName = in.productName.isEmpty() ? product.name : in.productName;
        item.quantity = in.quantity;
        item.unitPriceMinor = in.unitPriceMinor;
        item.subtotalMinor = in.subtotalMinor;
        item.unitCostMinor = in.unitCostMinor ? in.unitCostMinor : product.costMinor;
        if (line < stored.size()) {
            const StoredItem &old = stored.at(line);
            item.productName = keepIfEmpty(item.productName, old.productName);
            if (old.productExternalId == item.productExternalId && old.unitCostMinor)
                item.unitCostMinor = old.unitCostMinor;
        }
        items.append(item);
    }
    return items;
}

} // namespace

StoredOrder mergeOrder(const StoredOrder *stored, const Order &incoming, MergeContext &context)
{
    StoredOrder next;
    if (stored)
        next = *stored;
    next.status = incoming.status;
    next.rawStatus = incoming.rawStatus;
    next.totalMinor = incoming.totalMinor;
    next.customerName = keepIfEmpty(incoming.customerName, next.customerName);
    next.customerEmail = keepIfEmpty(incoming.customerEmail, next.customerEmail);
    if (incoming.placedAt.isValid()) {
        next.placedAtMs = incoming.placedAt.toMSecsSinceEpoch();
        next.placedAtFromSource = true;
        next.localDay = context.days.dayOf(incoming.placedAt);
    } else if (!stored) {
        next.placedAtMs = context.nowMs;
        next.placedAtFromSource = false;
        next.localDay = context.days.dayOf(QDateTime::fromMSecsSinceEpoch(context.nowMs, Qt::UTC));
    }
    if (incoming.sourceUpdatedAt.isValid())
        next.sourceUpdatedAtMs = incoming.sourceUpdatedAt.toMSecsSinceEpoch();
    if (incoming.itemsKnown)
        next.items =
            mergeItems(stored ? stored->items : QList<StoredItem>(), incoming.items, context.products);
    return next;
}

} // namespace bva
