#include "inboxrepository.h"

#include "database.h"
#include "sql.h"

using namespace Qt::StringLiterals;

namespace bva {

QString inboxStateName(InboxState s)
{
    switch (s) {
    case InboxState::Received: return u"RECEIVED"_s;
    case InboxState::Applied: return u"APPLIED"_s;
    case InboxState::Deferred: return u"DEFERRED"_s;
    case InboxState::Failed: return u"FAILED"_s;
    }
    return u"RECEIVED"_s;
}

static InboxState inboxStateFrom(const QString &s)
{
    for (auto st : {InboxState::Received, InboxState::Applied, InboxState::Deferred, InboxState::Failed}) {
        if (inboxStateName(st) == s)
            return st;
    }
    return InboxState::Received;
}

Result<qint64> InboxRepository::insertIfNew(const WebhookEvent &e)
{
    auto q = sql::run(m_db.connection(),
                      u"INSERT INTO webhook_inbox (dedupe_key, shop_id, topic, payload, state, received_at) "
                      "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id"_s,
                      {e.dedupeKey, e.shopId ? QVariant(e.shopId) : QVariant(QMetaType::fromType<qint64>()), e.topic,
                       QString::fromUtf8(e.payload), inboxStateName(InboxState::Received),
                       e.receivedAt.isValid() ? sql::time(e.receivedAt) : sql::nowMs()},
                      u"store webhook");
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<void> InboxRepository::setState(qint64 id, InboxState state, const QString &error)
{
    auto q = sql::run(m_db.connection(),
                      u"UPDATE webhook_inbox SET state = ?, error = ?, attempts = attempts + 1, processed_at = ? WHERE id = ?"_s,
                      {inboxStateName(state), error, sql::nowMs(), id}, u"update webhook state");
    if (!q)
        return q.error();
    return {};
}

Result<void> InboxRepository::markApplied(qint64 id)
{
    return setState(id, InboxState::Applied, QString());
}

Result<void> InboxRepository::markDeferred(qint64 id, const QString &why)
{
    return setState(id, InboxState::Deferred, why);
}

Result<void> InboxRepository::markFailed(qint64 id, const QString &error)
{
    return setState(id, InboxState::Failed, error);
}

Result<QList<WebhookEvent>> InboxRepository::pending(int limit)
{
    auto q = sql::run(m_db.connection(),
                      u"SELECT id, dedupe_key, shop_id, topic, payload, state, attempts, error, received_at "
                      "FROM webhook_inbox WHERE state IN ('RECEIVED', 'DEFERRED') ORDER BY id LIMIT ?"_s,
                      {limit}, u"pending webhooks");
    if (!q)
        return q.error();
    QList<WebhookEvent> list;
    while (q->next()) {
        WebhookEvent e;
        e.id = q->value(0).toLongLong();
        e.dedupeKey = q->value(1).toString();
        e.shopId = q->value(2).toLongLong();
        e.topic = q->value(3).toString();
        e.payload = q->value(4).toString().toUtf8();
        e.state = inboxStateFrom(q->value(5).toString());
        e.attempts = q->value(6).toInt();
        e.error = q->value(7).toString();
        e.receivedAt = sql::toTime(q->value(8));
        list.append(e);
    }
    return list;
}

Result<qint64> InboxRepository::count()
{
    auto q = sql::run(m_db.connection(), u"SELECT COUNT(*) FROM webhook_inbox"_s, {}, u"count webhooks");
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace bva
