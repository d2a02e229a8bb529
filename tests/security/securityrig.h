// What the security suite attacks: a real bva-server process over a scratch SQLite file, configured
// with a real bva-clone as its Shopee site (and the clone delivering webhooks to it), and a blocking
// HTTP client for the attackers and the victim.
//
//     SecurityRig rig;
//     QVERIFY2(rig.start(), qPrintable(rig.errorString()));
//     const QByteArray victim = rig.registerUser(u"victim@example.com"_s);
//     const Reply r = rig.call("POST", u"/api/integrations"_s, rig.linkBody(), victim);
#pragma once

#include "cloneprocess.h"
#include "receiverprocess.h"
#include "testserver.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <memory>

class QTcpSocket;

namespace bva::test {

// What came back on a raw connection: the status line's code (0: none), headers, body, and whether
// the server closed the connection.
struct RawReply
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    bool closed = false;
    QJsonObject json() const;
};

// Reads one HTTP answer (status line, headers, Content-Length body) or the close, from a raw socket.
RawReply readRawReply(QTcpSocket &socket, int timeoutMs);

struct RigOptions
{
    QStringList serverArgs; // more bva-server options (limits, --public-url, ...)
    bool webhooks = true;   // the clone delivers its webhooks to the server
};

class SecurityRig final
{
public:
    SecurityRig();
    ~SecurityRig();

    bool start(const RigOptions &options = {});
    QString errorString() const { return m_error; }

    CloneProcess &clone() { return *m_clone; }
    ReceiverProcess &server() { return *m_server; }
    QUrl url(const QString &path = {}) const;
    QString databasePath() const { return m_dir.filePath(QStringLiteral("bva.db")); }

    Reply call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
               const QByteArray &session = {});
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body,
               const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    // Writes `bytes` as they are on a fresh connection and reads one answer (or the close).
    RawReply raw(const QByteArray &bytes, int timeoutMs = 10000);
    // A BVA account; its session token.
    QByteArray registerUser(const QString &email);
    // What the consent flow sends for the clone's main shop with `token` (the seller's by default).
    QJsonObject linkBody(const QByteArray &token = {}) const;
    // Links the clone's main shop for `session` and waits for its first sync: the integration JSON.
    QJsonObject linkAndSync(const QByteArray &session, QString *why);
    QJsonObject integration(qint64 id, const QByteArray &session);
    // A buyer's checkout on the clone; the reply carries the seller's token for the browser relay.
    QJsonObject buyerCheckout();
    // Rows of the audit log with this action (read from the store file, as an operator would).
    QList<QJsonObject> auditEntries(const QString &action) const;
    // One number from the store file, e.g. "SELECT COUNT(*) FROM orders".
    qint64 scalar(const QString &sql) const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CloneProcess> m_clone;
    std::unique_ptr<ReceiverProcess> m_server;
    QNetworkAccessManager m_nam;
    QString m_error;
};

} // namespace bva::test
