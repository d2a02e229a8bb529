// A connection between a shop and its marketplace. Secrets are references into the vault, never values.
#pragma once

#include "platform.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace bva {

enum class IntegrationState { Pending, Syncing, Connected, Expired, Error, Disconnected };
QString integrationStateName(IntegrationState s); // "PENDING", "SYNCING", ...
IntegrationState integrationStateFromString(QStringView s);

// Whether a delivery carrying only the marketplace's bearer token is accepted. The public clones
// hand that token to buyers' browsers, so once a site signs its deliveries a token alone is no proof.
//   Auto:   accepted until the first valid signed delivery, which turns the integration into Signed
//   Signed: signed deliveries only
//   Bearer: a token alone stays accepted (an admin's explicit choice, e.g. sites relaying from browsers)
enum class WebhookSigning { Auto, Signed, Bearer };
QString webhookSigningName(WebhookSigning s); // "auto", "signed", "bearer"
std::optional<WebhookSigning> webhookSigningFromString(QStringView s);

// The re-sync interval a seller may choose: often enough to matter, rare enough not to hammer the site.
inline constexpr int kMinSyncIntervalSeconds = 60;
inline constexpr int kMaxSyncIntervalSeconds = 24 * 60 * 60;

struct Integration
{
    qint64 id = 0;
    qint64 shopId = 0;
    qint64 ownerUserId = 0;
    Platform platform = Platform::Other;
    ApiKind apiKind = ApiKind::Clone; // which API: the clone contract or a real platform's open API
    QString siteUrl;                  // e.g. http://localhost:5173 (consent page origin)
    QString apiBaseUrl;               // usually the same as siteUrl
    QString tokenRef;                 // vault key of the marketplace bearer token
    QString tokenLookup;              // keyed hash of the token, to find the integration of a webhook
    QString webhookSecretRef;         // vault key of the Standard Webhooks secret
    int syncIntervalSeconds =
        300; // how often the scheduler re-syncs (kMin..kMaxSyncIntervalSeconds when set)
    IntegrationState state = IntegrationState::Pending;
    QDateTime lastSyncAt;
    QString lastError;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Kept by the webhook receiver and an admin's choice, never by save().
    WebhookSigning webhookSigning = WebhookSigning::Auto;
    QDateTime signedDeliveryAt; // the latest valid signed delivery seen (to the minute)
    int unsignedRefused = 0;    // deliveries with only a token refused since signing was required
    QDateTime unsignedRefusedAt;
    // Set while an admin has paused syncing (the scheduler skips the shop; webhooks still apply).
    // Kept by setSyncPaused, never by save().
    QDateTime syncPausedAt;

    bool syncPaused() const { return syncPausedAt.isValid(); }
    bool acceptsBearerOnly() const { return webhookSigning != WebhookSigning::Signed; }
};

} // namespace bva
