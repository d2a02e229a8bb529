// LatestLoad: one run at a time, one queued run after it, bursts of soon() coalesced, a load now
// dropping a pending soon(), and with Results::Every the replaced result shown too.
#include "shell/latestload.h"

#include <QPromise>
#include <QTest>
#include <memory>
#include <vector>

using namespace bva::ui;

namespace {

// Each run is a promise the test finishes by hand, so the order of events is the test's own.
struct Harness
{
    explicit Harness(LatestLoad<int>::Results results)
    {
        load.bind(
            &context,
            [this] {
                runs.push_back(std::make_unique<QPromise<int>>());
                runs.back()->start();
                return runs.back()->future();
            },
            [this](const int &value) {
                shown.append(value);
                replaced.append(load.isReplaced());
            },
            results);
    }
    void finish(size_t run, int value)
    {
        runs.at(run)->addResult(value);
        runs.at(run)->finish();
    }

    QObject context;
    LatestLoad<int> load;
    std::vector<std::unique_ptr<QPromise<int>>> runs; // destroyed (so finished) before `load`
    QList<int> shown;
    QList<bool> replaced;
};

} // namespace

class TstLatestLoad : public QObject
{
    Q_OBJECT
private slots:
    void latestOnlyShowsTheLastRun()
    {
        Harness h(LatestLoad<int>::Results::LatestOnly);
        h.load.now();
        h.load.now(); // while the first runs: queued
        h.load.now(); // still one queued run, not two
        QCOMPARE(h.runs.size(), size_t(1));
        QVERIFY(h.load.isRunning());
        h.finish(0, 1);
        QTRY_COMPARE(h.runs.size(), size_t(2));
        QVERIFY(h.shown.isEmpty());
        h.finish(1, 2);
        QTRY_COMPARE(h.shown, QList<int>{2});
        QCOMPARE(h.runs.size(), size_t(2));
        QCOMPARE(h.replaced, QList<bool>{false});
    }

    void everyShowsTheReplacedRunToo()
    {
        Harness h(LatestLoad<int>::Results::Every);
        h.load.now();
        h.load.now();
        h.finish(0, 1);
        QTRY_COMPARE(h.shown, QList<int>{1});
        QCOMPARE(h.replaced, QList<bool>{true}); // the queued run had started already
        QCOMPARE(h.runs.size(), size_t(2));
        h.finish(1, 2);
        QTRY_COMPARE(h.shown, (QList<int>{1, 2}));
        QCOMPARE(h.replaced, (QList<bool>{true, false}));
        QVERIFY(!h.load.isReplaced());
    }

    void soonCoalescesABurst()
    {
        Harness h(LatestLoad<int>::Results::LatestOnly);
        for (int i = 0; i < 5; ++i)
            h.load.soon();
        QCOMPARE(h.runs.size(), size_t(0));
        QTRY_COMPARE(h.runs.size(), size_t(1));
        h.finish(0, 7);
        QTRY_COMPARE(h.shown, QList<int>{7});
        QTest::qWait(kLoadDebounceMs + 100); // nothing more may start: a negative check needs a wait
        QCOMPARE(h.runs.size(), size_t(1));
    }

    void nowDropsAPendingSoon()
    {
        Harness h(LatestLoad<int>::Results::Every);
        h.load.soon();
        h.load.now(); // reads everything the soon() was for
        QCOMPARE(h.runs.size(), size_t(1));
        h.finish(0, 3);
        QTRY_COMPARE(h.shown, QList<int>{3});
        QTest::qWait(kLoadDebounceMs + 100);
        QCOMPARE(h.runs.size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(TstLatestLoad)
#include "tst_latestload.moc"
