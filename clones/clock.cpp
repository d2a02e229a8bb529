#include "clock.h"

#include <atomic>
#include <mutex>

namespace bva::clone::Clock {

namespace {

std::atomic<qint64> g_offsetMs{0};
std::once_flag g_environmentRead;

bool instantMs(const QString &text, qint64 *ms)
{
    const QString t = text.trimmed();
    bool number = false;
    *ms = t.toLongLong(&number);
    if (number)
        return true;
    const QDateTime parsed = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime)
        return false;
    *ms = parsed.toMSecsSinceEpoch();
    return true;
}

// BVA_NOW is "INSTANT" or "INSTANT@REAL_MS" (the real time INSTANT stood for), as BVA writes it.
void readEnvironmentOnce()
{
    std::call_once(g_environmentRead, [] {
        const QString value = qEnvironmentVariable("BVA_NOW");
        const qsizetype at = value.indexOf(u'@');
        qint64 instant = 0;
        if (value.isEmpty() || !instantMs(at < 0 ? value : value.left(at), &instant))
            return;
        bool anchored = at < 0;
        const qint64 real =
            at < 0 ? QDateTime::currentMSecsSinceEpoch() : value.mid(at + 1).toLongLong(&anchored);
        if (anchored)
            g_offsetMs.store(instant - real);
    });
}

} // namespace

qint64 nowMs()
{
    readEnvironmentOnce();
    return QDateTime::currentMSecsSinceEpoch() + g_offsetMs.load(std::memory_order_relaxed);
}

bool setNow(const QString &instant)
{
    readEnvironmentOnce();
    qint64 ms = 0;
    if (!instantMs(instant, &ms))
        return false;
    g_offsetMs.store(ms - QDateTime::currentMSecsSinceEpoch());
    return true;
}

} // namespace bva::clone::Clock
