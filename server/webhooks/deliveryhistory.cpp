#include "deliveryhistory.h"

#include "domain/records.h"
#include "store/database.h"
#include "store/inboxrepository.h"
#include "store/sql.h"
#include "webhookwriter.h"

using namespace Qt::StringLiterals;

namespace bva {

namespace {

QString likePattern(QString text)
{
    text.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + text + u'%';
}

QVariantList topicsOf(const QString &record)
{
    if (record.startsWith(u"p:"))
        return {u"products/created"_s, u"products/updated"_s, u"products/deleted"_s, u"inventory/updated"_s};
    return {u"orders/created"_s, u"orders/updated"_s, u"orders/status-changed"_s};
}

} // namespace

Result<std::optional<DeliveryHistory::Stored>> DeliveryHistory::find(const QString &key)
{
    auto q = sql::run(m_db.connection(), u"SELECT id FROM webhook_inbox WHERE dedupe_key = ?"_s, {key},
                      u"find webhook");
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Stored>();
    return std::optional<Stored>(Stored{q->value(0).toLongLong()});
}

Result<bool> DeliveryHistory::recordChangedSince(const WebhookJob &job, const QString &record, const Stored &earlier)
{
    const QVariantList topics = topicsOf(record);
    QVariantList binds{job.source.shopId, earlier.id, likePattern(record.mid(2))};
    binds += topics;
    QString placeholders = u"?"_s;
    for (qsizetype i = 1; i < topics.size(); ++i)
        placeholders += u", ?"_s;
    auto q = sql::run(m_db.connection(),
                      u"SELECT topic, payload FROM webhook_inbox WHERE shop_id = ? AND id > ? AND state <> 'FAILED' "
                      "AND payload LIKE ? ESCAPE '\\' AND topic IN ("_s + placeholders + u") ORDER BY id LIMIT 200"_s,
                      binds, u"find later webhooks");
    if (!q)
        return q.error();
    while (q->next()) {
        const auto topic = webhookTopicFromName(q->value(0).toString());
        if (!topic)
            continue;
        const auto later = parseWebhook(*topic, q->value(1).toString().toUtf8());
        if (later && webhookRecordKey(*later) == record)
            return true;
    }
    return false;
}

Result<qint64> DeliveryHistory::insert(InboxRepository &inbox, WebhookEvent event, const WebhookJob &job)
{
    auto id = inbox.insertIfNew(event);
    if (!id || *id != 0 || !job.source.webhookId.isEmpty())
        return id;   // new, failed, or a signed delivery (its webhook-id says which delivery it is)
    const QString record = webhookRecordKey(job.command);
    if (record.isEmpty())
        return id;   // a batch: the same body is the same delivery
    const QString base = event.dedupeKey;
    int generation = 0;
    Stored latest;
    for (int g = 1; g <= kMaxGenerations; ++g) {
        auto row = find(g == 1 ? base : base + u'#' + QString::number(g));
        if (!row)
            return row.error();
        if (!row->has_value())
            break;
        generation = g;
        latest = **row;
    }
    if (generation == 0 || generation == kMaxGenerations)
        return qint64(0);
    auto changed = recordChangedSince(job, record, latest);
    if (!changed)
        return changed.error();
    if (!*changed)
        return qint64(0);
    event.dedupeKey = base + u'#' + QString::number(generation + 1);
    return inbox.insertIfNew(event);
}

} // namespace bva
