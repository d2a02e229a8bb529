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

// The longest text BVA takes from a marketplace, per field, in code points (docs/security.md,
// "Marketplace text"). Shopee and Lazada allow product names of 120 to 255 characters, SKUs of 100 to
// 200, category names under 100, and give ids of at most 20 digits; each limit leaves a wide margin.
// A record whose id, SKU, name, category, image address, status, customer name or e-mail is longer is
// refused ("name is longer than 1000 characters"): nothing of it is stored, a webhook is answered 400 and
// kept as failed, a sync page skips it with that reason. A longer description is cut, not refused.
inline constexpr int kMaxIdChars = 256;
inline constexpr int kMaxSkuChars = 400;
inline constexpr int kMaxNameChars = 1000;
inline constexpr int kMaxCategoryChars = 1000;
inline constexpr int kMaxImageUrlChars = 2048;
inline constexpr int kMaxStatusChars = 64;
inline constexpr int kMaxCustomerNameChars = 500;
inline constexpr int kMaxEmailChars = 320;
inline constexpr int kMaxDescriptionChars = 20'000;
// Shop names are cut to this where they are read (the account answer, the consent page's grant).
inline constexpr int kMaxShopNameChars = 200;

// The refusal of `text` longer than `maxChars`: "<field> is longer than <maxChars> characters", a stable
// reason without the value; nullopt when it fits.
std::optional<Error> tooLong(const QString &text, QLatin1StringView field, int maxChars);
// An id longer than kMaxIdChars, or holding a lone surrogate (a "\ud800" escape): the store keeps that as
// U+FFFD, so two such ids of a shop would become one record. Refused with the field named.
std::optional<Error> badId(const QString &id, QLatin1StringView field);

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
