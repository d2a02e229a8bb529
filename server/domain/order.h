// An order of one shop with its items. Dates are the marketplace's own; never invented.
#pragma once

#include "orderstatus.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace bva {

struct OrderItem
{
    QString productExternalId;
    QString productName; // may be empty (buyer checkouts send only id, quantity, price)
    int quantity = 0;
    qint64 unitPriceMinor = 0;
    qint64 subtotalMinor = 0;            // quantity * unit price unless the marketplace said otherwise
    std::optional<qint64> unitCostMinor; // snapshot of the product's cost when first seen
};

struct Order
{
    qint64 id = 0;
    qint64 shopId = 0;
    QString externalId;
    OrderStatus status = OrderStatus::Pending;
    QString rawStatus; // as the marketplace spelled it
    qint64 totalMinor = 0;
    std::optional<qint64> costMinor;   // known only when every item's cost is known
    std::optional<qint64> profitMinor; // totalMinor - costMinor when known
    QString customerName;
    QString customerEmail;
    QDateTime placedAt; // marketplace createdAt; invalid = not given (keeps first-seen time)
    QDateTime sourceUpdatedAt;
    QString localDay;       // yyyy-MM-dd of placedAt in the shop's time zone (set by the store)
    bool itemsKnown = true; // false for payloads without items (status-only updates)
    QList<OrderItem> items;
};

// One status an order took, and who told BVA: "sync", "webhook", "manual"; empty for the status the
// order had when first seen.
struct OrderStatusChange
{
    OrderStatus status = OrderStatus::Pending;
    QString rawStatus;
    QDateTime changedAt;
    QString source;
};

} // namespace bva
