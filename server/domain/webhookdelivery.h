// One webhook delivery as the deliveries inspector shows it (issue 19.6): what came, when, and what
// became of it. Bodies here are always masked (webhooks/deliverymask.h): no token or signature.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace bva {

enum class DeliveryOutcome {
    Applied,   // stored and applied (or kept for later: the reason says so)
    Duplicate, // a repeat of a delivery already received: no effect
    Refused,   // an authenticated sender's delivery BVA would not take (signing, another shop's id)
    Failed,    // the body could not be read or applied: kept, and may be replayed
};

QString deliveryOutcomeName(DeliveryOutcome outcome); // "applied", "duplicate", "refused", "failed"
std::optional<DeliveryOutcome> deliveryOutcomeFromName(QStringView name);

struct WebhookDelivery
{
    QString id; // "123": an inbox row; "o45": a kept repeat or refusal (not in the inbox)
    qint64 shopId = 0;
    QString topic;
    DeliveryOutcome outcome = DeliveryOutcome::Applied;
    QString reason;
    QDateTime receivedAt;
    QString body; // masked
    int attempts = 0;
    QString replayOf;   // this delivery is a replay of that failed one
    QString replayedAs; // this failed delivery was replayed into effect as that one
    bool replayable() const { return outcome == DeliveryOutcome::Failed && replayedAs.isEmpty(); }
};

struct DeliveryQuery
{
    QString text;                    // part of the topic, reason or (masked) body, any case
    QList<DeliveryOutcome> outcomes; // empty: any
    QString topic;                   // exact, empty: any
    QDateTime from;                  // inclusive
    QDateTime to;                    // exclusive
    int limit = 50;                  // 1..200
    QString cursor;                  // from the previous page's nextCursor
};

struct DeliveryPage
{
    QList<WebhookDelivery> items; // newest first
    QString nextCursor;           // empty: no more
};

struct ReplayResult
{
    DeliveryOutcome outcome = DeliveryOutcome::Failed; // Applied, or Failed again
    QString reason;
    WebhookDelivery delivery; // the failed delivery as it stands after the replay
};

} // namespace bva
