// The simulator's "now". Like a real site it runs on the wall clock, unless it is started at a
// chosen instant (`--now 2026-02-28T23:30:00+08:00` or BVA_NOW), from which it runs at the real rate:
// seeded history, order times, token lifetimes and webhook timestamps all follow it.
#pragma once

#include <QDateTime>

namespace bva::clone::Clock {

qint64 nowMs();
inline qint64 nowSecs()
{
    return nowMs() / 1000;
}
inline QDateTime nowUtc()
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
}

// ISO-8601 with a zone, or epoch milliseconds; false when unreadable.
bool setNow(const QString &instant);

} // namespace bva::clone::Clock
