// Tells a delivery sent again (the clones' "webhooks arriving twice") from the same body sent once
// more after its record changed (stock 5, then 4, then 5 again). An unsigned delivery is keyed by a
// hash of its body; when that key is taken it is a new delivery only if another delivery for the
// same record was stored after it. It is then stored under the next generation of the key
// ("sha:…#2"). The inbox is the memory, so every receiver process sharing a store decides alike.
// (An old body replayed after the record changed cannot be told from a real repeat without a
// signature: signed deliveries are judged by webhook-id and timestamp instead.)
#pragma once

#include "util/result.h"

#include <QString>
#include <optional>

namespace bva {

class InboxRepository;
struct WebhookEvent;
struct WebhookJob;

class DeliveryHistory final
{
public:
    static constexpr int kMaxGenerations = 256;

    // Stores the inbox row of `job`: its id, or 0 when the delivery is a duplicate.
    static Result<qint64> insert(InboxRepository &inbox, WebhookEvent event, const WebhookJob &job);

private:
    static Result<bool> recordChangedSince(InboxRepository &inbox, const WebhookJob &job,
                                           const QString &record, qint64 earlierId);
};

} // namespace bva
