#include "inboxrepository.h"

#include "bulk.h"
#include "database.h"
#include "sql.h"
#include "util/clock.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bva {

QString inboxStateName(InboxState s)
{
    switch (s) {
    case InboxState::Received:
        return u"RECEIVED"_s;
    case InboxState::Applied:
        return u"APPLIED"_s;
    case InboxState::Deferred:
        return u"DEFERRED"_s;
    case InboxState::Failed:
        return u"FAILED"_s;
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
                      {e.dedupeKey, e.shopId ? QVariant(e.shopId) : QVariant(QMetaType::fromType<qint64>()),
                       e.topic, QString::fromUtf8(e.payload), inboxStateName(InboxState::Received),
                       e.receivedAt.isValid() ? sql::time(e.receivedAt) : sql::nowMs()},
                      u"store webhook");
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<QSet<QString>> InboxRepository::existingKeys(const QStringList &keys)
{
    QSet<QString> found;
    auto r = sql::forEachKey(
        m_db, u"SELECT dedupe_key FROM webhook_inbox WHERE dedupe_key = ?1"_s,
        u"SELECT dedupe_key FROM webhook_inbox WHERE dedupe_key = ANY($1::text[])"_s, {}, keys,
        [&](const sql::Cursor &q) { found.insert(q.text(0)); }, u"find webhooks"_s);
    if (!r)
        return r.error();
    return found;
}

Result<QList<qint64>> InboxRepository::insertMany(const QList<const WebhookEvent *> &events, InboxState state,
                                                  qsizetype *takenAt)
{
    QList<qint64> ids(events.size(), 0);
    if (takenAt)
        *takenAt = events.size();
    if (events.isEmpty())
        return ids;
    const qint64 now = Clock::nowMs();
    const bool processed = state != InboxState::Received;
    const QString columns =
        u"INSERT INTO webhook_inbox (state, attempts, processed_at, dedupe_key, shop_id, topic, "
        "payload, received_at) "_s;
    sql::Bulk insert(
        m_db, columns + u"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (dedupe_key) DO NOTHING"_s,
        columns + u"SELECT $1, $2::int, $3::bigint, * FROM unnest($4::text[], $5::bigint[], $6::text[], "
                  "$7::text[], $8::bigint[]) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id, dedupe_key"_s,
        5, u"store webhooks"_s);
    insert.fixed(inboxStateName(state)).fixed(processed ? 1 : 0);
    if (processed)
        insert.fixed(now);
    else
        insert.fixedNull();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const WebhookEvent &e = *events.at(i);
        insert.add(e.dedupeKey).add(e.shopId ? std::optional<qint64>(e.shopId) : std::nullopt).add(e.topic);
        insert.addUtf8(e.payload).add(e.receivedAt.isValid() ? e.receivedAt.toMSecsSinceEpoch() : now);
        if (auto r = insert.endRow(); !r)
            return r.error();
        if (insert.isSqlite() && insert.changes() == 1) {
            ids[i] = insert.lastInsertId();
        } else if (insert.isSqlite() && takenAt) {
            *takenAt = i;
            break;
        }
    }
    // PostgreSQL: ids by key, for the first event of each key (a key twice in one group is a duplicate).
    QHash<QString, qint64> byKey;
    if (auto r = insert.finish([&](const sql::Cursor &q) { byKey.insert(q.text(1), q.int64(0)); }); !r)
        return r.error();
    if (!insert.isSqlite()) {
        for (qsizetype i = 0; i < events.size(); ++i)
            ids[i] = byKey.take(events.at(i)->dedupeKey);
    }
    return ids;
}

Result<void> InboxRepository::settle(qint64 id, InboxState state, const QString &error)
{
    sql::Bulk update(m_db, u"UPDATE webhook_inbox SET state = ?1, error = ?2 WHERE id = ?3"_s,
                     u"UPDATE webhook_inbox SET state = $1, error = $2 WHERE id = ANY($3::bigint[])"_s, 1,
                     u"update webhook state"_s);
    update.fixed(inboxStateName(state)).fixed(error);
    if (auto r = update.add(id).endRow(); !r)
        return r;
    return update.finish();
}

Result<void> InboxRepository::setState(qint64 id, InboxState state, const QString &error)
{
    auto q = sql::run(
        m_db.connection(),
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

namespace {

const QString kEventColumns =
    u"id, dedupe_key, shop_id, topic, payload, state, attempts, error, received_at"_s;

Result<QList<WebhookEvent>> readEvents(Result<QSqlQuery> q)
{
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

} // namespace

// "state <> 'APPLIED'" repeats the partial index's condition: SQLite uses a partial index only for a
// query that names its condition (migration 044).
Result<QList<WebhookEvent>> InboxRepository::pending(int limit)
{
    return readEvents(
        sql::run(m_db.connection(),
                 u"SELECT "_s + kEventColumns +
                     u" FROM webhook_inbox WHERE state IN ('RECEIVED', 'DEFERRED') AND state <> 'APPLIED' "
                     "ORDER BY id LIMIT ?"_s,
                 {limit}, u"pending webhooks"));
}

Result<qint64> InboxRepository::count()
{
    auto q = sql::run(m_db.connection(), u"SELECT COUNT(*) FROM webhook_inbox"_s, {}, u"count webhooks");
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<std::optional<qint64>> InboxRepository::idOfKey(const QString &key)
{
    auto q = sql::run(m_db.connection(), u"SELECT id FROM webhook_inbox WHERE dedupe_key = ?"_s, {key},
                      u"find webhook");
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<qint64>();
    return std::optional<qint64>(q->value(0).toLongLong());
}

Result<QList<InboxRepository::LaterBody>> InboxRepository::laterBodies(qint64 shopId, qint64 afterId,
                                                                       const QString &text,
                                                                       const QStringList &topics, int limit)
{
    QVariantList binds{shopId, afterId, sql::likeContains(text)};
    QString placeholders;
    for (const QString &topic : topics) {
        binds.append(topic);
        placeholders += placeholders.isEmpty() ? u"?"_s : u", ?"_s;
    }
    binds.append(std::clamp(limit, 1, 1000));
    auto q = sql::run(
        m_db.connection(),
        u"SELECT id, topic, payload FROM webhook_inbox WHERE shop_id = ? AND id > ? AND state <> 'FAILED' "
        "AND payload LIKE ? ESCAPE '\\' AND topic IN ("_s +
            placeholders + u") ORDER BY id LIMIT ?"_s,
        binds, u"find later webhooks");
    if (!q)
        return q.error();
    QList<LaterBody> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString().toUtf8()});
    return out;
}

Result<QList<WebhookEvent>> InboxRepository::failed(qint64 shopId, int limit)
{
    return readEvents(
        sql::run(m_db.connection(),
                 u"SELECT "_s + kEventColumns +
                     u" FROM webhook_inbox WHERE shop_id = ? AND state = 'FAILED' AND state <> 'APPLIED' "
                     "ORDER BY id DESC LIMIT ?"_s,
                 {shopId, std::clamp(limit, 1, 500)}, u"read failed webhooks"));
}

} // namespace bva
