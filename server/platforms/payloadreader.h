// Tolerant JSON -> domain mapping for marketplace payloads (REST lists and webhook bodies alike).
// Reads every spelling listed in CONTRACT.md ("id" or "productId", "total" or "totalPrice", numbers
// as JSON numbers or strings, ...), ignores unknown fields and, when a record cannot be used, says
// why in a short stable reason that names the field ("missing id", "price is not a number").
#pragma once

#include "domain/order.h"
#include "domain/product.h"
#include "util/flatjson.h"
#include "util/jsonread.h"
#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <optional>

namespace bva::payload {

// Skip reasons are the Error message (kind Parse) of a failed read. They are stable keys for
// sync_runs.skipped_by_reason, so they never contain the offending value.
//
// Amounts are bounded (domain/money.h kMaxMinorUnits) and checked: prices, subtotals and totals
// are never negative, price x quantity and the items' sum are computed with overflow checks, and
// one order's quantities add up to at most kMaxQuantity. Out of range is refused, never wrapped.
inline constexpr int kMaxQuantity = 1'000'000;

// A product: id|productId, name, sku, description, category, image|imageUrl, price, cost,
// stock|quantity, expiryDate, isActive, createdAt, updatedAt.
// Required: id, price. Missing stock reads as 0; a null or missing cost stays unknown.
Result<Product> productFromJson(const QJsonObject &json, int currencyExponent);

// An order: id|orderId, items[], total|totalPrice|total_price, status, customerName,
// customerEmail, createdAt, updatedAt. Required: id. Without "items" the order has
// itemsKnown=false; without a total the items' subtotals are summed. A missing createdAt gives an
// invalid placedAt (the store keeps the first-seen time). Unknown statuses read as
// OrderStatus::Unknown with rawStatus kept; the caller decides what to do with them.
Result<Order> orderFromJson(const QJsonObject &json, int currencyExponent);
// The same from the webhook's fast reader: the same Order or the same refusal as from the document.
Result<Order> orderFromJson(const FlatJsonObject &json, int currencyExponent);

// One order line: productId|product_id|id, productName|name, quantity, price, subtotal.
Result<OrderItem> orderItemFromJson(const QJsonObject &json, int currencyExponent);

} // namespace bva::payload
