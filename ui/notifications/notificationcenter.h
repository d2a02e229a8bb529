// Turns store events into notifications (new orders, low stock, sync failures, expired
// connections), de-duplicated by key in the store, for the bell and the system tray. Writes are
// batched off the GUI thread so a burst of webhooks never stalls the window.
#pragma once

#include "domain/records.h"
#include "traymessage.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

class QSystemTrayIcon;
class QTimer;

namespace bva::ui {

class NotificationModel;
class UserSession;
struct UiServices;

class NotificationCenter final : public QObject
{
    Q_OBJECT
public:
    NotificationCenter(const UiServices &services, UserSession *session, QObject *parent = nullptr);
    ~NotificationCenter() override;

    NotificationModel *model() const { return m_model; }
    qint64 unreadCount() const { return m_unread; }
    QDateTime lastEvent() const { return m_lastEvent; }
    void setTrayEnabled(bool on);
    // For the demo and tests: a notification for every user of `shopId` (0: the signed-in user).
    void post(qint64 shopId, const QString &kind, const QString &dedupeKey, const QString &title,
              const QString &body);
    // Writes what is pending now instead of at the next tick.
    void flush();
    // What the tray shows for `added` (exactly what goes to QSystemTrayIcon::showMessage): one notification's
    // title and body, or a count; the body escaped when the notification server reads markup (traymessage.h).
    static TrayMessage trayMessageFor(const QList<Notification> &added, bool bodyIsMarkup);

public slots:
    void reload();
    void markRead(qint64 id);
    void markAllRead();

signals:
    void unreadCountChanged(qint64 count);
    void lastEventChanged(const QDateTime &at);
    void notificationsAdded(int count);

private:
    void onOrder(qint64 shopId, const QString &orderId, const QJsonObject &data);
    void onInventory(qint64 shopId, const QString &productId, int stock, const QJsonObject &data);
    void onSyncFinished(qint64 integrationId, qint64 runId, bool ok, const QString &error);
    void onIntegrationChanged(qint64 integrationId);
    void showTray(const QList<Notification> &added);

    const UiServices &m_services;
    UserSession *m_session;
    NotificationModel *m_model;
    QTimer *m_flushTimer;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_trayMarkup = false; // the notification server reads markup in a body (traymessage.h)
    QList<Notification> m_pending;
    qint64 m_unread = 0;
    QDateTime m_lastEvent;
    bool m_flushing = false;
    int m_generation = 0;
    QSet<qint64> m_reconnectShown; // integrations whose "Reconnect needed" was shown in the tray
};

} // namespace bva::ui
