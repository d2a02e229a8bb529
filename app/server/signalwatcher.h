// SIGINT/SIGTERM turned into a Qt signal (self-pipe + QSocketNotifier), so shutdown runs in the event loop.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace bva {

class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace bva
