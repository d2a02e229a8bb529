#include "walcheckpointer.h"

#include "database.h"

#include <QFile>
#include <atomic>
#include <chrono>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace bva {

constexpr int kFlushMs = 50;

// What the connections' hooks hold: it is never freed, so a connection that commits after its
// Database went away finds no target instead of freed memory.
struct WalCheckpointer::Signal
{
    std::mutex mutex;
    WalCheckpointer *target = nullptr;
    std::atomic<int> softPages{0}; // 0 until the first connection told the page size
    std::atomic<int> hardPages{0};
    std::atomic<bool> finish{
        false};                     // a background checkpoint is done: the next commit copies what came since
    std::atomic<bool> wrote{false}; // commits since the WAL was last flushed to disk
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
        m_signal->hardPages.store(soft * 4);
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
    if (s->finish.exchange(false)) {
        // The few frames written while the background checkpoint ran: once they are in the database
        // too, the next write starts the WAL over. Writes never pause long enough under load for the
        // background checkpoint alone to reach the end of the WAL.
        sqlite3_wal_checkpoint_v2(connection, database, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        return SQLITE_OK;
    }
    const int soft = s->softPages.load();
    if (soft == 0 || walPages < soft)
        return SQLITE_OK;
    if (walPages >= s->hardPages.load()) {
        // The checkpoint thread cannot keep up: this commit does one, as SQLite's own would.
        sqlite3_wal_checkpoint_v2(connection, database, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        return SQLITE_OK;
    }
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
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            const auto called = [this] { return m_wanted || m_stopping; };
            // Idle (nothing committed since the last flush): sleep until a commit or a checkpoint.
            m_wake.wait(lock, [&] { return called() || m_signal->wrote.load(); });
            m_wake.wait_for(lock, std::chrono::milliseconds(kFlushMs), called);
            if (m_stopping)
                break;
            if (!m_wanted) {
                lock.unlock();
                // Between checkpoints the WAL is flushed a little at a time, so the sync a checkpoint
                // starts with (the one the finishing commit waits for) finds little left to write.
                if (m_signal->wrote.exchange(false)) {
                    const int fd = ::open(wal.constData(), O_RDONLY | O_CLOEXEC);
                    if (fd >= 0) {
                        ::fdatasync(fd);
                        ::close(fd);
                    }
                }
                continue;
            }
            m_wanted = false;
        }
        const int rc = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        if (rc == SQLITE_OK)
            m_signal->finish.store(true);
        else if (rc != SQLITE_BUSY)
            qCWarning(lcStore) << "WAL checkpoint failed:" << sqlite3_errmsg(db);
    }
    sqlite3_close(db);
}

} // namespace bva
