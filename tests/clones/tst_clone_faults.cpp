// Every fault of the simulator does what it says (flags and POST /__admin/faults).
#include "cloneprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using bva::test::CloneOptions;
using bva::test::CloneProcess;
using bva::test::CloneReply;

class TestCloneFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CloneProcess> m_shopee;
    std::unique_ptr<CloneProcess> m_lazada;
    CloneProcess &clone()
    {
        return QString::fromLatin1(QTest::currentDataTag()).startsWith(u"shopee") ? *m_shopee : *m_lazada;
    }
    QString productsPath(CloneProcess &c) { return u"/api/products/shop/"_s + c.shopId(); }
    QString ordersPath(CloneProcess &c) { return u"/api/orders/seller/"_s + c.shopId(); }
    static QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

private Q_SLOTS:
    void initTestCase()
    {
        m_shopee = std::make_unique<CloneProcess>(
            CloneOptions{.flavor = u"shopee"_s, .products = 15, .days = 20, .ordersPerDay = 6});
        m_lazada = std::make_unique<CloneProcess>(
            CloneOptions{.flavor = u"lazada"_s, .products = 15, .days = 20, .ordersPerDay = 6});
        QVERIFY2(m_shopee->start(), qPrintable(m_shopee->errorString()));
        QVERIFY2(m_lazada->start(), qPrintable(m_lazada->errorString()));
    }

    void init()
    {
        if (m_shopee)
            QVERIFY(m_shopee->setFaults({{u"reset"_s, true}}));
        if (m_lazada)
            QVERIFY(m_lazada->setFaults({{u"reset"_s, true}}));
    }

    void flavours_data()
    {
        QTest::addColumn<QString>("flavor");
        QTest::newRow("shopee") << u"shopee"_s;
        QTest::newRow("lazada") << u"lazada"_s;
    }

    void errorRate_data() { flavours_data(); }
    void errorRate()
    {
        CloneProcess &c = clone();
        QVERIFY(c.setFaults({{u"errorRate"_s, 1.0}}));
        CloneReply r = c.get(productsPath(c));
        QCOMPARE(r.status, 500);
        QCOMPARE(r.object().value(u"success"_s).toBool(true), false);
        QCOMPARE(c.get(ordersPath(c), c.token()).status, 500);
        // Pages and the admin API stay up.
        QCOMPARE(c.get(u"/seller-login"_s).status, 200);
        QVERIFY(c.setFaults({{u"errorRate"_s, 0.5}}));
        int errors = 0;
        for (int i = 0; i < 40; ++i)
            errors += c.get(productsPath(c) + u"?pageSize=1&page=1"_s).status == 500;
        QVERIFY2(errors > 5 && errors < 35, qPrintable(QString::number(errors)));
        QVERIFY(c.setFaults({{u"errorRate"_s, 0}}));
        QCOMPARE(c.get(productsPath(c)).status, 200);
    }

    void truncated_data() { flavours_data(); }
    void truncated()
    {
        CloneProcess &c = clone();
        const QByteArray whole = c.get(productsPath(c)).body;
        QVERIFY(!QJsonDocument::fromJson(whole).isNull());
        QVERIFY(c.setFaults({{u"truncateRate"_s, 1.0}}));
        const CloneReply r = c.get(productsPath(c));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.isNull());
        QVERIFY(r.body.size() < whole.size());
        QVERIFY(whole.startsWith(r.body));
    }

    void malformed_data() { flavours_data(); }
    void malformed()
    {
        CloneProcess &c = clone();
        QVERIFY(c.setFaults({{u"malformedRate"_s, 1.0}}));
        const CloneReply r = c.get(ordersPath(c), c.token());
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.isEmpty());
        QJsonParseError pe;
        QJsonDocument::fromJson(r.body, &pe);
        QVERIFY(pe.error != QJsonParseError::NoError);
    }

    void latency_data() { flavours_data(); }
    void latency()
    {
        CloneProcess &c = clone();
        // A wide gap between the delay and the page's bound: a busy machine only makes answers later.
        QVERIFY(c.setFaults({{u"latencyMs"_s, 3000}}));
        QElapsedTimer t;
        t.start();
        QCOMPARE(c.get(u"/config.js"_s).status, 200);
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed()))); // pages are not slowed down
        t.restart();
        QCOMPARE(c.get(productsPath(c)).status, 200);
        QVERIFY2(t.elapsed() >= 2950, qPrintable(QString::number(t.elapsed())));
    }

    void numbersAsStrings_data() { flavours_data(); }
    void numbersAsStrings()
    {
        CloneProcess &c = clone();
        QVERIFY(c.setFaults({{u"numbersAsStrings"_s, true}}));
        const QJsonObject p = c.get(productsPath(c)).data().toArray().first().toObject();
        QVERIFY(p.value(u"price"_s).isString());
        QVERIFY(p.value(u"stock"_s).isString());
        QVERIFY(p.value(u"price"_s).toString().toDouble() > 0);
        QVERIFY(p.value(u"price"_s).toString().contains(u'.'));
        const QJsonObject o = c.get(ordersPath(c), c.token()).data().toArray().first().toObject();
        QVERIFY(o.value(u"total"_s).isString());
        QVERIFY(o.value(u"items"_s).toArray().first().toObject().value(u"quantity"_s).isString());
        // Webhooks too.
        const QJsonArray events = c.admin(u"events"_s, {{u"count"_s, 1}, {u"kind"_s, u"stock"_s}})
                                      .toObject()
                                      .value(u"events"_s)
                                      .toArray();
        const QJsonObject body = QJsonDocument::fromJson(events[0]
                                                             .toObject()
                                                             .value(u"webhooks"_s)
                                                             .toArray()[0]
                                                             .toObject()
                                                             .value(u"body"_s)
                                                             .toString()
                                                             .toUtf8())
                                     .object();
        QVERIFY(body.value(u"quantity"_s).isString());
        QVERIFY(c.setFaults({{u"numbersAsStrings"_s, false}}));
        QVERIFY(c.get(productsPath(c)).data().toArray().first().toObject().value(u"price"_s).isDouble());
    }

    void lowercaseStatuses_data() { flavours_data(); }
    void lowercaseStatuses()
    {
        QFETCH(QString, flavor);
        CloneProcess &c = clone();
        QVERIFY(c.setFaults({{u"lowercaseStatuses"_s, true}}));
        const QJsonArray orders = c.get(ordersPath(c), c.token()).data().toArray();
        bool sawCompleted = false;
        for (const auto v : orders) {
            const QString s = v.toObject().value(u"status"_s).toString();
            QCOMPARE(s, s.toLower());
            QVERIFY2(!s.contains(u'-'), qPrintable(s)); // lazada's kebab words become snake lowercase
            sawCompleted = sawCompleted || s == u"completed";
        }
        QVERIFY(sawCompleted);
        // Filtering still works with either spelling.
        QVERIFY(!c.get(ordersPath(c) + u"?status=completed"_s, c.token()).data().toArray().isEmpty());
        Q_UNUSED(flavor);
    }

    void wrongPassword500_data() { flavours_data(); }
    void wrongPassword500()
    {
        CloneProcess &c = clone();
        const QByteArray wrong = json({{u"email"_s, c.sellerEmail()}, {u"password"_s, u"nope"_s}});
        QCOMPARE(c.request("POST", u"/api/auth/login"_s, wrong).status, 401);
        QVERIFY(c.setFaults({{u"wrongPassword500"_s, true}}));
        QCOMPARE(c.request("POST", u"/api/auth/login"_s, wrong).status, 500);
        // Unknown email keeps its 401; the right password still works.
        QCOMPARE(c.request("POST", u"/api/auth/login"_s,
                           json({{u"email"_s, u"x@y.z"_s}, {u"password"_s, u"nope"_s}}))
                     .status,
                 401);
        QCOMPARE(c.request("POST", u"/api/auth/login"_s,
                           json({{u"email"_s, c.sellerEmail()}, {u"password"_s, c.sellerPassword()}}))
                     .status,
                 200);
    }

    // Rate limiting as real sites do it: 429 with a Retry-After in seconds.
    void throttleRate_data() { flavours_data(); }
    void throttleRate()
    {
        CloneProcess &c = clone();
        QVERIFY(c.setFaults({{u"throttleRate"_s, 1.0}}));
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(c.url().toString() + productsPath(c))));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
        QCOMPARE(reply->rawHeader("Retry-After"), QByteArray("1"));
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(u"success"_s).toBool(true), false);
        delete reply;
        QVERIFY(c.setFaults({{u"throttleRate"_s, 0.0}}));
        QCOMPARE(c.get(productsPath(c)).status, 200);
    }

    // Pages after the first start `pageDrift` records later: some records are skipped (or repeated).
    void pageDrift_data() { flavours_data(); }
    void pageDrift()
    {
        CloneProcess &c = clone();
        auto ids = [&](int page) {
            QStringList list;
            const QJsonArray a =
                c.get(productsPath(c) + u"?page="_s + QString::number(page) + u"&pageSize=4"_s)
                    .data()
                    .toArray();
            for (const auto v : a)
                list.append(v.toObject().value(u"id"_s).toString());
            return list;
        };
        const QStringList all = [&] {
            QStringList list;
            const QJsonArray page = c.get(productsPath(c)).data().toArray();
            for (const auto v : page)
                list.append(v.toObject().value(u"id"_s).toString());
            return list;
        }();
        QCOMPARE(all.size(), 15);
        QCOMPARE(ids(1) + ids(2), all.mid(0, 8));
        QVERIFY(c.setFaults({{u"pageDrift"_s, 1}}));
        QCOMPARE(ids(1), all.mid(0, 4));
        QCOMPARE(ids(2), all.mid(5, 4)); // all[4] is never served
        QVERIFY(c.setFaults({{u"pageDrift"_s, -2}}));
        QCOMPARE(ids(2), all.mid(2, 4));  // all[2], all[3] again
        QCOMPARE(ids(4), all.mid(10, 4)); // all[14] is never served
        const QJsonObject paged = c.get(productsPath(c) + u"?page=2&pageSize=4"_s).object();
        QCOMPARE(paged.value(u"pagination"_s).toObject().value(u"total"_s).toInt(), 15);
        // hidePagination: the same pages, without saying so.
        QVERIFY(c.setFaults({{u"pageDrift"_s, 0}, {u"hidePagination"_s, true}}));
        const QJsonObject silent = c.get(productsPath(c) + u"?page=2&pageSize=4"_s).object();
        QVERIFY(!silent.contains(u"pagination"_s));
        QCOMPARE(ids(2), all.mid(4, 4));
    }

    // A moved order's orders/created goes out again after its move (the order exists on BVA's side).
    void createdAgain_data() { flavours_data(); }
    void createdAgain()
    {
        CloneProcess &c = clone();
        auto paths = [&](const QString &kind) {
            QStringList list;
            const QJsonArray events = c.admin(u"events"_s, {{u"count"_s, 1}, {u"kind"_s, kind}})
                                          .toObject()
                                          .value(u"events"_s)
                                          .toArray();
            const QJsonArray webhooks = events.first().toObject().value(u"webhooks"_s).toArray();
            for (const auto w : webhooks)
                list.append(w.toObject().value(u"path"_s).toString());
            return list;
        };
        QVERIFY(!paths(u"status"_s).contains(u"/orders/created"_s));
        QVERIFY(c.setFaults({{u"createdAgain"_s, true}}));
        const QStringList moved = paths(u"status"_s);
        QCOMPARE(moved.first(), u"/orders/status-changed"_s);
        QVERIFY2(moved.contains(u"/orders/created"_s), qPrintable(moved.join(u' ')));
        const QStringList updated = paths(u"update"_s);
        QCOMPARE(updated, (QStringList{u"/orders/updated"_s, u"/orders/created"_s}));
    }

    void adminFaultsApi()
    {
        CloneProcess &c = *m_shopee;
        CloneReply r = c.request("POST", u"/__admin/faults"_s, json({{u"noSuchFault"_s, true}}));
        QCOMPARE(r.status, 400);
        r = c.request("POST", u"/__admin/faults"_s,
                      json({{u"latencyMs"_s, 5}, {u"duplicateWebhooks"_s, true}}));
        QCOMPARE(r.status, 200);
        const QJsonObject faults = c.request("GET", u"/__admin/faults"_s).data().toObject();
        QCOMPARE(faults.value(u"latencyMs"_s).toInt(), 5);
        QCOMPARE(faults.value(u"duplicateWebhooks"_s).toBool(), true);
        QCOMPARE(faults.value(u"errorRate"_s).toDouble(), 0.0);
        QCOMPARE(faults.value(u"reorderWindow"_s).toInt(), 0);
        QCOMPARE(faults.value(u"deniedMessage"_s).toBool(true), false);
        QCOMPARE(faults.value(u"dropRate"_s).toDouble(-1), 0.0); // pushes lost on the way (open flavours)
        QCOMPARE(faults.keys().size(), 17);
    }

    void faultFlags()
    {
        CloneProcess c({.flavor = u"shopee"_s,
                        .products = 8,
                        .days = 5,
                        .ordersPerDay = 4,
                        .extraArgs = {u"--fault-numbers-as-strings"_s, u"--fault-lowercase-statuses"_s,
                                      u"--fault-wrong-password-500"_s, u"--fault-latency"_s, u"300"_s,
                                      u"--fault-duplicate-webhooks"_s, u"--fault-status-before-create"_s,
                                      u"--fault-created-again"_s, u"--fault-page-drift=-3"_s,
                                      u"--fault-throttle-rate"_s, u"0.25"_s}});
        QVERIFY2(c.start(), qPrintable(c.errorString()));
        const QJsonObject faults = c.request("GET", u"/__admin/faults"_s).data().toObject();
        QCOMPARE(faults.value(u"numbersAsStrings"_s).toBool(), true);
        QCOMPARE(faults.value(u"lowercaseStatuses"_s).toBool(), true);
        QCOMPARE(faults.value(u"wrongPassword500"_s).toBool(), true);
        QCOMPARE(faults.value(u"duplicateWebhooks"_s).toBool(), true);
        QCOMPARE(faults.value(u"statusBeforeCreate"_s).toBool(), true);
        QCOMPARE(faults.value(u"latencyMs"_s).toInt(), 300);
        QCOMPARE(faults.value(u"createdAgain"_s).toBool(), true);
        QCOMPARE(faults.value(u"pageDrift"_s).toInt(), -3);
        QCOMPARE(faults.value(u"throttleRate"_s).toDouble(), 0.25);
        QVERIFY(c.setFaults({{u"throttleRate"_s, 0.0}})); // the reads below must not be refused
        QElapsedTimer t;
        t.start();
        const QJsonObject p = c.get(productsPath(c)).data().toArray().first().toObject();
        QVERIFY(t.elapsed() >= 280);
        QVERIFY(p.value(u"price"_s).isString());
        QCOMPARE(c.request("POST", u"/api/auth/login"_s,
                           json({{u"email"_s, c.sellerEmail()}, {u"password"_s, u"bad"_s}}))
                     .status,
                 500);

        CloneProcess e({.flavor = u"lazada"_s,
                        .products = 5,
                        .days = 3,
                        .ordersPerDay = 2,
                        .extraArgs = {u"--fault-error-rate"_s, u"1"_s}});
        QVERIFY2(e.start(), qPrintable(e.errorString()));
        QCOMPARE(e.get(productsPath(e)).status, 500);
        QVERIFY(e.get(productsPath(e)).object().contains(u"error"_s));

        CloneProcess bad({.flavor = u"shopee"_s, .extraArgs = {u"--fault-error-rate"_s, u"7"_s}});
        QVERIFY(!bad.start());
        QVERIFY2(bad.errorString().contains(u"fault-error-rate"_s), qPrintable(bad.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestCloneFaults)
#include "tst_clone_faults.moc"
