// SmartShelf risk scoring and actions, MarketMate promotions (never below cost) and ad copy.
#include "analytics/forecast/adcopy.h"
#include "analytics/forecast/campaignstore.h"
#include "analytics/forecast/marketmate.h"
#include "analytics/forecast/pricing.h"
#include "analytics/forecast/smartshelf.h"

#include <QTest>
#include <random>

using namespace bva::forecast;

namespace {

ShelfInput item(const QString &id, int stock, double rate)
{
    ShelfInput in;
    in.shopId = 1;
    in.productExternalId = id;
    in.name = QStringLiteral("Item ") + id;
    in.priceMinor = 20000;
    in.costMinor = 12000;
    in.stock = stock;
    in.dailyMean.assign(60, rate);
    in.dailySd.assign(60, std::sqrt(rate));
    in.daysSinceLastSale = rate > 0 ? 1 : -1;
    in.recentDailyUnits = rate;
    return in;
}

ShelfSettings settings()
{
    ShelfSettings s;
    s.today = QDate(2026, 11, 3);
    return s;
}

} // namespace

class TestSmartShelf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void risks_data();
    void risks();
    void reportListsExpired();
    void reasonsNeverSayZeroADay();
    void discountNeverBelowCost();
    void promotionsNeverBelowCost();
    void promotionTiming();
    void bundleTakesTheTypicalOrder();
    void adCopy_data();
    void adCopy();
    void adCopySpeaksItsLanguage();
};

void TestSmartShelf::risks_data()
{
    QTest::addColumn<int>("stock");
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("expiryInDays"); // 9999: none
    QTest::addColumn<int>("sinceLastSale");
    QTest::addColumn<int>("risk");
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("minScore");
    QTest::newRow("out of stock") << 0 << 3.0 << 9999 << 1 << int(ShelfRisk::StockOut)
                                  << int(ShelfAction::Restock) << 90;
    QTest::newRow("runs out in lead time")
        << 10 << 3.0 << 9999 << 1 << int(ShelfRisk::StockOut) << int(ShelfAction::Restock) << 60;
    QTest::newRow("expired") << 5 << 1.0 << -3 << 1 << int(ShelfRisk::Expired)
                             << int(ShelfAction::RemoveExpired) << 100;
    QTest::newRow("near expiry") << 50 << 1.0 << 10 << 1 << int(ShelfRisk::NearExpiry)
                                 << int(ShelfAction::Discount) << 40;
    QTest::newRow("clearance") << 50 << 0.5 << 4 << 1 << int(ShelfRisk::NearExpiry)
                               << int(ShelfAction::Clearance) << 60;
    QTest::newRow("slow") << 20 << 0.0 << 9999 << 45 << int(ShelfRisk::SlowMoving)
                          << int(ShelfAction::Discount) << 40;
    QTest::newRow("overstock") << 500 << 1.0 << 9999 << 1 << int(ShelfRisk::Overstock)
                               << int(ShelfAction::Discount) << 30;
    QTest::newRow("healthy") << 60 << 2.0 << 9999 << 1 << 0 << int(ShelfAction::None) << 0;
}

void TestSmartShelf::risks()
{
    QFETCH(int, stock);
    QFETCH(double, rate);
    QFETCH(int, expiryInDays);
    QFETCH(int, sinceLastSale);
    QFETCH(int, risk);
    QFETCH(int, action);
    QFETCH(int, minScore);
    ShelfInput in = item(QStringLiteral("X"), stock, rate);
    in.daysSinceLastSale = sinceLastSale;
    if (expiryInDays != 9999)
        in.expiryDate = settings().today.addDays(expiryInDays);
    const ShelfItem it = scoreShelfItem(in, settings());
    if (risk)
        QVERIFY2(it.has(ShelfRisk(risk)), qPrintable(it.reasons.join(QLatin1Char('|'))));
    else
        QCOMPARE(it.risks, 0);
    QCOMPARE(int(it.action), action);
    QVERIFY2(it.score >= minScore, qPrintable(QString::number(it.score)));
    if (risk)
        QVERIFY(!it.reasons.isEmpty() && !it.actionText.isEmpty());
    if (it.action == ShelfAction::Restock)
        QVERIFY(it.restockQty > 0);
    if (it.discount.possible())
        QVERIFY(discountedPriceMinor(in.priceMinor, it.discount.maxPercent) > *in.costMinor);
}

void TestSmartShelf::reportListsExpired()
{
    ShelfInput a = item(QStringLiteral("A"), 5, 1.0);
    a.expiryDate = settings().today.addDays(-1);
    const ShelfInput b = item(QStringLiteral("B"), 60, 2.0);
    const ShelfReport r = buildShelfReport({b, a}, settings());
    QCOMPARE(int(r.expired.size()), 1);
    QCOMPARE(r.expired.front().productExternalId, QStringLiteral("A"));
    QCOMPARE(r.items.front().productExternalId, QStringLiteral("A")); // highest score first
}

// A product that hardly sells is not "expected 0.0 a day": the sentence says it hardly sold.
void TestSmartShelf::reasonsNeverSayZeroADay()
{
    ShelfInput slow = item(QStringLiteral("S"), 92, 0.01);
    slow.expiryDate = settings().today.addDays(18);
    const ShelfItem it = scoreShelfItem(slow, settings());
    QVERIFY(it.has(ShelfRisk::NearExpiry));
    const QString why = it.reasons.join(QLatin1Char('|'));
    QVERIFY2(!why.contains(QStringLiteral("0.0 a day")) && why.contains(QStringLiteral("hardly sold")),
             qPrintable(why));
    ShelfInput steady = item(QStringLiteral("T"), 50, 1.0);
    steady.expiryDate = settings().today.addDays(10);
    const QString rate = scoreShelfItem(steady, settings()).reasons.join(QLatin1Char('|'));
    QVERIFY2(rate.contains(QStringLiteral("expected 1.0 a day")), qPrintable(rate));
}

void TestSmartShelf::discountNeverBelowCost()
{
    std::mt19937 rng(1);
    for (int i = 0; i < 20000; ++i) {
        const qint64 price = 1 + qint64(rng() % 1'000'000);
        const qint64 cost = qint64(rng() % (price + 100));
        const int pct = maxDiscountPercent(price, cost);
        QVERIFY(pct >= 0 && pct <= 70);
        if (pct > 0) {
            QVERIFY(discountedPriceMinor(price, pct) > cost);
            if (pct < 70)
                QVERIFY(discountedPriceMinor(price, pct + 1) <= cost);
        }
        const DiscountRange r = boundedDiscount(price, cost, 10, 40);
        QVERIFY(r.minPercent <= r.maxPercent);
        if (r.possible())
            QVERIFY(discountedPriceMinor(price, r.maxPercent) > cost);
    }
    QCOMPARE(maxDiscountPercent(10000, std::nullopt), 20);
    QCOMPARE(maxDiscountPercent(10000, 10000), 0);
    QCOMPARE(maxDiscountPercent(10000, 8999), 10); // 10% -> 9000 > 8999; 11% -> 8900
}

void TestSmartShelf::promotionsNeverBelowCost()
{
    std::mt19937 rng(2);
    std::vector<ShelfInput> inputs;
    for (int i = 0; i < 300; ++i) {
        ShelfInput in = item(QString::number(i), 1 + int(rng() % 300), (rng() % 40) / 10.0);
        in.priceMinor = 100 + qint64(rng() % 100000);
        in.costMinor = qint64(rng() % in.priceMinor);
        in.daysSinceLastSale = int(rng() % 90) - 1;
        if (i % 3 == 0)
            in.expiryDate = settings().today.addDays(int(rng() % 40));
        inputs.push_back(in);
    }
    PromotionSettings ps;
    ps.shelf = settings();
    const auto promos = suggestPromotions(inputs, ps);
    QVERIFY(promos.size() > 20);
    for (const PromotionSuggestion &p : promos) {
        const ShelfInput &in = inputs[size_t(p.productExternalId.toInt())];
        QVERIFY(p.promoPriceMinor > *in.costMinor);
        QCOMPARE(p.promoPriceMinor, discountedPriceMinor(in.priceMinor, p.discountPercent));
        QVERIFY(p.discountPercent >= p.range.minPercent && p.discountPercent <= p.range.maxPercent);
        QVERIFY(p.startDate >= ps.shelf.today && p.endDate >= p.startDate);
        if (in.expiryDate)
            QVERIFY(p.startDate <= *in.expiryDate && p.endDate <= *in.expiryDate);
        QVERIFY(!p.reason.isEmpty() && !p.copy.title.isEmpty());
    }
}

void TestSmartShelf::promotionTiming()
{
    // 2026-11-03: the next mega-sale is 11.11, inside the 21-day window.
    ShelfInput slow = item(QStringLiteral("S"), 40, 0.0);
    slow.daysSinceLastSale = 50;
    PromotionSettings ps;
    ps.shelf = settings();
    auto promos = suggestPromotions({slow}, ps);
    QCOMPARE(int(promos.size()), 1);
    QCOMPARE(promos[0].startDate, QDate(2026, 11, 11));
    QCOMPARE(promos[0].occasion, QStringLiteral("11.11"));
    // Expiring before 11.11: the payday of the 5th is too late too, so it waits for nothing... the
    // earliest payday before the deadline wins.
    ShelfInput exp = item(QStringLiteral("E"), 60, 1.0);
    exp.expiryDate = QDate(2026, 11, 20);
    ps.lookaheadDays = 5;
    promos = suggestPromotions({exp}, ps);
    QCOMPARE(int(promos.size()), 1);
    QCOMPARE(promos[0].startDate, QDate(2026, 11, 3)); // nothing within 5 days: start now
    QCOMPARE(nextPayday(QDate(2026, 11, 3)), QDate(2026, 11, 15));
    QCOMPARE(nextPayday(QDate(2026, 2, 16)), QDate(2026, 2, 28));
    QCOMPARE(nextMegaSale(QDate(2026, 12, 13)), QDate(2027, 1, 1));
}

// A slow mover that has sold is offered as a bundle of what its orders usually hold (rounded),
// never fewer than 2; the ad and the reason say the same number.
void TestSmartShelf::bundleTakesTheTypicalOrder()
{
    PromotionSettings ps;
    ps.shelf = settings();
    for (const auto &[perOrder, expected] : {std::pair{3.4, 3}, {1.2, 2}, {0.0, 2}, {5.6, 6}}) {
        ShelfInput slow = item(QStringLiteral("B"), 40, 0.0);
        slow.daysSinceLastSale = 50;
        slow.costMinor = slow.priceMinor; // no discount fits above cost: a bundle
        slow.unitsPerOrder = perOrder;
        const auto promos = suggestPromotions({slow}, ps);
        QCOMPARE(int(promos.size()), 1);
        QCOMPARE(promos[0].playbook, Playbook::BundleUp);
        QCOMPARE(promos[0].bundleQuantity, expected);
        QVERIFY2(promos[0].copy.title.contains(QString::number(expected)), qPrintable(promos[0].copy.title));
        if (perOrder > 0)
            QVERIFY2(promos[0].reason.contains(QStringLiteral("so the bundle is %1").arg(expected)),
                     qPrintable(promos[0].reason));
    }
}

void TestSmartShelf::adCopy_data()
{
    QTest::addColumn<int>("playbook");
    QTest::addColumn<QString>("language");
    for (Playbook p :
         {Playbook::FlashSale, Playbook::NewArrival, Playbook::BestSellerSpotlight, Playbook::BundleUp})
        for (const QString &lang : adLanguages())
            QTest::newRow(qPrintable(playbookKey(p) + QLatin1Char('/') + lang)) << int(p) << lang;
}

void TestSmartShelf::adCopy()
{
    QFETCH(int, playbook);
    QFETCH(QString, language);
    AdFacts f;
    f.productName = QStringLiteral("Kape Barako 500g");
    f.shopName = QStringLiteral("Aling Nena Store");
    f.priceText = QStringLiteral("₱250.00");
    f.promoPriceText = QStringLiteral("₱200.00");
    f.discountPercent = 20;
    f.endDate = QDate(2026, 11, 12);
    f.occasion = QStringLiteral("11.11");
    const AdCopy c = writeAdCopy(Playbook(playbook), language, f);
    QCOMPARE(c.language, language);
    QVERIFY(c.title.contains(f.productName) || c.body.contains(f.productName));
    QVERIFY(c.body.contains(QStringLiteral("20")));
    QVERIFY(!c.title.contains(QLatin1Char('{')) && !c.body.contains(QLatin1Char('{')));
    QVERIFY(c.hashtags.size() >= 3);
    for (const QString &t : c.hashtags)
        QVERIFY(t.startsWith(QLatin1Char('#')) && !t.contains(QLatin1Char(' ')));
    QVERIFY(c.hashtags.contains(QStringLiteral("#AlingNenaStore")));
    QVERIFY(c.fullText().contains(c.hashtags.first()));
    QCOMPARE(writeAdCopy(Playbook(playbook), QStringLiteral("xx"), f).language, QStringLiteral("en"));

    // A marketplace's very long product or shop name still gives copy a campaign can keep.
    AdFacts longNames = f;
    longNames.productName = QString(3000, QLatin1Char('P'));
    longNames.shopName = QString(3000, QLatin1Char('S'));
    Campaign kept;
    const AdCopy bounded = writeAdCopy(Playbook(playbook), language, longNames);
    kept.title = bounded.title;
    kept.body = bounded.body;
    kept.hashtags = bounded.hashtags;
    const auto ok = checkCampaign(kept);
    QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().message));
}

// The ad's month and occasion are in the ad's language, not the UI's (the UI here is English).
void TestSmartShelf::adCopySpeaksItsLanguage()
{
    AdFacts f;
    f.productName = QStringLiteral("Kape Barako 500g");
    f.priceText = QStringLiteral("₱250.00");
    f.promoPriceText = QStringLiteral("₱200.00");
    f.discountPercent = 20;
    f.endDate = QDate(2026, 12, 15);
    f.payday = true;
    const AdCopy en = writeAdCopy(Playbook::FlashSale, QStringLiteral("en"), f);
    const AdCopy fil = writeAdCopy(Playbook::FlashSale, QStringLiteral("fil"), f);
    const AdCopy id = writeAdCopy(Playbook::FlashSale, QStringLiteral("id"), f);
    QVERIFY2(en.body.contains(QStringLiteral("Dec 15")), qPrintable(en.body));
    QVERIFY2(fil.body.contains(QLocale(QLocale::Filipino).toString(f.endDate, QStringLiteral("MMM d"))),
             qPrintable(fil.body));
    QVERIFY2(id.body.contains(QStringLiteral("15 Des")), qPrintable(id.body));
    QVERIFY2(!fil.body.contains(QStringLiteral("Dec")) && !id.body.contains(QStringLiteral("Dec")),
             qPrintable(fil.body + id.body));
    QVERIFY2(en.title.contains(QStringLiteral("Payday")), qPrintable(en.title));
    QVERIFY2(fil.title.contains(QStringLiteral("Sweldo")), qPrintable(fil.title));
    QVERIFY2(id.title.contains(QStringLiteral("Gajian")), qPrintable(id.title));
    QVERIFY(id.hashtags.contains(QStringLiteral("#Gajian")));
}

QTEST_GUILESS_MAIN(TestSmartShelf)
#include "tst_smartshelf.moc"
