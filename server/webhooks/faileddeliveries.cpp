#include "faileddeliveries.h"

#include "store/database.h"
#include "store/sql.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bva {

Result<QList<WebhookEvent>> FailedDeliveries::recent(qint64 shopId, int limit)
{
    auto q = sql::run(m_db.connection(),
                      u"SELECT id, topic, payload, error, received_at FROM webhook_inbox "
                      "WHERE shop_id = ? AND state = 'FAILED' ORDER BY id DESC LIMIT ?"_s,
                      {shopId, std::clamp(limit, 1, 500)}, u"read failed webhooks");
    if (!q)
        return q.error();
    QList<WebhookEvent> list;
    while (q->next()) {
        WebhookEvent e;
        e.id = q->value(0).toLongLong();
        e.shopId = shopId;
        e.topic = q->value(1).toString();
        e.payload = q->value(2).toString().toUtf8();
        e.state = InboxState::Failed;
        e.error = q->value(3).toString();
        e.receivedAt = sql::toTime(q->value(4));
        list.append(e);
    }
    return list;
}

} // namespace bva
