// The store's WAL checkpoints (store/walcheckpointer.h) under writes that never pause, watched through a
// VFS in front of SQLite's own: the WAL starts over again and again and stays bounded, a copy of the
// files taken between two commits (what a crash leaves) holds every committed row, and a commit that
// finishes a WAL cycle carries only a few pages of the database file to the disk, not the cycle's.
// On a disk whose syncs are slow, the WAL still starts over before the hard limit.
// The VFS also sets the interleaving: every checkpoint round of the thread waits, at its first copied
// page, for the writer to commit, so no round reaches the WAL's end (as under steady writes) whatever
// the scheduler does.
#include "store/walcheckpointer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <chrono>
#include <sqlite3.h>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

// What the watch saw, from every connection of the process.
struct Seen
{
    std::atomic<qint64> dbUnsynced{0}; // bytes other threads wrote to the database file since its last sync
    std::atomic<qint64> walEnd{0};     // the WAL file's furthest byte written
    std::atomic<int> walStarts{0};     // WAL headers the writer wrote: its first and each start-over
    std::atomic<int> writerSyncs{0};   // database syncs on the writer's thread (inside its commits)
    std::atomic<qint64> writerSyncMost{0};   // the most of other threads' unsynced bytes one of them carried
    std::atomic<qint64> writerCopied{0};     // database bytes the writer copied since its last database sync
    std::atomic<qint64> writerCopiedMost{0}; // the most of them one of its database syncs found
    std::atomic<std::thread::id> writer{};
    std::atomic<int> slowSyncMs{0}; // every sync of another thread takes this long (a busy disk)
};
Seen g_seen;

// The writer's commits, and the thread's checkpoint rounds held until one lands.
struct Gate
{
    std::atomic<bool> on{false};
    std::atomic<quint64> commits{0};       // the writer's, counted after each COMMIT returns
    std::atomic<int> rounds{0};            // the checkpoint lock taken by another thread: a round begins
    std::atomic<int> heldRound{0};         // the last round held for a commit
    std::atomic<int> held{0};              // rounds in which a commit landed while the thread copied
    std::atomic<bool> threadWrites{false}; // the other thread holds the write lock (no commit can land)
};
Gate g_gate;
// SQLite's WAL locks (wal.c): the shared-memory lock slots of the writer and the checkpointer.
constexpr int kWalWriteLock = 0;
constexpr int kWalCheckpointLock = 1;

// Called at each page the thread copies: the first of a round waits until the writer commits, so the
// round copies frames while the WAL grows past them.
void holdForACommit()
{
    const int round = g_gate.rounds.load();
    if (!g_gate.on.load() || g_gate.threadWrites.load() || g_gate.heldRound.exchange(round) == round)
        return;
    const quint64 before = g_gate.commits.load();
    QElapsedTimer waited;
    waited.start();
    while (g_gate.on.load() && g_gate.commits.load() == before && waited.elapsed() < 5000)
        std::this_thread::sleep_for(std::chrono::microseconds(50));
    if (g_gate.commits.load() != before)
        ++g_gate.held;
}
sqlite3_vfs *g_real = nullptr;

void raise(std::atomic<qint64> &most, qint64 value)
{
    qint64 now = most.load();
    while (value > now && !most.compare_exchange_weak(now, value)) {
    }
}

struct WatchedFile
{
    sqlite3_file base;
    sqlite3_file *real;
    int kind; // SQLITE_OPEN_MAIN_DB, SQLITE_OPEN_WAL or 0
};

sqlite3_file *realOf(sqlite3_file *f)
{
    return reinterpret_cast<WatchedFile *>(f)->real;
}

int kindOf(sqlite3_file *f)
{
    return reinterpret_cast<WatchedFile *>(f)->kind;
}

bool onWriter()
{
    return std::this_thread::get_id() == g_seen.writer.load();
}

int wWrite(sqlite3_file *f, const void *data, int n, sqlite3_int64 offset)
{
    if (kindOf(f) == SQLITE_OPEN_MAIN_DB && !onWriter()) {
        holdForACommit();
        g_seen.dbUnsynced += n;
    }
    if (kindOf(f) == SQLITE_OPEN_MAIN_DB && onWriter())
        g_seen.writerCopied += n;
    if (kindOf(f) == SQLITE_OPEN_WAL) {
        raise(g_seen.walEnd, offset + n);
        if (offset == 0 && onWriter())
            ++g_seen.walStarts;
    }
    return realOf(f)->pMethods->xWrite(realOf(f), data, n, offset);
}

int wSync(sqlite3_file *f, int flags)
{
    if (!onWriter() && g_seen.slowSyncMs.load() > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(g_seen.slowSyncMs.load()));
    if (kindOf(f) == SQLITE_OPEN_MAIN_DB) {
        const qint64 carried = g_seen.dbUnsynced.exchange(0);
        if (onWriter()) {
            ++g_seen.writerSyncs;
            raise(g_seen.writerSyncMost, carried);
            raise(g_seen.writerCopiedMost, g_seen.writerCopied.exchange(0));
        }
    }
    return realOf(f)->pMethods->xSync(realOf(f), flags);
}

// Everything else goes straight to SQLite's own file.
int wClose(sqlite3_file *f)
{
    return realOf(f)->pMethods->xClose(realOf(f));
}
int wRead(sqlite3_file *f, void *p, int n, sqlite3_int64 o)
{
    return realOf(f)->pMethods->xRead(realOf(f), p, n, o);
}
int wTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return realOf(f)->pMethods->xTruncate(realOf(f), size);
}
int wFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}
int wLock(sqlite3_file *f, int level)
{
    return realOf(f)->pMethods->xLock(realOf(f), level);
}
int wUnlock(sqlite3_file *f, int level)
{
    return realOf(f)->pMethods->xUnlock(realOf(f), level);
}
int wCheckReservedLock(sqlite3_file *f, int *out)
{
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}
int wFileControl(sqlite3_file *f, int op, void *arg)
{
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}
int wSectorSize(sqlite3_file *f)
{
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}
int wDeviceCharacteristics(sqlite3_file *f)
{
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}
int wShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), region, size, extend, out);
}
int wShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    const int rc = realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
    if (rc == SQLITE_OK && n == 1 && (flags & SQLITE_SHM_EXCLUSIVE) && !onWriter()) {
        const bool locked = flags & SQLITE_SHM_LOCK;
        if (offset == kWalCheckpointLock && locked)
            ++g_gate.rounds;
        if (offset == kWalWriteLock)
            g_gate.threadWrites = locked;
    }
    return rc;
}
void wShmBarrier(sqlite3_file *f)
{
    realOf(f)->pMethods->xShmBarrier(realOf(f));
}
int wShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag);
}
int wFetch(sqlite3_file *f, sqlite3_int64 offset, int n, void **out)
{
    return realOf(f)->pMethods->xFetch(realOf(f), offset, n, out);
}
int wUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *p)
{
    return realOf(f)->pMethods->xUnfetch(realOf(f), offset, p);
}

const sqlite3_io_methods kWatchedMethods = {
    3,
    wClose,
    wRead,
    wWrite,
    wTruncate,
    wSync,
    wFileSize,
    wLock,
    wUnlock,
    wCheckReservedLock,
    wFileControl,
    wSectorSize,
    wDeviceCharacteristics,
    wShmMap,
    wShmLock,
    wShmBarrier,
    wShmUnmap,
    wFetch,
    wUnfetch,
};

int wOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    auto *w = reinterpret_cast<WatchedFile *>(f);
    w->real = reinterpret_cast<sqlite3_file *>(w + 1);
    w->kind = flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL);
    const int rc = g_real->xOpen(g_real, name, w->real, flags, outFlags);
    w->base.pMethods = w->real->pMethods ? &kWatchedMethods : nullptr;
    return rc;
}
int wDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}
int wAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_real->xAccess(g_real, name, flags, out);
}
int wFullPathname(sqlite3_vfs *, const char *name, int n, char *out)
{
    return g_real->xFullPathname(g_real, name, n, out);
}

// From here on every connection the process opens (the checkpoint thread's too) goes through the watch.
void watchEveryConnection()
{
    static sqlite3_vfs watch = [] {
        g_real = sqlite3_vfs_find(nullptr);
        sqlite3_vfs v = *g_real;
        v.iVersion = qMin(g_real->iVersion, 3);
        v.zName = "bva-watch";
        v.szOsFile = int(sizeof(WatchedFile)) + g_real->szOsFile;
        v.pNext = nullptr;
        v.xOpen = wOpen;
        v.xDelete = wDelete;
        v.xAccess = wAccess;
        v.xFullPathname = wFullPathname;
        return v;
    }();
    sqlite3_vfs_register(&watch, 1);
}

bool exec(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK)
        qWarning("%s: %s", sql, error ? error : "?");
    sqlite3_free(error);
    return rc == SQLITE_OK;
}

// The rows a copy of the database and its WAL holds, opened as after a crash (SQLite's own VFS).
qint64 rowsAfterACrash(const QString &path, const QString &copy)
{
    QFile::remove(copy);
    QFile::remove(copy + u"-wal"_s);
    if (!QFile::copy(path, copy) || !QFile::copy(path + u"-wal"_s, copy + u"-wal"_s))
        return -1;
    sqlite3 *db = nullptr;
    qint64 rows = -1;
    if (sqlite3_open_v2(copy.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, g_real->zName) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db,
                               "SELECT (SELECT COUNT(*) FROM t) * (SELECT integrity_check = 'ok' FROM "
                               "pragma_integrity_check)",
                               -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            rows = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return rows;
}

// Opens the store's database as store/database.cpp sets it up, with small pages.
sqlite3 *openStore(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK ||
        !exec(db, "PRAGMA page_size=4096; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                  "PRAGMA journal_size_limit=-1; CREATE TABLE t(id INTEGER PRIMARY KEY, b BLOB)")) {
        sqlite3_close(db);
        return nullptr;
    }
    // As the store's connections (QSQLITE_BUSY_TIMEOUT): the thread's TRUNCATE after a pause of the writes
    // holds the write lock for a moment, and on a busy disk the writer's crash copy is such a pause.
    sqlite3_busy_timeout(db, 10000);
    return db;
}

} // namespace

class TstWalCheckpointer : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        watchEveryConnection();
        g_seen.dbUnsynced = 0;
        g_seen.walEnd = 0;
        g_seen.walStarts = 0;
        g_seen.writerSyncs = 0;
        g_seen.writerSyncMost = 0;
        g_seen.writerCopied = 0;
        g_seen.writerCopiedMost = 0;
        g_seen.slowSyncMs = 0;
        g_gate.on = false;
        g_gate.commits = 0;
        g_gate.rounds = 0;
        g_gate.heldRound = 0;
        g_gate.held = 0;
    }

    void steadyWritesKeepTheWalBoundedAndLoseNothing()
    {
        constexpr qint64 kThreshold = 1024 * 1024;
        g_gate.on = true;
        writeSteadily(kThreshold, 6);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(g_gate.held.load() > 0);
        // Bounded: the WAL never held more than a few thresholds.
        QVERIFY2(g_seen.walEnd.load() <= 10 * kThreshold,
                 qPrintable(u"WAL reached %1 bytes"_s.arg(g_seen.walEnd.load())));
        // The commits that finished a cycle synced the database file and carried to the disk a few
        // pages the thread had copied, not the megabytes it copied in the cycle.
        QVERIFY(g_seen.writerSyncs.load() > 0);
        QVERIFY2(
            g_seen.writerSyncMost.load() <= kThreshold / 4,
            qPrintable(u"a commit synced %1 bytes of the database file"_s.arg(g_seen.writerSyncMost.load())));
    }

    void slowSyncsStillStartTheWalOverBeforeTheHardLimit()
    {
        // Every sync of the thread takes 50 ms, so a round lets in ~100 frames: more than the few the
        // rounds otherwise run out at, fewer than a quarter threshold (1,024 frames of 4 KiB).
        constexpr qint64 kThreshold = 4 * 1024 * 1024;
        g_seen.slowSyncMs = 50;
        writeSteadily(kThreshold, 3);
        if (QTest::currentTestFailed())
            return;
        // The hard limit (eight thresholds, store/walcheckpointer.cpp) was never reached: there a
        // commit copies and syncs everything the thread has not.
        QVERIFY2(g_seen.walEnd.load() < 8 * kThreshold,
                 qPrintable(u"WAL reached %1 bytes"_s.arg(g_seen.walEnd.load())));
    }

    void slowSyncsHandTheCycleOverOnceTheRoundsStopShrinking()
    {
        // Every sync of the thread takes 50 ms and every commit writes four rows, so a round lets in a
        // few hundred frames (of 4 KiB): the rounds never get down to the few (64) they otherwise hand
        // over at, nor to the quarter threshold allowed past six thresholds. Once they stop shrinking
        // the thread syncs its copies, runs one more round and hands the rest to a commit, a few rounds
        // past the restart point (four thresholds). Before, it waited for seven thresholds, one short
        // of the hard limit, and handed over everything that came in during its last round and two syncs.
        constexpr qint64 kThreshold = 4 * 1024 * 1024;
        g_seen.slowSyncMs = 50;
        writeSteadily(kThreshold, 3, 4);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(g_seen.walEnd.load() < 7 * kThreshold,
                 qPrintable(u"WAL reached %1 bytes"_s.arg(g_seen.walEnd.load())));
    }

private:
    // Commits one after another, a millisecond apart and never pausing longer (a pause lets the thread
    // finish the cycle alone), until the WAL has started over `starts` times; a copy of the files
    // taken just after a start-over (what a crash leaves) holds every committed row.
    void writeSteadily(qint64 threshold, int starts, int rowsPerCommit = 1)
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"store.db"_s);
        const QString crashCopy = dir.filePath(u"crash.db"_s);
        g_seen.writer = std::this_thread::get_id();
        sqlite3 *db = openStore(path);
        QVERIFY(db);
        qint64 committed = 0;
        {
            bva::WalCheckpointer checkpointer(path, threshold);
            checkpointer.attach(db);
            sqlite3_stmt *insert = nullptr;
            QCOMPARE(
                sqlite3_prepare_v2(db, "INSERT INTO t(b) VALUES (randomblob(3000))", -1, &insert, nullptr),
                SQLITE_OK);
            int crashes = 0;
            QElapsedTimer clock;
            clock.start();
            while (g_seen.walStarts.load() < 1 + starts && clock.elapsed() < 60000) {
                const int before = g_seen.walStarts.load();
                QVERIFY(exec(db, "BEGIN IMMEDIATE"));
                for (int row = 0; row < rowsPerCommit; ++row) {
                    QCOMPARE(sqlite3_step(insert), SQLITE_DONE);
                    sqlite3_reset(insert);
                }
                QVERIFY(exec(db, "COMMIT"));
                committed += rowsPerCommit;
                ++g_gate.commits;
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
                if (g_seen.walStarts.load() != before && crashes < 3) {
                    ++crashes;
                    QCOMPARE(rowsAfterACrash(path, crashCopy), committed);
                }
            }
            g_gate.on = false; // no more commits: a round in progress goes on alone
            sqlite3_finalize(insert);
            QVERIFY2(
                g_seen.walStarts.load() >= 1 + starts,
                qPrintable(u"the WAL started over %1 times in %2 commits"_s.arg(g_seen.walStarts.load() - 1)
                               .arg(committed)));
            QCOMPARE(rowsAfterACrash(path, crashCopy), committed);
        }
        g_seen.writer = std::thread::id(); // closing checkpoints whatever is left: not a commit
        g_seen.slowSyncMs = 0;
        sqlite3_close(db);
        qInfo("%lld commits, the WAL started over %d times, reached %lld bytes; %d checkpoint rounds of "
              "the thread, %d with a commit while they copied; %d database syncs in commits, the largest "
              "carrying %lld bytes of the thread's; the most a commit copied %lld bytes",
              committed, g_seen.walStarts.load() - 1, g_seen.walEnd.load(), g_gate.rounds.load(),
              g_gate.held.load(), g_seen.writerSyncs.load(), g_seen.writerSyncMost.load(),
              g_seen.writerCopiedMost.load());
    }
};

QTEST_GUILESS_MAIN(TstWalCheckpointer)
#include "tst_walcheckpointer.moc"
