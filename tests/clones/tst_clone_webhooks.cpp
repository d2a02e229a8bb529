// Server-side webhooks (live mode and admin triggers) reach a local receiver with the flavour's
// payloads, the seller's bearer token and a valid Standard Webhooks signature; retries and the
// webhook faults behave.
#include "clock.h"
#include "cloneprocess.h"
#include "contractcheck.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using bva::test::CloneOptions;
using bva::test::CloneProcess;

struct Received
{
    QString path;
    QByteArray authorization;
    QByteArray id;
    QByteArray timestamp;
    QByteArray signature;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// A stand-in for BVA's webhook endpoint.
class Receiver final
{
public:
    Receiver()
    {
        m_server.route(u"/api/webhooks/"_s, [this](const QUrl &rest, const QHttpServerRequest &req) {
            Received r;
            r.path = u'/' + rest.path();
            r.authorization = req.value("Authorization");
            r.id = req.value("webhook-id");
            r.timestamp = req.value("webhook-timestamp");
            r.signature = req.value("webhook-signature");
            r.body = req.body();
            m_all.append(r);
            if (m_failNext > 0) {
                --m_failNext;
                return QHttpServerResponse(QHttpServerResponder::StatusCode::InternalServerError);
            }
            return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/api/webhooks"_s.arg(m_port)); }
    QList<Received> m_all;
    int m_failNext = 0;

private:
    QHttpServer m_server;
    quint16 m_port = 0;
};

class TestCloneWebhooks : public QObject
{
    Q_OBJECT

private:
    static QByteArray secretBytes(const QString &secret)
    {
        return secret.startsWith(u"whsec_") ? QByteArray::fromBase64(secret.mid(6).toLatin1())
                                            : secret.toUtf8();
    }
    static bool signatureOk(const Received &r, const QString &secret)
    {
        const QByteArray content = r.id + '.' + r.timestamp + '.' + r.body;
        const QByteArray expected =
            "v1," + QMessageAuthenticationCode::hash(content, secretBytes(secret), QCryptographicHash::Sha256)
                        .toBase64();
        return r.signature.split(' ').contains(expected);
    }

private Q_SLOTS:
    void signedEvents_data()
    {
        QTest::addColumn<QString>("flavor");
        QTest::addColumn<QString>("secret");
        const QString whsec =
            u"whsec_"_s + QString::fromLatin1(QByteArray("bva-test-secret-0123456789abcdef").toBase64());
        QTest::newRow("shopee-whsec") << u"shopee"_s << whsec;
        QTest::newRow("shopee-raw") << u"shopee"_s << u"plain secret"_s;
        QTest::newRow("lazada-whsec") << u"lazada"_s << whsec;
        QTest::newRow("lazada-raw") << u"lazada"_s << u"plain secret"_s;
    }
    void signedEvents()
    {
        QFETCH(QString, flavor);
        QFETCH(QString, secret);
        Receiver receiver;
        CloneProcess c({.flavor = flavor,
                        .products = 12,
                        .days = 10,
                        .ordersPerDay = 5,
                        .webhookUrl = receiver.url(),
                        .webhookSecret = secret});
        QVERIFY2(c.start(), qPrintable(c.errorString()));

        int expected = 0;
        for (const QString &kind : {u"order"_s, u"status"_s, u"update"_s, u"stock"_s, u"product"_s,
                                    u"product-created"_s, u"product-deleted"_s}) {
            const QJsonArray events = c.admin(u"events"_s, {{u"count"_s, 2}, {u"kind"_s, kind}})
                                          .toObject()
                                          .value(u"events"_s)
                                          .toArray();
            QCOMPARE(events.size(), 2);
            for (const auto e : events)
                expected += e.toObject().value(u"webhooks"_s).toArray().size();
        }
        QTRY_COMPARE_WITH_TIMEOUT(receiver.m_all.size(), expected, 20000);

        QSet<QString> paths;
        for (const Received &r : receiver.m_all) {
            paths.insert(r.path);
            QCOMPARE(r.authorization, "Bearer " + c.token());
            QVERIFY(r.id.startsWith("msg_"));
            QVERIFY(qAbs(r.timestamp.toLongLong() - bva::clone::Clock::nowSecs()) < 120);
            QVERIFY2(signatureOk(r, secret), r.signature.constData());
            const auto fields = bva::test::webhookFields(flavor, r.path);
            QVERIFY2(!fields.isEmpty(), qPrintable(r.path));
            QCOMPARE(bva::test::shapeError(r.json(), fields), QString());
            QCOMPARE(r.json().value(u"shopId"_s).toString(), c.shopId());
        }
        QVERIFY(paths.contains(u"/orders/created"_s));
        QVERIFY(paths.contains(u"/orders/status-changed"_s));
        QVERIFY(paths.contains(u"/inventory/updated"_s));
        QVERIFY(paths.contains(u"/products/updated"_s));
        QVERIFY(paths.contains(u"/orders/updated"_s));
        QVERIFY(paths.contains(u"/products/created"_s));
        QVERIFY(paths.contains(u"/products/deleted"_s));
        for (const Received &r : receiver.m_all) {
            if (r.path == u"/orders/created") {
                // Lazada announces new orders as "pending"; the order is in the REST list too.
                QCOMPARE(r.json().value(u"status"_s).toString(),
                         flavor == u"shopee" ? u"PENDING"_s : u"pending"_s);
                const QJsonObject item = r.json().value(u"items"_s).toArray().first().toObject();
                QVERIFY(item.contains(flavor == u"shopee" ? u"productName"_s : u"name"_s));
            }
        }
        const QString newOrder = [&] {
            for (const Received &r : receiver.m_all)
                if (r.path == u"/orders/created")
                    return r.json().value(u"id"_s).toString();
            return QString();
        }();
        bool listed = false;
        const QJsonArray list = c.get(u"/api/orders/seller/"_s + c.shopId(), c.token()).data().toArray();
        for (const auto v : list)
            listed = listed || v.toObject().value(u"id"_s).toString() == newOrder;
        QVERIFY(listed);
        // Every delivery is logged with its HTTP status.
        QTRY_VERIFY(c.stderrText().count(u"-> 200"_s) >= expected);
    }

    void unsignedWithoutSecret()
    {
        Receiver receiver;
        CloneProcess c({.flavor = u"lazada"_s,
                        .products = 5,
                        .days = 3,
                        .ordersPerDay = 2,
                        .webhookUrl = receiver.url()});
        QVERIFY2(c.start(), qPrintable(c.errorString()));
        c.admin(u"events"_s, {{u"count"_s, 1}, {u"kind"_s, u"stock"_s}});
        QTRY_COMPARE_WITH_TIMEOUT(receiver.m_all.size(), 1, 10000);
        QCOMPARE(receiver.m_all[0].authorization, "Bearer " + c.token());
        QVERIFY(receiver.m_all[0].signature.isEmpty());
        QVERIFY(receiver.m_all[0].id.isEmpty());
    }

    void retriesWithBackoff()
    {
        Receiver receiver;
        receiver.m_failNext = 2;
        CloneProcess c({.flavor = u"shopee"_s,
                        .products = 5,
                        .days = 3,
                        .ordersPerDay = 2,
                        .webhookUrl = receiver.url(),
                        .webhookSecret = u"s3cret"_s});
        QVERIFY2(c.start(), qPrintable(c.errorString()));
        c.admin(u"events"_s, {{u"count"_s, 1}, {u"kind"_s, u"product"_s}});
        QTRY_COMPARE_WITH_TIMEOUT(receiver.m_all.size(), 3, 15000);
        QCOMPARE(receiver.m_all[0].id, receiver.m_all[2].id); // the same message, retried
        QCOMPARE(receiver.m_all[0].body, receiver.m_all[2].body);
        QVERIFY(signatureOk(receiver.m_all[2], u"s3cret"_s));
        const QJsonArray log =
            c.request("GET", u"/__admin/deliveries"_s).data().toObject().value(u"log"_s).toArray();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log[0].toObject().value(u"status"_s).toInt(), 500);
        QCOMPARE(log[1].toObject().value(u"attempt"_s).toInt(), 2);
        QCOMPARE(log[2].toObject().value(u"status"_s).toInt(), 200);
        QVERIFY(c.stderrText().contains(u"-> 500"_s));
        QVERIFY(c.stderrText().contains(u"will retry"_s));
    }

    void duplicateDeliveries()
    {
        Receiver receiver;
        CloneProcess c({.flavor = u"shopee"_s,
                        .products = 5,
                        .days = 3,
                        .ordersPerDay = 2,
                        .webhookUrl = receiver.url()});
        QVERIFY2(c.start(), qPrintable(c.errorString()));
        QVERIFY(c.setFaults({{u"duplicateWebhooks"_s, true}}));
        c.admin(u"events"_s, {{u"count"_s, 1}, {u"kind"_s, u"stock"_s}});
        QTRY_COMPARE_WITH_TIMEOUT(receiver.m_all.size(), 2, 10000);
        QCOMPARE(receiver.m_all[0].body, receiver.m_all[1].body);
        QCOMPARE(receiver.m_all[0].path, receiver.m_all[1].path);
    }

    // Shuffled in groups, duplicates a group late, nothing lost; the same seed gives the same order.
    void reorderedDeliveries()
    {
        QList<QByteArray> orders[2];
        for (QList<QByteArray> &order : orders) {
            Receiver receiver;
            CloneProcess c({.flavor = u"shopee"_s,
                            .products = 5,
                            .days = 3,
                            .ordersPerDay = 2,
                            .webhookUrl = receiver.url()});
            QVERIFY2(c.start(), qPrintable(c.errorString()));
            QVERIFY(c.setFaults(
                {{u"reorderWindow"_s, 4}, {u"reorderSeed"_s, u"42"_s}, {u"duplicateWebhooks"_s, true}}));
            const QJsonArray events = c.admin(u"events"_s, {{u"count"_s, 3}, {u"kind"_s, u"journey"_s}})
                                          .toObject()
                                          .value(u"events"_s)
                                          .toArray();
            QList<QByteArray> sent;
            for (const auto e : events) {
                const QJsonArray webhooks = e.toObject().value(u"webhooks"_s).toArray();
                for (const auto h : webhooks)
                    sent.append(h.toObject().value(u"body"_s).toString().toUtf8());
            }
            QVERIFY(sent.size() >= 6);
            QTRY_COMPARE_WITH_TIMEOUT(receiver.m_all.size(), 2 * sent.size(), 10000);
            QCOMPARE(c.request("GET", u"/__admin/deliveries"_s).data().toObject().value(u"pending"_s).toInt(),
                     0);
            for (const Received &r : std::as_const(receiver.m_all))
                order.append(r.body);
            QVERIFY2(order.mid(0, sent.size()) != sent,
                     "the first deliveries came in the order they were made");
            for (const QByteArray &body : std::as_const(sent))
                QCOMPARE(order.count(body), 2 * sent.count(body));
            // Each duplicate comes after at least one delivery made later than its original.
            QVERIFY(order.indexOf(sent.first(), order.indexOf(sent.first()) + 1) > order.indexOf(sent.at(1)));
        }
        QCOMPARE(orders[0], orders[1]);
    }

    void statusBeforeCreate()
    {
        Receiver receiver;
        CloneProcess c({.flavor = u"lazada"_s,
                        .products = 5,
                        .days = 3,
                        .ordersPerDay = 2,
                        .webhookUrl = receiver.url(),
                        .extraArgs = {u"--fault-status-before-create"_s}});
        QVERIFY2(c.start(), qPrintable(c.errorString()));
        const QJsonObject event = c.admin(u"events"_s, {{u"count"_s, 1}, {u"kind"_s, u"order"_s}})
                                      .toObject()
                                      .value(u"events"_s)
                                      .toArray()
                                      .first()
                                      .toObject();
        const int hooks = event.value(u"webhooks"_s).toArray().size();
        QTRY_COMPARE_WITH_TIMEOUT(receiver.m_all.size(), hooks, 10000);
        QCOMPARE(receiver.m_all[0].path, u"/orders/status-changed"_s);
        QCOMPARE(receiver.m_all[1].path, u"/orders/created"_s);
        QCOMPARE(receiver.m_all[0].json().value(u"id"_s), receiver.m_all[1].json().value(u"id"_s));
    }

    void liveMode()
    {
        Receiver receiver;
        CloneProcess c({.flavor = u"shopee"_s,
                        .products = 10,
                        .days = 5,
                        .ordersPerDay = 3,
                        .webhookUrl = receiver.url(),
                        .liveRate = 20});
        QVERIFY2(c.start(), qPrintable(c.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(receiver.m_all.size() >= 10, 15000);
        for (const Received &r : receiver.m_all)
            QCOMPARE(bva::test::shapeError(r.json(), bva::test::webhookFields(u"shopee"_s, r.path)),
                     QString());
        // Turning it off stops the flow.
        c.admin(u"live"_s, {{u"rate"_s, 0}});
        QTest::qWait(300); // let in-flight deliveries land
        const auto settled = receiver.m_all.size();
        QTest::qWait(600);
        QVERIFY(receiver.m_all.size() - settled <= 1);
    }

    void syncBatch()
    {
        Receiver receiver;
        CloneProcess c({.flavor = u"lazada"_s,
                        .products = 9,
                        .days = 4,
                        .ordersPerDay = 3,
                        .webhookUrl = receiver.url()});
        QVERIFY2(c.start(), qPrintable(c.errorString()));
        c.admin(u"sync-batch"_s);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.m_all.size(), 1, 10000);
        const QJsonObject body = receiver.m_all[0].json();
        QCOMPARE(receiver.m_all[0].path, u"/sync/batch"_s);
        QCOMPARE(bva::test::shapeError(body, bva::test::webhookFields(u"lazada"_s, u"/sync/batch"_s)),
                 QString());
        QCOMPARE(body.value(u"products"_s).toArray().size(), 9);
        QCOMPARE(bva::test::shapeError(body.value(u"products"_s).toArray()[0].toObject(),
                                       bva::test::productFields()),
                 QString());
    }

    void anotherShopsToken()
    {
        Receiver receiver;
        CloneProcess c({.flavor = u"shopee"_s,
                        .products = 5,
                        .days = 3,
                        .ordersPerDay = 2,
                        .webhookUrl = receiver.url()});
        QVERIFY2(c.start(), qPrintable(c.errorString()));
        const QJsonObject second = c.addSeller({{u"products"_s, 4}});
        QVERIFY(!second.value(u"token"_s).toString().isEmpty());
        QVERIFY(second.value(u"shopId"_s).toString() != c.shopId());
        QCOMPARE(
            c.get(u"/api/products/shop/"_s + second.value(u"shopId"_s).toString()).data().toArray().size(),
            4);
        // Events for that shop are signed with that seller's token.
        c.admin(u"events"_s,
                {{u"count"_s, 1}, {u"kind"_s, u"stock"_s}, {u"shopId"_s, second.value(u"shopId"_s)}});
        QTRY_COMPARE_WITH_TIMEOUT(receiver.m_all.size(), 1, 10000);
        QCOMPARE(receiver.m_all[0].authorization, "Bearer " + second.value(u"token"_s).toString().toLatin1());
        // And the new seller can log in.
        const auto login = c.request("POST", u"/api/auth/login"_s,
                                     QJsonDocument(QJsonObject{{u"email"_s, second.value(u"email"_s)},
                                                               {u"password"_s, second.value(u"password"_s)}})
                                         .toJson());
        QCOMPARE(login.status, 200);
    }
};

QTEST_GUILESS_MAIN(TestCloneWebhooks)
#include "tst_clone_webhooks.moc"
