#include "securityrig.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace bva::test {

SecurityRig::SecurityRig() = default;

SecurityRig::~SecurityRig()
{
    m_server.reset();
    m_clone.reset();
}

bool SecurityRig::start(const RigOptions &options)
{
    if (!m_dir.isValid()) {
        m_error = u"no temporary folder"_s;
        return false;
    }
    // The marketplace first: its address is the server's configuration.
    m_clone = std::make_unique<CloneProcess>(CloneOptions{.products = 8, .days = 5, .ordersPerDay = 4});
    if (!m_clone->start()) {
        m_error = m_clone->errorString();
        return false;
    }
    QStringList args{u"--db"_s,
                     u"sqlite:"_s + databasePath(),
                     u"--listen"_s,
                     u"127.0.0.1:0"_s,
                     u"--memory-vault"_s,
                     u"--shopee-url"_s,
                     m_clone->url().toString(),
                     u"--rate-limit"_s,
                     u"0"_s};
    // Dev integrations name their token: bva-server takes them from the environment only.
    QStringList devIntegrations;
    for (qsizetype i = 0; i < options.serverArgs.size(); ++i) {
        if (options.serverArgs.at(i) == u"--dev-integration"_s && i + 1 < options.serverArgs.size())
            devIntegrations.append(options.serverArgs.at(++i));
        else
            args.append(options.serverArgs.at(i));
    }
    // BVA_SERVER_BIN: another build, e.g. one without a defence, to see its attack succeed.
    const QString binary = qEnvironmentVariable("BVA_SERVER_BIN", QStringLiteral(BVA_SERVER_BINARY));
    m_server = std::make_unique<ReceiverProcess>(binary, args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"BVA_DEV_INTEGRATIONS"_s, devIntegrations.join(u'\n'));
    m_server->process().setProcessEnvironment(env);
    if (!m_server->start(&m_error))
        return false;
    if (options.webhooks && m_clone->admin(u"webhook"_s, {{u"url"_s, url(u"/api/webhooks"_s).toString()}})
                                .toObject()
                                .value(u"url"_s)
                                .toString()
                                .isEmpty()) {
        m_error = u"the clone did not take its webhook URL"_s;
        return false;
    }
    return true;
}

QUrl SecurityRig::url(const QString &path) const
{
    QUrl u = m_server->url();
    u.setPath(path);
    return u;
}

Reply SecurityRig::send(const QByteArray &method, const QString &path, const QByteArray &body,
                        const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    const qsizetype query = path.indexOf(u'?');
    QUrl u = url(query < 0 ? path : path.left(query));
    if (query >= 0)
        u.setQuery(path.mid(query + 1));
    return sendRequest(m_nam, u, method, body, headers, 60000);
}

Reply SecurityRig::call(const QByteArray &method, const QString &path, const QJsonObject &body,
                        const QByteArray &session)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!session.isEmpty())
        headers.emplaceBack("Authorization", "Bearer " + session);
    return send(method, path,
                body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

QJsonObject RawReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

RawReply readRawReply(QTcpSocket &socket, int timeoutMs)
{
    // Reads exactly one answer, leaving what follows (a pipelined answer) in the socket.
    RawReply r;
    QElapsedTimer t;
    t.start();
    auto wait = [&] {
        if (socket.state() == QAbstractSocket::UnconnectedState || t.elapsed() >= timeoutMs)
            return false;
        socket.waitForReadyRead(50);
        return true;
    };
    qsizetype headEnd = -1;
    while ((headEnd = socket.peek(socket.bytesAvailable()).indexOf("\r\n\r\n")) < 0) {
        if (!wait())
            break;
    }
    if (headEnd < 0) {
        r.closed = socket.state() == QAbstractSocket::UnconnectedState;
        return r;
    }
    r.head = socket.read(headEnd + 4).chopped(4);
    r.status = r.head.mid(9, 3).toInt();
    qint64 length = -1;
    for (const QByteArray &line : r.head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (r.status == 100)
        return r;
    while ((length < 0 || socket.bytesAvailable() < length) && wait()) {
    }
    r.body = length < 0 ? socket.readAll() : socket.read(length);
    r.closed = socket.state() == QAbstractSocket::UnconnectedState;
    return r;
}

RawReply SecurityRig::raw(const QByteArray &bytes, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(url().port()));
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(bytes);
    socket.waitForBytesWritten(5000);
    return readRawReply(socket, timeoutMs);
}

QByteArray SecurityRig::registerUser(const QString &email)
{
    // Registering answers the same for every email (202, no session); the account then signs in.
    const QJsonObject credentials{
        {u"email"_s, email}, {u"password"_s, u"correct horse battery staple"_s}, {u"name"_s, email}};
    call("POST", u"/api/auth/register"_s, credentials);
    const Reply r = call("POST", u"/api/auth/login"_s, credentials);
    return r.json.value(u"data"_s).toObject().value(u"token"_s).toString().toUtf8();
}

QJsonObject SecurityRig::linkBody(const QByteArray &token) const
{
    return {{u"platform"_s, u"SHOPEE"_s},
            {u"token"_s, QString::fromUtf8(token.isEmpty() ? m_clone->token() : token)},
            {u"shopId"_s, m_clone->shopId()},
            {u"siteUrl"_s, m_clone->url().toString()}};
}

QJsonObject SecurityRig::integration(qint64 id, const QByteArray &session)
{
    return call("GET", u"/api/integrations/"_s + QString::number(id) + u"?reveal=secret"_s, {}, session)
        .json.value(u"data"_s)
        .toObject();
}

QJsonObject SecurityRig::linkAndSync(const QByteArray &session, QString *why)
{
    const Reply linked = call("POST", u"/api/integrations"_s, linkBody(), session);
    if (linked.status != 201) {
        *why = u"link: %1 %2"_s.arg(linked.status).arg(QString::fromUtf8(linked.body));
        return {};
    }
    const qint64 id = qint64(linked.json.value(u"data"_s).toObject().value(u"id"_s).toDouble());
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 60000) {
        const QJsonObject i = integration(id, session);
        const QString state = i.value(u"lastRun"_s).toObject().value(u"state"_s).toString();
        if (state == u"succeeded"_s)
            return i;
        if (state == u"failed"_s) {
            *why = u"first sync failed: "_s + i.value(u"lastRun"_s).toObject().value(u"error"_s).toString();
            return {};
        }
        QTest::qWait(100);
    }
    *why = u"first sync did not finish"_s;
    return {};
}

QJsonObject SecurityRig::buyerCheckout()
{
    const QJsonArray products = m_clone->get(u"/api/products/shop/"_s + m_clone->shopId()).data().toArray();
    QString productId;
    for (const QJsonValue &p : products) {
        if (p.toObject().value(u"stock"_s).toDouble() > 0) {
            productId = p.toObject().value(u"id"_s).toString();
            break;
        }
    }
    const QJsonObject order{
        {u"shopId"_s, m_clone->shopId()},
        {u"items"_s, QJsonArray{QJsonObject{{u"productId"_s, productId}, {u"quantity"_s, 1}}}},
        {u"customerName"_s, u"A Buyer"_s}};
    return m_clone->request("POST", u"/api/orders"_s, QJsonDocument(order).toJson(QJsonDocument::Compact))
        .object();
}

// Reads the store file as an operator would, through a connection of its own.
template <typename Read> static void readStore(const QString &path, Read read)
{
    const QString name = u"read-"_s + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open())
            read(db);
    }
    QSqlDatabase::removeDatabase(name);
}

QList<QJsonObject> SecurityRig::auditEntries(const QString &action) const
{
    QList<QJsonObject> rows;
    readStore(databasePath(), [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(u"SELECT user_id, target, details FROM audit_log WHERE action = ? ORDER BY id"_s);
        q.addBindValue(action);
        if (!q.exec())
            return;
        while (q.next()) {
            QJsonObject row = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
            row.insert(u"_userId"_s, q.value(0).toLongLong());
            row.insert(u"_target"_s, q.value(1).toString());
            rows.append(row);
        }
    });
    return rows;
}

qint64 SecurityRig::scalar(const QString &sql) const
{
    qint64 value = -1;
    readStore(databasePath(), [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            value = q.value(0).toLongLong();
    });
    return value;
}

} // namespace bva::test
