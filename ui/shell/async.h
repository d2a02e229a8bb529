// Runs blocking work (store, vault, password hashing) off the GUI thread and delivers the result
// back to `context` on the GUI thread; nothing is delivered if `context` is gone by then.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace bva::ui {

template<typename Work, typename Done>
void runAsync(QObject *context, Work &&work, Done &&done)
{
    using R = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<R>(context);
    QObject::connect(watcher, &QFutureWatcher<R>::finished, context,
                     [watcher, done = std::forward<Done>(done)]() mutable {
                         done(watcher->future().takeResult());
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(std::forward<Work>(work)));
}

} // namespace bva::ui
