// How analytics numbers look on screen: money in the shop's currency with the user's locale
// (exact: built from integer minor units, never through a double), percentages, deltas, days.
#pragma once

#include "domain/platform.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <optional>

namespace bva::ui {

QString currencySymbol(const QString &currency); // "₱" for PHP, "Rp" for IDR, else the code
QString formatMoney(qint64 minor, const QString &currency, const QLocale &locale = QLocale());
// Whole units only (KPI tiles and axes of large amounts): "₱12,345".
QString formatMoneyShort(qint64 minor, const QString &currency, const QLocale &locale = QLocale());
QString formatCount(qint64 n, const QLocale &locale = QLocale());
QString formatPercent(std::optional<double> v, const QLocale &locale = QLocale()); // "—" when unknown
QString formatDelta(std::optional<double> v, const QLocale &locale = QLocale());   // "+12.3%", "—"
QString formatDays(std::optional<double> v, const QLocale &locale = QLocale());
// Major units as a double, for chart coordinates only.
double toChartValue(qint64 minor, const QString &currency);
QString unknownText(); // "—"
// A tooltip that shows `text` as the characters it is. Qt reads a tooltip that looks like markup as
// rich text, and a marketplace chooses names, SKUs and statuses: "<img src=/dev/zero>" in one loaded
// a local file when hovered. Text that does not look like markup is returned as it is.
QString plainToolTip(const QString &text);
// `text` cut to at most `maxChars` UTF-16 units, the last of them "…" when it was longer (a surrogate pair is
// never split): a cell of a 20,000-character value stays a cell.
QString shortened(const QString &text, qsizetype maxChars);
// Qt::TextAlignmentRole of a cell and of its column's header, so the two line up: numbers right.
int columnAlignment(bool number);
// `instant` on a shop's clock (`timeZone` an IANA id), or on the computer's when the id is unknown:
// order times read as the seller sees them in the marketplace.
QDateTime onShopClock(const QDateTime &instant, const QString &timeZone);

} // namespace bva::ui
