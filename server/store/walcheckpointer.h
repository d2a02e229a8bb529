// SQLite WAL checkpoints on a thread of their own. A checkpoint copies the WAL back into the
// database file and syncs it; run inside a commit (SQLite's autocheckpoint) it held that commit for
// 80-170 ms every 64 MB of WAL, which under a webhook burst is twice a second and set the p99 of the
// acknowledgements. Every connection of the store reports its WAL size after each commit
// (sqlite3_wal_hook, which replaces the autocheckpoint); past the threshold this thread, with a
// connection of its own, runs a PASSIVE checkpoint, which never waits for readers or writers, and
// copies the frames written meanwhile at the next pause in the writes (see run()).
#pragma once

#include <QString>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace bva {

class WalCheckpointer final
{
public:
    WalCheckpointer(QString path, qint64 thresholdBytes);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Reports `connection`'s commits here from now on.
    void attach(sqlite3 *connection);

private:
    struct Signal;
    static int onCommit(void *signal, sqlite3 *connection, const char *database, int walPages);
    // checkpoint: the WAL passed the threshold (starts the thread); else a commit after an idle time.
    void wake(bool checkpoint);
    void run();
    // Checkpoints until little is left; true when frames remain to copy (the WAL cannot start over).
    bool checkpointRounds(sqlite3 *db, const QByteArray &wal);
    // Flushes the WAL, then waits up to `ms`: true when no commit came meanwhile (nor a stop or a call).
    bool quiet(int ms);

    QString m_path;
    qint64 m_thresholdBytes;
    Signal *m_signal; // outlives this object: a connection of another thread may still commit later
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_wanted = false;
    bool m_stopping = false;
    int m_syncedFrames = 0; // WAL frames in the database file when the thread last synced it
    std::thread m_thread;
};

} // namespace bva
