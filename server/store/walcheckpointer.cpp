#include "walcheckpointer.h"

#include "database.h"
#include "util/deliverytrace.h"
#include "util/slowtrace.h"

#include <QFile>
#include <QFileInfo>
#include <atomic>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <sqlite3.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace bva {

constexpr int kFlushMs = 50;
// The WAL starts over once it holds this many thresholds (each start-over costs one commit two
// syncs, 10-15 ms); past the hard factor a commit checkpoints whatever the thread did.
constexpr int kRestartFactor = 4;
constexpr int kHardFactor = 8;
// A threshold before the hard limit the thread hands the cycle over whether its rounds converged or not
// (see checkpointRounds).
constexpr int kLastFactor = kHardFactor - 1;
// The WAL file is cut back only after this long without a commit.
constexpr int kTruncateQuietMs = 1000;

static void syncFile(const QByteArray &path)
{
    const qint64 t0 = slowtrace::enabled() || deliverytrace::on() ? slowtrace::nowNs() : 0;
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fdatasync(fd);
        ::close(fd);
    }
    if (deliverytrace::on())
        deliverytrace::add('W', t0, slowtrace::nowNs());
    if (slowtrace::enabled() && slowtrace::nowNs() - t0 > slowtrace::thresholdNs())
        qCInfo(lcStore, "slow WAL sync at %.1f ms: %.1f ms", slowtrace::ms(t0),
               slowtrace::ms(slowtrace::nowNs() - t0));
}

static void syncFileOf(const QString &dbPath)
{
    syncFile(QFile::encodeName(dbPath + u"-wal"_s));
}

// The database file's pages a checkpoint copied reach the disk here, through SQLite's own file (and
// so its VFS). SQLite syncs the database file only in a checkpoint that copies up to the WAL's last
// frame: under steady writes that is the commit finishing the cycle (onCommit), which then flushed
// every page the thread had copied in the whole cycle (up to the 256 MB of a cycle's WAL: 9-20 ms per
// finishing commit at 7,000 deliveries a second) while it held the writer.
static void syncDatabaseFile(sqlite3 *db)
{
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file ||
        !file->pMethods)
        return;
    const qint64 t0 = slowtrace::enabled() || deliverytrace::on() ? slowtrace::nowNs() : 0;
    file->pMethods->xSync(file, SQLITE_SYNC_NORMAL);
    if (deliverytrace::on())
        deliverytrace::add('D', t0, slowtrace::nowNs());
    if (slowtrace::enabled() && slowtrace::nowNs() - t0 > slowtrace::thresholdNs())
        qCInfo(lcStore, "slow database sync at %.1f ms: %.1f ms", slowtrace::ms(t0),
               slowtrace::ms(slowtrace::nowNs() - t0));
}

// A checkpoint, timed while tracing stalls (util/slowtrace.h).
static int timedCheckpoint(sqlite3 *db, const char *database, int mode, int *frames, int *copied,
                           const char *who)
{
    const qint64 t0 = slowtrace::enabled() || deliverytrace::on() ? slowtrace::nowNs() : 0;
    int walFrames = -1, copiedFrames = -1;
    const int rc = sqlite3_wal_checkpoint_v2(db, database, mode, frames ? frames : &walFrames,
                                             copied ? copied : &copiedFrames);
    if (deliverytrace::on())
        deliverytrace::add('C', t0, slowtrace::nowNs(), mode, qint64(std::strlen(who)),
                           frames ? *frames : walFrames, copied ? *copied : copiedFrames, rc);
    if (slowtrace::enabled() && slowtrace::nowNs() - t0 > slowtrace::thresholdNs())
        qCInfo(lcStore, "slow WAL checkpoint (%s, mode %d) at %.1f ms: %.1f ms", who, mode, slowtrace::ms(t0),
               slowtrace::ms(slowtrace::nowNs() - t0));
    return rc;
}

// What the connections' hooks hold: it is never freed, so a connection that commits after its
// Database went away finds no target instead of freed memory.
struct WalCheckpointer::Signal
{
    std::mutex mutex;
    WalCheckpointer *target = nullptr;
    std::atomic<int> softPages{0}; // 0 until the first connection told the page size
    std::atomic<int> hardPages{0};
    std::atomic<bool> wrote{false};  // commits since the WAL was last flushed to disk
    std::atomic<quint64> commits{0}; // every commit: the thread tells a pause in the writes from it
    std::atomic<int> nextPages{0};   // past the threshold: the WAL size that calls the next checkpoint
    std::atomic<bool> finish{false}; // the thread copied all but a few frames: the next commit copies them
};

WalCheckpointer::WalCheckpointer(QString path, qint64 thresholdBytes)
    : m_path(std::move(path))
    , m_thresholdBytes(thresholdBytes)
    , m_signal(new Signal)
{
    m_signal->target = this;
}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_signal->mutex);
        m_signal->target = nullptr;
    }
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void WalCheckpointer::attach(sqlite3 *connection)
{
    if (!connection)
        return;
    if (m_signal->softPages.load() == 0) {
        int pageSize = 4096;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(connection, "PRAGMA page_size", -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            pageSize = qMax(512, sqlite3_column_int(stmt, 0));
        sqlite3_finalize(stmt);
        const int soft = int(qMax<qint64>(64, m_thresholdBytes / pageSize));
        m_signal->hardPages.store(soft * kHardFactor);
        m_signal->softPages.store(soft);
    }
    sqlite3_wal_hook(connection, &WalCheckpointer::onCommit, m_signal);
}

int WalCheckpointer::onCommit(void *signal, sqlite3 *connection, const char *database, int walPages)
{
    auto *s = static_cast<Signal *>(signal);
    if (!s->wrote.exchange(true)) {
        // The first commit since the WAL was last flushed: the thread (if it runs) waits for it.
        std::lock_guard lock(s->mutex);
        if (s->target)
            s->target->wake(false);
    }
    s->commits.fetch_add(1, std::memory_order_relaxed);
    if (s->finish.exchange(false)) {
        // Once every frame is in the database the next write starts the WAL over, and under steady
        // writes only a commit sees that moment. The thread left only a few frames to copy.
        timedCheckpoint(connection, database, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr,
                        "a commit finishing");
        // Copied to the end, the next commit starts the WAL over (and calls the next checkpoint at the
        // threshold); else the thread copies again a quarter threshold from here.
        s->nextPages.store(walPages + qMax(1, s->softPages.load() / 4), std::memory_order_relaxed);
        return SQLITE_OK;
    }
    const int soft = s->softPages.load();
    if (soft == 0)
        return SQLITE_OK;
    if (deliverytrace::on()) {
        static std::atomic<int> last{0};
        if (walPages < last.exchange(walPages))
            deliverytrace::add('R', slowtrace::nowNs(), walPages);
    }
    if (walPages < soft) {
        s->nextPages.store(soft, std::memory_order_relaxed); // the WAL started over
        return SQLITE_OK;
    }
    if (walPages >= s->hardPages.load()) {
        // The thread cannot keep up: this commit copies, as SQLite's own checkpoint would.
        timedCheckpoint(connection, database, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr,
                        "a commit past the hard limit");
        return SQLITE_OK;
    }
    if (walPages < s->nextPages.load(std::memory_order_relaxed))
        return SQLITE_OK;
    std::lock_guard lock(s->mutex);
    if (s->target)
        s->target->wake(true);
    return SQLITE_OK;
}

void WalCheckpointer::wake(bool checkpoint)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        if (!checkpoint && !m_thread.joinable())
            return; // started by the first checkpoint
        m_wanted = m_wanted || checkpoint;
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
    }
    m_wake.notify_one();
}

bool WalCheckpointer::quiet(int ms)
{
    // A commit after the flush below sets `wrote` again and wakes this thread (onCommit).
    if (m_signal->wrote.exchange(false))
        syncFileOf(m_path);
    const quint64 before = m_signal->commits.load();
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(ms),
                    [&] { return m_stopping || m_wanted || m_signal->commits.load() != before; });
    return !m_stopping && !m_wanted && m_signal->commits.load() == before;
}

bool WalCheckpointer::checkpointRounds(sqlite3 *db, const QByteArray &wal)
{
    constexpr int kMaxRounds = 8;
    constexpr int kFewFrames = 64;
    const int soft = m_signal->softPages.load();
    int frames = 0;
    int previous = -1;
    int previousFresh = -1; // frames written during the round before the last
    bool last = false;      // this round is the short one before a hand-over
    bool tail = true;
    for (int round = 0; round < kMaxRounds || last; ++round) {
        const quint64 before = m_signal->commits.load();
        int copied = 0;
        const int rc = timedCheckpoint(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &frames, &copied, "thread");
        if (rc != SQLITE_OK) {
            if (rc != SQLITE_BUSY)
                qCWarning(lcStore) << "WAL checkpoint failed:" << sqlite3_errmsg(db);
            break;
        }
        tail = copied < frames || m_signal->commits.load() != before;
        if (copied < m_syncedFrames)
            m_syncedFrames = 0; // the WAL started over (a commit past the hard limit finished it)
        if (!last && tail && copied - m_syncedFrames > qMax(kFewFrames, soft / 4)) {
            // A round that copied every frame synced the file itself. The small rounds at the end of a
            // cycle do not sync: a sync (10-70 ms on a busy disk) lets more frames in than the few
            // they are meant to run out at.
            syncDatabaseFile(db);
            m_syncedFrames = copied;
        }
        if (!tail)
            m_syncedFrames = 0;
        if (!tail || frames < kRestartFactor * soft)
            break;
        // Rounds converge (the frames written during one get fewer) until they last as long as the
        // disk's syncs: every round syncs the WAL first. On a busy disk that floor is more than a few
        // frames, and waiting for fewer let the WAL grow to where a commit was handed everything that
        // came in during the thread's syncs (1,000+ frames of 16 KiB, 17-32 ms in the commit). So once
        // the rounds stop getting shorter (or the WAL nears the hard limit), the thread syncs what it
        // copied and runs one more round, without a sync after it: the commit then copies only the
        // frames written during that round, and syncs them with that round's copies.
        const int fresh = previous >= 0 ? frames - previous : -1;
        const bool few = fresh >= 0 && fresh <= kFewFrames;
        const bool floor = fresh >= 0 && previousFresh >= 0 && 4 * fresh >= 3 * previousFresh;
        if (!last && !few && (floor || frames >= kLastFactor * soft)) {
            if (copied - m_syncedFrames > kFewFrames) {
                syncDatabaseFile(db);
                m_syncedFrames = copied;
            }
            last = true;
        } else if (last || few) {
            if (deliverytrace::on())
                deliverytrace::add('O', slowtrace::nowNs(), frames, previous);
            if (slowtrace::enabled())
                qCInfo(lcStore,
                       "WAL cycle handed to a commit at %.1f ms: %d frames, %d new in the last round",
                       slowtrace::ms(slowtrace::nowNs()), frames, fresh);
            // No round until that commit has run (it calls the next one): a round holds the checkpoint
            // lock, and the finishing commit's checkpoint then found it taken and gave up (SQLITE_BUSY),
            // so the cycle went on. The commits during these rounds asked for another one: dropped.
            m_signal->nextPages.store(std::numeric_limits<int>::max());
            {
                std::lock_guard lock(m_mutex);
                m_wanted = false;
            }
            if (!last)
                syncFile(wal); // the finishing commit's own sync of the WAL then finds little to write
            m_signal->finish.store(true);
            m_syncedFrames = 0; // the next frames are those of the next cycle
            return tail;
        }
        previousFresh = fresh;
        previous = frames;
    }
    // The next one once another quarter of the threshold is in the WAL, not at every commit.
    m_signal->nextPages.store(frames + qMax(1, soft / 4));
    return tail;
}

void WalCheckpointer::run()
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(m_path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        qCWarning(lcStore) << "WAL checkpoints: cannot open" << m_path << ":" << sqlite3_errmsg(db);
        sqlite3_close(db);
        return;
    }
    // A connection checkpoints only once it has read the database (and so opened its WAL).
    sqlite3_exec(db, "SELECT COUNT(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    const QByteArray wal = QFile::encodeName(m_path + u"-wal"_s);
    // The WAL starts over (at the next write) only once every frame in it is in the database. Under
    // steady writes a checkpoint leaves the frames written while it ran (at 60 MB of WAL a second, a
    // quarter-second checkpoint leaves 15 MB); copying those inside the next commit held it 50-100 ms.
    // So the thread checkpoints again while the rounds keep finding many new frames, and hands only
    // the last few to a commit (finish). Between restarts the WAL grows to kRestartFactor thresholds;
    // when the writes pause, the thread copies the rest itself.
    bool tail = false;
    for (;;) {
        bool checkpoint = false;
        {
            std::unique_lock lock(m_mutex);
            const auto called = [this] { return m_wanted || m_stopping; };
            // Idle (nothing committed since the last flush, no tail): sleep until a commit or a checkpoint.
            if (!tail)
                m_wake.wait(lock, [&] { return called() || m_signal->wrote.load(); });
            const quint64 before = m_signal->commits.load();
            m_wake.wait_for(lock, std::chrono::milliseconds(kFlushMs), called);
            if (m_stopping)
                break;
            checkpoint = m_wanted || (tail && m_signal->commits.load() == before);
            m_wanted = false;
        }
        if (!checkpoint) {
            // Between checkpoints the WAL is flushed a little at a time, so the sync a checkpoint
            // starts with finds little left to write.
            if (m_signal->wrote.exchange(false))
                syncFile(wal);
            continue;
        }
        const bool idle = tail;
        tail = checkpointRounds(db, wal);
        // Writes paused and every frame is in: the WAL file goes back to nothing if it grew large. Only
        // after a real pause: a TRUNCATE checkpoint holds the writers out while it syncs and cuts the
        // file (130-150 ms for a few hundred MB), and a 50 ms gap between commits under steady load (a
        // writer not scheduled on a busy box) made it a 150 ms stall of the webhook answers.
        if (idle && !tail && QFileInfo(m_path + u"-wal"_s).size() > m_thresholdBytes) {
            if (quiet(kTruncateQuietMs))
                timedCheckpoint(db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr,
                                "thread, truncating");
            else
                tail = true; // written meanwhile: copy those frames, and try again at the next pause
        }
    }
    sqlite3_close(db);
}

} // namespace bva
