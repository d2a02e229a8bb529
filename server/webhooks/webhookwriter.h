// Group commit for webhooks: deliveries are queued by the HTTP thread and written by this thread,
// several per transaction (each in its own savepoint: inbox row under its unique key, then its
// effect). Each delivery is answered only after the transaction holding it has committed, so every
// 2xx is durable while one commit (one fsync) serves a whole batch. Events go out after commit.
#pragma once

#include "webhookpayload.h"
#include "webhookverifier.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

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
    QString rejection;           // set: the body could not be read; kept in the inbox as failed, answered 400
};

struct WebhookOutcome
{
    quint64 ticket = 0;
    int status = 200;
    QJsonObject body;
};

class WebhookWriter final : public QThread
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookWriter)
public:
    // Called from the writer thread with the outcomes of one committed (or failed) batch.
    using Deliver = std::function<void(QList<WebhookOutcome> outcomes)>;

    WebhookWriter(Database &db, EventBus *bus, Deliver deliver, int maxBatch = 256, QObject *parent = nullptr);
    ~WebhookWriter() override;

    void submit(WebhookJob job);
    // Finishes what is queued, then ends the thread. Blocks.
    void drainAndStop();
    qint64 committedBatches() const { return m_batches; }

protected:
    void run() override;

private:
    void process(std::vector<WebhookJob> &batch);
    // One transaction, no savepoints, consecutive product upserts of a shop in one statement batch.
    // False on any failure: the caller rolls back and replays the batch job by job.
    // Inbox row (state failed) for a rejected delivery; its answer is a 400 with the reason either way.
    Result<WebhookOutcome> keepRejected(class InboxRepository &inbox, const WebhookJob &job);
    bool processFast(std::vector<WebhookJob> &batch, QList<WebhookOutcome> *outcomes, QList<struct StoreEvent> *events,
                     QList<std::pair<qint64, QString>> *received);

    Database &m_db;
    EventBus *m_bus;
    Deliver m_deliver;
    int m_maxBatch;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<WebhookJob> m_queue;
    bool m_stopping = false;
    qint64 m_batches = 0;
};

} // namespace bva
