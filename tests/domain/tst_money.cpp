// Money parsing and status mapping: data-driven tables of what marketplaces really send.
#include "domain/money.h"
#include "domain/orderstatus.h"
#include "domain/platform.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <limits>

using namespace Qt::StringLiterals;
using namespace bva;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void parseDecimal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("exponent");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("integer") << u"199"_s << 2 << true << qint64(19900);
        QTest::newRow("two decimals") << u"199.99"_s << 2 << true << qint64(19999);
        QTest::newRow("one decimal") << u"0.5"_s << 2 << true << qint64(50);
        QTest::newRow("round half up") << u"1.005"_s << 2 << true << qint64(101);
        QTest::newRow("round down") << u"1.004"_s << 2 << true << qint64(100);
        QTest::newRow("negative") << u"-12.30"_s << 2 << true << qint64(-1230);
        QTest::newRow("spaces") << u"  45.10 "_s << 2 << true << qint64(4510);
        QTest::newRow("leading dot") << u".75"_s << 2 << true << qint64(75);
        QTest::newRow("zero exponent") << u"1500"_s << 0 << true << qint64(1500);
        QTest::newRow("zero exponent rounds") << u"1500.5"_s << 0 << true << qint64(1501);
        QTest::newRow("large") << u"92233720368547.75"_s << 2 << true << qint64(9223372036854775);
        QTest::newRow("letters") << u"12a"_s << 2 << false << qint64(0);
        QTest::newRow("empty") << QString() << 2 << false << qint64(0);
        QTest::newRow("only dot") << u"."_s << 2 << false << qint64(0);
        QTest::newRow("comma") << u"1,000.00"_s << 2 << false << qint64(0);
        QTest::newRow("overflow") << u"99999999999999999999"_s << 2 << false << qint64(0);
        // Three decimals (KWD): the scaling itself would wrap (it did: 9.2e19 read as a negative number).
        QTest::newRow("overflow while scaling") << u"92233720368547758"_s << 3 << false << qint64(0);
        QTest::newRow("long fraction") << u"0.000000000000000000000000001"_s << 2 << true << qint64(0);
    }
    void parseDecimal()
    {
        QFETCH(QString, text);
        QFETCH(int, exponent);
        QFETCH(bool, valid);
        QFETCH(qint64, minor);
        const auto parsed = parseMinorUnits(text, exponent);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, minor);
    }

    // What a seller types or a CSV holds: taken exactly or refused, never rounded.
    void parseExact_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("exponent");
        QTest::addColumn<std::optional<qint64>>("minor");
        QTest::newRow("plain") << u"199.50"_s << 2 << std::optional<qint64>(19950);
        QTest::newRow("one decimal") << u" 12.5 "_s << 2 << std::optional<qint64>(1250);
        QTest::newRow("whole") << u"80"_s << 2 << std::optional<qint64>(8000);
        QTest::newRow("grouped") << u"1,234,567.89"_s << 2 << std::optional<qint64>(123456789);
        QTest::newRow("yen") << u"1500"_s << 0 << std::optional<qint64>(1500);
        QTest::newRow("too many decimals") << u"1.005"_s << 2 << std::optional<qint64>();
        QTest::newRow("yen decimals") << u"1500.5"_s << 0 << std::optional<qint64>();
        QTest::newRow("negative") << u"-1"_s << 2 << std::optional<qint64>();
        QTest::newRow("bad grouping") << u"12,34.00"_s << 2 << std::optional<qint64>();
        QTest::newRow("letters") << u"12abc"_s << 2 << std::optional<qint64>();
        QTest::newRow("exponent form") << u"1e3"_s << 2 << std::optional<qint64>();
        QTest::newRow("empty") << QString() << 2 << std::optional<qint64>();
        QTest::newRow("above the bound") << u"100000000001"_s << 2 << std::optional<qint64>();
    }
    void parseExact()
    {
        QFETCH(QString, text);
        QFETCH(int, exponent);
        QFETCH(std::optional<qint64>, minor);
        QCOMPARE(parseExactMinorUnits(text, exponent), minor);
    }

    void parseExactDecimalComma_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<std::optional<qint64>>("minor");
        QTest::newRow("decimal comma") << u"12,50"_s << std::optional<qint64>(1250);
        QTest::newRow("grouped with points") << u"1.234.567,8"_s << std::optional<qint64>(123456780);
        QTest::newRow("points group thousands") << u"1.500"_s << std::optional<qint64>(150000);
        QTest::newRow("whole") << u" 7 "_s << std::optional<qint64>(700);
        QTest::newRow("a point as the decimal") << u"12.50"_s << std::optional<qint64>();
        QTest::newRow("three decimals") << u"1,005"_s << std::optional<qint64>();
        QTest::newRow("bad grouping") << u"12.34,00"_s << std::optional<qint64>();
        QTest::newRow("negative") << u"-1,00"_s << std::optional<qint64>();
    }
    void parseExactDecimalComma()
    {
        QFETCH(QString, text);
        QFETCH(std::optional<qint64>, minor);
        QCOMPARE(parseExactMinorUnits(text, 2, DecimalMark::Comma), minor);
    }

    void fromJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("number") << QByteArray(R"({"v": 199.99})") << true << qint64(19999);
        QTest::newRow("number 0.1+0.2 style")
            << QByteArray(R"({"v": 0.30000000000000004})") << true << qint64(30);
        QTest::newRow("integer number") << QByteArray(R"({"v": 250})") << true << qint64(25000);
        QTest::newRow("whole number with zero cents")
            << QByteArray(R"({"v": 250.00})") << true << qint64(25000);
        QTest::newRow("negative whole number") << QByteArray(R"({"v": -3})") << true << qint64(-300);
        QTest::newRow("whole number at the bound")
            << QByteArray(R"({"v": 100000000000})") << true << kMaxMinorUnits;
        QTest::newRow("whole number beyond the bound")
            << QByteArray(R"({"v": 100000000001})") << false << qint64(0);
        QTest::newRow("string") << QByteArray(R"({"v": "89.50"})") << true << qint64(8950);
        QTest::newRow("null") << QByteArray(R"({"v": null})") << false << qint64(0);
        QTest::newRow("bool") << QByteArray(R"({"v": true})") << false << qint64(0);
        QTest::newRow("bad string") << QByteArray(R"({"v": "free"})") << false << qint64(0);
        QTest::newRow("grouped string") << QByteArray(R"({"v": "1,299.00"})") << true << qint64(129900);
        QTest::newRow("grouped millions")
            << QByteArray(R"({"v": "-12,345,678.5"})") << true << qint64(-1234567850);
        QTest::newRow("grouped no fraction") << QByteArray(R"({"v": "1,299"})") << true << qint64(129900);
        QTest::newRow("decimal comma refused") << QByteArray(R"({"v": "12,50"})") << false << qint64(0);
        QTest::newRow("ragged groups refused") << QByteArray(R"({"v": "1,29,900.00"})") << false << qint64(0);
        QTest::newRow("at the bound") << QByteArray(R"({"v": "100000000000.00"})") << true << kMaxMinorUnits;
        QTest::newRow("beyond the bound") << QByteArray(R"({"v": "100000000000.01"})") << false << qint64(0);
        QTest::newRow("negative beyond") << QByteArray(R"({"v": -100000000000.01})") << false << qint64(0);
        QTest::newRow("huge number") << QByteArray(R"({"v": 1e300})") << false << qint64(0);
    }
    void fromJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        QFETCH(qint64, minor);
        const auto v = QJsonDocument::fromJson(json).object().value(u"v"_s);
        const auto parsed = minorUnitsFromJson(v, 2);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, minor);
    }

    void checkedArithmetic()
    {
        QCOMPARE(checkedMoneyProduct(129900, 3), std::optional<qint64>(389700));
        QCOMPARE(checkedMoneyProduct(kMaxMinorUnits, 1), std::optional<qint64>(kMaxMinorUnits));
        QVERIFY(!checkedMoneyProduct(kMaxMinorUnits, 2));
        QVERIFY(!checkedMoneyProduct(std::numeric_limits<qint64>::max() / 2, 3)); // wraps in 64 bits
        QVERIFY(!checkedMoneyProduct(-kMaxMinorUnits, 2));
        QCOMPARE(checkedMoneySum(kMaxMinorUnits - 1, 1), std::optional<qint64>(kMaxMinorUnits));
        QVERIFY(!checkedMoneySum(kMaxMinorUnits, 1));
        QVERIFY(!checkedMoneySum(std::numeric_limits<qint64>::max(), 1));
    }

    void format()
    {
        QCOMPARE(formatMinorUnits(19999, 2), u"199.99"_s);
        QCOMPARE(formatMinorUnits(5, 2), u"0.05"_s);
        QCOMPARE(formatMinorUnits(-1230, 2), u"-12.30"_s);
        QCOMPARE(formatMinorUnits(1500, 0), u"1500"_s);
        QCOMPARE(currencyExponent(u"PHP"), 2);
        QCOMPARE(currencyExponent(u"jpy"), 0);
        // ISO 4217 minor units beyond the usual two (a shop's stored code picks them).
        for (const char16_t *code : {u"VND", u"KRW", u"XOF", u"RWF", u"VUV", u"XPF"})
            QCOMPARE(currencyExponent(code), 0);
        for (const char16_t *code : {u"KWD", u"BHD", u"OMR", u"JOD", u"TND", u"IQD", u"LYD"})
            QCOMPARE(currencyExponent(code), 3);
        for (const char16_t *code : {u"IDR", u"MYR", u"USD", u"XYZ"})
            QCOMPARE(currencyExponent(code), 2);
        // Any case; case folding beyond ASCII as QString compares (U+212A KELVIN SIGN folds to k).
        for (const char16_t *code : {u"kWd", u"Omr", u"tnD", u"\u212AWD"})
            QCOMPARE(currencyExponent(code), 3);
        for (const char16_t *code : {u"Vnd", u"xpF", u"\u212Arw"})
            QCOMPARE(currencyExponent(code), 0);
        for (const char16_t *code : {u"", u"JP", u"JPYY", u" JPY", u"J\u00D1Y"})
            QCOMPARE(currencyExponent(code), 2);
    }

    void display()
    {
        const QLocale en(QLocale::English, QLocale::Philippines);
        QCOMPARE(displayMoney(13620297, u"PHP", en), u"₱136,202.97"_s);
        QCOMPARE(displayMoney(-5, u"php", en), u"-₱0.05"_s);
        QCOMPARE(displayMoney(4100000, u"IDR", QLocale(QLocale::Indonesian)), u"Rp41.000"_s);
        QCOMPARE(displayMoney(1234, u"XYZ", en), u"XYZ 12.34"_s);
        QCOMPARE(displayMoney(std::numeric_limits<qint64>::min(), u"PHP", en),
                 u"-₱92,233,720,368,547,758.08"_s);
    }

    // The shop currencies the simulator seeds, in the app's three languages: each currency's own symbol
    // and decimals (rupiah shown whole, rounded half away from zero), the locale's digit grouping.
    void displayCurrencies_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("PHP en") << qint64(123456789) << u"PHP"_s << u"en_PH"_s << u"₱1,234,567.89"_s;
        QTest::newRow("PHP fil") << qint64(123456789) << u"PHP"_s << u"fil_PH"_s << u"₱1,234,567.89"_s;
        QTest::newRow("PHP id") << qint64(123456789) << u"PHP"_s << u"id_ID"_s << u"₱1.234.567,89"_s;
        QTest::newRow("MYR en") << qint64(1290) << u"MYR"_s << u"en_PH"_s << u"RM12.90"_s;
        QTest::newRow("MYR id") << qint64(123456790) << u"MYR"_s << u"id_ID"_s << u"RM1.234.567,90"_s;
        QTest::newRow("IDR id") << qint64(15000000) << u"IDR"_s << u"id_ID"_s << u"Rp150.000"_s;
        QTest::newRow("IDR en") << qint64(499990000) << u"IDR"_s << u"en_PH"_s << u"Rp4,999,900"_s;
        QTest::newRow("IDR fil") << qint64(15000000) << u"IDR"_s << u"fil_PH"_s << u"Rp150,000"_s;
        QTest::newRow("IDR sen rounded up") << qint64(15000050) << u"IDR"_s << u"id_ID"_s << u"Rp150.001"_s;
        QTest::newRow("IDR sen rounded down") << qint64(15000049) << u"IDR"_s << u"id_ID"_s << u"Rp150.000"_s;
        QTest::newRow("IDR negative") << qint64(-15000050) << u"IDR"_s << u"id_ID"_s << u"-Rp150.001"_s;
        QTest::newRow("IDR under half a rupiah") << qint64(-49) << u"IDR"_s << u"id_ID"_s << u"Rp0"_s;
    }

    void displayCurrencies()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(displayMoney(minor, currency, QLocale(locale)), expected);
        // What is shown is rounded; what machines read stays exact, in the ISO exponent.
        QCOMPARE(currencyExponent(currency), 2);
        QCOMPARE(parseMinorUnits(formatMinorUnits(minor, currencyExponent(currency)), 2), minor);
    }

    void status_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<int>("status");
        const auto row = [](const char *raw, OrderStatus s) {
            QTest::newRow(raw) << QString::fromLatin1(raw) << int(s);
        };
        row("PENDING", OrderStatus::Pending);
        row("pending", OrderStatus::Pending);
        row("unpaid", OrderStatus::Pending);
        row("TO_SHIP", OrderStatus::ToShip);
        row("to-ship", OrderStatus::ToShip);
        row("TO_RECEIVE", OrderStatus::ToReceive);
        row("shipping", OrderStatus::ToReceive);
        row("COMPLETED", OrderStatus::Completed);
        row("delivered", OrderStatus::Completed);
        row("CANCELLED", OrderStatus::Cancelled);
        row("cancellation", OrderStatus::Cancelled);
        row("RETURNED", OrderStatus::Returned);
        row("return-refund", OrderStatus::Returned);
        row("REFUNDED", OrderStatus::Refunded);
        row("FAILED", OrderStatus::Failed);
        row("failed-delivery", OrderStatus::Failed);
        row("ToShip", OrderStatus::ToShip);
        row("readyToShip", OrderStatus::ToShip);
        row("InTransit", OrderStatus::ToReceive);
        row("Completed", OrderStatus::Completed);
        row("teleported", OrderStatus::Unknown);
        row("", OrderStatus::Unknown);
    }
    void status()
    {
        QFETCH(QString, raw);
        QFETCH(int, status);
        QCOMPARE(int(orderStatusFromString(raw)), status);
    }

    void revenueBuckets()
    {
        QVERIFY(countsAsRevenue(OrderStatus::Completed));
        QVERIFY(countsAsRevenue(OrderStatus::Pending));
        QVERIFY(!countsAsRevenue(OrderStatus::Cancelled));
        QVERIFY(!countsAsRevenue(OrderStatus::Refunded));
        QVERIFY(!countsAsRevenue(OrderStatus::Failed));
    }

    void platforms()
    {
        QCOMPARE(platformFromString(u"SHOPEE_CLONE"), Platform::Shopee);
        QCOMPARE(platformFromString(u"lazada"), Platform::Lazada);
        QCOMPARE(platformFromString(u"TikTok"), Platform::TikTok);
        QVERIFY(!platformFromString(u"amazon").has_value());
        QCOMPARE(platformDisplayName(Platform::Other), u"BVA"_s); // BVA channels: own products, offline sales
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
