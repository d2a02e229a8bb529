// What a tray notification hands to QSystemTrayIcon::showMessage. Qt 6.4's D-Bus tray passes the body to
// the freedesktop notification server as it is, and a server with "body-markup" reads it as markup: a
// product named "<b>…</b>", "<a href>" or "<img src>" must reach it escaped, and only then (Qt's own
// balloon shows text). The detection is checked against a private D-Bus daemon serving a fake
// StatusNotifierWatcher and notification server.
#include "notifications/notificationcenter.h"
#include "notifications/traymessage.h"

#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace bva::ui;

namespace {

class FakeWatcher final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierWatcher")
    Q_PROPERTY(bool IsStatusNotifierHostRegistered READ hostRegistered NOTIFY hostChanged)
public:
    bool host = true;
    bool hostRegistered() const { return host; }
signals:
    void hostChanged();
};

class FakeNotifications final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QStringList capabilities{u"body"_s, u"body-markup"_s, u"body-hyperlinks"_s};
public slots:
    QStringList GetCapabilities() { return capabilities; }
};

} // namespace

class TstTrayMessage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void markupIsEscapedForMarkupServers();
    void serverThatReadsMarkupIsRecognised();
    void cleanupTestCase();

private:
    QProcess m_daemon;
    QString m_address;
};

void TstTrayMessage::initTestCase()
{
    const QString daemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
    if (daemon.isEmpty())
        QSKIP("dbus-daemon is not installed");
    m_daemon.start(daemon, {u"--session"_s, u"--nofork"_s, u"--print-address"_s});
    QVERIFY(m_daemon.waitForStarted(10000));
    QVERIFY(m_daemon.waitForReadyRead(10000));
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    QVERIFY(!m_address.isEmpty());
    // Before anything asks for the session bus: trayBodyIsMarkup() asks this one.
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
}

void TstTrayMessage::markupIsEscapedForMarkupServers()
{
    bva::Notification low;
    low.title = u"Low stock: <b>Soap</b> <a href=\"https://evil.example\">x</a>"_s;
    low.body = u"<img src=\"file:///dev/zero\"/> <b>Soap</b> & <a href=\"https://evil.example\">more</a> "
               u"is down to 2 units."_s;
    const TrayMessage escaped = NotificationCenter::trayMessageFor({low}, true);
    QCOMPARE(escaped.title, low.title); // the summary is plain text for every server
    QCOMPARE(escaped.body,
             u"&lt;img src=&quot;file:///dev/zero&quot;/&gt; &lt;b&gt;Soap&lt;/b&gt; &amp; "
             u"&lt;a href=&quot;https://evil.example&quot;&gt;more&lt;/a&gt; is down to 2 units."_s);
    QVERIFY(!escaped.body.contains(u'<') && !escaped.body.contains(u'>'));
    // A server (or Qt's balloon) that shows text gets the text.
    const TrayMessage plain = NotificationCenter::trayMessageFor({low}, false);
    QCOMPARE(plain.title, low.title);
    QCOMPARE(plain.body, low.body);
    // Several at once: a count, no names.
    const TrayMessage many = NotificationCenter::trayMessageFor({low, low}, true);
    QVERIFY(!many.body.contains(u"Soap"_s));
}

void TstTrayMessage::serverThatReadsMarkupIsRecognised()
{
    QDBusConnection fake = QDBusConnection::connectToBus(m_address, u"fake-desktop"_s);
    QVERIFY(fake.isConnected());
    FakeWatcher watcher;
    FakeNotifications notifications;
    // Served from a thread of their own: trayBodyIsMarkup() blocks this one while it asks them.
    QThread service;
    service.start();
    const auto stop = qScopeGuard([&service] {
        service.quit();
        service.wait();
    });
    watcher.moveToThread(&service);
    notifications.moveToThread(&service);
    QVERIFY(fake.registerObject(u"/StatusNotifierWatcher"_s, &watcher, QDBusConnection::ExportAllProperties));
    QVERIFY(fake.registerObject(u"/org/freedesktop/Notifications"_s, &notifications,
                                QDBusConnection::ExportAllSlots));
    // No tray host yet: Qt shows its own balloon (text).
    QVERIFY(!trayBodyIsMarkup());
    QVERIFY(fake.registerService(u"org.kde.StatusNotifierWatcher"_s));
    // A tray host but no notification server answering yet (a desktop still starting): escaped.
    QVERIFY(trayBodyIsMarkup());
    QVERIFY(fake.registerService(u"org.freedesktop.Notifications"_s));
    QVERIFY(trayBodyIsMarkup());
    notifications.capabilities = {u"body"_s, u"actions"_s};
    QVERIFY(!trayBodyIsMarkup()); // a server that shows the body as text
    notifications.capabilities = {u"body-markup"_s};
    watcher.host = false;
    QVERIFY(!trayBodyIsMarkup()); // a watcher with no host: Qt does not use the D-Bus tray
    watcher.host = true;
    QVERIFY(trayBodyIsMarkup());
    fake.unregisterObject(u"/StatusNotifierWatcher"_s);
    fake.unregisterObject(u"/org/freedesktop/Notifications"_s);
    QDBusConnection::disconnectFromBus(u"fake-desktop"_s);
}

void TstTrayMessage::cleanupTestCase()
{
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        m_daemon.waitForFinished(5000);
    }
}

QTEST_MAIN(TstTrayMessage)
#include "tst_traymessage.moc"
