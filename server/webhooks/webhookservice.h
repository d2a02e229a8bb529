// The receiver: POST /api/webhooks/<topic> for the eight topics. Verifies the sender, limits the
// rate per credential, parses (400 naming the field), refuses another shop's ids (403), then hands
// the delivery to the group-commit writer and answers once it is durable. Lives in the HTTP thread.
#pragma once

#include "http/httpreply.h"
#include "http/ratelimiter.h"
#include "repeatgate.h"
#include "signingledger.h"
#include "util/flatjson.h"
#include "webhookverifier.h"
#include "webhookwriter.h"

#include <QObject>
#include <memory>
#include <unordered_map>

namespace bva {

class Database;
class EventBus;
class HttpServer;
class SecretVault;
struct HttpRequest;

struct WebhookServiceConfig
{
    int ratePerSecond = 200; // per credential; 0 = off
    int maxBatch = 256;      // deliveries per transaction
    // Accepted signed deliveries remembered per credential as repeats (RepeatGate), eight times that in all.
    int repeatKeysPerCredential = 4096;
};

// The HTTP answer to a delivery's outcome: 200 {"success":true,"data":{…}} when applied or a
// duplicate, 400 with the reason when rejected, 503 (Retry-After) when it was not stored.
struct WebhookAnswer
{
    int status = 200;
    QJsonObject body;
};
WebhookAnswer webhookAnswer(const WebhookOutcome &outcome);
// The bytes of webhookAnswer's body (compact JSON) and its status; the usual answers (applied, repeat)
// are written out directly instead of through a QJsonObject.
QByteArray webhookAnswerBytes(const WebhookOutcome &outcome, int *status);

class WebhookService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookService)
public:
    WebhookService(Database &db, SecretVault &vault, QByteArray lookupKey, EventBus *bus,
                   WebhookServiceConfig config = {}, QObject *parent = nullptr);
    ~WebhookService() override;

    void registerRoutes(HttpServer &server);
    // Writes what is queued and answers it; later deliveries get 503. Called before the server goes.
    void shutdown();
    void clearCache() { m_verifier.clearCache(); }

    // webhook-id when signed, else a hash of topic, integration and body (two platforms' shops may
    // share an id: their deliveries never collide), after the record it is about when there is one
    // (webhookRecordKey): the unique index then grows where that record's keys are, not at a random
    // page per delivery, which halved the pages each group commit writes.
    static QString dedupeKey(const WebhookSource &source, WebhookTopic topic, const QByteArray &body,
                             const QString &recordKey = {});
    // The shop ids a body names (top level, else a batch's first part that names one): candidates
    // for a signed delivery's secret.
    static QStringList shopHints(const QJsonObject &json);
    // The same from the fast reader; false when it cannot say (the shop named only in a batch's parts).
    static bool flatShopHints(const payload::FlatJsonObject &json, QStringList *hints);

private:
    void handle(WebhookTopic topic, HttpRequest &request, HttpReply reply);
    void deliver(const QList<WebhookOutcome> &outcomes);
    // The body as the inbox keeps it: the shop's token and signing secret, and a presented token, masked.
    static QByteArray storedBody(const HttpRequest &request, const WebhookSource &source);
    // An authenticated sender's delivery answered as refused: kept (masked) for the deliveries inspector.
    void keepRefused(const WebhookSource &source, WebhookTopic topic, const HttpRequest &request,
                     const QString &why);

    Database &m_db;
    WebhookVerifier m_verifier;
    SigningLedger m_signing;
    RateLimiter m_limiter;
    RepeatGate m_repeats;
    std::unique_ptr<WebhookWriter> m_writer;
    std::unordered_map<quint64, HttpReply> m_waiting;
    // A signed delivery's credential and key until it is answered.
    std::unordered_map<quint64, std::pair<QString, QString>> m_signedTickets;
    quint64 m_nextTicket = 1;
    bool m_shutDown = false;
};

} // namespace bva
