// Scale: 10,000 products and 100,000+ orders are generated quickly and served whole or paged.
// Prints the figures (generation, whole list, one page) for docs/simulator.md.
#include "cloneprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using bva::test::CloneOptions;
using bva::test::CloneProcess;

class TestCloneScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tenThousandProductsHundredThousandOrders()
    {
        QElapsedTimer t;
        t.start();
        CloneProcess c({.flavor = u"shopee"_s,
                        .products = 10000,
                        .days = 365,
                        .ordersPerDay = 250,
                        .sellers = 1,
                        .startTimeoutMs = 120000});
        QVERIFY2(c.start(), qPrintable(c.errorString()));
        const qint64 startMs = t.elapsed();
        const qint64 generationMs = c.readyLine().value(u"generationMs"_s).toInteger();
        const qint64 orders = c.readyLine().value(u"orders"_s).toInteger();
        QVERIFY2(orders >= 100000, qPrintable(QString::number(orders)));
        QCOMPARE(c.readyLine().value(u"products"_s).toInteger(), 10000);

        t.restart();
        const auto page = c.get(u"/api/orders/seller/"_s + c.shopId() + u"?page=7&pageSize=500"_s, c.token());
        const qint64 pageMs = t.elapsed();
        QCOMPARE(page.status, 200);
        QCOMPARE(page.data().toArray().size(), 500);
        QCOMPARE(page.object().value(u"pagination"_s).toObject().value(u"total"_s).toInteger(), orders);

        t.restart();
        const auto whole = c.request("GET", u"/api/orders/seller/"_s + c.shopId(), {}, c.token(), 120000);
        const qint64 wholeMs = t.elapsed();
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.data().toArray().size(), orders);

        t.restart();
        const auto again = c.request("GET", u"/api/orders/seller/"_s + c.shopId(), {}, c.token(), 120000);
        const qint64 againMs = t.elapsed();
        QCOMPARE(again.body.size(), whole.body.size());

        t.restart();
        const auto products = c.get(u"/api/products/shop/"_s + c.shopId());
        const qint64 productsMs = t.elapsed();
        QCOMPARE(products.data().toArray().size(), 10000);

        qInfo().noquote()
            << u"orders=%1 start=%2ms generation=%3ms page(500)=%4ms whole=%5ms (%6 MB) whole-again=%7ms products(10k)=%8ms"_s
                   .arg(orders)
                   .arg(startMs)
                   .arg(generationMs)
                   .arg(pageMs)
                   .arg(wholeMs)
                   .arg(double(whole.body.size()) / 1e6, 0, 'f', 1)
                   .arg(againMs)
                   .arg(productsMs);
        // Loose bounds: the machine may be shared; the figures above are what matter.
        QVERIFY(generationMs < 30000);
        QVERIFY(pageMs < 10000);
    }
};

QTEST_GUILESS_MAIN(TestCloneScale)
#include "tst_clone_scale.moc"
