// The read side of order_status_history (migration 005): the statuses an order went through,
// oldest first, for the Orders page detail pane and GET /api/orders/<id>.
#pragma once

#include "domain/order.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace bva {

class Database;

struct StatusHistoryEntry
{
    OrderStatus status = OrderStatus::Unknown;
    QString rawStatus;                      // as the marketplace spelled it
    QDateTime changedAt;                    // UTC
    QString source;                         // e.g. "sync", "webhook"
};

Result<QList<StatusHistoryEntry>> readStatusHistory(Database &db, qint64 orderId);

} // namespace bva
