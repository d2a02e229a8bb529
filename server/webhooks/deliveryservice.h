// The deliveries inspector (issue 19.6): a shop's recent webhook deliveries for its admins, bodies
// masked (deliverymask.h; the shop's own token and signing secret are masked wherever they appear),
// and the replay of a kept failed delivery once its cause is fixed. A replay takes the live path's
// steps (the same parser, shop check, inbox row and WebhookApplier, events after commit) in one
// transaction, under the inbox key "replay:<failed id>": however often it is asked for, or by how
// many processes, a failed delivery is replayed into effect at most once. Every replay is audited.
// Called from the HTTP thread (REST) and the thread pool (desktop); holds no state of its own.
#pragma once

#include "auth/actor.h"
#include "domain/webhookdelivery.h"
#include "util/result.h"

#include <QObject>

namespace bva {

class Database;
class EventBus;
class SecretVault;
struct Integration;

class DeliveryService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryService)
public:
    static constexpr int kMaxLimit = 200;

    DeliveryService(Database &db, SecretVault &vault, EventBus *bus, QObject *parent = nullptr);

    Result<DeliveryPage> list(const Actor &actor, qint64 integrationId, const DeliveryQuery &query);
    Result<WebhookDelivery> find(const Actor &actor, qint64 integrationId, const QString &deliveryId);
    // Conflict when the delivery is not a failed one or was already replayed into effect.
    Result<ReplayResult> replay(const Actor &actor, qint64 integrationId, const QString &deliveryId);

private:
    Result<Integration> checked(const Actor &actor, qint64 integrationId);
    QList<QByteArray> secretsOf(const Integration &integration);
    Result<ReplayResult> runReplay(const Actor &actor, const Integration &integration, qint64 failedId,
                                   const WebhookDelivery &failed, const QByteArray &body);

    Database &m_db;
    SecretVault &m_vault;
    EventBus *m_bus;
};

} // namespace bva
