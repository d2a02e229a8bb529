// Smaller stored records: users and sessions, inventory events, webhook inbox, sync runs,
// notifications, audit entries and daily rollups.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace bva {

struct User
{
    qint64 id = 0;
    QString email;
    QString name;
    QString passwordHash; // Argon2id encoded string
    QDateTime createdAt;
};

struct Session
{
    qint64 id = 0;
    qint64 userId = 0;
    QString tokenHash; // SHA-256 of the session token; the token itself is never stored
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime revokedAt;
    QString client; // client address or "desktop"
    QString userAgent;
};

struct InventoryEvent
{
    qint64 id = 0;
    qint64 shopId = 0;
    QString productExternalId;
    int quantity = 0;         // the stock level reported
    std::optional<int> delta; // change against the previous known level
    std::optional<int> threshold;
    QString source; // "webhook", "sync", "order"
    QDateTime occurredAt;
};

enum class InboxState { Received, Applied, Deferred, Failed };

struct WebhookEvent
{
    qint64 id = 0;
    QString dedupeKey; // webhook-id header, else a hash of topic + shop + body
    qint64 shopId = 0;
    QString topic; // e.g. "orders/created"
    QByteArray payload;
    InboxState state = InboxState::Received;
    int attempts = 0;
    QString error;
    QDateTime receivedAt;
    QDateTime processedAt;
};

struct SyncRun
{
    qint64 id = 0;
    qint64 integrationId = 0;
    QString kind;  // "full" or "incremental"
    QString state; // "running", "succeeded", "failed", "cancelled"
    QString phase; // "products", "orders", "done"
    int productsSeen = 0;
    int ordersSeen = 0;
    int itemsSeen = 0;
    int skipped = 0;
    QJsonObject skippedByReason; // {"unknown status": 3, ...}
    QString error;
    QDateTime startedAt;
    QDateTime finishedAt;
};

struct Notification
{
    qint64 id = 0;
    qint64 userId = 0;
    qint64 shopId = 0; // 0 when not about one shop
    QString kind;      // "new_order", "low_stock", "critical_risk", "sync_failed", "expired"
    QString dedupeKey;
    QString title;
    QString body;
    QDateTime createdAt;
    QDateTime readAt;
};

// One line of the audit trail: when, who, from where, which shop, what, and how it ended.
struct AuditEntry
{
    qint64 id = 0;
    qint64 userId = 0; // 0: no account (an unknown email tried, the scheduler, the server)
    QString actor;     // the account's email at the time, or the email tried
    QString source;    // client address, "desktop", "scheduler" or "server"
    qint64 shopId = 0; // 0 when the entry is about no shop
    QString action;    // auth/auditactions.h
    QString target;    // what was acted on, e.g. an invited email or "integration:12"
    QString outcome = QStringLiteral("ok"); // "ok", "failed" or "refused"
    QJsonObject details;
    QDateTime createdAt;
    // Read side only: the shop as it is now (empty once the shop is deleted).
    QString shopExternalId;
    QString shopName;
    QString shopPlatform;
};

// One shop, one local day. Revenue counts orders that are not cancelled, failed, returned or refunded.
struct DailyRollup
{
    qint64 shopId = 0;
    QString day; // yyyy-MM-dd in the shop's time zone
    qint64 orders = 0;
    qint64 units = 0;
    qint64 revenueMinor = 0;
    qint64 costMinor = 0;   // of the revenue whose cost is known
    qint64 profitMinor = 0; // of the revenue whose cost is known
    qint64 unknownCostRevenueMinor = 0;
    qint64 cancelledOrders = 0;
    qint64 cancelledMinor = 0;
    qint64 returnedOrders = 0;
    qint64 returnedMinor = 0;
};

} // namespace bva
