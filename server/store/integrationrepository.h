// Integrations (one per shop). Holds vault references and a keyed token hash, never secrets.
#pragma once

#include "domain/integration.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <optional>

namespace bva {

class Database;

class IntegrationRepository final
{
public:
    explicit IntegrationRepository(Database &db)
        : m_db(db)
    {}

    // Inserts or updates by shop; returns the stored row with its id.
    Result<Integration> save(const Integration &integration);
    Result<std::optional<Integration>> findById(qint64 id);
    Result<std::optional<Integration>> findByShop(qint64 shopId);
    Result<QList<Integration>> findByTokenLookup(const QString &tokenLookup);
    Result<QList<Integration>> all();
    Result<QList<Integration>> ofUser(qint64 userId); // integrations of the shops the user can see
    Result<void> setState(qint64 id, IntegrationState state, const QString &lastError = {});
    Result<void> markSynced(qint64 id, const QDateTime &at);
    // Sync settings (an admin's choice): the re-sync interval, and paused since `since` (invalid: resumed).
    Result<void> setSyncInterval(qint64 id, int seconds);
    Result<void> setSyncPaused(qint64 id, const QDateTime &since);
    // Webhook signing (domain/integration.h): an admin's choice; the receiver's notes. noteSignedDelivery
    // turns an Auto integration into Signed and says whether it did.
    Result<void> setWebhookSigning(qint64 id, WebhookSigning mode);
    Result<bool> noteSignedDelivery(qint64 id, const QDateTime &at);
    Result<void> noteUnsignedRefused(qint64 id, int count, const QDateTime &at);
    Result<void> remove(qint64 id);
    // The keyed token hash of each of `ids` that is still connected (not removed, not DISCONNECTED): what the
    // webhook writer checks, inside its transaction, against the credential a delivery was verified with.
    Result<QHash<qint64, QString>> liveTokenLookups(const QList<qint64> &ids);
    // What a webhook's credential may be, all at once (WebhookVerifier): the token lookup hashes of the
    // integrations not disconnected, and the marketplace ids of their shops that have a signing secret.
    struct WebhookCredentials
    {
        QSet<QString> tokenLookups;
        QSet<QString> signingShops;
    };
    Result<WebhookCredentials> webhookCredentials();

private:
    Database &m_db;
};

} // namespace bva
