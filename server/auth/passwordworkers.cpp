#include "passwordworkers.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace bva {

PasswordWorkers::PasswordWorkers(int threads, int maxQueued)
{
    const int n = threads > 0 ? threads : qMax(1, QThread::idealThreadCount() / 2);
    m_pool.setMaxThreadCount(n);
    m_pool.setObjectName(u"bva-passwords"_s);
    m_capacity = n + qMax(0, maxQueued);
}

PasswordWorkers::~PasswordWorkers()
{
    m_pool.waitForDone();
}

Error PasswordWorkers::busyError()
{
    return Error::busy(tr("too many sign-in attempts are being checked right now; try again in a moment"), 1);
}

} // namespace bva
