#include "clock.h"

#include "clockhold.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <atomic>
#include <mutex>

using namespace Qt::StringLiterals;

namespace bva::Clock {

namespace {

std::atomic<qint64> g_offsetMs{0};
std::atomic<bool> g_held{false};
std::atomic<qint64> g_heldMs{0};
std::once_flag g_environmentRead;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::Clock)
};

void exportAnchored(qint64 instantMs, qint64 realMs)
{
    qputenv("BVA_NOW", QByteArray::number(instantMs) + '@' + QByteArray::number(realMs));
}

// The offset BVA_NOW asks for; an anchored value gives every process the same one.
Result<qint64> offsetFromEnvironment(const QString &value)
{
    const qsizetype at = value.indexOf(u'@');
    auto instant = parseInstant(at < 0 ? value : value.left(at));
    if (!instant)
        return instant.error();
    bool anchored = false;
    const qint64 real =
        at < 0 ? QDateTime::currentMSecsSinceEpoch() : value.mid(at + 1).toLongLong(&anchored);
    if (at >= 0 && !anchored)
        return Error::invalid(Text::tr("BVA_NOW: not a real time after '@': %1").arg(value));
    if (at < 0)
        exportAnchored(instant->toMSecsSinceEpoch(), real);
    return instant->toMSecsSinceEpoch() - real;
}

void readEnvironmentOnce()
{
    std::call_once(g_environmentRead, [] {
        const QString value = qEnvironmentVariable("BVA_NOW");
        if (value.isEmpty())
            return;
        if (auto offset = offsetFromEnvironment(value))
            g_offsetMs.store(*offset);
        else
            qCritical("BVA_NOW ignored: %s", qPrintable(offset.error().message));
    });
}

} // namespace

qint64 nowMs()
{
    readEnvironmentOnce();
    if (g_held.load())
        return g_heldMs.load();
    return QDateTime::currentMSecsSinceEpoch() + g_offsetMs.load(std::memory_order_relaxed);
}

QDateTime nowUtc()
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
}

QDate today(const QTimeZone &zone)
{
    const QDateTime now = nowUtc();
    return zone.isValid() ? now.toTimeZone(zone).date() : now.date();
}

void setNow(const QDateTime &instant)
{
    readEnvironmentOnce();
    const qint64 real = QDateTime::currentMSecsSinceEpoch();
    if (!instant.isValid()) {
        g_held.store(false);
        g_offsetMs.store(0);
        qunsetenv("BVA_NOW");
        return;
    }
    g_offsetMs.store(instant.toMSecsSinceEpoch() - real);
    g_heldMs.store(instant.toMSecsSinceEpoch());
    exportAnchored(instant.toMSecsSinceEpoch(), real);
}

void hold(bool held)
{
    if (held == g_held.load())
        return;
    if (held) {
        g_heldMs.store(nowMs());
        g_held.store(true);
    } else {
        const qint64 at = g_heldMs.load();
        g_held.store(false);
        setNow(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC));
    }
}

Result<QDateTime> parseInstant(const QString &text)
{
    const QString t = text.trimmed();
    bool number = false;
    const qint64 ms = t.toLongLong(&number);
    if (number)
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    const QDateTime parsed = QDateTime::fromString(t, Qt::ISODateWithMs);
    // A time without a zone would be read on the computer's zone: refuse it rather than guess.
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime)
        return Error::invalid(
            Text::tr("not an instant with a time zone: %1 (example: 2026-02-28T23:30:00+08:00)").arg(t));
    return parsed.toUTC();
}

QCommandLineOption commandLineOption()
{
    return QCommandLineOption(u"now"_s,
                              Text::tr("Start the clock at this instant (ISO-8601 with a zone, e.g. "
                                       "2026-02-28T23:30:00+08:00); it runs on from there. Default: BVA_NOW, "
                                       "else the real time."),
                              u"instant"_s);
}

Result<void> applyOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (parser.isSet(option)) {
        auto instant = parseInstant(parser.value(option));
        if (!instant)
            return instant.error();
        setNow(*instant);
        return {};
    }
    const QString value = qEnvironmentVariable("BVA_NOW");
    if (!value.isEmpty()) {
        if (auto offset = offsetFromEnvironment(value); !offset)
            return offset.error();
    }
    readEnvironmentOnce();
    return {};
}

} // namespace bva::Clock
