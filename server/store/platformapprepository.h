// A seller's own apps on the real platforms (platform_apps) and the authorizations they started
// (authorization_requests). Secrets are vault references here, never values; states are kept as
// keyed hashes.
#pragma once

#include "domain/platform.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace bva {

class Database;

struct PlatformAppRecord
{
    qint64 id = 0;
    qint64 userId = 0;
    ApiKind kind = ApiKind::Clone;
    QString appId;
    QString region;
    QString apiHost;  // empty: the platform's production host for the region
    QString authHost; // empty: the platform's production authorization host
    QString secretRef;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct AuthorizationRequest
{
    qint64 id = 0;
    QString stateHash;
    qint64 userId = 0;
    ApiKind kind = ApiKind::Clone;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime usedAt; // invalid: not used yet
    QString outcome;  // "pending", "connected", "failed", "cancelled"
    QString reason;   // why it failed, for the waiting UI and the callback page
    qint64 integrationId = 0;
};

class PlatformAppRepository final
{
public:
    explicit PlatformAppRepository(Database &db)
        : m_db(db)
    {}

    Result<QList<PlatformAppRecord>> ofUser(qint64 userId);
    Result<std::optional<PlatformAppRecord>> find(qint64 userId, ApiKind kind);
    Result<QList<PlatformAppRecord>> ofKind(ApiKind kind);
    // Insert or replace the user's app of that kind.
    Result<PlatformAppRecord> save(const PlatformAppRecord &app);

    Result<void> addRequest(const AuthorizationRequest &request);
    Result<std::optional<AuthorizationRequest>> findRequest(const QString &stateHash);
    // Marks the request used at `at`, once: false when it was used already (a replayed callback).
    Result<bool> claimRequest(qint64 id, const QDateTime &at);
    Result<void> finishRequest(qint64 id, const QString &outcome, const QString &reason,
                               qint64 integrationId);
    // Marks an unused request used and cancelled at `at`, in one step: false when a callback (or an
    // earlier cancel) used it first.
    Result<bool> cancelRequest(qint64 id, const QDateTime &at, const QString &reason);

private:
    Database &m_db;
};

} // namespace bva
