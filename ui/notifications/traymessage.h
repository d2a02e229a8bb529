// The words a notification puts into QSystemTrayIcon::showMessage. Its title and body carry a
// marketplace's names (a product, a shop, an order id, a sync error), chosen by whoever writes them.
//
// Qt 6.4 on Linux, when a StatusNotifier host is registered (QGenericUnixTheme's isDBusTrayAvailable),
// shows the message through QDBusTrayIcon, which hands the title and the body to the freedesktop
// notification server as they are (Notify(app, 0, icon, summary, body, ...)). The specification makes
// the summary plain text, but a server with the "body-markup" capability reads the body as markup: a
// product named "<b>…</b>", "<a href=…>" or "<img src=…>" was drawn bold, as a link, or made the server
// load an image. Everywhere else (Qt's own balloon: QBalloonTip's labels are Qt::PlainText; Windows;
// macOS) both are shown as text, so escaping there would show "&lt;b&gt;" instead.
#pragma once

#include <QString>

namespace bva::ui {

struct TrayMessage
{
    QString title; // shown as text by every server
    QString body;  // escaped when the server reads markup in it
};

// The message for `title` and `body`, the body escaped when `bodyIsMarkup`.
TrayMessage trayMessage(const QString &title, const QString &body, bool bodyIsMarkup);

// Whether showMessage's body reaches a notification server that reads markup: Qt uses the D-Bus tray (the
// session bus's org.kde.StatusNotifierWatcher says a host is registered, as Qt 6.4 checks) and
// org.freedesktop.Notifications lists "body-markup". False without a session bus (or QtDBus), without a
// watcher, or when the watcher or the server clearly says no; true when either does not answer.
bool trayBodyIsMarkup();

} // namespace bva::ui
