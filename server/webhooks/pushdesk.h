// The real platforms' pushes kept like webhooks (POST /api/push/<kind>, api/openplatformroutes): each
// verified push lands in the webhook inbox under a key of its shop and body (APPLIED: a push is a
// notice, its effect is the sync it asks for), so the deliveries inspector lists it and the same body
// again (a platform's retry, or a captured push replayed) is a DUPLICATE that asks for nothing. A
// refused push whose shop is known (a wrong signature for a connected shop, another shop inside the
// body) is kept as REFUSED with its reason. Pushes have their own rate per shop, as webhooks have per
// credential; refusals are kept within a rate of their own, so they cannot flood the store nor spend the
// real pushes' rate, and nor do replays of a push it recorded lately. Lives in the HTTP thread.
#pragma once

#include "http/ratelimiter.h"
#include "repeatgate.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace bva {

class Database;

class PushDesk final
{
    Q_DISABLE_COPY_MOVE(PushDesk)
public:
    PushDesk(Database &db, int ratePerSecond);

    // Whether the push of `body` for `shopId` of `kind` may go ahead now (Limited: *retryAfterSeconds). A
    // repeat of a push recorded lately spends a rate of its own, never the platform's (RepeatGate).
    RepeatGate::Admission admit(const QString &kind, qint64 shopId, const QByteArray &body,
                                int *retryAfterSeconds);
    // Stores an accepted push: true when new, false when the same body of the shop was kept before.
    Result<bool> record(const QString &kind, qint64 shopId, const QString &topic, const QByteArray &body);
    // Keeps a refused push of a known shop with its reason (nothing when over the shop's refusal rate).
    void refuse(const QString &kind, qint64 shopId, const QByteArray &body, const QString &why);

    static QString topicName(const QString &kind, const QString &what); // "push/shopee-open/order"

private:
    static QString dedupeKey(const QString &kind, qint64 shopId, const QByteArray &body);
    static QString rateKey(const QString &kind, qint64 shopId); // the shop's pushes: their rate and repeats

    Database &m_db;
    RateLimiter m_limiter;
    RepeatGate m_repeats;
};

} // namespace bva
