// Money is an integer count of minor units plus an ISO 4217 code. Never a floating-point amount.
#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>
#include <optional>

class QJsonValue;

namespace bva {

namespace payload {
class FlatJsonValue; // util/flatjson.h
}

struct Money
{
    qint64 minor = 0;
    QString currency = QStringLiteral("PHP");

    friend bool operator==(const Money &, const Money &) = default;
};

// The largest amount BVA takes from outside, in minor units (10^13: a hundred billion pesos). Far
// above any order, and low enough that a day's sums of hundreds of thousands of them, or one of them
// times any quantity BVA accepts, is checked instead of wrapping.
inline constexpr qint64 kMaxMinorUnits = 10'000'000'000'000;

// minor * quantity and a + b when the exact result is within ±kMaxMinorUnits; nothing otherwise
// (never a wrapped or clipped value).
std::optional<qint64> checkedMoneyProduct(qint64 minor, qint64 quantity);
std::optional<qint64> checkedMoneySum(qint64 a, qint64 b);

// Digits after the decimal point for a currency (PHP 2, JPY 0, ...). Unknown codes: 2.
int currencyExponent(QStringView currency);

// "199.99" -> 19999 (exponent 2). Extra digits are rounded half away from zero.
// Accepts a leading sign, an optional fraction and surrounding spaces; nothing else.
std::optional<qint64> parseMinorUnits(QStringView decimal, int exponent);

// What a seller types or a file holds: "1234.5", "1,234.50" -> minor units, exactly. Nothing is rounded:
// more decimals than the currency has, a sign, letters or a value above kMaxMinorUnits give nothing.
// With DecimalMark::Comma the marks swap, as in a semicolon-separated file: "1.234,50", "1234,5".
enum class DecimalMark { Point, Comma };
std::optional<qint64> parseExactMinorUnits(QStringView text, int exponent,
                                           DecimalMark mark = DecimalMark::Point);

// A JSON number or a numeric string -> minor units, within ±kMaxMinorUnits. JSON numbers arrive as
// doubles from the parser, so they are turned into their shortest exact decimal text first and parsed
// as decimals.
// *outOfRange (when given) tells a number beyond the bound from no number at all.
std::optional<qint64> minorUnitsFromJson(const QJsonValue &value, int exponent, bool *outOfRange = nullptr);
// The same from the webhook's fast reader (util/flatjson.h).
std::optional<qint64> minorUnitsFromJson(const payload::FlatJsonValue &value, int exponent,
                                         bool *outOfRange = nullptr);

// 19999 (exponent 2) -> "199.99", for machine-readable output (CSV, JSON). Display uses QLocale.
QString formatMinorUnits(qint64 minor, int exponent);
// Decimals a seller reads for a currency: its exponent, except where the minor unit is not used in
// practice (IDR: ISO 4217 has two decimals, Indonesian prices show none). Amounts stay exact in storage,
// CSV and JSON; only what is shown is rounded, half away from zero.
int displayDecimals(QStringView currency);
// What a seller reads: "₱1,234.50", "Rp150.000", "RM12.90" in `locale`'s digits and grouping, built
// from integer minor units.
QString currencySymbol(QStringView currency); // "₱" for PHP, "Rp" for IDR, else "XYZ "
QString displayMoney(qint64 minor, QStringView currency, const QLocale &locale = QLocale());

} // namespace bva
