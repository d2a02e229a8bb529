#include "webhookwriter.h"

#include "deliveryhistory.h"
#include "domain/records.h"
#include "realtime/eventbus.h"
#include "store/database.h"
#include "store/inboxrepository.h"
#include "store/transaction.h"
#include "webhookapplier.h"

#include <QHash>

Q_LOGGING_CATEGORY(lcWebhooks, "bva.webhooks")

using namespace Qt::StringLiterals;

namespace bva {

WebhookWriter::WebhookWriter(Database &db, EventBus *bus, Deliver deliver, int maxBatch, QObject *parent)
    : QThread(parent)
    , m_db(db)
    , m_bus(bus)
    , m_deliver(std::move(deliver))
    , m_maxBatch(maxBatch)
{
    setObjectName(u"bva-webhook-writer"_s);
}

WebhookWriter::~WebhookWriter()
{
    drainAndStop();
}

void WebhookWriter::submit(WebhookJob job)
{
    QMutexLocker lock(&m_mutex);
    m_queue.push_back(std::move(job));
    m_wake.wakeOne();
}

void WebhookWriter::drainAndStop()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    if (isRunning())
        wait();
}

void WebhookWriter::run()
{
    for (;;) {
        std::vector<WebhookJob> batch;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_queue.empty())
                return;
            while (!m_queue.empty() && int(batch.size()) < m_maxBatch) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        process(batch);
    }
}

Result<WebhookOutcome> WebhookWriter::keepRejected(InboxRepository &inbox, const WebhookJob &job)
{
    WebhookEvent e;
    e.dedupeKey = job.dedupeKey;
    e.shopId = job.source.shopId;
    e.topic = webhookTopicName(job.command.topic);
    e.payload = job.body;
    auto id = inbox.insertIfNew(e);
    if (!id)
        return id.error();
    if (*id != 0) {
        if (auto failed = inbox.markFailed(*id, job.rejection); !failed)
            return failed.error();
        qCInfo(lcWebhooks) << "webhook" << e.topic << "rejected and kept as inbox" << *id << ":" << job.rejection;
    }
    return WebhookOutcome{job.ticket, 400, QJsonObject{{u"success"_s, false}, {u"error"_s, job.rejection}}};
}

bool WebhookWriter::processFast(std::vector<WebhookJob> &batch, QList<WebhookOutcome> *outcomes,
                                QList<StoreEvent> *events, QList<std::pair<qint64, QString>> *received)
{
    InboxRepository inbox(m_db);
    DeliveryHistory history(m_db);
    WebhookApplier applier(m_db);
    struct Applied
    {
        const WebhookJob *job;
        qint64 inboxId;
        bool deferred = false;
        QString note;
        int stale = 0;
    };
    QList<Applied> applied;
    QHash<qint64, WebhookCommand> pendingProducts;   // consecutive product upserts of a shop, as one command
    auto flush = [&](qint64 shop) {
        if (pendingProducts.value(shop).products.isEmpty())
            return true;
        WebhookCommand cmd = pendingProducts.take(shop);
        cmd.topic = WebhookTopic::ProductUpdated;
        auto r = applier.apply(shop, cmd);
        if (!r)
            return false;
        *events += r->events;
        return true;
    };
    for (const WebhookJob &job : batch) {
        if (!job.rejection.isEmpty()) {
            auto kept = keepRejected(inbox, job);
            if (!kept)
                return false;
            outcomes->append(*kept);
            continue;
        }
        WebhookEvent e;
        e.dedupeKey = job.dedupeKey;
        e.shopId = job.source.shopId;
        e.topic = webhookTopicName(job.command.topic);
        e.payload = job.body;
        auto id = history.insert(inbox, e, job);
        if (!id)
            return false;
        if (*id == 0) {
            outcomes->append({job.ticket, 200,
                              QJsonObject{{u"success"_s, true},
                                          {u"data"_s, QJsonObject{{u"duplicate"_s, true}}}, {u"duplicate"_s, true}}});
            continue;
        }
        const qint64 shop = job.source.shopId;
        if (job.command.topic == WebhookTopic::ProductCreated || job.command.topic == WebhookTopic::ProductUpdated) {
            WebhookCommand &pending = pendingProducts[shop];
            pending.products += job.command.products;
            pending.productAbsent += job.command.productAbsent;
            applied.append({&job, *id});
            continue;
        }
        if (!flush(shop))
            return false;
        auto r = applier.apply(shop, job.command);
        if (!r)
            return false;
        *events += r->events;
        applied.append({&job, *id, r->deferred, r->note, r->stale});
    }
    for (auto it = pendingProducts.keyBegin(); it != pendingProducts.keyEnd(); ++it) {
        if (!flush(*it))
            return false;
    }
    for (const Applied &a : std::as_const(applied)) {
        Result<void> marked = a.deferred ? inbox.markDeferred(a.inboxId, a.note) : inbox.markApplied(a.inboxId);
        if (!marked)
            return false;
        received->append({a.job->source.shopId, webhookTopicName(a.job->command.topic)});
        QJsonObject data{{u"id"_s, a.inboxId}, {u"duplicate"_s, false}};
        if (a.deferred)
            data.insert(u"deferred"_s, a.note);
        if (a.stale)
            data.insert(u"stale"_s, a.stale);
        outcomes->append({a.job->ticket, 200, QJsonObject{{u"success"_s, true}, {u"data"_s, data}, {u"duplicate"_s, false}}});
    }
    return true;
}

void WebhookWriter::process(std::vector<WebhookJob> &batch)
{
    if (batch.size() > 1) {
        QList<WebhookOutcome> outcomes;
        QList<StoreEvent> events;
        QList<std::pair<qint64, QString>> received;
        auto db = m_db.tryConnection();
        if (db) {
            const quint64 session = m_db.sessionGeneration();
            Transaction tx(*db);
            if (tx.isActive() && processFast(batch, &outcomes, &events, &received)
                && m_db.sessionGeneration() == session && tx.commit()) {
                ++m_batches;
                m_deliver(outcomes);
                if (m_bus) {
                    WebhookApplier::announce(*m_bus, events);
                    for (const auto &[shop, topic] : std::as_const(received))
                        emit m_bus->webhookReceived(shop, topic);
                }
                return;
            }
        }
        // Rolled back: replay one by one, each in its own savepoint, so one bad delivery fails alone.
    }

    QList<WebhookOutcome> outcomes;
    outcomes.reserve(qsizetype(batch.size()));
    QList<StoreEvent> events;
    QList<std::pair<qint64, QString>> received;

    auto failAll = [&](const QString &why) {
        qCWarning(lcWebhooks) << "webhook batch not stored:" << why;
        outcomes.clear();
        for (const WebhookJob &job : batch) {
            outcomes.append({job.ticket, 503,
                             QJsonObject{{u"success"_s, false}, {u"error"_s, u"the store is unavailable, retry later"_s}}});
        }
        m_deliver(outcomes);
    };

    auto db = m_db.tryConnection();
    if (!db)
        return failAll(db.error().message);
    const quint64 session = m_db.sessionGeneration();
    Transaction tx(*db);
    if (!tx.isActive())
        return failAll(tx.beginError());
    // A lost PostgreSQL session takes the whole transaction with it: nothing of the batch is stored.
    auto sessionLost = [&] { return !Database::isAlive(*db) || m_db.sessionGeneration() != session; };

    InboxRepository inbox(m_db);
    DeliveryHistory history(m_db);
    WebhookApplier applier(m_db);
    for (const WebhookJob &job : batch) {
        Transaction part(*db);
        if (!part.isActive())
            return failAll(part.beginError());
        if (!job.rejection.isEmpty()) {
            auto kept = keepRejected(inbox, job);
            if (!kept && sessionLost())
                return failAll(kept.error().message);
            if (!kept || !part.commit()) {
                part.rollback();
                outcomes.append({job.ticket, 503, QJsonObject{{u"success"_s, false}, {u"error"_s, u"could not store"_s}}});
                continue;
            }
            outcomes.append(*kept);
            continue;
        }
        WebhookEvent e;
        e.dedupeKey = job.dedupeKey;
        e.shopId = job.source.shopId;
        e.topic = webhookTopicName(job.command.topic);
        e.payload = job.body;
        auto id = history.insert(inbox, e, job);
        if (!id && sessionLost())
            return failAll(id.error().message);
        if (!id) {
            part.rollback();
            outcomes.append({job.ticket, 503, QJsonObject{{u"success"_s, false}, {u"error"_s, id.error().message}}});
            continue;
        }
        if (*id == 0) {
            (void)part.commit();
            outcomes.append({job.ticket, 200,
                             QJsonObject{{u"success"_s, true},
                                         {u"data"_s, QJsonObject{{u"duplicate"_s, true}}}, {u"duplicate"_s, true}}});
            continue;
        }
        auto applied = applier.apply(job.source.shopId, job.command);
        if (!applied && sessionLost())
            return failAll(applied.error().message);
        if (!applied) {
            // None of its effects stay. A store failure keeps no inbox row either (the sender may retry);
            // a body the store refuses is kept as failed, like one that could not be read.
            part.rollback();
            const bool invalid = applied.error().kind == Error::Kind::Invalid || applied.error().kind == Error::Kind::Parse;
            qCWarning(lcWebhooks) << "webhook" << e.topic << "not applied:" << applied.error().message;
            if (invalid) {
                WebhookJob rejected = job;
                rejected.dedupeKey = u"rejected:"_s + job.dedupeKey;
                rejected.rejection = applied.error().message;
                Transaction keep(*db);
                auto kept = keep.isActive() ? keepRejected(inbox, rejected) : Result<WebhookOutcome>(Error::storage(keep.beginError()));
                if (kept && keep.commit()) {
                    outcomes.append(*kept);
                    continue;
                }
                keep.rollback();
            }
            outcomes.append({job.ticket, invalid ? 400 : 500,
                             QJsonObject{{u"success"_s, false}, {u"error"_s, applied.error().message}}});
            continue;
        }
        Result<void> marked = applied->deferred ? inbox.markDeferred(*id, applied->note) : inbox.markApplied(*id);
        if (!marked || !part.commit()) {
            if (sessionLost())
                return failAll(u"the connection to the store was lost"_s);
            part.rollback();
            outcomes.append({job.ticket, 503, QJsonObject{{u"success"_s, false}, {u"error"_s, u"could not store"_s}}});
            continue;
        }
        events += applied->events;
        received.append({job.source.shopId, e.topic});
        QJsonObject data{{u"id"_s, *id}, {u"duplicate"_s, false}};
        if (applied->deferred)
            data.insert(u"deferred"_s, applied->note);
        if (applied->stale)
            data.insert(u"stale"_s, applied->stale);
        outcomes.append({job.ticket, 200, QJsonObject{{u"success"_s, true}, {u"data"_s, data}, {u"duplicate"_s, false}}});
    }
    if (sessionLost())
        return failAll(u"the connection to the store was lost"_s);
    if (auto r = tx.commit(); !r)
        return failAll(r.error().message);
    ++m_batches;
    m_deliver(outcomes);
    if (m_bus) {
        WebhookApplier::announce(*m_bus, events);
        for (const auto &[shop, topic] : std::as_const(received))
            emit m_bus->webhookReceived(shop, topic);
    }
}

} // namespace bva
