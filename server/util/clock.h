// The one source of "now" for BVA. Time is an input: tests and demos start a process at a chosen
// instant (`--now 2026-02-28T23:30:00+08:00`, or the BVA_NOW environment variable) and from there
// the clock runs at the real rate, so timers, token lifetimes and retries still behave.
//
// BVA_NOW is "INSTANT" or "INSTANT@REAL_MS": the second form says which real time INSTANT stood for.
// The first process to read a bare INSTANT anchors it at its own start and exports the anchored form,
// so the programs it starts (bva-clone for the demo, servers in tests) read the very same clock.
// Thread-safe: the offset is set at start-up (or by a test) and read everywhere.
#pragma once

#include "util/result.h"

#include <QCommandLineOption>
#include <QDateTime>
#include <QTimeZone>

class QCommandLineParser;

namespace bva::Clock {

QDateTime nowUtc();
qint64 nowMs();
// Today's date on the given zone's calendar (a shop's day), by the injected clock.
QDate today(const QTimeZone &zone);

// Makes the clock read `instant` now (and exports it for child processes); invalid = real time.
void setNow(const QDateTime &instant);
// Parses an ISO-8601 instant with a time zone ("2026-02-28T23:30:00+08:00", "...Z") or epoch ms.
Result<QDateTime> parseInstant(const QString &text);

// `--now INSTANT` for every BVA program, and its reading (falls back to BVA_NOW, checked).
QCommandLineOption commandLineOption();
Result<void> applyOption(const QCommandLineParser &parser, const QCommandLineOption &option);

} // namespace bva::Clock
