// Runs blocking work (store, vault, password hashing) off the GUI thread and delivers the result
// back to `context` on the GUI thread; nothing is delivered if `context` is gone by then. A context
// that goes away first waits for its work to end, so the work never outlives the services it uses
// (a page closed while saving, then the database closed, crashed in the pool thread).
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace bva::ui {

namespace detail {

template<typename R>
class WaitingWatcher final : public QFutureWatcher<R>
{
public:
    using QFutureWatcher<R>::QFutureWatcher;
    ~WaitingWatcher() override
    {
        if (!delivered)   // once its result is taken the future is no longer valid to wait on
            this->waitForFinished();
    }
    bool delivered = false;
};

} // namespace detail

template<typename Work, typename Done>
void runAsync(QObject *context, Work &&work, Done &&done)
{
    using R = std::invoke_result_t<Work>;
    auto *watcher = new detail::WaitingWatcher<R>(context);
    QObject::connect(watcher, &QFutureWatcher<R>::finished, context,
                     [watcher, done = std::forward<Done>(done)]() mutable {
                         watcher->delivered = true;
                         done(watcher->future().takeResult());
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(std::forward<Work>(work)));
}

} // namespace bva::ui
