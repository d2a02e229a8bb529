// The REST API over real HTTP: sessions, envelope and pagination, access control by shop roles,
// BVA-native products, orders with filters, shop access, the dashboard.
#include "analytics/forecast/forecastservice.h"
#include "platforms/marketplacesites.h"
#include "store/database.h"
#include "store/integrationrepository.h"
#include "store/productrepository.h"
#include "store/shoprepository.h"
#include "store/sql.h"
#include "store/syncrunrepository.h"
#include "sync/integrationservice.h"
#include "testserver.h"
#include "util/clock.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bva;
using namespace bva::test;

#define START_SERVER(var, backend)                                                                           \
    QString var##Why;                                                                                        \
    auto var = TestServer::start(backend, &var##Why);                                                        \
    if (!var) {                                                                                              \
        if (backend == u"postgres"_s && !postgresRequired())                                                 \
            QSKIP(qPrintable(u"PostgreSQL not reachable, skipped: "_s + var##Why));                          \
        QFAIL(qPrintable(var##Why));                                                                         \
    }

namespace {

QJsonObject data(const Reply &r)
{
    return r.json.value(u"data"_s).toObject();
}

QList<std::pair<QByteArray, QByteArray>> bearer(const QByteArray &token)
{
    return {{"Authorization", "Bearer " + token}};
}

// A marketplace that takes connections and never answers: a sync against it stays running.
class SilentMarketplace final : public QTcpServer
{
public:
    SilentMarketplace()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection())
                s->setParent(this);
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QString url() const { return u"http://127.0.0.1:"_s + QString::number(serverPort()); }
};

} // namespace

class TstApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sessions_data() { addBackendRows(); }
    void sessions()
    {
        QFETCH(QString, backend);
        START_SERVER(server, backend);
        const QJsonObject creds{{u"email"_s, u"Seller@Example.com"_s},
                                {u"password"_s, u"correct horse"_s},
                                {u"name"_s, u"Sam"_s}};
        const Reply reg = server->postJson(u"/api/auth/register"_s, creds);
        QCOMPARE(reg.status, 202);
        QVERIFY2(!data(reg).contains(u"token"_s), reg.body.constData());
        // A taken email answers exactly like a new one (nothing says which emails have an account).
        const Reply again = server->postJson(u"/api/auth/register"_s, {{u"email"_s, u"seller@example.com"_s},
                                                                       {u"password"_s, u"other horse"_s}});
        QCOMPARE(again.status, reg.status);
        QCOMPARE(again.body, reg.body);
        const Reply first = server->postJson(u"/api/auth/login"_s, creds);
        QCOMPARE(first.status, 200);
        QCOMPARE(data(first).value(u"user"_s).toObject().value(u"email"_s).toString(),
                 u"seller@example.com"_s);
        const QByteArray firstToken = data(first).value(u"token"_s).toString().toUtf8();
        QCOMPARE(
            server->postJson(u"/api/auth/register"_s, {{u"email"_s, u"x@y.z"_s}, {u"password"_s, u"short"_s}})
                .status,
            400);
        const Reply badEmail = server->postJson(u"/api/auth/register"_s,
                                                {{u"email"_s, u"nope"_s}, {u"password"_s, u"long enough"_s}});
        QCOMPARE(badEmail.status, 400);
        QVERIFY(badEmail.json.value(u"error"_s).toString().contains(u"email"_s));

        const Reply wrong = server->postJson(
            u"/api/auth/login"_s, {{u"email"_s, u"seller@example.com"_s}, {u"password"_s, u"wrong pass"_s}});
        QCOMPARE(wrong.status, 401);
        const Reply unknown = server->postJson(
            u"/api/auth/login"_s, {{u"email"_s, u"nobody@example.com"_s}, {u"password"_s, u"wrong pass"_s}});
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.body, wrong.body);
        const Reply login = server->postJson(u"/api/auth/login"_s, {{u"email"_s, u"seller@example.com"_s},
                                                                    {u"password"_s, u"correct horse"_s}});
        QCOMPARE(login.status, 200);
        const QByteArray token = data(login).value(u"token"_s).toString().toUtf8();
        QCOMPARE(token.count('.'), 2);

        QCOMPARE(server->get(u"/api/auth/me"_s).status, 401);
        QCOMPARE(server->get(u"/api/auth/me"_s, "garbage").status, 401);
        QByteArray tampered = token;
        tampered[tampered.size() - 2] = tampered.at(tampered.size() - 2) == 'A' ? 'B' : 'A';
        QCOMPARE(server->get(u"/api/auth/me"_s, tampered).status, 401);
        const Reply me = server->get(u"/api/auth/me"_s, token);
        QCOMPARE(me.status, 200);
        QCOMPARE(data(me).value(u"name"_s).toString(), u"Sam"_s);

        const Reply profile =
            server->send("PUT", u"/api/auth/me"_s, "{\"name\":\"Samantha\"}", bearer(token));
        QCOMPARE(profile.status, 200);
        QCOMPARE(data(profile).value(u"name"_s).toString(), u"Samantha"_s);
        QCOMPARE(server
                     ->send("POST", u"/api/auth/password"_s,
                            "{\"currentPassword\":\"bad\",\"newPassword\":\"another horse\"}", bearer(token))
                     .status,
                 401);
        QCOMPARE(server->get(u"/api/auth/me"_s, firstToken).status, 200);
        QCOMPARE(server
                     ->send("POST", u"/api/auth/password"_s,
                            "{\"currentPassword\":\"correct horse\",\"newPassword\":\"another horse\"}",
                            bearer(token))
                     .status,
                 200);
        // The password change ended the account's other session; the one that asked stays.
        QCOMPARE(server->get(u"/api/auth/me"_s, firstToken).status, 401);
        QCOMPARE(server->get(u"/api/auth/me"_s, token).status, 200);
        const Reply relogin = server->postJson(u"/api/auth/login"_s, {{u"email"_s, u"seller@example.com"_s},
                                                                      {u"password"_s, u"another horse"_s}});
        QCOMPARE(relogin.status, 200);

        QCOMPARE(server->send("POST", u"/api/auth/logout"_s, {}, bearer(token)).status, 200);
        QCOMPARE(server->get(u"/api/auth/me"_s, token).status, 401);
        // Signing out one session leaves the others open.
        QCOMPARE(server->get(u"/api/auth/me"_s, data(relogin).value(u"token"_s).toString().toUtf8()).status,
                 200);
    }

    void malformedBodies_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("register not json") << u"/api/auth/register"_s << QByteArray("{nope") << u"body"_s;
        QTest::newRow("register array") << u"/api/auth/register"_s << QByteArray("[]") << u"body"_s;
        QTest::newRow("register email number")
            << u"/api/auth/register"_s << QByteArray("{\"email\":5,\"password\":\"12345678\"}") << u"email"_s;
        QTest::newRow("login no password")
            << u"/api/auth/login"_s << QByteArray("{\"email\":\"a@b.c\"}") << u"password"_s;
    }
    void malformedBodies()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        START_SERVER(server, u"sqlite"_s);
        const Reply r = server->send("POST", path, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(u"success"_s).toBool(true), false);
        QVERIFY2(r.json.value(u"error"_s).toString().contains(mentions), r.body.constData());
    }

    void healthAndUnknown()
    {
        START_SERVER(server, u"sqlite"_s);
        QCOMPARE(server->get(u"/api/health"_s).status, 200);
        QCOMPARE(server->get(u"/api/nothing-here"_s).status, 404);
        QCOMPARE(server->send("DELETE", u"/api/health"_s).status, 405);
        // Only a path is a request target: an absolute-form one was answered as if it named this host.
        auto raw = [&](const QByteArray &requestLine) -> QByteArray {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, server->port());
            if (!socket.waitForConnected(10000))
                return QByteArray("not connected");
            socket.write(requestLine + "\r\nHost: 127.0.0.1:" + QByteArray::number(server->port()) +
                         "\r\n\r\n");
            QByteArray answer;
            QElapsedTimer timer;
            timer.start();
            while (!answer.contains("\r\n\r\n") && timer.elapsed() < 20000) {
                if (socket.waitForReadyRead(500))
                    answer += socket.readAll();
                else if (socket.state() != QAbstractSocket::ConnectedState)
                    break;
            }
            answer += socket.readAll();
            return answer;
        };
        QVERIFY(raw("GET /api/health HTTP/1.1").startsWith("HTTP/1.1 200"));
        for (const QByteArray &line : {QByteArray("GET http://evil.example/api/health HTTP/1.1"),
                                       QByteArray("GET http://127.0.0.1/api/health HTTP/1.1"),
                                       QByteArray("GET //evil.example/api/health HTTP/1.1")}) {
            const QByteArray answer = raw(line);
            QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.constData());
            QVERIFY2(answer.contains("request target"), answer.constData());
        }
    }

    void accessControl_data() { addBackendRows(); }
    void accessControl()
    {
        QFETCH(QString, backend);
        START_SERVER(server, backend);
        const auto [alice, aliceToken] = server->registerUser(u"alice@example.com"_s);
        const auto [bob, bobToken] = server->registerUser(u"bob@example.com"_s);
        const TestIntegration a = server->addIntegration(Platform::Shopee, u"100"_s, alice);
        const TestIntegration b = server->addIntegration(Platform::Lazada, u"200"_s, bob);
        // Same marketplace id on the other platform: platform disambiguates.
        const TestIntegration a2 = server->addIntegration(Platform::Lazada, u"100"_s, alice);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(
                server
                    ->webhook(
                        u"products/created"_s,
                        u"{\"id\":\"P%1\",\"shopId\":\"100\",\"name\":\"Item %1\",\"price\":%1,\"cost\":1,\"stock\":%1}"_s
                            .arg(i + 1)
                            .toUtf8(),
                        a.token)
                    .status,
                200);
        }
        QCOMPARE(server
                     ->webhook(u"products/created"_s,
                               "{\"id\":\"B1\",\"shopId\":\"200\",\"name\":\"Bobs\",\"price\":9,\"stock\":1}",
                               b.token)
                     .status,
                 200);
        QCOMPARE(
            server
                ->webhook(
                    u"orders/created"_s,
                    "{\"id\":\"O1\",\"shopId\":\"100\",\"items\":[{\"productId\":\"P1\",\"quantity\":2,\"price\":1}],\"total\":2,\"status\":\"COMPLETED\",\"createdAt\":\"2026-11-02T02:00:00Z\"}",
                    a.token)
                .status,
            200);
        QCOMPARE(
            server
                ->webhook(
                    u"orders/created"_s,
                    "{\"id\":\"O2\",\"shopId\":\"100\",\"items\":[{\"productId\":\"P2\",\"quantity\":1,\"price\":2}],\"total\":2,\"status\":\"CANCELLED\",\"createdAt\":\"2026-11-03T02:00:00Z\"}",
                    a.token)
                .status,
            200);
        QCOMPARE(
            server
                ->webhook(
                    u"orders/created"_s,
                    "{\"id\":\"OB\",\"shopId\":\"200\",\"items\":[],\"total\":5,\"status\":\"COMPLETED\"}",
                    b.token)
                .status,
            200);

        // Lists with the envelope and pagination, only the caller's shops.
        const Reply page1 =
            server->get(u"/api/products?shopId=100&platform=SHOPEE&page=1&pageSize=2"_s, aliceToken);
        QCOMPARE(page1.status, 200);
        QCOMPARE(page1.json.value(u"data"_s).toArray().size(), 2);
        const QJsonObject pagination = page1.json.value(u"pagination"_s).toObject();
        QCOMPARE(pagination.value(u"total"_s).toInt(), 5);
        QCOMPARE(pagination.value(u"pageSize"_s).toInt(), 2);
        const Reply all = server->get(u"/api/products"_s, aliceToken);
        QCOMPARE(all.json.value(u"pagination"_s).toObject().value(u"total"_s).toInt(), 5);
        QCOMPARE(server->get(u"/api/products"_s, bobToken)
                     .json.value(u"pagination"_s)
                     .toObject()
                     .value(u"total"_s)
                     .toInt(),
                 1);
        QCOMPARE(server->get(u"/api/products/shop/100?platform=SHOPEE"_s, aliceToken).status, 200);
        QCOMPARE(server->get(u"/api/products/shop/100"_s, aliceToken).status, 400); // two shops named 100
        QCOMPARE(server->get(u"/api/products/shop/100?platform=LAZADA"_s, aliceToken)
                     .json.value(u"data"_s)
                     .toArray()
                     .size(),
                 0);

        // Cross-shop refusals.
        QCOMPARE(server->get(u"/api/products/shop/200"_s, aliceToken).status, 403);
        QCOMPARE(server->get(u"/api/products?shopId=200"_s, aliceToken).status, 403);
        QCOMPARE(server->get(u"/api/orders?shopId=200"_s, aliceToken).status, 403);
        QCOMPARE(server->get(u"/api/dashboard?shopId=200"_s, aliceToken).status, 403);
        QCOMPARE(server->get(u"/api/products/shop/999"_s, aliceToken).status, 404);
        // Guessing row ids reaches nothing.
        const qint64 bobProduct = qint64(server->get(u"/api/products"_s, bobToken)
                                             .json.value(u"data"_s)
                                             .toArray()
                                             .at(0)
                                             .toObject()
                                             .value(u"id"_s)
                                             .toDouble());
        QCOMPARE(server->get(u"/api/products/"_s + QString::number(bobProduct), aliceToken).status, 404);
        QCOMPARE(server->get(u"/api/products/"_s + QString::number(bobProduct), bobToken).status, 200);
        QCOMPARE(
            server->send("DELETE", u"/api/products/"_s + QString::number(bobProduct), {}, bearer(aliceToken))
                .status,
            404);
        // Marketplace products are read-only even for their owner.
        QCOMPARE(server
                     ->send("PUT", u"/api/products/"_s + QString::number(bobProduct), "{\"price\":1}",
                            bearer(bobToken))
                     .status,
                 403);

        // Orders with filters.
        const Reply orders = server->get(u"/api/orders?shopId=100&platform=shopee"_s, aliceToken);
        QCOMPARE(orders.status, 200);
        QCOMPARE(orders.json.value(u"pagination"_s).toObject().value(u"total"_s).toInt(), 2);
        QCOMPARE(server->get(u"/api/orders?status=cancelled"_s, aliceToken)
                     .json.value(u"pagination"_s)
                     .toObject()
                     .value(u"total"_s)
                     .toInt(),
                 1);
        QCOMPARE(server->get(u"/api/orders?from=2026-11-03&to=2026-11-03"_s, aliceToken)
                     .json.value(u"pagination"_s)
                     .toObject()
                     .value(u"total"_s)
                     .toInt(),
                 1);
        QCOMPARE(server->get(u"/api/orders?status=bogus"_s, aliceToken).status, 400);
        QCOMPARE(server->get(u"/api/orders?from=yesterday"_s, aliceToken).status, 400);
        // A page far beyond the last is an empty page on both stores: (page - 1) * pageSize once
        // overflowed int (the first page again on SQLite, 503 on PostgreSQL).
        for (const QString &path :
             {u"/api/orders?page=2147483647&pageSize=500"_s, u"/api/orders?page=4294968&pageSize=500"_s,
              u"/api/audit?page=2147483647&pageSize=500"_s, u"/api/audit?page=4294968&pageSize=500"_s,
              u"/api/products?page=2147483647&pageSize=500"_s}) {
            const Reply far = server->get(path, aliceToken);
            QVERIFY2(far.status == 200, qPrintable(path + u' ' + QString::fromUtf8(far.body)));
            QVERIFY2(far.json.value(u"data"_s).toArray().isEmpty(), qPrintable(path));
        }
        const qint64 orderId =
            qint64(orders.json.value(u"data"_s).toArray().at(0).toObject().value(u"id"_s).toDouble());
        QCOMPARE(server->get(u"/api/orders/"_s + QString::number(orderId), bobToken).status, 404);
        QCOMPARE(server->get(u"/api/orders/"_s + QString::number(orderId), aliceToken).status, 200);

        // The dashboard: AnalyticsService figures (cancelled orders are not revenue) for the caller's shops.
        const Reply dash = server->get(
            u"/api/dashboard?shopId=100&platform=SHOPEE&from=2026-11-01&to=2026-11-30"_s, aliceToken);
        QCOMPARE(dash.status, 200);
        const QJsonObject d = data(dash);
        QCOMPARE(d.value(u"from"_s).toString(), u"2026-11-01"_s);
        QCOMPARE(d.value(u"to"_s).toString(), u"2026-11-30"_s);
        QCOMPARE(d.value(u"previousFrom"_s).toString(), u"2026-10-02"_s);
        QCOMPARE(d.value(u"previousTo"_s).toString(), u"2026-10-31"_s);
        QCOMPARE(d.value(u"shopCount"_s).toInt(), 1);
        const QJsonArray kpiList = d.value(u"kpis"_s).toArray();
        QCOMPARE(kpiList.size(), 1);
        const QJsonObject current = kpiList.at(0).toObject().value(u"current"_s).toObject();
        QCOMPARE(current.value(u"revenueMinor"_s).toInt(), 200);
        QCOMPARE(current.value(u"orders"_s).toInt(), 1);
        QCOMPARE(current.value(u"units"_s).toInt(), 2);
        QCOMPARE(current.value(u"averageOrderValueMinor"_s).toInt(), 200);
        QCOMPARE(current.value(u"profitMinor"_s).toInt(), 0);
        QCOMPARE(current.value(u"cancelledOrders"_s).toInt(), 1);
        QCOMPARE(current.value(u"cancelledMinor"_s).toInt(), 200);
        QCOMPARE(kpiList.at(0).toObject().value(u"previous"_s).toObject().value(u"orders"_s).toInt(), 0);
        // No previous revenue: no meaningful change, null rather than 0 or infinity.
        QVERIFY(kpiList.at(0).toObject().value(u"changePercent"_s).toObject().value(u"revenue"_s).isNull());
        const QJsonObject series = d.value(u"series"_s).toArray().at(0).toObject();
        QCOMPARE(series.value(u"granularity"_s).toString(), u"day"_s);
        const QJsonArray points = series.value(u"points"_s).toArray();
        QCOMPARE(points.size(), 30);
        QCOMPARE(points.at(1).toObject().value(u"period"_s).toString(), u"2026-11-02"_s);
        QCOMPARE(points.at(1).toObject().value(u"revenueMinor"_s).toInt(), 200);
        QCOMPARE(points.at(2).toObject().value(u"revenueMinor"_s).toInt(), 0); // O2 cancelled
        const QJsonArray byPlatform = d.value(u"byPlatform"_s).toArray();
        QCOMPARE(byPlatform.size(), 1);
        QCOMPARE(byPlatform.at(0).toObject().value(u"platform"_s).toString(), u"SHOPEE"_s);
        QCOMPARE(byPlatform.at(0).toObject().value(u"current"_s).toObject().value(u"revenueMinor"_s).toInt(),
                 200);
        const QJsonArray top = d.value(u"topProducts"_s).toArray();
        QCOMPARE(top.size(), 1);
        QCOMPARE(top.at(0).toObject().value(u"productId"_s).toString(), u"P1"_s);
        QCOMPARE(top.at(0).toObject().value(u"unitsSold"_s).toInt(), 2);
        QCOMPARE(top.at(0).toObject().value(u"revenueMinor"_s).toInt(), 200);
        // P1..P5 hold 1..5 units: all at or under the low-stock line.
        const QJsonArray alerts = d.value(u"stockAlerts"_s).toArray();
        QCOMPARE(alerts.size(), 5);
        for (const QJsonValue &a : alerts)
            QVERIFY(
                QStringList({u"low"_s, u"out"_s}).contains(a.toObject().value(u"stockState"_s).toString()));
        const QJsonArray recent = d.value(u"recentOrders"_s).toArray();
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent.at(0).toObject().value(u"orderId"_s).toString(), u"O2"_s); // latest first
        QCOMPARE(recent.at(0).toObject().value(u"status"_s).toString(), u"CANCELLED"_s);
        QCOMPARE(recent.at(1).toObject().value(u"orderId"_s).toString(), u"O1"_s);
        QCOMPARE(recent.at(1).toObject().value(u"totalMinor"_s).toInt(), 200);
        QCOMPARE(server
                     ->get(u"/api/orders/"_s +
                               QString::number(qint64(recent.at(1).toObject().value(u"id"_s).toDouble())),
                           aliceToken)
                     .status,
                 200);
        // An order's status history, oldest first, each time also on the shop's clock (Manila, +08:00).
        const qint64 o1 = qint64(recent.at(1).toObject().value(u"id"_s).toDouble());
        const QSqlDatabase db = server->db().connection();
        QVERIFY(sql::run(db, u"DELETE FROM order_status_history WHERE order_id = ?"_s, {o1}, u"test").ok());
        const QString insertHistory =
            u"INSERT INTO order_status_history (order_id, status, raw_status, changed_at, source) "
            "VALUES (?, ?, ?, ?, ?)"_s;
        const qint64 shipped = QDateTime(QDate(2026, 11, 2), QTime(23, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 placed = QDateTime(QDate(2026, 11, 2), QTime(2, 0), Qt::UTC).toMSecsSinceEpoch();
        QVERIFY(
            sql::run(db, insertHistory, {o1, u"COMPLETED"_s, u"delivered"_s, shipped, u"webhook"_s}, u"test")
                .ok());
        QVERIFY(
            sql::run(db, insertHistory, {o1, u"TO_SHIP"_s, u"READY_TO_SHIP"_s, placed, u"sync"_s}, u"test")
                .ok());
        const QJsonArray history = data(server->get(u"/api/orders/"_s + QString::number(o1), aliceToken))
                                       .value(u"statusHistory"_s)
                                       .toArray();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).toObject().value(u"status"_s).toString(), u"TO_SHIP"_s);
        QCOMPARE(history.at(0).toObject().value(u"rawStatus"_s).toString(), u"READY_TO_SHIP"_s);
        QCOMPARE(history.at(0).toObject().value(u"source"_s).toString(), u"sync"_s);
        QCOMPARE(history.at(0).toObject().value(u"changedAt"_s).toString(), u"2026-11-02T02:00:00.000Z"_s);
        QCOMPARE(history.at(1).toObject().value(u"status"_s).toString(), u"COMPLETED"_s);
        QCOMPARE(history.at(1).toObject().value(u"localTime"_s).toString(), u"2026-11-03T07:00:00+08:00"_s);

        // Same parameters as /api/reports/*: presets, week/month series, bad input refused.
        const Reply weekly = server->get(
            u"/api/dashboard?shopId=100&platform=SHOPEE&from=2026-11-01&to=2026-11-30&granularity=week"_s,
            aliceToken);
        // 2026-11-01 is a Sunday and 11-30 a Monday: weeks of Oct 26, Nov 2, 9, 16, 23 and 30.
        QCOMPARE(
            data(weekly).value(u"series"_s).toArray().at(0).toObject().value(u"points"_s).toArray().size(),
            6);
        QCOMPARE(server->get(u"/api/dashboard?preset=7d"_s, aliceToken).status, 200);
        QCOMPARE(data(server->get(u"/api/dashboard?preset=7d"_s, aliceToken)).value(u"shopCount"_s).toInt(),
                 2);
        QCOMPARE(server->get(u"/api/dashboard?preset=2w"_s, aliceToken).status, 400);
        QCOMPARE(server->get(u"/api/dashboard?from=2026-11-30&to=2026-11-01"_s, aliceToken).status, 400);
        QCOMPARE(server->get(u"/api/dashboard?granularity=hour"_s, aliceToken).status, 400);
        // Bob sees his shop only.
        const QJsonObject bobDash =
            data(server->get(u"/api/dashboard?from=2026-01-01&to=2026-12-31"_s, bobToken));
        QCOMPARE(bobDash.value(u"shopCount"_s).toInt(), 1);
        QCOMPARE(bobDash.value(u"byPlatform"_s).toArray().at(0).toObject().value(u"platform"_s).toString(),
                 u"LAZADA"_s);

        // Shop access: linked shops and unlinking.
        const Reply linked = server->get(u"/api/shop-access/linked-shops"_s, aliceToken);
        QCOMPARE(linked.json.value(u"data"_s).toArray().size(), 2);
        QCOMPARE(server->send("DELETE", u"/api/shop-access/200"_s, {}, bearer(aliceToken)).status, 403);
        QCOMPARE(
            server->send("DELETE", u"/api/shop-access/100?platform=LAZADA"_s, {}, bearer(aliceToken)).status,
            200);
        QCOMPARE(server->get(u"/api/shop-access/linked-shops"_s, aliceToken)
                     .json.value(u"data"_s)
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(server->get(u"/api/products?shopId=100&platform=LAZADA"_s, aliceToken).status, 403);
        Q_UNUSED(a2);

        // A viewer cannot change a BVA-native product of a shared shop.
        const Reply created = server->send(
            "POST", u"/api/products"_s,
            "{\"name\":\"Homemade\",\"price\":\"12.50\",\"cost\":\"5\",\"stock\":3}", bearer(aliceToken));
        QCOMPARE(created.status, 201);
        const qint64 nativeId = qint64(data(created).value(u"id"_s).toDouble());
        const QString nativeShop = data(created).value(u"shopId"_s).toString();
        auto shop = ShopRepository(server->db()).findByExternal(Platform::Other, nativeShop);
        QVERIFY(shop.ok() && shop->has_value());
        QVERIFY(ShopRepository(server->db()).grantAccess(bob, (*shop)->id, ShopRole::Viewer).ok());
        QCOMPARE(server->get(u"/api/products/"_s + QString::number(nativeId), bobToken).status, 200);
        QCOMPARE(server
                     ->send("PUT", u"/api/products/"_s + QString::number(nativeId), "{\"price\":1}",
                            bearer(bobToken))
                     .status,
                 403);
    }

    // Each account's exchange rates: read and replaced whole, checked (4xx with a reason, nothing
    // stored), never another account's.
    // Order search looks for what was typed: "50%" and "a_b" are text, not LIKE patterns (they matched
    // every order with a 50 in it, or any letter between a and b).
    void orderSearchIsLiteral_data() { addBackendRows(); }
    void orderSearchIsLiteral()
    {
        QFETCH(QString, backend);
        START_SERVER(server, backend);
        const auto [alice, aliceToken] = server->registerUser(u"alice@example.com"_s);
        const TestIntegration a = server->addIntegration(Platform::Shopee, u"100"_s, alice);
        const QByteArray session = aliceToken; // clang 14 captures no structured bindings
        const QList<std::pair<QByteArray, QByteArray>> orders = {{"O50%", "Ana"},      {"O500", "Ben"},
                                                                 {"O5", "Cy 50% off"}, {"X1", "a_b"},
                                                                 {"X2", "axb"},        {"X3", "a\\b"}};
        for (const auto &[id, customer] : orders) {
            const QByteArray body = "{\"id\":\"" + id + "\",\"shopId\":\"100\",\"items\":[],\"total\":1," +
                                    "\"status\":\"COMPLETED\",\"customerName\":\"" +
                                    QByteArray(customer).replace("\\", "\\\\") +
                                    "\",\"createdAt\":\"2026-11-02T02:00:00Z\"}";
            const Reply r = server->webhook(u"orders/created"_s, body, a.token);
            QVERIFY2(r.status == 200, r.body.constData());
        }
        auto found = [&](const QString &search) {
            const Reply r = server->get(u"/api/orders?pageSize=50&search="_s +
                                            QString::fromLatin1(QUrl::toPercentEncoding(search)),
                                        session);
            QStringList ids;
            const QJsonArray list = r.json.value(u"data"_s).toArray();
            for (const QJsonValue &v : list)
                ids.append(v.toObject().value(u"externalId"_s).toString());
            ids.sort();
            return ids;
        };
        QCOMPARE(found(u"50%"_s), (QStringList{u"O5"_s, u"O50%"_s}));
        QCOMPARE(found(u"a_b"_s), QStringList{u"X1"_s});
        QCOMPARE(found(u"a\\b"_s), QStringList{u"X3"_s});
        QCOMPARE(found(u"%"_s), (QStringList{u"O5"_s, u"O50%"_s}));
        QCOMPARE(found(u"o50"_s), (QStringList{u"O50%"_s, u"O500"_s}));
    }

    void exchangeRates_data() { addBackendRows(); }
    void exchangeRates()
    {
        QFETCH(QString, backend);
        START_SERVER(server, backend);
        const auto [alice, aliceToken] = server->registerUser(u"alice@example.com"_s);
        const auto [bob, bobToken] = server->registerUser(u"bob@example.com"_s);
        Q_UNUSED(alice);
        Q_UNUSED(bob);
        QVERIFY(data(server->get(u"/api/exchange-rates"_s, aliceToken)).value(u"target"_s).isNull());
        const QByteArray good = "{\"target\":\"php\",\"rates\":{\"IDR\":\"0.0035\",\"myr\":\"12.5\"}}";
        const Reply saved = server->send("PUT", u"/api/exchange-rates"_s, good, bearer(aliceToken));
        QCOMPARE(saved.status, 200);
        const QJsonObject read = data(server->get(u"/api/exchange-rates"_s, aliceToken));
        QCOMPARE(read.value(u"target"_s).toString(), u"PHP"_s);
        QCOMPARE(read.value(u"rates"_s).toObject(),
                 (QJsonObject{{u"IDR"_s, u"0.0035"_s}, {u"MYR"_s, u"12.5"_s}}));
        for (const QByteArray &bad : {QByteArray("{\"target\":\"PHP\",\"rates\":{\"IDR\":0.0035}}"),
                                      QByteArray("{\"target\":\"PHP\",\"rates\":{\"IDR\":\"-1\"}}"),
                                      QByteArray("{\"target\":\"PHP\",\"rates\":{\"IDR\":\"0,0035\"}}"),
                                      QByteArray("{\"target\":\"pesos\",\"rates\":{}}"),
                                      QByteArray("{\"rates\":{\"IDR\":\"1\"}}"), QByteArray("[1]")}) {
            const Reply refused = server->send("PUT", u"/api/exchange-rates"_s, bad, bearer(aliceToken));
            QCOMPARE(refused.status, 400);
            QVERIFY2(!refused.json.value(u"error"_s).toString().isEmpty() ||
                         !refused.json.value(u"message"_s).toString().isEmpty(),
                     refused.body.constData());
        }
        QCOMPARE(data(server->get(u"/api/exchange-rates"_s, aliceToken)), read);

        // The dashboard of a PHP and an IDR shop: per-currency KPIs, and the converted total apart.
        const TestIntegration php = server->addIntegration(Platform::Shopee, u"100"_s, alice);
        const TestIntegration idr = server->addIntegration(Platform::Lazada, u"300"_s, alice);
        Shop idrShop = ShopRepository(server->db()).findById(idr.shopId)->value();
        idrShop.currency = u"IDR"_s;
        QVERIFY(ShopRepository(server->db()).upsert(idrShop).ok());
        QCOMPARE(
            server
                ->webhook(
                    u"orders/created"_s,
                    "{\"id\":\"P1\",\"shopId\":\"100\",\"items\":[{\"productId\":\"A\",\"quantity\":1,"
                    "\"price\":410}],\"total\":410,\"status\":\"COMPLETED\",\"createdAt\":\"2026-11-02T02:00:00Z\"}",
                    php.token)
                .status,
            200);
        QCOMPARE(
            server
                ->webhook(
                    u"orders/created"_s,
                    "{\"id\":\"I1\",\"shopId\":\"300\",\"items\":[{\"productId\":\"B\",\"quantity\":1,"
                    "\"price\":150000}],\"total\":150000,\"status\":\"COMPLETED\",\"createdAt\":\"2026-11-02T03:00:00Z\"}",
                    idr.token)
                .status,
            200);
        const QString range = u"/api/dashboard?from=2026-11-01&to=2026-11-30"_s;
        const QJsonObject dash = data(server->get(range, aliceToken));
        const QJsonArray kpis = dash.value(u"kpis"_s).toArray();
        QCOMPARE(kpis.size(), 2);
        QHash<QString, qint64> revenue;
        for (const QJsonValue &k : kpis)
            revenue.insert(k.toObject().value(u"currency"_s).toString(),
                           k.toObject().value(u"current"_s).toObject().value(u"revenueMinor"_s).toInteger());
        QCOMPARE(revenue.value(u"PHP"_s), 41000);
        QCOMPARE(revenue.value(u"IDR"_s), 15000000);
        // ₱410.00 + Rp150.000 x 0.0035 (₱525.00) = ₱935.00.
        const QJsonObject converted = dash.value(u"converted"_s).toObject();
        QCOMPARE(converted.value(u"target"_s).toString(), u"PHP"_s);
        QCOMPARE(converted.value(u"current"_s).toObject().value(u"revenueMinor"_s).toInteger(), 93500);
        QVERIFY(!data(server->get(range, bobToken)).contains(u"converted"_s));
        QVERIFY(data(server->get(u"/api/exchange-rates"_s, bobToken)).value(u"target"_s).isNull());
        QCOMPARE(server->get(u"/api/exchange-rates"_s, QByteArray()).status, 401);
    }

    void integrationRoutesValidate()
    {
        START_SERVER(server, u"sqlite"_s);
        const auto [user, token] = server->registerUser(u"owner@example.com"_s);
        const auto [other, otherToken] = server->registerUser(u"stranger@example.com"_s);
        Q_UNUSED(other);
        const TestIntegration mine = server->addIntegration(Platform::Shopee, u"700"_s, user);
        QCOMPARE(server->get(u"/api/integrations"_s).status, 401);
        const Reply list = server->get(u"/api/integrations"_s, token);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json.value(u"data"_s).toArray().size(), 1);
        QVERIFY(!list.body.contains(mine.token)); // never the marketplace token
        const QString path = u"/api/integrations/"_s + QString::number(mine.integrationId);
        const Reply detail = server->get(path, token);
        QCOMPARE(detail.status, 200);
        // The secret only on asking for it (an audited reveal), not in every read of the state.
        QVERIFY(!data(detail).contains(u"webhookSecret"_s));
        QVERIFY(data(server->get(path + u"?reveal=secret"_s, token))
                    .value(u"webhookSecret"_s)
                    .toString()
                    .startsWith(u"whsec_"_s));
        QVERIFY(data(detail).value(u"webhookUrl"_s).toString().endsWith(u"/api/webhooks"_s));
        QVERIFY(!detail.body.contains(mine.token));
        QCOMPARE(server->get(path, otherToken).status, 404);
        QCOMPARE(server->get(u"/api/integrations/999999"_s, token).status, 404);
        QCOMPARE(server->send("POST", path + u"/sync"_s, {}, bearer(otherToken)).status, 404);
        const Reply noPlatform =
            server->send("POST", u"/api/integrations"_s, "{\"token\":\"x\"}", bearer(token));
        QCOMPARE(noPlatform.status, 400);
        QVERIFY(noPlatform.json.value(u"error"_s).toString().contains(u"platform"_s));
        const Reply noToken =
            server->send("POST", u"/api/shop-access/link"_s, "{\"platform\":\"SHOPEE\"}", bearer(token));
        QCOMPARE(noToken.status, 400);
        QVERIFY(noToken.json.value(u"error"_s).toString().contains(u"token"_s));
    }

    // Sync settings per shop (issue 19.5): interval, pause/resume, sync now. Admins only; bad values are
    // refused with a reason and change nothing; a paused shop still takes its webhooks; resuming syncs at
    // once; sync now never starts a second run of a shop already syncing; settings outlive the server.
    void syncSettings_data() { addBackendRows(); }
    void syncSettings()
    {
        QFETCH(QString, backend);
        START_SERVER(server, backend);
        SilentMarketplace marketplace;
        QVERIFY(marketplace.isListening());
        QVERIFY(server->services().integrations()->sites().set(Platform::Shopee, marketplace.url()).ok());
        server->services().integrations()->start(); // the sync worker and scheduler, as the app runs them
        const auto [adminId, admin] = server->registerUser(u"admin@example.com"_s);
        const auto [editorId, editor] = server->registerUser(u"editor@example.com"_s);
        const auto [viewerId, viewer] = server->registerUser(u"viewer@example.com"_s);
        const auto [strangerId, stranger] = server->registerUser(u"stranger@example.com"_s);
        Q_UNUSED(strangerId);
        const TestIntegration shop = server->addIntegration(Platform::Shopee, u"SYNCSET"_s, adminId);
        QVERIFY(ShopRepository(server->db()).grantAccess(editorId, shop.shopId, ShopRole::Editor).ok());
        QVERIFY(ShopRepository(server->db()).grantAccess(viewerId, shop.shopId, ShopRole::Viewer).ok());
        const QString path = u"/api/integrations/"_s + QString::number(shop.integrationId);
        const QString settings = path + u"/sync-settings"_s;
        auto put = [&](const QByteArray &body, const QByteArray &session) {
            return server->send("PUT", settings, body, bearer(session));
        };
        auto stored = [&] {
            return IntegrationRepository(server->db()).findById(shop.integrationId)->value();
        };

        const Reply before = server->get(path, admin);
        QCOMPARE(before.status, 200);
        QCOMPARE(data(before).value(u"syncIntervalSeconds"_s).toInt(), 300);
        QCOMPARE(data(before).value(u"syncPaused"_s).toBool(), false);
        QVERIFY(data(before).value(u"syncPausedAt"_s).isNull());

        // Only the shop's admins: a viewer or an editor is refused, another account does not see it.
        QCOMPARE(put(R"({"intervalSeconds":900})", viewer).status, 403);
        QCOMPARE(put(R"({"paused":true})", editor).status, 403);
        QCOMPARE(put(R"({"paused":true})", stranger).status, 404);
        QCOMPARE(server->send("PUT", settings, R"({"paused":true})").status, 401);
        // Bad values: 400 with the reason, nothing changed.
        const QList<std::pair<QByteArray, QString>> bad{
            {R"({"intervalSeconds":59})", u"intervalSeconds"_s},
            {R"({"intervalSeconds":86401})", u"intervalSeconds"_s},
            {R"({"intervalSeconds":90.5})", u"intervalSeconds"_s},
            {R"({"intervalSeconds":"600"})", u"intervalSeconds"_s},
            {R"({"intervalSeconds":600,"paused":"yes"})", u"paused"_s},
            {R"({"interval":600})", u"interval"_s},
            {R"({})", u"intervalSeconds"_s},
            {"not json", QString()}};
        for (const auto &[body, field] : bad) {
            const Reply refused = put(body, admin);
            QVERIFY2(refused.status == 400, body.constData());
            const QString reason = refused.json.value(u"error"_s).toString();
            QVERIFY2(!reason.isEmpty() && reason.contains(field), qPrintable(reason));
        }
        QCOMPARE(stored().syncIntervalSeconds, 300);
        QVERIFY(!stored().syncPaused());

        // The interval, at its bounds and between.
        for (int seconds : {60, 86400, 900}) {
            const Reply set =
                put(QJsonDocument(QJsonObject{{u"intervalSeconds"_s, seconds}}).toJson(), admin);
            QCOMPARE(set.status, 200);
            QCOMPARE(data(set).value(u"syncIntervalSeconds"_s).toInt(), seconds);
            QCOMPARE(stored().syncIntervalSeconds, seconds);
        }

        // Sync now (editors may too); again while it runs: the same run, no second one.
        const Reply first = server->send("POST", path + u"/sync"_s, {}, bearer(editor));
        QCOMPARE(first.status, 202);
        const qint64 runId = data(first).value(u"runId"_s).toInteger();
        QVERIFY(runId > 0);
        const qsizetype runsAfterFirst =
            SyncRunRepository(server->db()).recent(shop.integrationId, 50)->size();
        const Reply second = server->send("POST", path + u"/sync"_s, {}, bearer(admin));
        QCOMPARE(second.status, 202);
        QCOMPARE(data(second).value(u"runId"_s).toInteger(), runId);
        QCOMPARE(SyncRunRepository(server->db()).recent(shop.integrationId, 50)->size(), runsAfterFirst);
        QCOMPARE(server->send("POST", path + u"/sync"_s, {}, bearer(viewer)).status, 403);
        if (backend == u"postgres"_s) {
            // Another BVA process on the same store holds off too: the run's SyncLock is held here.
            QString why;
            auto other = TestServer::startSharing(*server, &why);
            QVERIFY2(other, qPrintable(why));
            QVERIFY(other->services().integrations()->sites().set(Platform::Shopee, marketplace.url()).ok());
            other->services().integrations()->start();
            const Reply elsewhere = other->send("POST", path + u"/sync"_s, {}, bearer(admin));
            QCOMPARE(elsewhere.status, 409);
            QVERIFY2(elsewhere.json.value(u"error"_s).toString().contains(u"another BVA process"_s),
                     elsewhere.body.constData());
            QCOMPARE(SyncRunRepository(server->db()).recent(shop.integrationId, 50)->size(), runsAfterFirst);
        }

        // Pause: the running sync stops, nothing more is synced, webhooks still apply.
        const QDateTime pausedAround = Clock::nowUtc();
        const Reply paused = put(R"({"paused":true})", admin);
        QCOMPARE(paused.status, 200);
        QCOMPARE(data(paused).value(u"syncPaused"_s).toBool(), true);
        const QDateTime since =
            QDateTime::fromString(data(paused).value(u"syncPausedAt"_s).toString(), Qt::ISODateWithMs);
        QVERIFY(since.isValid() && qAbs(since.secsTo(pausedAround)) < 60);
        QTRY_VERIFY_WITH_TIMEOUT(
            SyncRunRepository(server->db()).findById(runId)->value().state != u"running"_s, 10000);
        const Reply refusedSync = server->send("POST", path + u"/sync"_s, {}, bearer(admin));
        QCOMPARE(refusedSync.status, 409);
        QVERIFY(refusedSync.json.value(u"error"_s).toString().contains(u"paused"_s));
        const QByteArray product = QJsonDocument(QJsonObject{{u"id"_s, u"p-paused"_s},
                                                             {u"shopId"_s, shop.shopExternalId},
                                                             {u"name"_s, u"Bag"_s},
                                                             {u"price"_s, 5},
                                                             {u"stock"_s, 3}})
                                       .toJson(QJsonDocument::Compact);
        QCOMPARE(server->webhook(u"products/created"_s, product, shop.token).status, 200);
        QVERIFY(ProductRepository(server->db()).findByExternal(shop.shopId, u"p-paused"_s)->has_value());
        // Pausing again changes nothing (still paused since the first time).
        QCOMPARE(data(put(R"({"paused":true})", admin)).value(u"syncPausedAt"_s),
                 data(paused).value(u"syncPausedAt"_s));

        // The settings live in the store: a server started afresh on it reads them.
        {
            QString why;
            auto restarted = TestServer::startSharing(*server, &why);
            QVERIFY2(restarted, qPrintable(why));
            const Reply read = restarted->get(path, admin);
            QCOMPARE(read.status, 200);
            QCOMPARE(data(read).value(u"syncIntervalSeconds"_s).toInt(), 900);
            QCOMPARE(data(read).value(u"syncPaused"_s).toBool(), true);
            QCOMPARE(data(read).value(u"syncPausedAt"_s), data(paused).value(u"syncPausedAt"_s));
        }

        // Resume: a sync starts at once.
        const Reply resumed = put(R"({"paused":false})", admin);
        QCOMPARE(resumed.status, 200);
        QCOMPARE(data(resumed).value(u"syncPaused"_s).toBool(), false);
        QVERIFY(data(resumed).value(u"syncPausedAt"_s).isNull());
        const qint64 resumedRun = data(resumed).value(u"resumedRunId"_s).toInteger();
        QVERIFY(resumedRun > runId);
        QCOMPARE(SyncRunRepository(server->db()).findById(resumedRun)->value().integrationId,
                 shop.integrationId);
        QCOMPARE(
            data(server->send("POST", path + u"/sync"_s, {}, bearer(admin))).value(u"runId"_s).toInteger(),
            resumedRun);

        // Each change is in the shop's activity, with who made it.
        const QByteArray adminSession = admin; // clang 14 captures no structured bindings
        auto audited = [&](const QString &action) {
            return server->get(u"/api/audit?action="_s + action, adminSession)
                .json.value(u"data"_s)
                .toArray()
                .size();
        };
        QCOMPARE(audited(u"sync.interval"_s), 3);
        QCOMPARE(audited(u"sync.pause"_s), 1);
        QCOMPARE(audited(u"sync.resume"_s), 1);
        // An action prefix is text too: "syn_." names no action.
        QVERIFY(audited(u"sync."_s) >= 5);
        QCOMPARE(audited(u"syn_."_s), 0);
    }

    // The desktop runs this server in-process and installs the seller's language: the error reasons the
    // routes give must come back in it (each route file's strings sit in the context it asks at runtime).
    void errorsInTheInstalledLanguage()
    {
        START_SERVER(server, u"sqlite"_s);
        const QByteArray token = server->registerUser(u"bahasa@example.com"_s).second;
        auto errorOf = [&](const QByteArray &method, const QString &path, const QByteArray &body = {}) {
            const Reply r = server->send(method, path, body, bearer(token));
            return std::pair(r.status, r.json.value(u"error"_s).toString());
        };
        const QByteArray badPrice = "{\"name\":\"X\",\"price\":\"abc\"}";
        QCOMPARE(errorOf("POST", u"/api/products"_s, badPrice).second,
                 u"price: must be a non-negative number"_s);

        ScopedTranslation indonesian(u"id"_s);
        QVERIFY2(indonesian.installed(), qPrintable(indonesian.path()));
        QCOMPARE(errorOf("POST", u"/api/products"_s, badPrice),
                 std::pair(400, u"price: harus angka tidak negatif"_s));
        QVERIFY(errorOf("POST", u"/api/products"_s, "{nope").second.startsWith(u"body: JSON rusak ("_s));
        QCOMPARE(errorOf("GET", u"/api/smartshelf?shopId=NOPE"_s),
                 std::pair(404, u"shopId: toko tidak ditemukan"_s));
        QCOMPARE(
            errorOf("GET", u"/api/smartshelf?risk=soon"_s),
            std::pair(400,
                      u"risk: diharapkan stock_out, near_expiry, expired, slow_moving, atau overstock"_s));
        QCOMPARE(errorOf("GET", u"/api/dashboard?preset=forever"_s),
                 std::pair(400, u"preset: diharapkan today, 7d, 30d, 90d, atau 1y (atau from dan to)"_s));
    }

    void nativeProducts()
    {
        START_SERVER(server, u"sqlite"_s);
        const auto [user, token] = server->registerUser(u"maker@example.com"_s);
        Q_UNUSED(user);
        QCOMPARE(server->send("POST", u"/api/products"_s, "{\"price\":1}", bearer(token)).status, 400);
        const Reply bad =
            server->send("POST", u"/api/products"_s, "{\"name\":\"X\",\"price\":\"abc\"}", bearer(token));
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.json.value(u"error"_s).toString().contains(u"price"_s));
        const Reply created = server->send(
            "POST", u"/api/products"_s, "{\"name\":\"Jam\",\"price\":\"99.95\",\"stock\":4}", bearer(token));
        QCOMPARE(created.status, 201);
        QCOMPARE(data(created).value(u"priceMinor"_s).toInt(), 9995);
        QVERIFY(data(created).value(u"cost"_s).isNull());
        const QString id = QString::number(qint64(data(created).value(u"id"_s).toDouble()));
        const Reply updated =
            server->send("PUT", u"/api/products/"_s + id, "{\"cost\":\"40\",\"stock\":2}", bearer(token));
        QCOMPARE(updated.status, 200);
        QCOMPARE(data(updated).value(u"costMinor"_s).toInt(), 4000);
        QCOMPARE(data(updated).value(u"stock"_s).toInt(), 2);
        QCOMPARE(server->send("DELETE", u"/api/products/"_s + id, {}, bearer(token)).status, 200);
        QCOMPARE(server->get(u"/api/products"_s, token)
                     .json.value(u"pagination"_s)
                     .toObject()
                     .value(u"total"_s)
                     .toInt(),
                 0);
        QCOMPARE(server->get(u"/api/products/abc"_s, token).status, 404);
    }

    // POST /api/sales and native product edits over HTTP on both stores: stock taken with the sale,
    // the dashboard's KPIs counting it, an oversell refused (409) unless confirmed, a duplicate SKU
    // refused (409), a viewer of the channel refused (403), bad bodies answered with their reason.
    void offlineSalesApi_data() { addBackendRows(); }
    void offlineSalesApi()
    {
        QFETCH(QString, backend);
        START_SERVER(server, backend);
        const auto [alice, aliceToken] = server->registerUser(u"shopkeeper@example.com"_s);
        const auto [bob, bobToken] = server->registerUser(u"helper@example.com"_s);
        Q_UNUSED(alice);
        const Reply created =
            server->send("POST", u"/api/products"_s,
                         "{\"name\":\"Jam\",\"sku\":\"JAM-1\",\"price\":\"99.95\",\"cost\":\"40\","
                         "\"stock\":5}",
                         bearer(aliceToken));
        QCOMPARE(created.status, 201);
        const QString channel = data(created).value(u"shopId"_s).toString();
        QCOMPARE(data(created).value(u"platform"_s).toString(), u"OTHER"_s);
        const Reply dup =
            server->send("POST", u"/api/products"_s, "{\"name\":\"Other jam\",\"sku\":\"jam-1\",\"price\":1}",
                         bearer(aliceToken));
        QCOMPARE(dup.status, 409);
        QVERIFY(dup.json.value(u"error"_s).toString().contains(u"sku"_s));

        const Reply sold =
            server->send("POST", u"/api/sales"_s,
                         "{\"items\":[{\"sku\":\"JAM-1\",\"quantity\":3}],\"customerName\":\"Walk-in\"}",
                         bearer(aliceToken));
        QCOMPARE(sold.status, 201);
        QCOMPARE(data(sold).value(u"status"_s).toString(), u"COMPLETED"_s);
        QCOMPARE(data(sold).value(u"items"_s).toArray().size(), 1);
        const Reply product = server->get(
            u"/api/products/"_s + QString::number(qint64(data(created).value(u"id"_s).toDouble())),
            aliceToken);
        QCOMPARE(data(product).value(u"stock"_s).toInt(), 2);
        // Forecasts follow offline sales as they follow a sync (predicted sales, stored forecasts).
        auto channelShop = ShopRepository(server->db()).findByExternal(Platform::Other, channel);
        QVERIFY(channelShop.ok() && channelShop->has_value());
        const qint64 channelId = (*channelShop)->id;
        QTRY_VERIFY_WITH_TIMEOUT(
            server->services().forecasts().storedForecasts(channelId).value().size() == 1, 15000);
        const Reply dashboard =
            server->get(u"/api/dashboard?preset=7d&shopId="_s + channel + u"&platform=OTHER"_s, aliceToken);
        QCOMPARE(dashboard.status, 200);
        QVERIFY2(dashboard.body.contains("29985"),
                 dashboard.body.left(600).constData()); // 3 x 99.95 in minor units

        const Reply over = server->send(
            "POST", u"/api/sales"_s, "{\"items\":[{\"sku\":\"JAM-1\",\"quantity\":5}]}", bearer(aliceToken));
        QCOMPARE(over.status, 409);
        QVERIFY(over.json.value(u"error"_s).toString().contains(u"confirmation"_s));
        QCOMPARE(server
                     ->send("POST", u"/api/sales"_s,
                            "{\"items\":[{\"sku\":\"JAM-1\",\"quantity\":5}],\"allowOversell\":true}",
                            bearer(aliceToken))
                     .status,
                 201);

        for (const auto &[body, reason] :
             {std::pair{QByteArray("{}"), u"items"_s},
              std::pair{QByteArray("{\"items\":[{\"sku\":\"NOPE\",\"quantity\":1}]}"), u"items[0]"_s},
              std::pair{QByteArray("{\"items\":[{\"sku\":\"JAM-1\",\"quantity\":0}]}"), u"quantity"_s},
              std::pair{QByteArray("{\"items\":[{\"sku\":\"JAM-1\",\"quantity\":1,\"price\":\"x\"}]}"),
                        u"price"_s},
              std::pair{
                  QByteArray("{\"placedAt\":\"yesterday\",\"items\":[{\"sku\":\"JAM-1\",\"quantity\":1}]}"),
                  u"placedAt"_s}}) {
            const Reply bad = server->send("POST", u"/api/sales"_s, body, bearer(aliceToken));
            QCOMPARE(bad.status, 400);
            QVERIFY2(bad.json.value(u"error"_s).toString().contains(reason), bad.body.constData());
        }
        // One sale's quantities add up to at most a million and it has at most 1000 lines, as marketplace
        // orders: 24,000 lines of 100,000 once wrapped the order's units (and the dashboard's) negative and
        // held the HTTP thread (every webhook) for seconds. Nothing is sold.
        const auto lines = [](int count, int quantity) -> QByteArray {
            QByteArray body = "{\"allowOversell\":true,\"items\":[";
            for (int i = 0; i < count; ++i)
                body += (i ? ",{\"sku\":\"JAM-1\",\"quantity\":" : "{\"sku\":\"JAM-1\",\"quantity\":") +
                        QByteArray::number(quantity) + '}';
            return body + "]}";
        };
        const int ordersBefore = server->get(u"/api/orders?pageSize=1"_s, aliceToken)
                                     .json.value(u"pagination"_s)
                                     .toObject()
                                     .value(u"total"_s)
                                     .toInt();
        for (const auto &[body, reason] :
             {std::pair{lines(11, 100000), u"quantity"_s}, std::pair{lines(1001, 1), u"lines"_s}}) {
            const Reply bad = server->send("POST", u"/api/sales"_s, body, bearer(aliceToken));
            QCOMPARE(bad.status, 400);
            QVERIFY2(bad.json.value(u"error"_s).toString().contains(reason), bad.body.constData());
        }
        QCOMPARE(server->get(u"/api/orders?pageSize=1"_s, aliceToken)
                     .json.value(u"pagination"_s)
                     .toObject()
                     .value(u"total"_s)
                     .toInt(),
                 ordersBefore);
        QCOMPARE(server->send("POST", u"/api/sales"_s, lines(10, 100000), bearer(aliceToken)).status, 201);

        // A viewer of the channel reads it but neither sells nor edits; an editor sells.
        auto shop = ShopRepository(server->db()).findByExternal(Platform::Other, channel);
        QVERIFY(shop.ok() && shop->has_value());
        QVERIFY(ShopRepository(server->db()).grantAccess(bob, (*shop)->id, ShopRole::Viewer).ok());
        const QByteArray toChannel = "{\"shopId\":\"" + channel.toUtf8() +
                                     "\",\"items\":[{\"sku\":\"JAM-1\",\"quantity\":1}],"
                                     "\"allowOversell\":true}";
        const Reply refused = server->send("POST", u"/api/sales"_s, toChannel, bearer(bobToken));
        QCOMPARE(refused.status, 403);
        QVERIFY(!refused.json.value(u"error"_s).toString().isEmpty());
        QCOMPARE(server
                     ->send("POST", u"/api/products"_s,
                            "{\"shopId\":\"" + channel.toUtf8() + "\",\"name\":\"X\",\"price\":1}",
                            bearer(bobToken))
                     .status,
                 403);
        QVERIFY(ShopRepository(server->db()).grantAccess(bob, (*shop)->id, ShopRole::Editor).ok());
        QCOMPARE(server->send("POST", u"/api/sales"_s, toChannel, bearer(bobToken)).status, 201);
    }

    // U+0000 in a request's text (a JSON string, a query value) is ordinary text: PostgreSQL cannot store
    // it, and such requests, signing in among them, were answered 503 ("try again") instead of their answer.
    void nulInRequestText_data() { addBackendRows(); }
    void nulInRequestText()
    {
        QFETCH(QString, backend);
        START_SERVER(server, backend);
        const QByteArray creds = "{\"email\":\"nul\\u0000@example.com\",\"password\":\"correct horse\"}";
        QCOMPARE(server->send("POST", u"/api/auth/register"_s, creds).status, 202);
        const Reply login = server->send("POST", u"/api/auth/login"_s, creds);
        QVERIFY2(login.status == 200, login.body.constData());
        const QByteArray token = data(login).value(u"token"_s).toString().toUtf8();
        QCOMPARE(data(login).value(u"user"_s).toObject().value(u"email"_s).toString(),
                 u"nul"_s + QChar(QChar::ReplacementCharacter) + u"@example.com"_s);
        const QByteArray wrong = "{\"email\":\"x\\u0000@example.com\",\"password\":\"wrong horse\"}";
        QCOMPARE(server->send("POST", u"/api/auth/login"_s, wrong).status, 401);
        QCOMPARE(server->send("PUT", u"/api/auth/me"_s, "{\"name\":\"A\\u0000B\"}", bearer(token)).status,
                 200);
        for (const QString &path : {u"/api/orders?search=a%00b"_s, u"/api/audit?q=a%00b"_s,
                                    u"/api/audit?action=auth.%00"_s, u"/api/products?search=%00"_s}) {
            const Reply r = server->get(path, token);
            QVERIFY2(r.status == 200, qPrintable(path + u' ' + QString::fromUtf8(r.body)));
        }
        QCOMPARE(server->get(u"/api/shops/a%00b/team"_s, token).status, 404);
    }
};

QTEST_GUILESS_MAIN(TstApi)
#include "tst_api.moc"
