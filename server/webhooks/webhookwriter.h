// Group commit for webhooks: deliveries are queued by the HTTP thread and written by this thread,
// as many as are waiting in one transaction: the inbox rows of new keys in one statement (already
// marked applied), then the effects, consecutive product or order upserts of a shop as one upsert.
// If anything in it fails, the transaction is rolled back and the batch replayed delivery by
// delivery, each in its own savepoint, so one bad delivery fails alone. Each delivery is answered
// only after the transaction holding it has committed, so every 2xx is durable while one commit
// serves a whole batch. Events go out after commit.
#pragma once

#include "webhookpayload.h"
#include "webhookverifier.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QThread>
#include <QWaitCondition>
#include <atomic>
#include <chrono>
#include <deque>
#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcWebhooks)

namespace bva {

class Database;
class EventBus;

struct WebhookJob
{
    quint64 ticket = 0;
    WebhookSource source;
    QString dedupeKey;
    QByteArray body;
    WebhookCommand command;
    QString rejection; // set: the body could not be read; kept in the inbox as failed, answered 400
    // set: already answered as refused (signing, another shop's id); only kept for the deliveries
    // inspector, outside the inbox (ticket 0: nobody waits for it)
    QString refusal;
    qint64 queuedNs = 0; // when it was submitted (monotonic), only while tracing stalls (util/slowtrace.h)
};

// What became of one delivery. The writer only says what happened; WebhookService alone turns it
// into the HTTP answer (webhookAnswer).
struct WebhookOutcome
{
    enum class Kind {
        Applied,     // stored and applied (or kept for later: deferredNote)
        Duplicate,   // the same delivery was stored before: no effect
        Rejected,    // the body cannot be applied: `reason` goes back to the sender, nothing to retry
        Unavailable, // not stored (store down, transaction lost): the sender should retry; `reason` is logged
                     // only
        Revoked,     // the credential was disconnected or replaced after it was verified: not stored, 401
    };
    quint64 ticket = 0;
    Kind kind = Kind::Applied;
    qint64 inboxId = 0;
    QString deferredNote;
    int stale = 0;
    QString reason;

    static WebhookOutcome duplicate(quint64 ticket) { return {ticket, Kind::Duplicate}; }
    static WebhookOutcome rejected(quint64 ticket, const QString &why)
    {
        return {ticket, Kind::Rejected, 0, {}, 0, why};
    }
    static WebhookOutcome unavailable(quint64 ticket, const QString &why)
    {
        return {ticket, Kind::Unavailable, 0, {}, 0, why};
    }
    static WebhookOutcome revoked(quint64 ticket) { return {ticket, Kind::Revoked}; }
};

class WebhookWriter final : public QThread
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookWriter)
public:
    // Called from the writer thread with the outcomes of one committed (or failed) batch.
    using Deliver = std::function<void(QList<WebhookOutcome> outcomes)>;

    WebhookWriter(Database &db, EventBus *bus, Deliver deliver, int maxBatch = 256,
                  QObject *parent = nullptr);
    ~WebhookWriter() override;

    // How small groups wait for more deliveries (waitForCompany); SQLite's default is 2 ms or 16
    // deliveries, PostgreSQL's none. Before start().
    struct GroupPacing
    {
        std::chrono::nanoseconds spacing{0};
        int company = 0;
    };
    void setPacing(GroupPacing pacing);
    GroupPacing pacing() const { return m_pacing; }

    void submit(WebhookJob job);
    // Finishes what is queued, then ends the thread. Blocks.
    void drainAndStop();
    qint64 committedBatches() const { return m_batches; }
    // Batches the group path could not take (a failure, a key taken meanwhile): replayed one by one.
    qint64 replayedBatches() const { return m_replays; }

protected:
    void run() override;

private:
    // Under m_mutex, with deliveries queued: waits while the group would begin within m_pacing.spacing
    // of the last one and fewer than m_pacing.company deliveries are queued.
    void waitForCompany();
    void process(std::vector<WebhookJob> &batch);
    // The whole batch in one transaction through processFast(); false when it was rolled back.
    bool commitGroup(std::vector<WebhookJob> &batch);
    // The tickets of deliveries whose credential is no longer the integration's (disconnected, or its token
    // replaced) as the store has it now: read inside the transaction that would keep them.
    Result<QSet<quint64>> revokedTickets(const std::vector<WebhookJob> &batch);
    // Inbox row (state failed) for a rejected delivery; its answer is a 400 with the reason either way.
    Result<WebhookOutcome> keepRejected(class InboxRepository &inbox, const WebhookJob &job);
    // A repeat ("DUPLICATE") or a refusal ("REFUSED") of a known shop, body masked, for the deliveries
    // inspector (store/deliveryrepository.h keeps the newest per shop).
    Result<void> keepOutcome(const WebhookJob &job, const QString &outcome, const QString &reason);
    // No savepoints; false on any failure (the caller rolls back and replays the batch job by job).
    bool processFast(std::vector<WebhookJob> &batch, QList<WebhookOutcome> *outcomes,
                     QList<struct StoreEvent> *events, QList<std::pair<qint64, QString>> *received);

    Database &m_db;
    EventBus *m_bus;
    Deliver m_deliver;
    int m_maxBatch;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<WebhookJob> m_queue;
    bool m_stopping = false;
    GroupPacing m_pacing;
    qint64 m_lastGroupNs = 0; // when the last group began (monotonic)
    std::atomic<qint64> m_batches = 0;
    std::atomic<qint64> m_replays = 0;
};

} // namespace bva
