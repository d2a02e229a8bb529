// Lets whoever asked for a connection take it back while the ownership proof is still running (the
// seller closed the consent window, or gave up waiting). The worker writes nothing once it is
// cancelled, and commits under the same lock, so a cancel either comes first and nothing is stored,
// or comes after the commit and says so. Shared between the GUI thread and the service's worker.
#pragma once

#include <QMutex>
#include <QMutexLocker>
#include <functional>

namespace bva {

class ConnectTicket final
{
public:
    // True when nothing was or will be stored; false when the connection was already committed.
    bool cancel()
    {
        const QMutexLocker lock(&m_mutex);
        if (m_committed)
            return false;
        m_cancelled = true;
        return true;
    }
    bool isCancelled() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_cancelled;
    }
    // Runs `commit` unless cancelled first (false: not run). A commit that succeeds marks the ticket.
    bool commitUnlessCancelled(const std::function<bool()> &commit)
    {
        const QMutexLocker lock(&m_mutex);
        if (m_cancelled)
            return false;
        m_committed = commit();
        return true;
    }

private:
    mutable QMutex m_mutex;
    bool m_cancelled = false;
    bool m_committed = false;
};

} // namespace bva
