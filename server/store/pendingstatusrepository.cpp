#include "store/pendingstatusrepository.h"

#include "store/bulk.h"
#include "store/database.h"
#include "store/orderrepository.h"
#include "store/sql.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace bva {

Result<void> PendingStatusRepository::keep(qint64 shopId, const QString &orderExternalId, OrderStatus status,
                                           const QString &rawStatus)
{
    auto q = sql::run(
        m_db.connection(),
        u"INSERT INTO pending_status_changes (shop_id, order_external_id, status, raw_status, received_at) "
        "VALUES (?, ?, ?, ?, ?)"_s,
        {shopId, orderExternalId, orderStatusName(status), rawStatus, sql::nowMs()}, u"keep status change");
    if (!q)
        return q.error();
    return {};
}

Result<QList<AppliedStatusChange>> PendingStatusRepository::applyFor(qint64 shopId,
                                                                     const QStringList &orderExternalIds)
{
    QList<AppliedStatusChange> applied;
    if (orderExternalIds.isEmpty())
        return applied;
    QSqlDatabase db = m_db.connection();
    // A sync page or a webhook group asks this each time; a shop with nothing kept answers from one
    // index probe.
    bool any = false;
    auto probe = sql::forEachKey(
        m_db, u"SELECT 1 FROM pending_status_changes WHERE shop_id = ?1 LIMIT 1"_s,
        u"SELECT 1 FROM pending_status_changes WHERE shop_id = ANY($1::bigint[]) LIMIT 1"_s, {},
        QList<qint64>{shopId}, [&](const sql::Cursor &) { any = true; }, u"look for kept status changes"_s);
    if (!probe)
        return probe.error();
    if (!any)
        return applied;
    struct Kept
    {
        QString status;
        QString rawStatus;
        qint64 receivedMs = 0;
    };
    // Kept changes carry no time of their own and may have arrived in any order: the one furthest
    // along the order's lifecycle is the latest. Two different ones at the same stage cannot be
    // told apart: the order is checked with the marketplace instead.
    // One index probe per order (SQLite) or one statement over all of them (PostgreSQL): an IN list
    // through Qt's driver cost quadratic time in its named parameters (2/3 of a full sync's CPU).
    QHash<QString, Kept> latest;
    QSet<QString> ambiguous;
    const QString select =
        u"SELECT order_external_id, status, raw_status, received_at FROM pending_status_changes "_s;
    auto read = sql::forEachKey(
        m_db, select + u"WHERE shop_id = ?1 AND order_external_id = ?2 ORDER BY id"_s,
        select + u"WHERE shop_id = $1 AND order_external_id = ANY($2::text[]) ORDER BY id"_s, {shopId},
        orderExternalIds,
        [&](const sql::Cursor &q) {
            const QString id = q.text(0);
            const Kept next{q.text(1), q.text(2), q.int64(3)};
            const auto found = latest.find(id);
            if (found == latest.end()) {
                latest.insert(id, next);
                return;
            }
            const OrderStatus was = orderStatusFromString(found->status),
                              now = orderStatusFromString(next.status);
            if (isForwardMove(was, now))
                *found = next;
            else if (was != now && !isForwardMove(now, was))
                ambiguous.insert(id);
        },
        u"read kept status changes"_s);
    if (!read)
        return read.error();
    if (latest.isEmpty())
        return applied;
    OrderRepository orders(m_db);
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        const OrderStatus status = orderStatusFromString(it.value().status);
        auto stored = orders.findByExternal(shopId, it.key());
        if (!stored)
            return stored.error();
        // The order as it arrived changed after the kept change was received: that change is history.
        const bool superseded = stored->has_value() && (*stored)->sourceUpdatedAt.isValid() &&
                                (*stored)->sourceUpdatedAt.toMSecsSinceEpoch() > it.value().receivedMs;
        const OrderStatus now = stored->has_value() ? (*stored)->status : OrderStatus::Unknown;
        if (!superseded && (ambiguous.contains(it.key()) || (now != status && !isForwardMove(now, status)))) {
            applied.append({it.key(), status, true, now});
        } else if (!superseded) {
            auto set = orders.setStatus(shopId, it.key(), status, it.value().rawStatus);
            if (!set)
                return set.error();
            if (*set)
                applied.append({it.key(), status});
        }
        if (auto d = sql::run(
                db, u"DELETE FROM pending_status_changes WHERE shop_id = ? AND order_external_id = ?"_s,
                {shopId, it.key()}, u"forget status change");
            !d)
            return d.error();
    }
    return applied;
}

Result<qint64> PendingStatusRepository::count(qint64 shopId)
{
    auto q = sql::run(m_db.connection(), u"SELECT COUNT(*) FROM pending_status_changes WHERE shop_id = ?"_s,
                      {shopId}, u"count kept status changes");
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace bva
