// An order as the store holds it, and how an incoming order merges into it. Kept apart from the
// SQL so the rules (what a re-sync may overwrite, cost snapshots, totals) read in one place:
// - customer name/email and item names: an empty incoming value keeps the stored one;
// - placed time: the marketplace's when it gives one, else the stored one, else first seen;
// - an item line keeps its cost snapshot while it still holds the same product;
// - units, cost and profit follow from the items (cost only when every line's cost is known).
#pragma once

#include "domain/order.h"

#include <QHash>
#include <optional>

namespace bva {

class LocalDayMapper;

struct StoredItem
{
    QString productExternalId;
    QString productName;
    int quantity = 0;
    qint64 unitPriceMinor = 0;
    qint64 subtotalMinor = 0;
    std::optional<qint64> unitCostMinor;

    bool operator==(const StoredItem &) const = default;
};

struct StoredOrder
{
    qint64 id = 0;
    OrderStatus status = OrderStatus::Pending;
    QString rawStatus;
    qint64 totalMinor = 0;
    QString customerName;
    QString customerEmail;
    qint64 placedAtMs = 0;
    bool placedAtFromSource = false;
    QString localDay;
    std::optional<qint64> sourceUpdatedAtMs;
    qint64 localUpdatedAtMs = 0; // when BVA last wrote the row (by a webhook or a sync)
    QList<StoredItem> items;

    int units() const;
    std::optional<qint64> costMinor() const;
    std::optional<qint64> profitMinor() const;
    bool operator==(const StoredOrder &) const = default;
};

struct ProductSnapshot
{
    std::optional<qint64> costMinor;
    QString name;
};

struct MergeContext
{
    const QHash<QString, ProductSnapshot> &products;
    LocalDayMapper &days;
    qint64 nowMs;
};

// The row the store should hold after `incoming` arrives; `stored` is what it holds now, if any.
StoredOrder mergeOrder(const StoredOrder *stored, const Order &incoming, MergeContext &context);

} // namespace bva
