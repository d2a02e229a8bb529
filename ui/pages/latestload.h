// A page's data load off the UI thread, one at a time. Asking again while a load runs queues one
// more run after it (its result is the one shown: it read the page's newest scope and inputs);
// soon() coalesces bursts of live events into one load.
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QTimer>

#include <functional>

namespace bva::ui {

template<typename Outcome>
class LatestLoad final
{
    Q_DISABLE_COPY_MOVE(LatestLoad)
public:
    using Start = std::function<QFuture<Outcome>()>;
    using Done = std::function<void(const Outcome &)>;

    LatestLoad() = default;
    ~LatestLoad() { m_watcher.waitForFinished(); }

    // `start` runs on the UI thread and returns the background work; `done` gets its result there.
    void bind(QObject *context, Start start, Done done)
    {
        m_start = std::move(start);
        m_done = std::move(done);
        m_debounce.setSingleShot(true);
        m_debounce.setInterval(250);
        QObject::connect(&m_debounce, &QTimer::timeout, context, [this] { now(); });
        QObject::connect(&m_watcher, &QFutureWatcherBase::finished, context, [this] {
            if (m_pending) {
                now();
                return;
            }
            m_done(m_watcher.result());
        });
    }

    void now()
    {
        if (m_watcher.isRunning()) {
            m_pending = true;
            return;
        }
        m_pending = false;
        m_watcher.setFuture(m_start());
    }
    void soon() { m_debounce.start(); }
    bool isRunning() const { return m_watcher.isRunning(); }

private:
    Start m_start;
    Done m_done;
    QFutureWatcher<Outcome> m_watcher;
    QTimer m_debounce;
    bool m_pending = false;
};

} // namespace bva::ui
