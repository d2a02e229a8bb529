#include "deliveryhistory.h"

#include "domain/money.h"
#include "domain/records.h"
#include "store/inboxrepository.h"
#include "webhookwriter.h"

using namespace Qt::StringLiterals;

namespace bva {

namespace {

QStringList topicsOf(const QString &record)
{
    if (record.startsWith(u"p:"))
        return {u"products/created"_s, u"products/updated"_s, u"products/deleted"_s, u"inventory/updated"_s};
    return {u"orders/created"_s, u"orders/updated"_s, u"orders/status-changed"_s};
}

} // namespace

Result<bool> DeliveryHistory::recordChangedSince(InboxRepository &inbox, const WebhookJob &job,
                                                 const QString &record, qint64 earlierId)
{
    // The text search finds every body that mentions the id, other records' too (an id inside another's,
    // "7" in any price): page through all of them, never only the first ones, or a later change of this
    // record hidden behind them would make its next delivery look like a repeat.
    constexpr int kPage = 200;
    qint64 after = earlierId;
    for (;;) {
        auto later = inbox.laterBodies(job.source.shopId, after, record.mid(2), topicsOf(record), kPage);
        if (!later)
            return later.error();
        for (const InboxRepository::LaterBody &b : std::as_const(*later)) {
            const auto topic = webhookTopicFromName(b.topic);
            if (!topic)
                continue;
            const auto parsed = parseWebhook(*topic, b.body, currencyExponent(job.source.currency));
            if (parsed && webhookRecordKey(*parsed) == record)
                return true;
        }
        if (later->size() < kPage)
            return false;
        after = later->constLast().id;
    }
}

Result<qint64> DeliveryHistory::insert(InboxRepository &inbox, WebhookEvent event, const WebhookJob &job)
{
    auto id = inbox.insertIfNew(event);
    if (!id || *id != 0 || !job.source.webhookId.isEmpty())
        return id; // new, failed, or a signed delivery (its webhook-id says which delivery it is)
    const QString record = webhookRecordKey(job.command);
    if (record.isEmpty())
        return id; // a batch: the same body is the same delivery
    const QString base = event.dedupeKey;
    int generation = 0;
    qint64 latestId = 0;
    for (int g = 1; g <= kMaxGenerations; ++g) {
        auto row = inbox.idOfKey(g == 1 ? base : base + u'#' + QString::number(g));
        if (!row)
            return row.error();
        if (!row->has_value())
            break;
        generation = g;
        latestId = **row;
    }
    if (generation == 0 || generation == kMaxGenerations)
        return qint64(0);
    auto changed = recordChangedSince(inbox, job, record, latestId);
    if (!changed)
        return changed.error();
    if (!*changed)
        return qint64(0);
    event.dedupeKey = base + u'#' + QString::number(generation + 1);
    return inbox.insertIfNew(event);
}

} // namespace bva
