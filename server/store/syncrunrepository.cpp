#include "syncrunrepository.h"

#include "database.h"
#include "sql.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace bva {

static const QString columns =
    u"id, integration_id, kind, state, phase, products_seen, orders_seen, items_seen, "
    "skipped, skipped_by_reason, error, started_at, finished_at"_s;

static Result<QList<SyncRun>> readRuns(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<SyncRun> list;
    while (q->next()) {
        SyncRun r;
        r.id = q->value(0).toLongLong();
        r.integrationId = q->value(1).toLongLong();
        r.kind = q->value(2).toString();
        r.state = q->value(3).toString();
        r.phase = q->value(4).toString();
        r.productsSeen = q->value(5).toInt();
        r.ordersSeen = q->value(6).toInt();
        r.itemsSeen = q->value(7).toInt();
        r.skipped = q->value(8).toInt();
        r.skippedByReason = QJsonDocument::fromJson(q->value(9).toString().toUtf8()).object();
        r.error = q->value(10).toString();
        r.startedAt = sql::toTime(q->value(11));
        r.finishedAt = sql::toTime(q->value(12));
        list.append(r);
    }
    return list;
}

Result<SyncRun> SyncRunRepository::start(qint64 integrationId, const QString &kind)
{
    const QVariant now = sql::nowMs();
    auto q = sql::run(
        m_db.connection(),
        u"INSERT INTO sync_runs (integration_id, kind, state, started_at) VALUES (?, ?, 'running', ?) RETURNING id"_s,
        {integrationId, kind, now}, u"start sync run");
    if (!q)
        return q.error();
    if (!q->next())
        return Error::storage(u"start sync run returned no id"_s);
    SyncRun run;
    run.id = q->value(0).toLongLong();
    run.integrationId = integrationId;
    run.kind = kind;
    run.state = u"running"_s;
    run.startedAt = sql::toTime(now);
    return run;
}

Result<void> SyncRunRepository::update(const SyncRun &r)
{
    auto q = sql::run(
        m_db.connection(),
        u"UPDATE sync_runs SET state = ?, phase = ?, products_seen = ?, orders_seen = ?, items_seen = ?, "
        "skipped = ?, skipped_by_reason = ?, error = ?, finished_at = ? WHERE id = ?"_s,
        {r.state, r.phase, r.productsSeen, r.ordersSeen, r.itemsSeen, r.skipped,
         QString::fromUtf8(QJsonDocument(r.skippedByReason).toJson(QJsonDocument::Compact)), r.error,
         sql::time(r.finishedAt), r.id},
        u"update sync run");
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<SyncRun>> SyncRunRepository::findById(qint64 id)
{
    auto list =
        readRuns(sql::run(m_db.connection(), u"SELECT "_s + columns + u" FROM sync_runs WHERE id = ?"_s, {id},
                          u"find sync run"));
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<SyncRun>() : std::optional<SyncRun>(list->first());
}

Result<std::optional<SyncRun>> SyncRunRepository::latest(qint64 integrationId)
{
    auto list = recent(integrationId, 1);
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<SyncRun>() : std::optional<SyncRun>(list->first());
}

Result<QList<SyncRun>> SyncRunRepository::recent(qint64 integrationId, int limit)
{
    return readRuns(sql::run(m_db.connection(),
                             u"SELECT "_s + columns +
                                 u" FROM sync_runs WHERE integration_id = ? ORDER BY id DESC LIMIT ?"_s,
                             {integrationId, limit}, u"recent sync runs"));
}

} // namespace bva
