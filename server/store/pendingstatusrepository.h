// Status changes for orders BVA has not seen yet (a known fault of the clones): kept, then applied
// when the order arrives, by a webhook or by a sync. SyncService should call applyFor() after it
// upserts orders, inside the same transaction.
#pragma once

#include "domain/orderstatus.h"
#include "util/result.h"

#include <QStringList>

namespace bva {

class Database;

struct AppliedStatusChange
{
    QString orderExternalId;
    OrderStatus status = OrderStatus::Unknown;
    // Not applied: it would move the order back from `stored` (see isForwardMove); forgotten too.
    bool heldBack = false;
    OrderStatus stored = OrderStatus::Unknown;
};

class PendingStatusRepository final
{
public:
    explicit PendingStatusRepository(Database &db)
        : m_db(db)
    {}

    Result<void> keep(qint64 shopId, const QString &orderExternalId, OrderStatus status,
                      const QString &rawStatus);
    // For each of the orders (now stored) with a kept change: applies the latest one, unless the
    // stored order's updatedAt is later than when it was received or it would move the order back
    // (reported as heldBack), and forgets them.
    Result<QList<AppliedStatusChange>> applyFor(qint64 shopId, const QStringList &orderExternalIds);
    Result<qint64> count(qint64 shopId);

private:
    Database &m_db;
};

} // namespace bva
