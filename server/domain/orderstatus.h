// BVA's order statuses. Marketplaces spell them many ways (CONTRACT.md section 2); all map here.
#pragma once

#include <QString>

namespace bva {

enum class OrderStatus {
    Pending,
    ToShip,
    ToReceive,
    Completed,
    Cancelled,
    Returned,
    Refunded,
    Failed,
    Unknown
};

QString orderStatusName(OrderStatus s); // "PENDING", "TO_SHIP", ...
// Tolerant: "TO_SHIP", "to-ship", "to_ship", "pending", "unpaid", "shipping", "delivered",
// "cancellation", "return-refund", "failed-delivery", ... Anything else is Unknown.
OrderStatus orderStatusFromString(QStringView s);

// Orders in these statuses are not revenue; reports show them on their own.
bool isCancelledLike(OrderStatus s); // Cancelled, Failed
bool isReturnedLike(OrderStatus s);  // Returned, Refunded
inline bool countsAsRevenue(OrderStatus s)
{
    return !isCancelledLike(s) && !isReturnedLike(s);
}

// An order's life moves one way: placed, to ship, in transit, ended (completed, cancelled or failed),
// returned, refunded. A message with no time that would move an order to an earlier stage, or to
// another status of the same stage, cannot be told from an old message delivered late: BVA asks the
// marketplace instead of applying it. An Unknown stored status may move anywhere.
bool isForwardMove(OrderStatus from, OrderStatus to);

} // namespace bva
