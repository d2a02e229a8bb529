// A connection between a shop and its marketplace. Secrets are references into the vault, never values.
#pragma once

#include "platform.h"

#include <QDateTime>
#include <QString>

namespace bva {

enum class IntegrationState { Pending, Syncing, Connected, Expired, Error, Disconnected };
QString integrationStateName(IntegrationState s);     // "PENDING", "SYNCING", ...
IntegrationState integrationStateFromString(QStringView s);

struct Integration
{
    qint64 id = 0;
    qint64 shopId = 0;
    qint64 ownerUserId = 0;
    Platform platform = Platform::Other;
    QString siteUrl;              // e.g. http://localhost:5173 (consent page origin)
    QString apiBaseUrl;           // usually the same as siteUrl
    QString tokenRef;             // vault key of the marketplace bearer token
    QString tokenLookup;          // keyed hash of the token, to find the integration of a webhook
    QString webhookSecretRef;     // vault key of the Standard Webhooks secret
    int syncIntervalSeconds = 300;
    IntegrationState state = IntegrationState::Pending;
    QDateTime lastSyncAt;
    QString lastError;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace bva
