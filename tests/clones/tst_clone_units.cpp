// Unit tests of the simulator's building blocks: PRNG, JWT, JSON writer, statuses, signatures,
// and the generator's calendar effects.
#include "clonestore.h"
#include "datagenerator.h"
#include "jsonout.h"
#include "jwttoken.h"
#include "rng.h"
#include "webhooksender.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bva::clone;

class TestCloneUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rngIsSpecified()
    {
        // xoshiro256** seeded by splitmix64: fixed numbers, whatever the platform or Qt version.
        Rng a(42), b(42), c(43);
        const quint64 first = a.next();
        QCOMPARE(first, b.next());
        QVERIFY(first != c.next());
        Rng d(0);
        QCOMPARE(d.next(), Q_UINT64_C(0x99ec5f36cb75f2b4));
        for (int i = 0; i < 1000; ++i) {
            const double u = a.uniform();
            QVERIFY(u >= 0 && u < 1);
            const qint64 r = a.range(3, 7);
            QVERIFY(r >= 3 && r <= 7);
        }
    }

    void money_data()
    {
        QTest::addColumn<qint64>("centavos");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("whole") << qint64(14900) << "149"_ba;
        QTest::newRow("half") << qint64(14950) << "149.5"_ba;
        QTest::newRow("cents") << qint64(14995) << "149.95"_ba;
        QTest::newRow("small") << qint64(5) << "0.05"_ba;
        QTest::newRow("negative") << qint64(-250) << "-2.5"_ba;
    }
    void money()
    {
        QFETCH(qint64, centavos);
        QFETCH(QByteArray, json);
        QByteArray out;
        JsonOut::appendMoney(out, centavos);
        QCOMPARE(out, json);
        QByteArray s;
        JsonOut j(s, true);
        j.money(centavos);
        QCOMPARE(s.front(), '"');
    }

    void isoTime()
    {
        for (const qint64 ms :
             {Q_INT64_C(0), Q_INT64_C(1764057600123), Q_INT64_C(951782400000), Q_INT64_C(4102444799999)}) {
            const QString expected =
                QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
            QCOMPARE(JsonOut::isoString(ms), expected);
            QCOMPARE(parseIsoMs(expected), std::optional<qint64>(ms));
        }
        QCOMPARE(
            parseIsoMs(u"2026-11-25"_s),
            std::optional<qint64>(QDateTime(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()));
        QCOMPARE(*parseIsoMs(u"2026-11-25"_s, true) - *parseIsoMs(u"2026-11-25"_s), Q_INT64_C(86399999));
        QCOMPARE(parseIsoMs(u"2026-11-25T08:00:00+08:00"_s), parseIsoMs(u"2026-11-25T00:00:00Z"_s));
        QVERIFY(!parseIsoMs(u"yesterday"_s));
    }

    void jsonEscaping()
    {
        QByteArray out;
        JsonOut j(out);
        j.beginObject();
        j.key("a").string(u"Quote \" back \\ nl \n tab \t ñ ₱ \x01"_s);
        j.key("b").string(QString());
        j.key("c").beginArray();
        j.integer(1);
        j.boolean(true);
        j.null();
        j.endArray();
        j.endObject();
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(out, &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QCOMPARE(o.value(u"a"_s).toString(), u"Quote \" back \\ nl \n tab \t ñ ₱ \x01"_s);
        QVERIFY(o.value(u"b"_s).isNull());
        QCOMPARE(o.value(u"c"_s).toArray().size(), 3);
    }

    void jwt()
    {
        const QByteArray secret = "k";
        const qint64 now = 1'800'000'000;
        const QByteArray token = Jwt::sign({{u"sub"_s, u"u1"_s}, {u"exp"_s, double(now + 60)}}, secret);
        QCOMPARE(token.count('.'), 2);
        Jwt::Error e = Jwt::Error::None;
        QVERIFY(Jwt::verify(token, secret, now, &e));
        QCOMPARE(e, Jwt::Error::None);
        QVERIFY(!Jwt::verify(token, secret, now + 61, &e));
        QCOMPARE(e, Jwt::Error::Expired);
        QVERIFY(!Jwt::verify(token, "other", now, &e));
        QCOMPARE(e, Jwt::Error::BadSignature);
        QVERIFY(!Jwt::verify("abc", secret, now, &e));
        QCOMPARE(e, Jwt::Error::Malformed);
        // The header is the standard HS256 one.
        const QJsonObject header =
            QJsonDocument::fromJson(
                QByteArray::fromBase64(token.split('.')[0], QByteArray::Base64UrlEncoding))
                .object();
        QCOMPARE(header.value(u"alg"_s).toString(), u"HS256"_s);
    }

    void standardWebhooksSignature()
    {
        // Example from the Standard Webhooks specification.
        const QByteArray secret = WebhookSender::secretBytes(u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s);
        QCOMPARE(secret, QByteArray::fromBase64("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
        const QByteArray sig = WebhookSender::signature(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
                                                        R"({"test": 2432232314})");
        QCOMPARE(sig, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="_ba);
        QCOMPARE(WebhookSender::secretBytes(u"raw"_s), "raw"_ba);
    }

    void statuses()
    {
        QCOMPARE(statusText(Flavor::Shopee, OrderStatus::ToReceive), u"TO_RECEIVE"_s);
        QCOMPARE(statusText(Flavor::Lazada, OrderStatus::ToReceive), u"shipping"_s);
        QCOMPARE(statusText(Flavor::Lazada, OrderStatus::Failed), u"failed-delivery"_s);
        QCOMPARE(statusText(Flavor::Shopee, OrderStatus::Completed, true), u"completed"_s);
        QCOMPARE(statusText(Flavor::Lazada, OrderStatus::ToShip, true), u"to_ship"_s);
        QCOMPARE(statusFromText(u"return-refund"_s), std::optional(OrderStatus::Returned));
        QCOMPARE(statusFromText(u"to_ship"_s), std::optional(OrderStatus::ToShip));
        QCOMPARE(statusFromText(u"delivered"_s), std::optional(OrderStatus::Completed));
        QVERIFY(!statusFromText(u"lost"_s));
    }

    void generatorCalendar()
    {
        // One year ending on 2026-12-31: the 11.11 and 12.12 spikes, paydays above ordinary days,
        // weekends above Mondays, and ids in each flavour's format.
        CloneStore store(Flavor::Shopee, 9);
        GeneratorOptions o;
        o.seed = 9;
        o.products = 80;
        o.days = 365;
        o.ordersPerDay = 40;
        o.sellers = 1;
        o.nowMs = QDateTime(QDate(2026, 12, 31), QTime(15, 59), Qt::UTC).toMSecsSinceEpoch();
        QElapsedTimer t;
        t.start();
        DataGenerator(o).generate(store);
        qInfo() << store.orders().size() << "orders generated in" << t.elapsed() << "ms";
        QMap<QDate, int> perDay;
        for (const auto &order : store.orders())
            ++perDay[QDateTime::fromMSecsSinceEpoch(order.createdMs + 8 * 3600000, Qt::UTC).date()];
        double ordinary = 0;
        int ordinaryDays = 0, payday = 0, paydayDays = 0, saturdays = 0, mondays = 0;
        for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
            const QDate d = it.key();
            if (d.month() == d.day())
                continue;
            if (d.day() == 15 || d.day() == d.daysInMonth()) {
                payday += it.value();
                ++paydayDays;
            } else if (d.month() < 9) {
                ordinary += it.value();
                ++ordinaryDays;
            }
            saturdays += d.dayOfWeek() == 6 ? it.value() : 0;
            mondays += d.dayOfWeek() == 1 ? it.value() : 0;
        }
        const double mean = ordinary / ordinaryDays;
        QVERIFY2(perDay.value(QDate(2026, 11, 11)) > 3 * mean,
                 qPrintable(QString::number(perDay.value(QDate(2026, 11, 11)))));
        QVERIFY(perDay.value(QDate(2026, 12, 12)) > 3 * mean);
        QVERIFY(double(payday) / paydayDays > 1.3 * mean);
        QVERIFY(saturdays > mondays);
        // Stock never goes negative; some products sold out, some expired.
        int soldOut = 0, expired = 0;
        for (const auto &p : store.products()) {
            QVERIFY(p.stock >= 0);
            soldOut += p.stock == 0;
            expired += p.expiryMs && *p.expiryMs < o.nowMs;
        }
        QVERIFY(expired > 0);
        Q_UNUSED(soldOut);
        QVERIFY(store.orders().front().id.startsWith(u"clx"_s));
        CloneStore lazada(Flavor::Lazada, 9);
        DataGenerator(o).generate(lazada);
        QCOMPARE(lazada.orders().front().id.size(), 36);
        QVERIFY(lazada.orders().front().id != store.orders().front().id);
    }

    void trendsShowUp()
    {
        // Trending products sell more in the last quarter than in the first, dying ones less:
        // across the catalogue both directions must be present.
        CloneStore store(Flavor::Lazada, 5);
        GeneratorOptions o;
        o.seed = 5;
        o.products = 60;
        o.days = 240;
        o.ordersPerDay = 60;
        o.sellers = 1;
        o.nowMs = QDateTime(QDate(2026, 8, 31), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        DataGenerator(o).generate(store);
        const qint64 start = o.nowMs - qint64(o.days) * 86400000;
        const qint64 q = qint64(o.days) * 86400000 / 4;
        QHash<QString, int> early, late;
        for (const auto &order : store.orders()) {
            for (const auto &item : order.items) {
                if (order.createdMs < start + q)
                    early[item.productId] += item.quantity;
                else if (order.createdMs > o.nowMs - q)
                    late[item.productId] += item.quantity;
            }
        }
        int growing = 0, shrinking = 0;
        for (const auto &p : store.products()) {
            const int e = early.value(p.id), l = late.value(p.id);
            growing += l > 3 * std::max(e, 2);
            shrinking += e > 3 * std::max(l, 2);
        }
        QVERIFY2(growing > 0 && shrinking > 0, qPrintable(u"%1 %2"_s.arg(growing).arg(shrinking)));
    }
};

QTEST_GUILESS_MAIN(TestCloneUnits)
#include "tst_clone_units.moc"
