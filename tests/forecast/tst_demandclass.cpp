// Syntetos-Boylan classification by ADI and CV².
#include "analytics/forecast/demandclass.h"

#include <QTest>
#include <cmath>

using namespace bva::forecast;

class TestDemandClass : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_data();
    void classify();
};

void TestDemandClass::classify_data()
{
    QTest::addColumn<QList<double>>("series");
    QTest::addColumn<int>("expected");
    QTest::addColumn<double>("adi");
    QTest::addColumn<double>("cv2");
    // sizes 5,6 -> mean 5.5, var 0.25, cv2 = 0.25/30.25
    QTest::newRow("smooth") << QList<double>{5, 6, 5, 6, 5, 6} << int(DemandClass::Smooth) << 1.0
                            << 0.25 / 30.25;
    // sizes 1,10 -> mean 5.5, var 20.25
    QTest::newRow("erratic") << QList<double>{1, 10, 1, 10} << int(DemandClass::Erratic) << 1.0
                             << 20.25 / 30.25;
    // 3 demands in 9 periods, sizes 5,5,6 -> mean 16/3, var 2/9
    QTest::newRow("intermittent") << QList<double>{0, 0, 5, 0, 0, 5, 0, 0, 6}
                                  << int(DemandClass::Intermittent) << 3.0 << (2.0 / 9.0) / (256.0 / 9.0);
    // sizes 1,20,1 -> mean 22/3, var = (1+400+1)/3 - (22/3)^2
    QTest::newRow("lumpy") << QList<double>{0, 0, 1, 0, 0, 20, 0, 0, 1} << int(DemandClass::Lumpy) << 3.0
                           << (402.0 / 3.0 - 484.0 / 9.0) / (484.0 / 9.0);
    QTest::newRow("no demand") << QList<double>{0, 0, 0} << int(DemandClass::NoDemand) << qInf() << 0.0;
    // On the cut-off: ADI exactly 1.32 counts as intermittent.
    QList<double> edge(132, 0.0);
    for (int i = 0; i < 100; ++i)
        edge[i] = 3;
    QTest::newRow("adi cutoff") << edge << int(DemandClass::Intermittent) << 1.32 << 0.0;
}

void TestDemandClass::classify()
{
    QFETCH(QList<double>, series);
    QFETCH(int, expected);
    QFETCH(double, adi);
    QFETCH(double, cv2);
    const std::vector<double> y(series.begin(), series.end());
    const DemandProfile p = classifyDemand(y);
    QCOMPARE(int(p.demandClass), expected);
    if (std::isinf(adi))
        QVERIFY(std::isinf(p.adi));
    else
        QVERIFY2(std::abs(p.adi - adi) < 1e-9, qPrintable(QString::number(p.adi)));
    QVERIFY2(std::abs(p.cv2 - cv2) < 1e-9, qPrintable(QString::number(p.cv2)));
}

QTEST_GUILESS_MAIN(TestDemandClass)
#include "tst_demandclass.moc"
