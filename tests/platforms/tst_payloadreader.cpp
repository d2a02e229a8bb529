// The tolerant reader: every spelling of CONTRACT.md sections 2 and 4, both flavours.
#include "platforms/payloadreader.h"
#include "platforms/platformregistry.h"
#include "sync/consentmessage.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bva;

namespace {
QJsonObject obj(const char *json)
{
    QJsonParseError e;
    const auto doc = QJsonDocument::fromJson(QByteArray(json), &e);
    if (e.error != QJsonParseError::NoError)
        qFatal("bad fixture: %s", qPrintable(e.errorString()));
    return doc.object();
}
} // namespace

class TestPayloadReader : public QObject
{
    Q_OBJECT
private slots:
    void product_data();
    void product();
    void productSkips_data();
    void productSkips();
    void order_data();
    void order();
    void orderSkips_data();
    void orderSkips();
    void times_data();
    void times();
    void isoTimesAsQtReadsThem();
    void consent_data();
    void consent();
    void lists_data();
    void lists();
    void account();
    void registry();
    void withoutNul_data();
    void withoutNul();
    void textCountedInCodePoints();
};

void TestPayloadReader::product_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("id");
    QTest::addColumn<qint64>("price");
    QTest::addColumn<qint64>("cost"); // -1 = unknown
    QTest::addColumn<int>("stock");
    QTest::addColumn<QString>("image");
    QTest::addColumn<bool>("active");

    QTest::newRow("rest shopee")
        << QByteArray(R"({"id":"p1","sku":"S1","name":"Soap","description":null,"price":199.99,
        "cost":120.5,"stock":7,"quantity":9,"expiryDate":null,"category":"Beauty","imageUrl":"http://x/i.png",
        "platform":"SHOPEE","createdAt":"2025-01-01T00:00:00.000Z","updatedAt":"2025-02-01T00:00:00.000Z"})")
        << u"p1"_s << qint64(19999) << qint64(12050) << 7 << u"http://x/i.png"_s << true;
    QTest::newRow("rest numbers as strings")
        << QByteArray(R"({"id":"p2","price":"10.5","cost":"3","stock":"12","quantity":"1"})") << u"p2"_s
        << qint64(1050) << qint64(300) << 12 << QString() << true;
    QTest::newRow("quantity only") << QByteArray(R"({"id":"p3","price":1,"quantity":4})") << u"p3"_s
                                   << qint64(100) << qint64(-1) << 4 << QString() << true;
    QTest::newRow("webhook shopee")
        << QByteArray(R"({"id":"p4","productId":"p4","shopId":"s1","name":"N","description":"",
        "price":5,"cost":null,"stock":3,"sku":"K","category":"C","image":"http://i","imageUrl":"http://i","expiryDate":null})")
        << u"p4"_s << qint64(500) << qint64(-1) << 3 << u"http://i"_s << true;
    QTest::newRow("webhook lazada")
        << QByteArray(R"({"id":"p5","shopId":"s1","name":"N","price":2.5,"cost":1,"stock":0,
        "image":"http://j","description":"d","category":"C","expiryDate":"2026-03-01T00:00:00.000Z","isActive":false})")
        << u"p5"_s << qint64(250) << qint64(100) << 0 << u"http://j"_s << false;
    QTest::newRow("snake_case is_active")
        << QByteArray(R"({"product_id":"p6","product_name":"Snake","price":1,"stock":2,"is_active":false})")
        << u"p6"_s << qint64(100) << qint64(-1) << 2 << QString() << false;
    QTest::newRow("productId only, numeric id")
        << QByteArray(R"({"productId":42,"price":"0.1","stock":1,"unknownField":{"a":1}})") << u"42"_s
        << qint64(10) << qint64(-1) << 1 << QString() << true;
}

void TestPayloadReader::product()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, id);
    QFETCH(qint64, price);
    QFETCH(qint64, cost);
    QFETCH(int, stock);
    QFETCH(QString, image);
    QFETCH(bool, active);
    const auto p = payload::productFromJson(obj(json.constData()), 2);
    QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
    QCOMPARE(p->externalId, id);
    QCOMPARE(p->priceMinor, price);
    QCOMPARE(p->costMinor.value_or(-1), cost);
    QCOMPARE(p->stock, stock);
    QCOMPARE(p->imageUrl, image);
    QCOMPARE(p->active, active);
    if (QByteArrayView(QTest::currentDataTag()) == "snake_case is_active")
        QCOMPARE(p->name, u"Snake"_s);
}

void TestPayloadReader::productSkips_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no id") << QByteArray(R"({"price":1})") << u"missing id"_s;
    QTest::newRow("empty id") << QByteArray(R"({"id":"  ","price":1})") << u"missing id"_s;
    QTest::newRow("no price") << QByteArray(R"({"id":"a"})") << u"missing price"_s;
    QTest::newRow("updated in 9999") << QByteArray(
                                            R"({"id":"a","price":1,"updatedAt":"9999-01-01T00:00:00Z"})")
                                     << u"updatedAt is outside 2000-2099"_s;
    QTest::newRow("created in year 1") << QByteArray(R"({"id":"a","price":1,"createdAt":"0001-01-01"})")
                                       << u"createdAt is outside 2000-2099"_s;
    QTest::newRow("price word") << QByteArray(R"({"id":"a","price":"cheap"})") << u"price is not a number"_s;
    QTest::newRow("price object") << QByteArray(R"({"id":"a","price":{}})") << u"price is not a number"_s;
    QTest::newRow("stock word") << QByteArray(R"({"id":"a","price":1,"stock":"lots"})")
                                << u"stock is not a number"_s;
    QTest::newRow("stock fraction") << QByteArray(R"({"id":"a","price":1,"stock":1.5})")
                                    << u"stock is not a number"_s;
    QTest::newRow("cost word") << QByteArray(R"({"id":"a","price":1,"cost":"x"})")
                               << u"cost is not a number"_s;
    QTest::newRow("negative price") << QByteArray(R"({"id":"a","price":-0.01})") << u"price is negative"_s;
    QTest::newRow("price beyond the bound")
        << QByteArray(R"({"id":"a","price":"100000000000.01"})") << u"price is out of range"_s;
    QTest::newRow("price of 20 digits")
        << QByteArray(R"({"id":"a","price":"99999999999999999999"})") << u"price is out of range"_s;
    QTest::newRow("price 1e300") << QByteArray(R"({"id":"a","price":1e300})") << u"price is out of range"_s;
    QTest::newRow("cost beyond the bound")
        << QByteArray(R"({"id":"a","price":1,"cost":1e14})") << u"cost is out of range"_s;
}

void TestPayloadReader::productSkips()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    const auto p = payload::productFromJson(obj(json.constData()), 2);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().kind, Error::Kind::Parse);
    QCOMPARE(p.error().message, reason);
}

void TestPayloadReader::order_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("id");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("rawStatus");
    QTest::addColumn<int>("items");
    QTest::addColumn<bool>("itemsKnown");
    QTest::addColumn<bool>("hasDate");
    QTest::addColumn<QString>("firstItemName");
    QTest::addColumn<qint64>("firstSubtotal");

    QTest::newRow("rest shopee") << QByteArray(R"({"id":"o1","shopId":"s1","shopName":"S","items":[
        {"productId":"p1","productName":"Soap","quantity":2,"price":10,"subtotal":20,"imageUrl":"u"},
        {"productId":"p2","quantity":1,"price":5}],"total":25,"revenue":25,"profit":4,"status":"TO_SHIP",
        "customerName":"A","customerEmail":"a@x","createdAt":"2025-06-01T08:30:00.000Z"})")
                                 << u"o1"_s << qint64(2500) << int(OrderStatus::ToShip) << u"TO_SHIP"_s << 2
                                 << true << true << u"Soap"_s << qint64(2000);
    QTest::newRow("rest lazada kebab")
        << QByteArray(R"({"id":"o2","items":[{"productId":"p1","name":"Soap","quantity":"3","price":"1.25"}],
        "total":"3.75","status":"return-refund","createdAt":"2025-06-01T08:30:00Z"})")
        << u"o2"_s << qint64(375) << int(OrderStatus::Returned) << u"return-refund"_s << 1 << true << true
        << u"Soap"_s << qint64(375);
    QTest::newRow("webhook shopee created")
        << QByteArray(
               R"({"id":"o3","orderId":"o3","shopId":"s","items":[{"productId":"p","quantity":1,"price":9}],
        "total":9,"totalPrice":9,"status":"pending","customerName":"","customerEmail":"","createdAt":"2025-06-02T00:00:00.000Z"})")
        << u"o3"_s << qint64(900) << int(OrderStatus::Pending) << u"pending"_s << 1 << true << true
        << QString() << qint64(900);
    QTest::newRow("webhook lazada created (no createdAt)")
        << QByteArray(
               R"({"id":"o4","shopId":"s","total":12,"items":[{"productId":"p","name":"X","quantity":2,"price":6}],
        "status":"pending","buyerId":"b","shippingAddress":"a","paymentMethod":"COD"})")
        << u"o4"_s << qint64(1200) << int(OrderStatus::Pending) << u"pending"_s << 1 << true << false
        << u"X"_s << qint64(1200);
    QTest::newRow("orderId + totalPrice")
        << QByteArray(R"({"orderId":"o5","totalPrice":"7","status":"unpaid","items":[]})") << u"o5"_s
        << qint64(700) << int(OrderStatus::Pending) << u"unpaid"_s << 0 << true << false << QString()
        << qint64(0);
    QTest::newRow("total_price, no items")
        << QByteArray(R"({"id":"o6","total_price":1.5,"status":"delivered"})") << u"o6"_s << qint64(150)
        << int(OrderStatus::Completed) << u"delivered"_s << 0 << false << false << QString() << qint64(0);
    QTest::newRow("no total: sum of items")
        << QByteArray(
               R"({"id":"o7","status":"failed-delivery","items":[{"productId":"p","quantity":2,"price":1.1}]})")
        << u"o7"_s << qint64(220) << int(OrderStatus::Failed) << u"failed-delivery"_s << 1 << true << false
        << QString() << qint64(220);
    QTest::newRow("unknown status kept")
        << QByteArray(R"({"id":"o8","total":1,"status":"teleported"})") << u"o8"_s << qint64(100)
        << int(OrderStatus::Unknown) << u"teleported"_s << 0 << false << false << QString() << qint64(0);
    QTest::newRow("lowercase shopee word")
        << QByteArray(R"({"id":"o9","total":1,"status":"to_receive"})") << u"o9"_s << qint64(100)
        << int(OrderStatus::ToReceive) << u"to_receive"_s << 0 << false << false << QString() << qint64(0);
    QTest::newRow("lazada words") << QByteArray(R"({"id":"o10","total":1,"status":"cancellation"})")
                                  << u"o10"_s << qint64(100) << int(OrderStatus::Cancelled)
                                  << u"cancellation"_s << 0 << false << false << QString() << qint64(0);
    QTest::newRow("numeric id") << QByteArray(R"({"id":123,"total":1,"status":"shipping"})") << u"123"_s
                                << qint64(100) << int(OrderStatus::ToReceive) << u"shipping"_s << 0 << false
                                << false << QString() << qint64(0);
}

void TestPayloadReader::order()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, id);
    QFETCH(qint64, total);
    QFETCH(int, status);
    QFETCH(QString, rawStatus);
    QFETCH(int, items);
    QFETCH(bool, itemsKnown);
    QFETCH(bool, hasDate);
    QFETCH(QString, firstItemName);
    QFETCH(qint64, firstSubtotal);
    const auto o = payload::orderFromJson(obj(json.constData()), 2);
    QVERIFY2(o.ok(), o.ok() ? "" : qPrintable(o.error().message));
    QCOMPARE(o->externalId, id);
    QCOMPARE(o->totalMinor, total);
    QCOMPARE(int(o->status), status);
    QCOMPARE(o->rawStatus, rawStatus);
    QCOMPARE(o->items.size(), items);
    QCOMPARE(o->itemsKnown, itemsKnown);
    QCOMPARE(o->placedAt.isValid(), hasDate);
    if (hasDate)
        QCOMPARE(o->placedAt.timeSpec(), Qt::UTC);
    if (items > 0) {
        QCOMPARE(o->items.first().productName, firstItemName);
        QCOMPARE(o->items.first().subtotalMinor, firstSubtotal);
    }
}

void TestPayloadReader::orderSkips_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no id") << QByteArray(R"({"total":1})") << u"missing id"_s;
    QTest::newRow("total word") << QByteArray(R"({"id":"o","total":"abc"})") << u"total is not a number"_s;
    QTest::newRow("items object") << QByteArray(R"({"id":"o","items":{}})") << u"items is not a list"_s;
    QTest::newRow("item not object") << QByteArray(R"({"id":"o","items":[1]})") << u"item is not an object"_s;
    QTest::newRow("item no product") << QByteArray(R"({"id":"o","items":[{"quantity":1,"price":1}]})")
                                     << u"item missing productId"_s;
    QTest::newRow("item no qty") << QByteArray(R"({"id":"o","items":[{"productId":"p","price":1}]})")
                                 << u"item missing quantity"_s;
    QTest::newRow("item qty word")
        << QByteArray(R"({"id":"o","items":[{"productId":"p","quantity":"two","price":1}]})")
        << u"item quantity is not a number"_s;
    QTest::newRow("item price word")
        << QByteArray(R"({"id":"o","items":[{"productId":"p","quantity":1,"price":"x"}]})")
        << u"item price is not a number"_s;
    QTest::newRow("bad date") << QByteArray(R"({"id":"o","total":1,"createdAt":"yesterday"})")
                              << u"createdAt is not a date"_s;
    // Dates outside 2000-2099 are refused (a webhook: 400; a sync: the row skipped with this reason).
    QTest::newRow("year 1") << QByteArray(R"({"id":"o","total":1,"createdAt":"0001-01-01T00:00:00Z"})")
                            << u"createdAt is outside 2000-2099"_s;
    QTest::newRow("year 9999") << QByteArray(R"({"id":"o","total":1,"createdAt":"9999-12-31T23:59:59Z"})")
                               << u"createdAt is outside 2000-2099"_s;
    QTest::newRow("epoch, one day") << QByteArray(R"({"id":"o","total":1,"createdAt":86400000})")
                                    << u"createdAt is outside 2000-2099"_s;
    QTest::newRow("updated in 9999")
        << QByteArray(R"({"id":"o","total":1,"createdAt":"2026-11-02T02:00:00Z","updatedAt":"9999-01-01"})")
        << u"updatedAt is outside 2000-2099"_s;
    // Money is checked, never wrapped: each of these wrapped or went negative before.
    QTest::newRow("negative total") << QByteArray(R"({"id":"o","total":-5})") << u"total is negative"_s;
    QTest::newRow("total beyond the bound")
        << QByteArray(R"({"id":"o","total":"92233720368547758.07"})") << u"total is out of range"_s;
    QTest::newRow("negative item price")
        << QByteArray(R"({"id":"o","items":[{"productId":"p","quantity":1,"price":-1}]})")
        << u"item price is negative"_s;
    QTest::newRow("negative subtotal")
        << QByteArray(R"({"id":"o","items":[{"productId":"p","quantity":1,"price":1,"subtotal":-1}]})")
        << u"item subtotal is negative"_s;
    QTest::newRow("price x quantity")
        << QByteArray(R"({"id":"o","items":[{"productId":"p","quantity":1000000,"price":"99999999999"}]})")
        << u"item price times quantity is out of range"_s;
    QTest::newRow("sum of items")
        << QByteArray(R"({"id":"o","items":[{"productId":"p","quantity":1,"price":"60000000000"},)"
                      R"({"productId":"q","quantity":1,"price":"60000000000"}]})")
        << u"the items' sum is out of range"_s;
    QTest::newRow("sum of quantities")
        << QByteArray(R"({"id":"o","total":1,"items":[{"productId":"p","quantity":1000000,"price":0},)"
                      R"({"productId":"q","quantity":1,"price":0}]})")
        << u"the items' quantities are out of range"_s;
}

void TestPayloadReader::orderSkips()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    const auto o = payload::orderFromJson(obj(json.constData()), 2);
    QVERIFY(!o.ok());
    QCOMPARE(o.error().message, reason);
}

void TestPayloadReader::times_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<qint64>("ms"); // 0 = invalid
    QTest::newRow("iso ms Z") << QJsonValue(u"2025-01-02T03:04:05.678Z"_s) << qint64(1735787045678);
    QTest::newRow("iso Z") << QJsonValue(u"2025-01-02T03:04:05Z"_s) << qint64(1735787045000);
    QTest::newRow("offset") << QJsonValue(u"2025-01-02T11:04:05+08:00"_s) << qint64(1735787045000);
    QTest::newRow("no zone = UTC") << QJsonValue(u"2025-01-02T03:04:05"_s) << qint64(1735787045000);
    QTest::newRow("space") << QJsonValue(u"2025-01-02 03:04:05"_s) << qint64(1735787045000);
    QTest::newRow("date") << QJsonValue(u"2025-01-02"_s) << qint64(1735776000000);
    QTest::newRow("epoch ms") << QJsonValue(1735787045678.0) << qint64(1735787045678);
    QTest::newRow("epoch s") << QJsonValue(1735787045.0) << qint64(1735787045000);
    QTest::newRow("epoch s fraction") << QJsonValue(1735787045.678) << qint64(1735787045678);
    QTest::newRow("epoch ms text") << QJsonValue(u"1735787045678"_s) << qint64(1735787045678);
    // Found by fuzz_platformresponse: converting it to an integer was undefined behaviour.
    QTest::newRow("epoch beyond 64 bits")
        << QJsonValue(u"4051144444444474444444444444444444444444447"_s) << qint64(0);
    QTest::newRow("epoch after year 9999") << QJsonValue(253402300800000.0) << qint64(0);
    QTest::newRow("epoch s text") << QJsonValue(u"1735787045"_s) << qint64(1735787045000);
    // Shapes of the common spelling that are not plain (read the general way, as before).
    QTest::newRow("iso Feb 30") << QJsonValue(u"2025-02-30T03:04:05Z"_s) << qint64(0);
    QTest::newRow("iso hour 24") << QJsonValue(u"2025-01-02T24:00:00.000Z"_s) << qint64(1735862400000);
    QTest::newRow("iso second 60") << QJsonValue(u"2025-01-02T03:04:60Z"_s) << qint64(0);
    QTest::newRow("iso letter") << QJsonValue(u"2025-01-0xT03:04:05Z"_s) << qint64(0);
    QTest::newRow("iso sign") << QJsonValue(u"2025-01-02T03:04:-5Z"_s) << qint64(0);
    QTest::newRow("iso two ms digits") << QJsonValue(u"2025-01-02T03:04:05.67Z"_s) << qint64(1735787045670);
    QTest::newRow("zero") << QJsonValue(0) << qint64(0);
    QTest::newRow("garbage") << QJsonValue(u"soon"_s) << qint64(0);
    QTest::newRow("null") << QJsonValue() << qint64(0);
}

void TestPayloadReader::times()
{
    QFETCH(QJsonValue, value);
    QFETCH(qint64, ms);
    const QDateTime t = payload::timeFromJson(value);
    QCOMPARE(t.isValid(), ms != 0);
    if (ms)
        QCOMPARE(t.toMSecsSinceEpoch(), ms);
}

void TestPayloadReader::isoTimesAsQtReadsThem()
{
    // The common spelling is read without QDateTime::fromString: the same instant as Qt reads, for
    // instants all over 2000-2099, with and without milliseconds.
    QRandomGenerator random(18);
    const qint64 from = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    for (int i = 0; i < 5000; ++i) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(random.bounded(from, to), Qt::UTC);
        for (Qt::DateFormat format : {Qt::ISODateWithMs, Qt::ISODate}) {
            const QString text = t.toString(format);
            const QDateTime read = payload::timeFromJson(QJsonValue(text));
            QCOMPARE(read, QDateTime::fromString(text, Qt::ISODateWithMs));
            QCOMPARE(read.toMSecsSinceEpoch(),
                     format == Qt::ISODate ? t.toMSecsSinceEpoch() / 1000 * 1000 : t.toMSecsSinceEpoch());
            QCOMPARE(read.timeSpec(), Qt::UTC);
        }
    }
}

void TestPayloadReader::consent_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("errorKind"); // -1 = accepted
    QTest::addColumn<int>("platform");
    QTest::newRow("shopee success")
        << QByteArray(R"({"type":"SHOPEE_CLONE_AUTH_SUCCESS","shop":{"id":"s1","name":"S"},
        "user":{"id":"u","email":"e","name":"n"},"token":"tok"})")
        << -1 << int(Platform::Shopee);
    QTest::newRow("lazada success numeric shop")
        << QByteArray(R"({"type":"LAZADA_CLONE_AUTH_SUCCESS","shop":{"id":7,"name":"S"},"token":"tok"})")
        << -1 << int(Platform::Lazada);
    QTest::newRow("shopee error") << QByteArray(R"({"type":"SHOPEE_CLONE_AUTH_ERROR","error":"nope"})")
                                  << int(Error::Kind::Remote) << 0;
    QTest::newRow("shopee required") << QByteArray(
                                            R"({"type":"SHOPEE_CLONE_AUTH_REQUIRED","message":"login"})")
                                     << int(Error::Kind::Unauthorized) << 0;
    QTest::newRow("lazada denied") << QByteArray(R"({"type":"LAZADA_CLONE_AUTH_DENIED"})")
                                   << int(Error::Kind::Forbidden) << 0;
    QTest::newRow("no token") << QByteArray(R"({"type":"SHOPEE_CLONE_AUTH_SUCCESS","shop":{"id":"s1"}})")
                              << int(Error::Kind::Invalid) << 0;
    QTest::newRow("no shop") << QByteArray(R"({"type":"SHOPEE_CLONE_AUTH_SUCCESS","token":"t"})")
                             << int(Error::Kind::Invalid) << 0;
    QTest::newRow("unknown site") << QByteArray(
                                         R"({"type":"EBAY_AUTH_SUCCESS","shop":{"id":"s"},"token":"t"})")
                                  << int(Error::Kind::Invalid) << 0;
    QTest::newRow("other message") << QByteArray(R"({"type":"hello"})") << int(Error::Kind::Invalid) << 0;
}

void TestPayloadReader::consent()
{
    QFETCH(QByteArray, json);
    QFETCH(int, errorKind);
    QFETCH(int, platform);
    const auto r = connectRequestFromConsent(obj(json.constData()), u"http://127.0.0.1:5173"_s, 42);
    if (errorKind >= 0) {
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().kind), errorKind);
        return;
    }
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(int(r->platform), platform);
    QVERIFY(!r->shopExternalId.isEmpty());
    QCOMPARE(r->token, QByteArray("tok"));
    QCOMPARE(r->userId, qint64(42));
    QCOMPARE(r->siteUrl, u"http://127.0.0.1:5173"_s);
}

void TestPayloadReader::lists_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("items");
    QTest::addColumn<qint64>("total"); // -1 = not paged
    QTest::addColumn<bool>("ok");
    QTest::newRow("paged envelope")
        << QByteArray(
               R"({"success":true,"data":[{"id":1},{"id":2}],"pagination":{"page":1,"pageSize":2,"total":9}})")
        << 2 << qint64(9) << true;
    QTest::newRow("whole list envelope")
        << QByteArray(R"({"success":true,"data":[{"id":1}]})") << 1 << qint64(-1) << true;
    QTest::newRow("bare array") << QByteArray(R"([{"id":1},{"id":2},{"id":3}])") << 3 << qint64(-1) << true;
    QTest::newRow("data.items")
        << QByteArray(R"({"data":{"items":[{"id":1}],"pagination":{"page":1,"pageSize":1,"total":"5"}}})")
        << 1 << qint64(5) << true;
    QTest::newRow("failure envelope")
        << QByteArray(R"({"success":false,"message":"Shop not found"})") << 0 << qint64(-1) << false;
    QTest::newRow("truncated") << QByteArray(R"({"success":true,"data":[{"id":1},{"id")") << 0 << qint64(-1)
                               << false;
    QTest::newRow("not json") << QByteArray("<html>oops</html>") << 0 << qint64(-1) << false;
}

void TestPayloadReader::lists()
{
    QFETCH(QByteArray, body);
    QFETCH(int, items);
    QFETCH(qint64, total);
    QFETCH(bool, ok);
    auto registry = PlatformRegistry::builtIn();
    const auto page = registry->find(Platform::Shopee)->readList(body);
    QCOMPARE(page.ok(), ok);
    if (!ok)
        return;
    QCOMPARE(page->items.size(), items);
    QCOMPARE(page->pagination.has_value(), total >= 0);
    if (total >= 0)
        QCOMPARE(page->pagination->total, total);
}

void TestPayloadReader::account()
{
    auto registry = PlatformRegistry::builtIn();
    const auto *lazada = registry->find(Platform::Lazada);
    const auto a =
        lazada->readAccount(R"({"success":true,"data":{"id":"u1","email":"a@b","name":"A","role":"SELLER",
        "createdAt":"2025-01-01T00:00:00.000Z","shops":[{"id":"s1","name":"Shop","platform":"LAZADA"}]}})");
    QVERIFY(a.ok());
    QCOMPARE(a->userId, u"u1"_s);
    QCOMPARE(a->shops.size(), 1);
    QCOMPARE(a->shops.first().externalId, u"s1"_s);
    QCOMPARE(a->shops.first().platform, std::optional<Platform>(Platform::Lazada));
    QVERIFY(!lazada->readAccount(R"({"success":false,"error":"Invalid token"})").ok());
}

void TestPayloadReader::registry()
{
    auto registry = PlatformRegistry::builtIn();
    QCOMPARE(registry->all().size(), 2);
    const auto *shopee = registry->find(Platform::Shopee);
    QVERIFY(shopee);
    QVERIFY(registry->find(Platform::Lazada));
    QVERIFY(!registry->find(Platform::TikTok));
    PageQuery q;
    q.page = 2;
    q.pageSize = 50;
    q.updatedSince = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC);
    const QUrl url = shopee->ordersUrl(QUrl(u"http://127.0.0.1:5173/"_s), u"s 1"_s, q);
    QCOMPARE(url.path(), u"/api/orders/seller/s 1"_s);
    QVERIFY(url.query().contains(u"page=2"_s));
    QVERIFY(url.query().contains(u"pageSize=50"_s));
    QVERIFY(url.query(QUrl::FullyDecoded).contains(u"updatedSince=2025-01-02T03:04:05.000Z"_s));
    const QNetworkRequest r = shopee->request(url, "tok");
    QCOMPARE(r.rawHeader("Authorization"), QByteArray("Bearer tok"));
    QCOMPARE(shopee->productsUrl(QUrl(u"http://h:1"_s), u"s1"_s, {}).toString(),
             u"http://h:1/api/products/shop/s1"_s);
}

void TestPayloadReader::withoutNul_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("none") << QByteArray(R"({"id":"a\\b u0000"})") << QByteArray(R"({"id":"a\\b u0000"})");
    QTest::newRow("escaped") << QByteArray(R"({"id":"a\u0000b\u0000"})")
                             << QByteArray(R"({"id":"a\uFFFDb\uFFFD"})");
    QTest::newRow("raw byte") << QByteArray("{\"id\":\"a\0b\"}", 12)
                              << QByteArray("{\"id\":\"a\xEF\xBF\xBD"
                                            "b\"}");
    QTest::newRow("escaped backslash")
        << QByteArray(R"({"id":"\\u0000"})") << QByteArray(R"({"id":"\\u0000"})");
    QTest::newRow("backslash then escape")
        << QByteArray(R"({"id":"\\\u0000"})") << QByteArray(R"({"id":"\\\uFFFD"})");
    QTest::newRow("at the start") << QByteArray("u0000") << QByteArray("u0000");
}

void TestPayloadReader::withoutNul()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, out);
    const QByteArray result = payload::withoutNul(in);
    QCOMPARE(result, out);
    // What the parser reads has no U+0000 left.
    if (in.startsWith('{'))
        QVERIFY(!QJsonDocument::fromJson(result).object().value(u"id"_s).toString().contains(QChar(0)));
}

// Caps count code points, as "characters" says, and a cut never splits a surrogate pair. Before, a name of
// 1,000 emoji (2,000 UTF-16 units) was refused as "longer than 1000 characters", and a description or shop
// name cut at an emoji kept half of it: a lone surrogate, stored and shown as garbage.
void TestPayloadReader::textCountedInCodePoints()
{
    const QString emoji = u"\U0001F600"_s; // two UTF-16 units
    auto product = [](const QString &field, const QString &text) {
        QJsonObject json{{u"id"_s, u"P1"_s}, {u"price"_s, 1}, {u"name"_s, u"N"_s}};
        json.insert(field, text);
        return payload::productFromJson(json, 2);
    };
    const auto thousand = product(u"name"_s, emoji.repeated(payload::kMaxNameChars));
    QVERIFY2(thousand.ok(), thousand.ok() ? "" : qPrintable(thousand.error().message));
    QCOMPARE(thousand->name.size(), 2 * payload::kMaxNameChars);
    const auto over = product(u"name"_s, emoji.repeated(payload::kMaxNameChars + 1));
    QVERIFY(!over.ok());
    QCOMPARE(over.error().message, u"name is longer than 1000 characters"_s);

    // A cut at an emoji keeps it whole or not at all.
    const QString head(payload::kMaxDescriptionChars - 1, u'd');
    const auto cut = product(u"description"_s, head + emoji + u"tail"_s);
    QVERIFY(cut.ok());
    QCOMPARE(cut->description, head + emoji);
    QVERIFY(cut->description.isValidUtf16());

    // A lone surrogate spelled in JSON is read as U+FFFD in text; in an id it is refused, since two such ids
    // would become one record.
    const QJsonObject lone = obj(R"({"id":"P2","price":1,"name":"a\ud83db","sku":"\ude00"})");
    const auto read = payload::productFromJson(lone, 2);
    QVERIFY(read.ok());
    QCOMPARE(read->name, u"a\uFFFDb"_s);
    QCOMPARE(read->sku, u"\uFFFD"_s);
    const auto loneId = payload::productFromJson(obj(R"({"id":"P\ud83d2","price":1,"name":"a"})"), 2);
    QVERIFY(!loneId.ok());
    QVERIFY(loneId.error().message.contains(u"id holds a lone surrogate"_s));

    // The consent page's shop name, cut at 200.
    const QString shopName = QString(payload::kMaxShopNameChars - 1, u's') + emoji + u"more"_s;
    const QJsonObject grant{{u"type"_s, u"SHOPEE_CLONE_AUTH_SUCCESS"_s},
                            {u"shop"_s, QJsonObject{{u"id"_s, u"s1"_s}, {u"name"_s, shopName}}},
                            {u"token"_s, u"tok"_s}};
    const auto linked = connectRequestFromConsent(grant, u"http://127.0.0.1:5173"_s, 42);
    QVERIFY(linked.ok());
    QCOMPARE(linked->shopName, shopName.first(payload::kMaxShopNameChars + 1));
    QVERIFY(linked->shopName.isValidUtf16());
}

QTEST_GUILESS_MAIN(TestPayloadReader)
#include "tst_payloadreader.moc"
