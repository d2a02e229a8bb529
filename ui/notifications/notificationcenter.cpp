#include "notificationcenter.h"

#include "accounts/usersession.h"
#include "analytics/forecast/forecastservice.h"
#include "domain/eventbus.h"
#include "models/displayformat.h"
#include "notificationmodel.h"
#include "realtime/notificationinbox.h"
#include "shell/async.h"
#include "shell/uiservices.h"
#include "sync/integrationservice.h"
#include "traymessage.h"
#include "util/clock.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QSystemTrayIcon>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace bva::ui {
namespace {
constexpr int kDefaultLowStock = 5;
constexpr int kMaxPending = 2000;
} // namespace

NotificationCenter::NotificationCenter(const UiServices &services, UserSession *session, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_session(session)
    , m_model(new NotificationModel(this))
    , m_flushTimer(new QTimer(this))
{
    m_flushTimer->setInterval(1000);
    m_flushTimer->setSingleShot(true);
    connect(m_flushTimer, &QTimer::timeout, this, &NotificationCenter::flush);
    if (EventBus *bus = services.bus) {
        connect(bus, &EventBus::orderChanged, this, &NotificationCenter::onOrder);
        connect(bus, &EventBus::inventoryChanged, this, &NotificationCenter::onInventory);
        connect(bus, &EventBus::syncFinished, this, &NotificationCenter::onSyncFinished);
        connect(bus, &EventBus::integrationChanged, this, &NotificationCenter::onIntegrationChanged);
        connect(bus, &EventBus::webhookReceived, this, [this] {
            m_lastEvent = Clock::nowUtc();
            emit lastEventChanged(m_lastEvent);
        });
    }
    // SmartShelf writes its critical-risk notifications itself (bva-server does too); show them.
    if (forecast::ForecastService *forecasts = services.forecasts) {
        connect(forecasts, &forecast::ForecastService::criticalRisksNotified, this,
                [this](qint64, int count) {
                    emit notificationsAdded(count);
                    reload();
                });
    }
    connect(session, &UserSession::userChanged, this, &NotificationCenter::reload);
}

NotificationCenter::~NotificationCenter() = default;

void NotificationCenter::setTrayEnabled(bool on)
{
    if (on && !m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(u":/bva/icons/app.svg"_s), this);
        m_trayMarkup = trayBodyIsMarkup();
        m_tray->setToolTip(tr("BVA — Business Virtual Assistant"));
        m_tray->show();
    } else if (!on && m_tray) {
        delete m_tray;
        m_tray = nullptr;
    }
}

void NotificationCenter::post(qint64 shopId, const QString &kind, const QString &dedupeKey,
                              const QString &title, const QString &body)
{
    if (m_pending.size() >= kMaxPending)
        return; // a flood: the dedupe keys would drop most of them anyway
    Notification n;
    n.shopId = shopId;
    n.userId = shopId == 0 ? m_session->user().id : 0;
    n.kind = kind;
    n.dedupeKey = dedupeKey;
    n.title = title;
    n.body = body;
    m_pending.append(n);
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void NotificationCenter::onOrder(qint64 shopId, const QString &orderId, const QJsonObject &data)
{
    const Shop *shop = m_session->shop(shopId);
    const QString shopName = shop ? shop->name : tr("your shop");
    QString amount;
    if (data.contains(u"totalMinor"_s) && shop)
        amount = formatMoney(data.value(u"totalMinor"_s).toInteger(), shop->currency);
    post(shopId, u"new_order"_s, u"new_order:%1:%2"_s.arg(shopId).arg(orderId),
         tr("New order %1").arg(orderId),
         amount.isEmpty() ? tr("%1 received a new order.").arg(shopName)
                          : tr("%1 received a new order of %2.").arg(shopName, amount));
}

void NotificationCenter::onInventory(qint64 shopId, const QString &productId, int stock,
                                     const QJsonObject &data)
{
    const int threshold =
        data.contains(u"threshold"_s) ? data.value(u"threshold"_s).toInt() : kDefaultLowStock;
    if (stock > threshold)
        return;
    const int previous = data.contains(u"previous"_s) ? data.value(u"previous"_s).toInt() : threshold + 1;
    if (previous <= threshold && stock > 0)
        return; // already low: said once
    const QString day = Clock::today(QTimeZone::systemTimeZone()).toString(Qt::ISODate);
    const bool out = stock <= 0;
    // Named as the seller knows it; the marketplace's id only when the store has no name for it.
    const QString name =
        data.value(u"name"_s).toString().isEmpty() ? productId : data.value(u"name"_s).toString();
    post(shopId, u"low_stock"_s,
         u"%1:%2:%3:%4"_s.arg(out ? u"out_of_stock"_s : u"low_stock"_s).arg(shopId).arg(productId, day),
         out ? tr("Out of stock: %1").arg(name) : tr("Low stock: %1").arg(name),
         out ? tr("%1 has no stock left.").arg(name)
             : tr("%1 is down to %n unit(s).", nullptr, stock).arg(name));
}

void NotificationCenter::onSyncFinished(qint64 integrationId, qint64 runId, bool ok, const QString &error)
{
    if (ok)
        return;
    IntegrationService *integrations = m_services.integrations;
    if (!integrations)
        return;
    runAsync(
        this, [integrations, integrationId] { return integrations->view(integrationId); },
        [this, runId, error](Result<std::optional<IntegrationView>> found) {
            if (!found.ok() || !found->has_value())
                return;
            const Integration &i = (*found)->integration;
            if (i.state == IntegrationState::Expired)
                return; // "Reconnect needed" says it, with what to do
            post(i.shopId, u"sync_failed"_s, u"sync_failed:%1:%2"_s.arg(i.id).arg(runId), tr("Sync failed"),
                 tr("The last sync of %1 failed: %2").arg(platformDisplayName(i.platform), error));
        });
}

void NotificationCenter::onIntegrationChanged(qint64 integrationId)
{
    IntegrationService *integrations = m_services.integrations;
    if (!integrations)
        return;
    runAsync(
        this, [integrations, integrationId] { return integrations->view(integrationId); },
        [this](Result<std::optional<IntegrationView>> found) {
            if (!found.ok() || !found->has_value())
                return;
            const Integration &i = (*found)->integration;
            if (i.state != IntegrationState::Expired) {
                m_reconnectShown.remove(i.id);
                return;
            }
            // The sync that found the access gone wrote the notification for every member (it does so in
            // bva-server too); here it is shown once.
            if (m_reconnectShown.contains(i.id))
                return;
            m_reconnectShown.insert(i.id);
            reload();
            Notification n;
            n.shopId = i.shopId;
            n.title = tr("Reconnect needed");
            n.body = tr("The %1 connection has expired. Open Settings → Integrations and reconnect.")
                         .arg(platformDisplayName(i.platform));
            showTray({n});
            emit notificationsAdded(1);
        });
}

void NotificationCenter::flush()
{
    if (m_pending.isEmpty() || !m_services.db)
        return;
    if (m_flushing) {
        m_flushTimer->start();
        return;
    }
    m_flushing = true;
    const QList<Notification> batch = std::exchange(m_pending, {});
    Database *db = m_services.db;
    const qint64 me = m_session->user().id;
    runAsync(
        this, [db, batch, me] { return NotificationInbox(*db).deliver(batch, me); },
        [this](QList<Notification> mine) {
            m_flushing = false;
            if (!mine.isEmpty()) {
                showTray(mine);
                emit notificationsAdded(int(mine.size()));
                reload();
            }
            if (!m_pending.isEmpty())
                m_flushTimer->start();
        });
}

void NotificationCenter::showTray(const QList<Notification> &added)
{
    if (!m_tray || added.isEmpty())
        return;
    const TrayMessage m = trayMessageFor(added, m_trayMarkup);
    m_tray->showMessage(m.title, m.body, QSystemTrayIcon::Information, 5000);
}

TrayMessage NotificationCenter::trayMessageFor(const QList<Notification> &added, bool bodyIsMarkup)
{
    if (added.size() == 1)
        return trayMessage(added.first().title, added.first().body, bodyIsMarkup);
    return trayMessage(tr("BVA"), tr("%n new notification(s)", nullptr, int(added.size())), bodyIsMarkup);
}

void NotificationCenter::reload()
{
    const qint64 me = m_session->user().id;
    const int generation = ++m_generation;
    if (me == 0 || !m_services.db) {
        m_model->setNotifications({});
        m_unread = 0;
        emit unreadCountChanged(0);
        return;
    }
    Database *db = m_services.db;
    runAsync(
        this, [db, me] { return NotificationInbox(*db).page(me); },
        [this, generation](Result<InboxPage> inbox) {
            if (generation != m_generation)
                return;
            const InboxPage page = inbox.ok() ? inbox.value() : InboxPage{};
            m_model->setNotifications(page.recent);
            m_unread = page.unread;
            emit unreadCountChanged(m_unread);
        });
}

void NotificationCenter::markRead(qint64 id)
{
    const qint64 me = m_session->user().id;
    Database *db = m_services.db;
    m_model->markRead(id);
    runAsync(
        this, [db, me, id] { return NotificationInbox(*db).markRead(me, id); },
        [this](Result<void>) { reload(); });
}

void NotificationCenter::markAllRead()
{
    const qint64 me = m_session->user().id;
    Database *db = m_services.db;
    m_model->markAllRead();
    m_unread = 0;
    emit unreadCountChanged(0);
    runAsync(
        this, [db, me] { return NotificationInbox(*db).markAllRead(me); },
        [this](Result<void>) { reload(); });
}

} // namespace bva::ui
