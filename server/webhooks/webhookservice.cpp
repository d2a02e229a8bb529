#include "webhookservice.h"

#include "deliverymask.h"
#include "domain/eventbus.h"
#include "domain/money.h"
#include "http/httpresponse.h"
#include "http/httpserver.h"
#include "platforms/payloadreader.h"
#include "util/deliverytrace.h"
#include "util/sha256.h"
#include "util/slowtrace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace bva {

WebhookService::WebhookService(Database &db, SecretVault &vault, QByteArray lookupKey, EventBus *bus,
                               WebhookServiceConfig config, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_verifier(db, vault, std::move(lookupKey))
    , m_signing(db, bus)
    , m_limiter(config.ratePerSecond)
    , m_repeats(config.ratePerSecond, config.repeatKeysPerCredential,
                8 * qsizetype(config.repeatKeysPerCredential))
{
    // An admin's signing choice, a first signed delivery, a relink: read the integrations again.
    if (bus)
        connect(bus, &EventBus::integrationChanged, this, [this] { m_verifier.clearCache(); });
    m_writer = std::make_unique<WebhookWriter>(
        db, bus,
        [this](QList<WebhookOutcome> outcomes) {
            const qint64 sent = slowtrace::enabled() || deliverytrace::on() ? slowtrace::nowNs() : 0;
            QMetaObject::invokeMethod(
                this,
                [this, sent, outcomes = std::move(outcomes)] {
                    if (slowtrace::enabled() && slowtrace::nowNs() - sent > slowtrace::thresholdNs())
                        qCInfo(lcWebhooks, "slow hop to the HTTP thread at %.1f ms: %.1f ms",
                               slowtrace::ms(sent), slowtrace::ms(slowtrace::nowNs() - sent));
                    deliver(outcomes);
                },
                Qt::QueuedConnection);
        },
        config.maxBatch);
    m_writer->start();
    if (slowtrace::enabled()) {
        // A tick every 5 ms that comes late says the HTTP thread's event loop was held (or not scheduled).
        auto *tick = new QTimer(this);
        tick->setTimerType(Qt::PreciseTimer);
        connect(tick, &QTimer::timeout, this, [last = slowtrace::nowNs()]() mutable {
            const qint64 now = slowtrace::nowNs();
            if (now - last > 5000000 + slowtrace::thresholdNs())
                qCInfo(lcWebhooks, "HTTP thread's event loop held at %.1f ms: tick %.1f ms late",
                       slowtrace::ms(last), slowtrace::ms(now - last - 5000000));
            last = now;
        });
        tick->start(5);
    }
}

WebhookService::~WebhookService()
{
    shutdown();
}

void WebhookService::shutdown()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    m_signing.flush();
    m_writer->drainAndStop();
    deliverytrace::dump();
    // Answer what the writer committed while draining.
    QCoreApplication::sendPostedEvents(this);
    for (auto &[ticket, reply] : m_waiting)
        HttpResponse::error(503, tr("shutting down")).sendTo(reply);
    m_waiting.clear();
    m_signedTickets.clear();
}

QString WebhookService::dedupeKey(const WebhookSource &source, WebhookTopic topic, const QByteArray &body,
                                  const QString &recordKey)
{
    if (!source.webhookId.isEmpty())
        return u"wid:"_s + QString::number(source.integrationId) + u':' +
               QString::fromUtf8(source.webhookId.left(200));
    // SHA-256 (OpenSSL's, with the CPU's SHA extensions: util/sha256.h).
    const QByteArray sum = Sha256()
                               .add(webhookTopicName(topic).toUtf8())
                               .add("\n")
                               .add(QByteArray::number(source.integrationId))
                               .add("\n")
                               .add(body)
                               .result();
    const QString digest = QString::fromLatin1(sum.toHex());
    if (recordKey.isEmpty())
        return u"sha:"_s + digest;
    return u"rec:"_s + QString::number(source.integrationId) + u':' + recordKey.left(200) + u':' + digest;
}

QStringList WebhookService::shopHints(const QJsonObject &json)
{
    QStringList ids;
    auto add = [&ids](const QJsonObject &o) {
        const QString id = payload::shopIdFromJson(o);
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    };
    add(json);
    // A batch may name its shop only in its parts.
    for (const QString &key : {u"products"_s, u"orders"_s}) {
        const QJsonArray parts = json.value(key).toArray();
        for (qsizetype i = 0; i < parts.size() && ids.isEmpty(); ++i)
            add(parts.at(i).toObject());
    }
    return ids;
}

bool WebhookService::flatShopHints(const payload::FlatJsonObject &json, QStringList *hints)
{
    // As shopHints: the body's own shopId; a body naming it only in parts is left to that.
    const QString id = payload::shopIdFromJson(json);
    if (!id.isEmpty()) {
        *hints = {id};
        return true;
    }
    hints->clear();
    return !json.value("products"_L1).isArray() && !json.value("orders"_L1).isArray();
}

void WebhookService::registerRoutes(HttpServer &server)
{
    for (WebhookTopic topic : kAllWebhookTopics) {
        server.router().add(HttpRequest::Method::Post, u"/api/webhooks/"_s + webhookTopicName(topic),
                            [this, topic](HttpRequest &request, HttpReply reply) {
                                handle(topic, request, std::move(reply));
                            });
    }
}

void WebhookService::handle(WebhookTopic topic, HttpRequest &request, HttpReply reply)
{
    const qint64 handled = deliverytrace::on() ? slowtrace::nowNs() : 0;
    if (m_shutDown)
        return HttpResponse::error(503, tr("shutting down")).sendTo(reply);

    // Each body is parsed once. A signed delivery names its shop in the body (read first, no secrets
    // involved); an unauthenticated bearer request is answered 401 before its body is read at all.
    // Then the body's shop picks among the shops the credential was issued for, and only those.
    const bool signedDelivery = !request.header("webhook-signature").isEmpty();
    std::optional<Result<QJsonObject>> json;
    if (signedDelivery)
        json = readWebhookJson(request.body);
    auto sources = m_verifier.verify(request, json && json->ok() ? shopHints(json->value()) : QStringList());
    if (!sources)
        return HttpResponse::fromError(sources.error()).sendTo(reply);
    // An order's bearer delivery in the common shape is read straight into the order (util/flatjson.h),
    // to the same command as through QJsonDocument; any other body, or one it would refuse, goes that way.
    std::optional<payload::FlatJson> flat;
    QStringList hints;
    if (!json && (topic == WebhookTopic::OrderCreated || topic == WebhookTopic::OrderUpdated)) {
        flat = payload::readFlatJson(request.body);
        if (flat && !flatShopHints(flat->object, &hints))
            flat.reset();
    }
    if (!flat) {
        if (!json)
            json = readWebhookJson(request.body);
        // A token serving several shops cannot tell whose an unreadable body is: refused, not kept.
        if (!json->ok() && sources->size() > 1)
            return HttpResponse::fromError(json->error()).sendTo(reply);
        if (json->ok())
            hints = shopHints(json->value());
    }
    auto source = WebhookVerifier::pickShop(*sources, hints);
    if (!source)
        return HttpResponse::fromError(source.error()).sendTo(reply);
    if (auto admitted = m_signing.admit(*source, request.remoteAddress); !admitted) {
        keepRefused(*source, topic, request, admitted.error().message);
        return HttpResponse::fromError(admitted.error()).sendTo(reply);
    }

    // A signed delivery's key is its webhook-id: a replay of one the store took does not spend the rate.
    const QString signedKey = source->isSigned() ? dedupeKey(*source, topic, request.body) : QString();
    int retryAfter = 1;
    switch (m_repeats.admit(m_limiter, source->credential, signedKey, &retryAfter)) {
    case RepeatGate::Admission::Admitted:
        break;
    case RepeatGate::Admission::RepeatAnswered: {
        int status = 200;
        const QByteArray body = webhookAnswerBytes(WebhookOutcome::duplicate(0), &status);
        return reply.send(status, body, "application/json");
    }
    case RepeatGate::Admission::Limited: {
        HttpResponse r = HttpResponse::error(429, tr("too many requests"));
        r.headers.emplaceBack("Retry-After", QByteArray::number(retryAfter));
        return r.sendTo(reply);
    }
    }

    // A body spelling the shop's secrets is read with them masked, so no record (a name, a note) keeps
    // them either.
    const QByteArray stored = storedBody(request, *source);
    const int exponent = currencyExponent(source->currency);
    auto command = [&]() -> Result<WebhookCommand> {
        if (flat && !stored.isSharedWith(request.body))
            flat = payload::readFlatJson(stored);
        if (flat) {
            if (auto fast = parseOrderWebhook(topic, flat->object, exponent))
                return std::move(*fast);
        }
        if (!json)
            json = readWebhookJson(request.body);
        if (!stored.isSharedWith(request.body) && json->ok())
            json = readWebhookJson(stored);
        return json->ok() ? parseWebhook(topic, json->value(), exponent)
                          : Result<WebhookCommand>(json->error());
    }();
    if (!command) {
        // Kept in the inbox as failed with its reason, so an authenticated sender's delivery is never lost
        // unseen.
        WebhookJob job;
        job.ticket = m_nextTicket++;
        job.source = *source;
        job.dedupeKey = u"rejected:"_s + dedupeKey(*source, topic, request.body);
        job.body = stored;
        job.command.topic = topic;
        job.rejection = command.error().message;
        m_waiting.emplace(job.ticket, std::move(reply));
        m_writer->submit(std::move(job));
        return;
    }
    for (const QString &shop : std::as_const(command->shopIds)) {
        if (shop != source->shopExternalId) {
            const QString why =
                tr("shopId: %1 is not the shop of this credential").arg(shop.left(payload::kMaxIdChars));
            keepRefused(*source, topic, request, why);
            return HttpResponse::error(403, why).sendTo(reply);
        }
    }

    WebhookJob job;
    job.ticket = m_nextTicket++;
    job.source = *source;
    job.dedupeKey =
        signedKey.isEmpty() ? dedupeKey(*source, topic, request.body, webhookRecordKey(*command)) : signedKey;
    job.body = stored;
    job.command = std::move(*command);
    if (handled && !job.command.orders.isEmpty()) {
        const QString &id = job.command.orders.constFirst().externalId; // the bench's "FO-<run>-<number>"
        deliverytrace::add('H', qint64(job.ticket), id.mid(id.lastIndexOf(u'-') + 1).toLongLong(), handled,
                           slowtrace::nowNs());
    }
    m_waiting.emplace(job.ticket, std::move(reply));
    if (!signedKey.isEmpty())
        m_signedTickets.emplace(job.ticket, std::pair(job.source.credential, signedKey));
    m_writer->submit(std::move(job));
}

QByteArray WebhookService::storedBody(const HttpRequest &request, const WebhookSource &source)
{
    // The store never holds a token in plain text: a body carrying the shop's token or signing secret, or
    // the token presented with it (a relay copying it in, or a sender planting it for whoever reads the
    // database), is kept with them masked, however the JSON spells them (\uXXXX escapes included), on
    // bearer and signed deliveries alike.
    QList<QByteArray> secrets = source.secrets;
    if (const QByteArray presented = request.bearerToken(); !presented.isEmpty())
        secrets.append(presented);
    return withSecretsMasked(request.body, secrets);
}

void WebhookService::keepRefused(const WebhookSource &source, WebhookTopic topic, const HttpRequest &request,
                                 const QString &why)
{
    // Kept within the credential's rate, so refused deliveries cannot flood the store.
    int retryAfter = 0;
    if (m_shutDown || !m_limiter.take(source.credential, &retryAfter))
        return;
    QList<QByteArray> presented = source.secrets;
    const QByteArray authorization = request.header("authorization");
    if (authorization.size() > 7)
        presented.append(authorization.mid(7).trimmed()); // the bearer token, never kept
    WebhookJob job;
    job.ticket = 0;
    job.source = source;
    job.body = maskedDeliveryBody(request.body, presented).toUtf8();
    job.command.topic = topic;
    job.refusal = why;
    m_writer->submit(std::move(job));
}

void WebhookService::deliver(const QList<WebhookOutcome> &outcomes)
{
    for (const WebhookOutcome &o : outcomes) {
        if (!m_signedTickets.empty()) {
            if (auto k = m_signedTickets.find(o.ticket); k != m_signedTickets.end()) {
                if (o.kind == WebhookOutcome::Kind::Applied || o.kind == WebhookOutcome::Kind::Duplicate)
                    m_repeats.accepted(k->second.first, k->second.second);
                m_signedTickets.erase(k);
            }
        }
        auto it = m_waiting.find(o.ticket);
        if (it == m_waiting.end())
            continue;
        if (o.kind == WebhookOutcome::Kind::Unavailable)
            qCWarning(lcWebhooks) << "webhook not stored:" << o.reason;
        int status = 200;
        const QByteArray body = webhookAnswerBytes(o, &status);
        HeaderPairs headers;
        if (status == 503)
            headers.emplaceBack("Retry-After", "1");
        it->second.send(status, body, "application/json", headers);
        if (deliverytrace::on())
            deliverytrace::add('A', qint64(o.ticket), slowtrace::nowNs());
        m_waiting.erase(it);
    }
}

QByteArray webhookAnswerBytes(const WebhookOutcome &outcome, int *status)
{
    // What QJsonDocument writes for webhookAnswer's objects (keys in order); tst_webhooks compares.
    if (outcome.kind == WebhookOutcome::Kind::Applied && outcome.deferredNote.isEmpty() && !outcome.stale) {
        *status = 200;
        return "{\"data\":{\"duplicate\":false,\"id\":" + QByteArray::number(outcome.inboxId) +
               "},\"duplicate\":false,\"success\":true}";
    }
    if (outcome.kind == WebhookOutcome::Kind::Duplicate) {
        *status = 200;
        return QByteArrayLiteral("{\"data\":{\"duplicate\":true},\"duplicate\":true,\"success\":true}");
    }
    const WebhookAnswer answer = webhookAnswer(outcome);
    *status = answer.status;
    return QJsonDocument(answer.body).toJson(QJsonDocument::Compact);
}

WebhookAnswer webhookAnswer(const WebhookOutcome &outcome)
{
    auto failure = [](int status, const QString &error) {
        return WebhookAnswer{status, QJsonObject{{u"success"_s, false}, {u"error"_s, error}}};
    };
    switch (outcome.kind) {
    case WebhookOutcome::Kind::Applied: {
        QJsonObject data{{u"id"_s, outcome.inboxId}, {u"duplicate"_s, false}};
        if (!outcome.deferredNote.isEmpty())
            data.insert(u"deferred"_s, outcome.deferredNote);
        if (outcome.stale)
            data.insert(u"stale"_s, outcome.stale);
        return {200, QJsonObject{{u"success"_s, true}, {u"data"_s, data}, {u"duplicate"_s, false}}};
    }
    case WebhookOutcome::Kind::Duplicate:
        return {200, QJsonObject{{u"success"_s, true},
                                 {u"data"_s, QJsonObject{{u"duplicate"_s, true}}},
                                 {u"duplicate"_s, true}}};
    case WebhookOutcome::Kind::Rejected:
        return failure(400, outcome.reason);
    case WebhookOutcome::Kind::Revoked:
        // The verifier's words (its context), for a credential that ended after it was verified.
        return failure(
            401, QCoreApplication::translate("bva::Webhooks", "Authorization: unknown or revoked token"));
    case WebhookOutcome::Kind::Unavailable:
        break;
    }
    // What went wrong inside the store is for BVA's log, not for the sender.
    return failure(503, u"the store is unavailable, retry later"_s);
}

} // namespace bva
