// Where each webhook delivery's time goes (docs/BENCHMARKS.md, issue 18): off unless
// BVA_TRACE_DELIVERIES names a file. Then the HTTP thread, the writer and the WAL checkpoint thread
// record their steps on the monotonic clock in memory, and WebhookService writes them to that file at
// shutdown, for tests/bench/server/slow-requests.py to set beside bva-bench-fixedrate's BVA_BENCH_TRACE.
// One line a record: a letter, then up to seven numbers:
//   H ticket order-number handled-ns submitted-ns      (HTTP thread, an order delivery taken)
//   G group size begin-ns begun-ns applied-ns committed-ns handed-ns   (writer, one group commit)
//   J ticket group queued-ns                              (writer, a delivery of that group)
//   A ticket answered-ns                                  (HTTP thread, its answer written)
//   C start-ns end-ns mode caller checkpointed-frames wal-frames rc (a checkpoint; caller: 6 the thread,
//     18 a commit finishing a cycle (mode 0) or the thread truncating (mode 3), 28 a commit past the limit)
//   W start-ns end-ns (the thread's WAL sync)   D start-ns end-ns (its database-file sync)
//   R at-ns wal-frames (a commit after the WAL started over)   O at-ns frames previous (a hand-over)
#pragma once

#include "slowtrace.h"

#include <QByteArray>
#include <cstdio>
#include <deque>
#include <mutex>

namespace bva::deliverytrace {

inline const QByteArray &path()
{
    static const QByteArray p = qgetenv("BVA_TRACE_DELIVERIES");
    return p;
}

inline bool on()
{
    static const bool enabled = !path().isEmpty();
    return enabled;
}

struct Rec
{
    char kind;
    qint64 v[7];
};

struct Store
{
    std::mutex mutex;
    // A deque, not a vector: a vector doubling at a million records copied them under the mutex every
    // traced thread waits on (60-110 ms with the writer and the HTTP thread stopped: the traced runs' p99).
    std::deque<Rec> recs;
};

inline Store &store()
{
    static Store s;
    return s;
}

inline void add(char kind, qint64 a, qint64 b = 0, qint64 c = 0, qint64 d = 0, qint64 e = 0, qint64 f = 0,
                qint64 g = 0)
{
    Store &s = store();
    std::lock_guard lock(s.mutex);
    s.recs.push_back({kind, {a, b, c, d, e, f, g}});
}

// Writes what was recorded (appending) and forgets it.
inline void dump()
{
    if (!on())
        return;
    Store &s = store();
    std::lock_guard lock(s.mutex);
    if (FILE *f = std::fopen(path().constData(), "a")) {
        for (const Rec &r : s.recs)
            std::fprintf(f, "%c %lld %lld %lld %lld %lld %lld %lld\n", r.kind, r.v[0], r.v[1], r.v[2], r.v[3],
                         r.v[4], r.v[5], r.v[6]);
        std::fclose(f);
    }
    s.recs.clear();
}

} // namespace bva::deliverytrace
