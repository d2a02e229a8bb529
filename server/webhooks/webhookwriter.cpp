#include "webhookwriter.h"

#include "deliveryhistory.h"
#include "deliverymask.h"
#include "domain/eventbus.h"
#include "domain/records.h"
#include "store/database.h"
#include "store/deliveryrepository.h"
#include "store/inboxrepository.h"
#include "store/integrationrepository.h"
#include "store/transaction.h"
#include "util/deliverytrace.h"
#include "util/slowtrace.h"
#include "webhookapplier.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

Q_LOGGING_CATEGORY(lcWebhooks, "bva.webhooks")

using namespace Qt::StringLiterals;

namespace bva {

namespace {

// The context lupdate and QCoreApplication::translate share for this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::Webhooks)
};

QString repeatReason()
{
    return Text::tr("A repeat of a delivery already received: no effect.");
}

} // namespace

WebhookWriter::WebhookWriter(Database &db, EventBus *bus, Deliver deliver, int maxBatch, QObject *parent)
    : QThread(parent)
    , m_db(db)
    , m_bus(bus)
    , m_deliver(std::move(deliver))
    , m_maxBatch(maxBatch)
{
    setObjectName(u"bva-webhook-writer"_s);
    // Each SQLite commit rewrites ~14 pages of 16 KiB however few deliveries it holds: at 7,000 a second
    // one by one that was 1,400 commits and ~300 MB of WAL a second (and as much again copied back), a
    // WAL cycle every 1.5 s whose hand-over held the writer 17-32 ms. PostgreSQL's commits cost no such
    // pages here; its groups are left as they come.
    if (!db.isPostgres())
        m_pacing = {std::chrono::milliseconds(2), 16};
}

void WebhookWriter::setPacing(GroupPacing pacing)
{
    QMutexLocker lock(&m_mutex);
    m_pacing = pacing;
}

void WebhookWriter::waitForCompany()
{
    // A group begins at least `spacing` after the one before began, unless `company` deliveries (or a
    // full group) wait already or the writer is stopping: under steady load the deliveries of that
    // interval share one commit; a delivery after a pause is written at once.
    const qint64 spacingNs = m_pacing.spacing.count();
    const int company = qMin(m_pacing.company, m_maxBatch);
    if (spacingNs > 0 && m_lastGroupNs > 0) {
        const qint64 due = m_lastGroupNs + spacingNs;
        for (;;) {
            const qint64 now = slowtrace::nowNs();
            if (m_stopping || now >= due || int(m_queue.size()) >= company)
                break;
            QDeadlineTimer deadline(Qt::PreciseTimer);
            deadline.setPreciseRemainingTime(0, due - now, Qt::PreciseTimer);
            m_wake.wait(&m_mutex, deadline);
        }
    }
    m_lastGroupNs = slowtrace::nowNs();
}

WebhookWriter::~WebhookWriter()
{
    drainAndStop();
}

void WebhookWriter::submit(WebhookJob job)
{
    if (slowtrace::enabled() || deliverytrace::on())
        job.queuedNs = slowtrace::nowNs();
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
            waitForCompany();
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
        qCInfo(lcWebhooks) << "webhook" << e.topic << "rejected and kept as inbox" << *id << ":"
                           << job.rejection;
    }
    return WebhookOutcome::rejected(job.ticket, job.rejection);
}

Result<void> WebhookWriter::keepOutcome(const WebhookJob &job, const QString &outcome, const QString &reason)
{
    if (job.source.shopId <= 0)
        return {};
    return DeliveryRepository(m_db).keep(job.source.shopId, webhookTopicName(job.command.topic), outcome,
                                         reason, maskedDeliveryBody(job.body), {});
}

namespace {

WebhookOutcome appliedOutcome(quint64 ticket, qint64 inboxId, const ApplyResult &result)
{
    WebhookOutcome o{ticket, WebhookOutcome::Kind::Applied, inboxId};
    if (result.deferred)
        o.deferredNote = result.note;
    o.stale = result.stale;
    return o;
}

bool isProductUpsert(WebhookTopic t)
{
    return t == WebhookTopic::ProductCreated || t == WebhookTopic::ProductUpdated;
}

bool isOrderUpsert(WebhookTopic t)
{
    return t == WebhookTopic::OrderCreated || t == WebhookTopic::OrderUpdated;
}

} // namespace

bool WebhookWriter::processFast(std::vector<WebhookJob> &batch, QList<WebhookOutcome> *outcomes,
                                QList<StoreEvent> *events, QList<std::pair<qint64, QString>> *received)
{
    InboxRepository inbox(m_db);
    WebhookApplier applier(m_db);
    struct Entry
    {
        const WebhookJob *job;
        WebhookEvent event;
        qint64 inboxId = 0;
        bool storedReceived = false; // stored through DeliveryHistory (state RECEIVED until applied)
        ApplyResult result;
    };
    std::vector<Entry> entries;
    entries.reserve(batch.size());
    QStringList keys;
    auto revoked = revokedTickets(batch);
    if (!revoked)
        return false;
    for (const WebhookJob &job : batch) {
        if (job.ticket && revoked->contains(job.ticket)) {
            outcomes->append(WebhookOutcome::revoked(job.ticket));
            continue;
        }
        if (!job.refusal.isEmpty()) {
            if (!keepOutcome(job, u"REFUSED"_s, job.refusal))
                return false;
            continue;
        }
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
        keys.append(e.dedupeKey);
        entries.push_back({&job, std::move(e)});
    }

    // Inbox rows, in delivery order: new keys stored together, already applied (one statement on
    // PostgreSQL); a key already taken is a repeat unless DeliveryHistory tells otherwise, and is
    // judged after the rows before it are in. SQLite stores the rows one by one and stops at a taken
    // key, so it needs no probe of the keys first; PostgreSQL looks them all up in one statement.
    const bool probe = m_db.isPostgres();
    QSet<QString> existing;
    if (probe) {
        auto found = inbox.existingKeys(keys);
        if (!found)
            return false;
        existing = std::move(*found);
    }
    QSet<QString> seen;
    QList<Entry *> pending;
    auto storeTaken = [&](Entry &e) -> bool {
        auto id = DeliveryHistory::insert(inbox, e.event, *e.job);
        if (!id)
            return false;
        e.inboxId = *id;
        e.storedReceived = true;
        return true;
    };
    auto store = [&]() -> bool {
        qsizetype from = 0;
        while (from < pending.size()) {
            QList<const WebhookEvent *> rows;
            rows.reserve(pending.size() - from);
            for (qsizetype k = from; k < pending.size(); ++k)
                rows.append(&pending.at(k)->event);
            qsizetype takenAt = rows.size();
            auto ids = inbox.insertMany(rows, InboxState::Applied, probe ? nullptr : &takenAt);
            if (!ids)
                return false;
            for (qsizetype k = 0; k < takenAt; ++k) {
                if (!ids->at(k))
                    return false; // another receiver stored it meanwhile: replay one by one
                pending[from + k]->inboxId = ids->at(k);
            }
            if (takenAt == rows.size())
                break;
            if (!storeTaken(*pending[from + takenAt]))
                return false;
            from += takenAt + 1;
        }
        pending.clear();
        return true;
    };
    for (Entry &e : entries) {
        const QString &key = e.event.dedupeKey;
        if (existing.contains(key) || seen.contains(key)) {
            if (!store() || !storeTaken(e))
                return false;
        } else {
            pending.append(&e);
        }
        seen.insert(key);
    }
    if (!store())
        return false;

    // Effects, in delivery order. Consecutive product deliveries of a shop are one product upsert and
    // consecutive order deliveries (each order once) one order upsert; anything else for the shop
    // writes what is gathered first, so every delivery sees the ones before it.
    struct Group
    {
        QList<Entry *> members;
        QSet<QString> orderIds;
        bool products = false;
    };
    QHash<qint64, Group> groups;
    auto flush = [&](qint64 shop) -> bool {
        const Group group = groups.take(shop);
        if (group.members.isEmpty())
            return true;
        if (group.products) {
            WebhookCommand cmd;
            cmd.topic = WebhookTopic::ProductUpdated;
            for (const Entry *e : group.members) {
                cmd.products += e->job->command.products;
                cmd.productAbsent += e->job->command.productAbsent;
            }
            auto r = applier.apply(shop, cmd);
            if (!r)
                return false;
            *events += r->events;
            return true;
        }
        QList<OrderDelivery> deliveries;
        deliveries.reserve(group.members.size());
        for (const Entry *e : group.members)
            deliveries.append(
                {e->job->command.orders.constFirst(), e->job->command.topic == WebhookTopic::OrderCreated});
        auto r = applier.applyOrderDeliveries(shop, deliveries);
        if (!r)
            return false;
        for (qsizetype k = 0; k < group.members.size(); ++k) {
            group.members.at(k)->result = r->at(k);
            *events += r->at(k).events;
        }
        return true;
    };
    for (Entry &e : entries) {
        if (!e.inboxId)
            continue;
        const WebhookCommand &cmd = e.job->command;
        const qint64 shop = e.job->source.shopId;
        if (isProductUpsert(cmd.topic)) {
            if (groups.contains(shop) && !groups[shop].products && !flush(shop))
                return false;
            Group &g = groups[shop];
            g.products = true;
            g.members.append(&e);
            continue;
        }
        if (isOrderUpsert(cmd.topic) && cmd.orders.size() == 1) {
            const QString &id = cmd.orders.constFirst().externalId;
            if (groups.contains(shop) && (groups[shop].products || groups[shop].orderIds.contains(id)) &&
                !flush(shop))
                return false;
            Group &g = groups[shop];
            g.orderIds.insert(id);
            g.members.append(&e);
            continue;
        }
        if (!flush(shop))
            return false;
        auto r = applier.apply(shop, cmd);
        if (!r)
            return false;
        *events += r->events;
        e.result = std::move(*r);
    }
    while (!groups.isEmpty()) {
        if (!flush(groups.constBegin().key()))
            return false;
    }

    for (const Entry &e : entries) {
        if (!e.inboxId) {
            if (!keepOutcome(*e.job, u"DUPLICATE"_s, repeatReason()))
                return false;
            outcomes->append(WebhookOutcome::duplicate(e.job->ticket));
            continue;
        }
        Result<void> marked;
        if (e.result.deferred)
            marked = e.storedReceived ? inbox.markDeferred(e.inboxId, e.result.note)
                                      : inbox.settle(e.inboxId, InboxState::Deferred, e.result.note);
        else if (e.storedReceived)
            marked = inbox.markApplied(e.inboxId);
        if (!marked)
            return false;
        received->append({e.job->source.shopId, e.event.topic});
        outcomes->append(appliedOutcome(e.job->ticket, e.inboxId, e.result));
    }
    return true;
}

Result<QSet<quint64>> WebhookWriter::revokedTickets(const std::vector<WebhookJob> &batch)
{
    QList<qint64> ids;
    for (const WebhookJob &job : batch) {
        if (job.ticket && job.source.integrationId > 0 && !ids.contains(job.source.integrationId))
            ids.append(job.source.integrationId);
    }
    auto live = IntegrationRepository(m_db).liveTokenLookups(ids);
    if (!live)
        return live.error();
    QSet<quint64> revoked;
    for (const WebhookJob &job : batch) {
        if (!job.ticket || job.source.integrationId <= 0)
            continue;
        const auto it = live->constFind(job.source.integrationId);
        // Gone or disconnected; or a bearer delivery whose token is no longer the integration's.
        if (it == live->cend() || (!job.source.tokenLookup.isEmpty() && *it != job.source.tokenLookup))
            revoked.insert(job.ticket);
    }
    if (!revoked.isEmpty())
        qCInfo(lcWebhooks) << revoked.size() << "webhook(s) refused: credential disconnected or replaced";
    return revoked;
}

bool WebhookWriter::commitGroup(std::vector<WebhookJob> &batch)
{
    QList<WebhookOutcome> outcomes;
    QList<StoreEvent> events;
    QList<std::pair<qint64, QString>> received;
    const bool trace = slowtrace::enabled() || deliverytrace::on();
    const qint64 t0 = trace ? slowtrace::nowNs() : 0;
    auto db = m_db.tryConnection();
    if (!db)
        return false;
    const quint64 session = m_db.sessionGeneration();
    // Any failure rolls all of it back (then replayed one by one): no savepoints inside.
    Transaction tx(*db, Transaction::Nesting::AllOrNothing);
    const qint64 t1 = trace ? slowtrace::nowNs() : 0;
    if (!tx.isActive() || !processFast(batch, &outcomes, &events, &received))
        return false;
    const qint64 t2 = trace ? slowtrace::nowNs() : 0;
    if (m_db.sessionGeneration() != session || !tx.commit())
        return false;
    ++m_batches;
    const qint64 t3 = trace ? slowtrace::nowNs() : 0;
    m_deliver(outcomes);
    if (deliverytrace::on()) {
        deliverytrace::add('G', m_batches, qint64(batch.size()), t0, t1, t2, t3, slowtrace::nowNs());
        for (const WebhookJob &job : batch)
            deliverytrace::add('J', qint64(job.ticket), m_batches, job.queuedNs);
    }
    if (trace && slowtrace::enabled()) {
        const qint64 t4 = slowtrace::nowNs();
        qint64 oldest = t0;
        for (const WebhookJob &job : batch)
            oldest = job.queuedNs ? qMin(oldest, job.queuedNs) : oldest;
        if (t4 - oldest > slowtrace::thresholdNs())
            qCInfo(lcWebhooks,
                   "slow group commit at %.1f ms: %d deliveries, queued %.1f, begin %.1f, apply %.1f, "
                   "commit %.1f, hand-off %.1f ms",
                   slowtrace::ms(t0), int(batch.size()), slowtrace::ms(t0 - oldest), slowtrace::ms(t1 - t0),
                   slowtrace::ms(t2 - t1), slowtrace::ms(t3 - t2), slowtrace::ms(t4 - t3));
    }
    if (m_bus) {
        WebhookApplier::announce(*m_bus, events);
        for (const auto &[shop, topic] : std::as_const(received))
            emit m_bus->webhookReceived(shop, topic);
    }
    return true;
}

void WebhookWriter::process(std::vector<WebhookJob> &batch)
{
    if (commitGroup(batch))
        return;
    // Rolled back: replay one by one, each in its own savepoint, so one bad delivery fails alone.
    ++m_replays;

    QList<WebhookOutcome> outcomes;
    outcomes.reserve(qsizetype(batch.size()));
    QList<StoreEvent> events;
    QList<std::pair<qint64, QString>> received;

    auto failAll = [&](const QString &why) {
        qCWarning(lcWebhooks) << "webhook batch not stored:" << why;
        outcomes.clear();
        for (const WebhookJob &job : batch) {
            outcomes.append(WebhookOutcome::unavailable(job.ticket, why));
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

    auto revoked = revokedTickets(batch);
    if (!revoked)
        return failAll(revoked.error().message);
    InboxRepository inbox(m_db);
    WebhookApplier applier(m_db);
    for (const WebhookJob &job : batch) {
        if (job.ticket && revoked->contains(job.ticket)) {
            outcomes.append(WebhookOutcome::revoked(job.ticket));
            continue;
        }
        Transaction part(*db);
        if (!part.isActive())
            return failAll(part.beginError());
        if (!job.refusal.isEmpty()) {
            auto kept = keepOutcome(job, u"REFUSED"_s, job.refusal);
            if (!kept && sessionLost())
                return failAll(kept.error().message);
            if (!kept || !part.commit())
                part.rollback();
            continue;
        }
        if (!job.rejection.isEmpty()) {
            auto kept = keepRejected(inbox, job);
            if (!kept && sessionLost())
                return failAll(kept.error().message);
            if (!kept || !part.commit()) {
                part.rollback();
                outcomes.append(
                    WebhookOutcome::unavailable(job.ticket, u"could not keep the rejected delivery"_s));
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
        auto id = DeliveryHistory::insert(inbox, e, job);
        if (!id && sessionLost())
            return failAll(id.error().message);
        if (!id) {
            part.rollback();
            outcomes.append(WebhookOutcome::unavailable(job.ticket, id.error().message));
            continue;
        }
        if (*id == 0) {
            auto kept = keepOutcome(job, u"DUPLICATE"_s, repeatReason());
            if (!kept && sessionLost())
                return failAll(kept.error().message);
            if (kept)
                (void)part.commit();
            else
                part.rollback();
            outcomes.append(WebhookOutcome::duplicate(job.ticket));
            continue;
        }
        auto applied = applier.apply(job.source.shopId, job.command);
        if (!applied && sessionLost())
            return failAll(applied.error().message);
        if (!applied) {
            // None of its effects stay. A store failure keeps no inbox row either (the sender may retry);
            // a body the store refuses is kept as failed, like one that could not be read.
            part.rollback();
            const bool invalid =
                applied.error().kind == Error::Kind::Invalid || applied.error().kind == Error::Kind::Parse;
            qCWarning(lcWebhooks) << "webhook" << e.topic << "not applied:" << applied.error().message;
            if (invalid) {
                WebhookJob rejected = job;
                rejected.dedupeKey = u"rejected:"_s + job.dedupeKey;
                rejected.rejection = applied.error().message;
                Transaction keep(*db);
                auto kept = keep.isActive() ? keepRejected(inbox, rejected)
                                            : Result<WebhookOutcome>(Error::storage(keep.beginError()));
                if (kept && keep.commit()) {
                    outcomes.append(*kept);
                    continue;
                }
                keep.rollback();
            }
            outcomes.append(invalid ? WebhookOutcome::rejected(job.ticket, applied.error().message)
                                    : WebhookOutcome::unavailable(job.ticket, applied.error().message));
            continue;
        }
        Result<void> marked =
            applied->deferred ? inbox.markDeferred(*id, applied->note) : inbox.markApplied(*id);
        if (!marked || !part.commit()) {
            if (sessionLost())
                return failAll(u"the connection to the store was lost"_s);
            part.rollback();
            outcomes.append(
                WebhookOutcome::unavailable(job.ticket, u"could not mark the delivery applied"_s));
            continue;
        }
        events += applied->events;
        received.append({job.source.shopId, e.topic});
        outcomes.append(appliedOutcome(job.ticket, *id, *applied));
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
