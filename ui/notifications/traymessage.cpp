#include "traymessage.h"

#ifdef BVA_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusMessage>
#include <QDBusReply>
#endif

using namespace Qt::StringLiterals;

namespace bva::ui {

TrayMessage trayMessage(const QString &title, const QString &body, bool bodyIsMarkup)
{
    return {title, bodyIsMarkup ? body.toHtmlEscaped() : body};
}

bool trayBodyIsMarkup()
{
#ifdef BVA_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    constexpr int kTimeoutMs = 2000; // asked once, when the tray is turned on
    // Qt 6.4's QDBusMenuConnection: the watcher's IsStatusNotifierHostRegistered property.
    const QString watcher = u"org.kde.StatusNotifierWatcher"_s;
    if (!bus.interface()->isServiceRegistered(watcher))
        return false;
    QDBusMessage get = QDBusMessage::createMethodCall(watcher, u"/StatusNotifierWatcher"_s,
                                                      u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
    get << watcher << u"IsStatusNotifierHostRegistered"_s;
    // Only clear answers leave the body unescaped: a watcher or a notification server that does not
    // answer in time (a desktop still starting) would otherwise leave it so for the whole session.
    const QDBusReply<QDBusVariant> host = bus.call(get, QDBus::Block, kTimeoutMs);
    if (host.isValid() && !host.value().variant().toBool())
        return false;
    const QDBusMessage caps = QDBusMessage::createMethodCall(
        u"org.freedesktop.Notifications"_s, u"/org/freedesktop/Notifications"_s,
        u"org.freedesktop.Notifications"_s, u"GetCapabilities"_s);
    const QDBusReply<QStringList> list = bus.call(caps, QDBus::Block, kTimeoutMs);
    return !list.isValid() || list.value().contains(u"body-markup"_s);
#else
    return false;
#endif
}

} // namespace bva::ui
