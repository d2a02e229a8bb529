// Linked into every test executable: a bare BVA_NOW ("2026-02-28T23:30:00+08:00") is anchored at the
// test's start ("…@<real ms>") before anything reads it, so the test's own clock, BVA's and the
// simulators or servers it starts all read the same injected time.
#include <QByteArray>
#include <QDateTime>

namespace {

const bool g_anchored = [] {
    const QByteArray value = qgetenv("BVA_NOW");
    if (value.isEmpty() || value.contains('@'))
        return false;
    qputenv("BVA_NOW", value + '@' + QByteArray::number(QDateTime::currentMSecsSinceEpoch()));
    return true;
}();

} // namespace
