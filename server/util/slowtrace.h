// Finding stalls on the webhook path (docs/BENCHMARKS.md, issue 18): off unless BVA_TRACE_SLOW_MS is
// set; then each step slower than that many milliseconds (a group commit with its phases, a WAL sync or
// checkpoint, an answer's hop back to the HTTP thread) is logged with its breakdown, stamped with the
// monotonic clock in ms, which bva-bench-fixedrate prints its slow requests against. Any thread.
#pragma once

#include <QtGlobal>
#include <time.h>

namespace bva::slowtrace {

inline qint64 nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// The threshold in ns; 0 when tracing is off.
inline qint64 thresholdNs()
{
    static const qint64 threshold = [] {
        bool ok = false;
        const int ms = qEnvironmentVariableIntValue("BVA_TRACE_SLOW_MS", &ok);
        return ok && ms > 0 ? qint64(ms) * 1000000 : qint64(0);
    }();
    return threshold;
}

inline bool enabled()
{
    return thresholdNs() > 0;
}

inline double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

} // namespace bva::slowtrace
