#include "orderhistory.h"

#include "store/database.h"
#include "store/sql.h"

using namespace Qt::StringLiterals;

namespace bva {

Result<QList<StatusHistoryEntry>> readStatusHistory(Database &db, qint64 orderId)
{
    auto q = sql::run(db.connection(),
                      u"SELECT status, raw_status, changed_at, source FROM order_status_history "
                      "WHERE order_id = ? ORDER BY changed_at, id"_s,
                      {orderId}, u"read order status history");
    if (!q)
        return q.error();
    QList<StatusHistoryEntry> list;
    while (q->next())
        list.append({orderStatusFromString(q->value(0).toString()), q->value(1).toString(), sql::toTime(q->value(2)),
                     q->value(3).toString()});
    return list;
}

} // namespace bva
