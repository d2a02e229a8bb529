// Keeps each shop's marketplace access usable: hands out the access token to call with, renews it
// with the refresh token shortly before it expires and once after a 401, stores the rotated pair in
// one vault write, and when the marketplace refuses to renew marks the shop "Reconnect needed"
// (IntegrationState::Expired, the reason in lastError) with a notification for its members.
// Renewals of one shop are one at a time: callers arriving meanwhile wait for the same answer (two
// parallel renewals would spend one refresh token twice, and the marketplace revokes the grant).
// Lives in the sync worker thread (SyncService's); callbacks run there.
#pragma once

#include "domain/integration.h"
#include "platforms/openplatform.h"
#include "sync/accessgrant.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <functional>

class QNetworkAccessManager;

namespace bva {

class StoredText;

class Database;
class EventBus;
class PlatformAdapter;
class SecretVault;

class TokenKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenKeeper)
public:
    using Done = std::function<void(Result<QByteArray> accessToken)>;

    TokenKeeper(Database &db, SecretVault &vault, QNetworkAccessManager &nam, EventBus *bus, int timeoutMs,
                QObject *parent = nullptr);
    // How a real platform's integration finds its app (to sign the refresh with).
    void setAppLookup(AppLookup lookup) { m_appLookup = std::move(lookup); }

    // The access in use: the vault's grant, else the consent's token with nothing to renew it.
    Result<AccessGrant> current(const Integration &i);
    // The token to call with now, renewed first when it expires within the margin.
    void freshToken(const Integration &i, const PlatformAdapter *adapter, const QString &apiBase, Done done);
    // The marketplace answered 401 to `rejected`: a renewed token (or the one another caller renewed
    // meanwhile), else an error (Unauthorized when the access cannot be renewed any more).
    void renewAfterRefusal(const Integration &i, const PlatformAdapter *adapter, const QString &apiBase,
                           const QByteArray &rejected, Done done);
    // State EXPIRED with `why`, a "Reconnect needed" notification for the shop's members and an audit
    // entry, unless the shop is already marked.
    void markReconnectNeeded(qint64 integrationId, const StoredText &why);

private:
    void renew(const Integration &i, const PlatformAdapter *adapter, const QString &apiBase,
               const AccessGrant &grant, Done done);
    void finishRenewal(qint64 integrationId, const Result<QByteArray> &result);

    Database &m_db;
    SecretVault &m_vault;
    QNetworkAccessManager &m_nam;
    EventBus *m_bus = nullptr;
    int m_timeoutMs = 20000;
    QHash<qint64, QList<Done>> m_waiting; // renewals in flight, by integration
    AppLookup m_appLookup;
};

} // namespace bva
