// bva-forecast end to end: the built binary on small CSV files, its output format and its errors.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.start(QStringLiteral(BVA_FORECAST_BIN), args);
    if (!p.waitForStarted())
        return {};
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QByteArray dailyCsv(int days, const QString &name = u"a"_s)
{
    QByteArray csv = "series,date,quantity\n";
    const QDate start(2026, 1, 1);
    for (int t = 0; t < days; ++t)
        csv += (name + u',' + start.addDays(t).toString(Qt::ISODate) + u',' +
                QString::number(5 + (t % 7) * 2) + u'\n')
                   .toUtf8();
    return csv;
}

QByteArray monthlyCsv(int months, bool monthEnd)
{
    QByteArray csv = "series,date,quantity\n";
    for (int t = 0; t < months; ++t) {
        QDate d = QDate(2015, 1, 1).addMonths(t);
        if (monthEnd)
            d = QDate(d.year(), d.month(), d.daysInMonth());
        csv += (u"m,"_s + d.toString(Qt::ISODate) + u',' + QString::number(100 + 10 * (t % 12) + t) + u'\n')
                   .toUtf8();
    }
    return csv;
}

} // namespace

class TestForecastCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void forecastDaily();
    void forecastMonthly_data();
    void forecastMonthly();
    void forecastFromStdinSeveralSeries();
    void shortMonthlySeriesShareTheirSeason();
    void evaluate();
    void errors_data();
    void errors();

private:
    QTemporaryDir m_dir;
    QString write(const QString &name, const QByteArray &data);
};

void TestForecastCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestForecastCli::write(const QString &name, const QByteArray &data)
{
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(data);
    return f.fileName();
}

void TestForecastCli::forecastDaily()
{
    const QString file = write(u"daily.csv"_s, dailyCsv(70));
    const Run r = runCli({u"--horizon"_s, u"10"_s, file});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 11);
    QCOMPARE(lines[0], u"series,date,forecast,lower,upper"_s);
    // 70 days from 2026-01-01 end on 2026-03-11.
    QVERIFY(lines[1].startsWith(u"a,2026-03-12,"_s));
    QVERIFY(lines[10].startsWith(u"a,2026-03-21,"_s));
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(u',');
        QCOMPARE(f.size(), 5);
        bool ok1, ok2, ok3;
        const double mean = f[2].toDouble(&ok1), lo = f[3].toDouble(&ok2), hi = f[4].toDouble(&ok3);
        QVERIFY(ok1 && ok2 && ok3);
        QVERIFY(lo <= mean && mean <= hi);
    }
}

void TestForecastCli::forecastMonthly_data()
{
    QTest::addColumn<bool>("monthEnd");
    QTest::addColumn<QString>("firstDate");
    QTest::addColumn<QString>("lastDate");
    // 48 months from 2015-01 end at 2018-12.
    QTest::newRow("first of month") << false << u"2019-01-01"_s << u"2019-12-01"_s;
    QTest::newRow("month end") << true << u"2019-01-31"_s << u"2019-12-31"_s;
}

void TestForecastCli::forecastMonthly()
{
    QFETCH(bool, monthEnd);
    QFETCH(QString, firstDate);
    QFETCH(QString, lastDate);
    const QString file = write(u"monthly.csv"_s, monthlyCsv(48, monthEnd));
    const Run r = runCli({u"--horizon"_s, u"12"_s, file});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 13);
    QVERIFY2(lines[1].startsWith(u"m,"_s + firstDate + u','), qPrintable(lines[1]));
    QVERIFY2(lines[12].startsWith(u"m,"_s + lastDate + u','), qPrintable(lines[12]));
}

void TestForecastCli::forecastFromStdinSeveralSeries()
{
    QByteArray csv = dailyCsv(30, u"first"_s);
    csv += dailyCsv(20, u"\"second, quoted\""_s).mid(21); // without the header
    const Run r = runCli({u"--horizon"_s, u"3"_s, u"-"_s}, csv);
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 7);
    QVERIFY(lines[1].startsWith(u"first,2026-01-31,"_s));
    QVERIFY2(lines[4].startsWith(u"\"second, quoted\",2026-01-21,"_s), qPrintable(lines[4]));
}

void TestForecastCli::shortMonthlySeriesShareTheirSeason()
{
    // Twelve slow items, three years each, that all sell twice as much in December: in one file the
    // month indices are pooled (group seasonal indices), so the first item's December forecast rises
    // with the others' Decembers; on its own it keeps its noisy profile (issue 22).
    const auto file = [](int series, int months) {
        QByteArray csv = "series,date,quantity\n";
        for (int i = 0; i < series; ++i)
            for (int t = 0; t < months; ++t) {
                const QDate d = QDate(2023, 1, 1).addMonths(t);
                const int noise = (t * 7 + i * 5) % 4;
                const int units = (d.month() == 12 ? 12 : 6) + noise - (t == 11 && i == 0 ? 6 : 0);
                csv += (u"s%1,"_s.arg(i) + d.toString(Qt::ISODate) + u',' + QString::number(units) + u'\n')
                           .toUtf8();
            }
        return csv;
    };
    const auto december = [](const Run &r) { // the first series' December forecast
        for (const QString &line : r.out.split(u'\n'))
            if (line.startsWith(u"s0,"_s) && line.contains(u"-12-01,"_s))
                return line.split(u',')[2].toDouble();
        return -1.0;
    };
    const Run alone = runCli({u"--horizon"_s, u"12"_s, write(u"alone.csv"_s, file(1, 36))});
    const Run pooled = runCli({u"--horizon"_s, u"12"_s, write(u"pooled.csv"_s, file(12, 36))});
    QCOMPARE(alone.exitCode, 0);
    QCOMPARE(pooled.exitCode, 0);
    QVERIFY2(december(pooled) > december(alone) + 0.5,
             qPrintable(u"%1 vs %2"_s.arg(december(pooled)).arg(december(alone))));
    // Five years and more: each series keeps its own models, whatever the file holds.
    const Run longAlone = runCli({u"--horizon"_s, u"12"_s, write(u"longalone.csv"_s, file(1, 60))});
    const Run longPooled = runCli({u"--horizon"_s, u"12"_s, write(u"longpooled.csv"_s, file(12, 60))});
    QCOMPARE(december(longPooled), december(longAlone));
}

void TestForecastCli::evaluate()
{
    QByteArray csv = dailyCsv(100, u"x"_s);
    csv += dailyCsv(100, u"y"_s).mid(21);
    csv += "short,2026-01-01,3\n";
    const Run r = runCli({u"--evaluate"_s, u"14"_s, write(u"eval.csv"_s, csv)});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.trimmed().split(u'\n');
    QCOMPARE(lines[0], u"series,model,mase,rmsse,naive_mase,naive_rmsse,class,cover80,cover95"_s);
    QCOMPARE(lines.size(), 4); // x, y, mean ("short" is skipped with a warning)
    QVERIFY(lines[1].startsWith(u"x,"_s));
    QVERIFY(lines[3].startsWith(u"mean,,"_s));
    QVERIFY(r.err.contains(u"short"_s));
    // A perfectly weekly series: seasonal naive is exact.
    const QStringList mean = lines[3].split(u',');
    QCOMPARE(mean.size(), 9);
    QCOMPARE(mean[4].toDouble(), 0.0);
    QVERIFY(lines[1].contains(u",smooth,"_s));
    // Coverage is a share of the held-out points: the 95% interval holds at least what the 80% holds.
    QVERIFY(mean[7].toDouble() >= 0.0 && mean[7].toDouble() <= mean[8].toDouble() &&
            mean[8].toDouble() <= 1.0);
}

void TestForecastCli::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file") << QStringList{u"--horizon"_s, u"3"_s} << QByteArray() << u"FILE"_s;
    QTest::newRow("no horizon") << QStringList{u"-"_s} << QByteArray("series,date,quantity\na,2026-01-01,1\n")
                                << u"--horizon"_s;
    QTest::newRow("bad horizon") << QStringList{u"--horizon"_s, u"zero"_s, u"-"_s} << QByteArray()
                                 << u"--horizon"_s;
    QTest::newRow("missing file") << QStringList{u"--horizon"_s, u"3"_s, u"/nonexistent/x.csv"_s}
                                  << QByteArray() << u"cannot read"_s;
    QTest::newRow("empty") << QStringList{u"--horizon"_s, u"3"_s, u"-"_s} << QByteArray("\n") << u"header"_s;
    QTest::newRow("bad header") << QStringList{u"--horizon"_s, u"3"_s, u"-"_s} << QByteArray("id,day,qty\n")
                                << u"line 1"_s;
    QTest::newRow("bad date") << QStringList{u"--horizon"_s, u"3"_s, u"-"_s}
                              << QByteArray("series,date,quantity\na,2026-01-01,1\na,2026-13-01,2\n")
                              << u"line 3: invalid date"_s;
    QTest::newRow("bad quantity") << QStringList{u"--horizon"_s, u"3"_s, u"-"_s}
                                  << QByteArray("series,date,quantity\na,2026-01-01,lots\n")
                                  << u"line 2: invalid quantity"_s;
    QTest::newRow("huge quantity") << QStringList{u"--horizon"_s, u"3"_s, u"-"_s}
                                   << QByteArray("series,date,quantity\na,2026-01-01,1\na,2026-01-02,1e300\n")
                                   << u"line 3: quantity 1e300 is out of range"_s;
    QTest::newRow("field count") << QStringList{u"--horizon"_s, u"3"_s, u"-"_s}
                                 << QByteArray("series,date,quantity\na,2026-01-01\n")
                                 << u"line 2: expected 3 fields"_s;
    QTest::newRow("duplicate")
        << QStringList{u"--horizon"_s, u"3"_s, u"-"_s}
        << QByteArray("series,date,quantity\na,2026-01-01,1\nb,2026-01-01,1\na,2026-01-01,2\n")
        << u"line 4: date 2026-01-01 appears twice"_s;
    QTest::newRow("quote") << QStringList{u"--horizon"_s, u"3"_s, u"-"_s}
                           << QByteArray("series,date,quantity\n\"a,2026-01-01,1\n")
                           << u"line 2: unterminated"_s;
    QTest::newRow("holdout too long")
        << QStringList{u"--evaluate"_s, u"5"_s, u"-"_s}
        << QByteArray("series,date,quantity\na,2026-01-01,1\na,2026-01-02,1\n") << u"no series"_s;
}

void TestForecastCli::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const Run r = runCli(args, input);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestForecastCli)
#include "tst_forecastcli.moc"
