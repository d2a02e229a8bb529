// In-process events: the store changed because of a webhook or a sync, or an account's sessions or
// access changed. The UI, the WebSocket hub and the notifier listen; emitters never wait for them
// (queued across threads). On PostgreSQL, ClusterEvents carries them to the other processes.
#pragma once

#include <QJsonObject>
#include <QMetaMethod>
#include <QObject>

namespace bva {

class EventBus final : public QObject
{
    Q_OBJECT
public:
    explicit EventBus(QObject *parent = nullptr)
        : QObject(parent)
    {}

    // Whether anything listens to orderChanged: its summary need not be built otherwise (bva-server on
    // SQLite has no listener; a webhook burst built one per order for nothing).
    bool hasOrderListeners() const
    {
        return isSignalConnected(QMetaMethod::fromSignal(&EventBus::orderChanged));
    }

signals:
    // shopId is BVA's shop row id. `data` carries a small JSON summary of what changed.
    void orderChanged(qint64 shopId, const QString &orderExternalId, const QJsonObject &data);
    void orderStatusChanged(qint64 shopId, const QString &orderExternalId, const QString &status);
    void productChanged(qint64 shopId, const QString &productExternalId, const QJsonObject &data);
    void inventoryChanged(qint64 shopId, const QString &productExternalId, int stock,
                          const QJsonObject &data);
    // Rollups of these days changed: dashboards refresh their figures in place.
    void dashboardChanged(qint64 shopId);
    void webhookReceived(qint64 shopId, const QString &topic);
    // A delivery could not be applied without guessing (it would move the order back and carries no
    // time): the marketplace, the source of truth, should be asked for this order.
    void orderNeedsChecking(qint64 shopId, const QString &orderExternalId);
    void integrationChanged(qint64 integrationId);
    // Sessions of this account ended (sign-out, everywhere, revocation, password change): whoever
    // holds its sockets or windows checks which of them are still open.
    void sessionsEnded(qint64 userId);
    // The user's role on the shop changed or ended: live updates of that shop follow.
    void shopAccessChanged(qint64 userId, qint64 shopId);
    void syncProgress(qint64 integrationId, qint64 runId, const QString &phase, int done, int total);
    void syncFinished(qint64 integrationId, qint64 runId, bool ok, const QString &error);
};

} // namespace bva
