// The desktop's one way to wait for anything slow (docs/DEVELOPING.md "The desktop and slow work"):
// runAsync runs blocking work (store, vault, password hashing) off the GUI thread and delivers the result
// back to `context` on the GUI thread; nothing is delivered if `context` is gone by then. A context
// that goes away first waits for its work to end, so the work never outlives the services it uses
// (a page closed while saving, then the database closed, crashed in the pool thread).
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <concepts>

namespace bva::ui {

namespace detail {

template <typename R> class WaitingWatcher final : public QFutureWatcher<R>
{
public:
    using QFutureWatcher<R>::QFutureWatcher;
    ~WaitingWatcher() override
    {
        if (!delivered) // once its result is taken the future is no longer valid to wait on
            this->waitForFinished();
    }
    bool delivered = false;
};

} // namespace detail

// Work a service has already started (a QFuture it returned, e.g. password hashing on its
// workers): delivered the same way.
template <typename R, typename Done> void runAsync(QObject *context, QFuture<R> future, Done &&done)
{
    auto *watcher = new detail::WaitingWatcher<R>(context);
    QObject::connect(watcher, &QFutureWatcher<R>::finished, context,
                     [watcher, done = std::forward<Done>(done)]() mutable {
                         watcher->delivered = true;
                         if (watcher->future().isResultReadyAt(0)) // a cancelled future has none
                             done(watcher->future().takeResult());
                         watcher->deleteLater();
                     });
    watcher->setFuture(std::move(future));
}

template <typename Work, typename Done>
requires std::invocable<Work>
void runAsync(QObject *context, Work &&work, Done &&done)
{
    runAsync(context, QtConcurrent::run(std::forward<Work>(work)), std::forward<Done>(done));
}

} // namespace bva::ui
