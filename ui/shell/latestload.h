// A page's data load off the UI thread, one at a time. Asking again while a load runs queues one
// more run after it (its result is the one shown: it read the page's newest scope and inputs);
// soon() coalesces bursts of live events into one load. With Results::Every the result a queued run
// will replace is shown too (the Dashboard: figures as they come); isReplaced() says so in `done`.
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QTimer>
#include <functional>

namespace bva::ui {

inline constexpr int kLoadDebounceMs = 250;

template <typename Outcome> class LatestLoad final
{
    Q_DISABLE_COPY_MOVE(LatestLoad)
public:
    using Start = std::function<QFuture<Outcome>()>;
    using Done = std::function<void(const Outcome &)>;
    enum class Results { LatestOnly, Every };

    LatestLoad() = default;
    ~LatestLoad() { m_watcher.waitForFinished(); }

    // `start` runs on the UI thread and returns the background work; `done` gets its result there.
    void bind(QObject *context, Start start, Done done, Results results = Results::LatestOnly)
    {
        m_start = std::move(start);
        m_done = std::move(done);
        m_debounce.setSingleShot(true);
        m_debounce.setInterval(kLoadDebounceMs);
        QObject::connect(&m_debounce, &QTimer::timeout, context, [this] { now(); });
        QObject::connect(&m_watcher, &QFutureWatcherBase::finished, context, [this, results] {
            if (m_pending && results == Results::LatestOnly) {
                now();
                return;
            }
            const Outcome outcome = m_watcher.result();
            m_replaced = m_pending;
            if (m_pending)
                now();
            m_done(outcome);
            m_replaced = false;
        });
    }

    // A load now makes a pending soon() needless: it reads everything that happened before it.
    void now()
    {
        m_debounce.stop();
        if (m_watcher.isRunning()) {
            m_pending = true;
            return;
        }
        m_pending = false;
        m_watcher.setFuture(m_start());
    }
    void soon() { m_debounce.start(); }
    bool isRunning() const { return m_watcher.isRunning(); }
    // In `done` (Results::Every): this result is not the last, a newer run has started.
    bool isReplaced() const { return m_replaced; }

private:
    Start m_start;
    Done m_done;
    QFutureWatcher<Outcome> m_watcher;
    QTimer m_debounce;
    bool m_pending = false;
    bool m_replaced = false;
};

} // namespace bva::ui
