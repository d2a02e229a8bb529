// Consent messages are validated field by field against each flavour's allow-list.
#include "consent/consentresult.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using bva::Platform;
using bva::ui::ConsentResult;

class TstConsentResult : public QObject
{
    Q_OBJECT
private slots:
    void messages_data();
    void messages();
};

void TstConsentResult::messages_data()
{
    QTest::addColumn<int>("flavour");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("kind"); // -1: rejected

    const int shopee = int(Platform::Shopee), lazada = int(Platform::Lazada);
    const int granted = int(ConsentResult::Kind::Granted), denied = int(ConsentResult::Kind::Denied),
              error = int(ConsentResult::Kind::Error), required = int(ConsentResult::Kind::LoginRequired);
    const QByteArray ok =
        R"({"type":"SHOPEE_CLONE_AUTH_SUCCESS","shop":{"id":"s1","name":"Shop"},"user":{"id":7,"email":"a@b.ph","name":"A"},"token":"eyJ.abc.def"})";
    QTest::newRow("shopee success") << shopee << ok << granted;
    QTest::newRow("lazada success")
        << lazada
        << QByteArray(
               R"({"type":"LAZADA_CLONE_AUTH_SUCCESS","shop":{"id":12,"name":"L"},"user":{"id":"u","email":"x@y.ph","name":"X"},"token":"t0k"})")
        << granted;
    QTest::newRow("shopee type on lazada") << lazada << ok << -1;
    QTest::newRow("shopee error") << shopee
                                  << QByteArray(
                                         R"({"type":"SHOPEE_CLONE_AUTH_ERROR","error":"User denied access"})")
                                  << error;
    QTest::newRow("shopee required") << shopee
                                     << QByteArray(
                                            R"({"type":"SHOPEE_CLONE_AUTH_REQUIRED","message":"log in"})")
                                     << required;
    QTest::newRow("lazada denied") << lazada << QByteArray(R"({"type":"LAZADA_CLONE_AUTH_DENIED"})")
                                   << denied;
    QTest::newRow("shopee denied") << shopee << QByteArray(R"({"type":"SHOPEE_CLONE_AUTH_DENIED"})")
                                   << denied;
    QTest::newRow("shopee denied with text")
        << shopee << QByteArray(R"({"type":"SHOPEE_CLONE_AUTH_DENIED","message":"Seller declined"})")
        << denied;
    QTest::newRow("denied text not text")
        << shopee << QByteArray(R"({"type":"SHOPEE_CLONE_AUTH_DENIED","error":{"x":1}})") << -1;
    QTest::newRow("lazada denied type on shopee")
        << shopee << QByteArray(R"({"type":"LAZADA_CLONE_AUTH_DENIED"})") << -1;
    QTest::newRow("lazada has no error type")
        << lazada << QByteArray(R"({"type":"LAZADA_CLONE_AUTH_ERROR","error":"x"})") << -1;
    QTest::newRow("unknown type") << shopee << QByteArray(R"({"type":"SHOPEE_CLONE_AUTH_MAYBE"})") << -1;
    QTest::newRow("type not string") << shopee << QByteArray(R"({"type":1})") << -1;
    QTest::newRow("missing token")
        << shopee
        << QByteArray(
               R"({"type":"SHOPEE_CLONE_AUTH_SUCCESS","shop":{"id":"s1","name":"Shop"},"user":{"id":7,"email":"a@b.ph","name":"A"}})")
        << -1;
    QTest::newRow("token with space")
        << shopee
        << QByteArray(
               R"({"type":"SHOPEE_CLONE_AUTH_SUCCESS","shop":{"id":"s1","name":"Shop"},"user":{"id":7,"email":"a@b.ph","name":"A"},"token":"a b"})")
        << -1;
    QTest::newRow("token object")
        << shopee
        << QByteArray(
               R"({"type":"SHOPEE_CLONE_AUTH_SUCCESS","shop":{"id":"s1","name":"Shop"},"user":{"id":7,"email":"a@b.ph","name":"A"},"token":{"x":1}})")
        << -1;
    QTest::newRow("shop not object")
        << shopee
        << QByteArray(
               R"({"type":"SHOPEE_CLONE_AUTH_SUCCESS","shop":"s1","user":{"id":7,"email":"a@b.ph","name":"A"},"token":"t"})")
        << -1;
    QTest::newRow("shop id with slash")
        << shopee
        << QByteArray(
               R"({"type":"SHOPEE_CLONE_AUTH_SUCCESS","shop":{"id":"../1","name":"Shop"},"user":{"id":7,"email":"a@b.ph","name":"A"},"token":"t"})")
        << -1;
    QTest::newRow("fractional id")
        << shopee
        << QByteArray(
               R"({"type":"SHOPEE_CLONE_AUTH_SUCCESS","shop":{"id":1.5,"name":"Shop"},"user":{"id":7,"email":"a@b.ph","name":"A"},"token":"t"})")
        << -1;
    QTest::newRow("email without at")
        << shopee
        << QByteArray(
               R"({"type":"SHOPEE_CLONE_AUTH_SUCCESS","shop":{"id":"s1","name":"Shop"},"user":{"id":7,"email":"nobody","name":"A"},"token":"t"})")
        << -1;
    QTest::newRow("name too long")
        << shopee
        << QByteArray(R"({"type":"SHOPEE_CLONE_AUTH_SUCCESS","shop":{"id":"s1","name":")" +
                      QByteArray(300, 'x') + R"("},"user":{"id":7,"email":"a@b.ph","name":"A"},"token":"t"})")
        << -1;
}

void TstConsentResult::messages()
{
    QFETCH(int, flavour);
    QFETCH(QByteArray, json);
    QFETCH(int, kind);
    QString why;
    const auto r =
        ConsentResult::fromMessage(Platform(flavour), QJsonDocument::fromJson(json).object(), &why);
    if (kind < 0) {
        QVERIFY2(!r.has_value(), "accepted a message that should be refused");
        QVERIFY(!why.isEmpty());
        return;
    }
    QVERIFY2(r.has_value(), qPrintable(why));
    QCOMPARE(int(r->kind), kind);
    if (r->kind == ConsentResult::Kind::Granted) {
        QVERIFY(!r->shopId.isEmpty());
        QVERIFY(!r->token.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TstConsentResult)
#include "tst_consentresult.moc"
