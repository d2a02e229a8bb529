// What the deliveries inspector reads: a shop's inbox rows and its kept repeats and refusals
// (webhook_outcomes, bounded per shop), newest first, with filters. Bodies come back as stored: the
// webhooks layer masks them before anyone sees them (webhooks/deliveryservice.h).
#pragma once

#include "domain/webhookdelivery.h"
#include "util/result.h"

#include <QStringList>

namespace bva {

class Database;

// Where a page of the newest-first listing ends: the next page starts after it.
struct DeliveryCursor
{
    qint64 receivedMs = 0;
    int source = 0; // 1: inbox, 0: webhook_outcomes
    qint64 id = 0;

    QString text() const;
    static std::optional<DeliveryCursor> fromText(const QString &text);
};

// A listed row before masking. `states` are the stored values (APPLIED, DEFERRED, RECEIVED, FAILED,
// DUPLICATE, REFUSED).
struct DeliveryRow
{
    WebhookDelivery delivery; // body unmasked
    QString state;
    DeliveryCursor cursor;
};

struct DeliveryFilter
{
    QString text; // raw LIKE over topic, reason and body (the caller checks the masked body again)
    QStringList states;
    QString topic;
    QDateTime from;
    QDateTime to;
};

class DeliveryRepository final
{
public:
    static constexpr int kKeptPerShop = 500; // repeats and refusals kept per shop

    explicit DeliveryRepository(Database &db)
        : m_db(db)
    {}

    Result<QList<DeliveryRow>> page(qint64 shopId, const DeliveryFilter &filter,
                                    const std::optional<DeliveryCursor> &after, int limit);
    Result<std::optional<DeliveryRow>> find(qint64 shopId, const QString &deliveryId);
    // A repeat or refusal (outcome DUPLICATE or REFUSED), body already masked; older ones beyond
    // kKeptPerShop for the shop go.
    Result<void> keep(qint64 shopId, const QString &topic, const QString &outcome, const QString &reason,
                      const QString &maskedBody, const QDateTime &receivedAt);
    // The replay row `replayId` replays the failed row `failedId`.
    Result<void> markReplay(qint64 replayId, qint64 failedId);
    // A replay that failed again: the failed row counts one more attempt and says why.
    Result<void> recordFailedAttempt(qint64 failedId, const QString &reason);

private:
    Database &m_db;
};

} // namespace bva
