// Argon2id off the HTTP thread: a small thread pool of its own with a bounded queue. A sign-in flood
// waits here, or is told to come back shortly (Error::busy), instead of stalling webhooks and the
// rest of the API on the HTTP thread, or piling up unbounded memory (each hash takes 64 MiB).
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>

namespace bva {

class PasswordWorkers final
{
    Q_DECLARE_TR_FUNCTIONS(bva::PasswordWorkers)
    Q_DISABLE_COPY_MOVE(PasswordWorkers)
public:
    // threads 0: half the cores (at least one). maxQueued: jobs waiting beyond the running ones.
    explicit PasswordWorkers(int threads = 0, int maxQueued = 32);
    ~PasswordWorkers();

    int threads() const { return m_pool.maxThreadCount(); }
    int capacity() const { return m_capacity; }
    int inFlight() const { return m_inFlight.load(); }

    // Runs `work` (returning Result<T>) on the pool; when the queue is full, a ready future holding
    // Error::busy. The future's continuation runs wherever the caller puts it (then(context, …)).
    template <typename T, typename Work> QFuture<Result<T>> run(Work &&work)
    {
        if (m_inFlight.fetch_add(1) >= m_capacity) {
            m_inFlight.fetch_sub(1);
            return QtFuture::makeReadyFuture(Result<T>(busyError()));
        }
        return QtConcurrent::run(&m_pool, [this, work = std::forward<Work>(work)]() mutable -> Result<T> {
            struct Done
            {
                std::atomic<int> &counter;
                ~Done() { counter.fetch_sub(1); }
            } done{m_inFlight};
            return work();
        });
    }

    static Error busyError();

private:
    QThreadPool m_pool;
    int m_capacity;
    std::atomic<int> m_inFlight{0};
};

} // namespace bva
