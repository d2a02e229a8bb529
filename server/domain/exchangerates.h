// Exchange rates a seller sets to see one total across shops that sell in different currencies. A rate
// is an exact decimal kept as text ("0.0035"), never a double: converting is integer arithmetic on
// minor units, so a converted total is exact to the minor unit (rounded once per currency).
#pragma once

#include <QMap>
#include <QString>
#include <optional>

namespace bva {

struct ExchangeRates
{
    QString target;               // the currency totals are converted into ("PHP"); empty: none chosen
    QMap<QString, QString> rates; // currency -> how many units of `target` one unit buys, as decimal text

    bool isEmpty() const { return target.isEmpty(); }
    // The target itself, or a currency with a rate.
    bool covers(QStringView currency) const;
    friend bool operator==(const ExchangeRates &, const ExchangeRates &) = default;
};

// A rate as an integer over a power of ten: "0.0035" = 35 / 10^4.
struct ScaledRate
{
    qint64 units = 0;
    int scale = 0;
};

inline constexpr int kMaxRateDecimals = 8;

// A positive decimal ("56.25", "0.0035"): digits with at most one point and kMaxRateDecimals decimals,
// at most 1,000,000,000. Nothing else (no sign, exponent, grouping or zero).
std::optional<ScaledRate> parseRate(QStringView text);
// An ISO 4217 code: three letters A-Z.
bool isCurrencyCode(QStringView code);

// `minor` units of `from` in minor units of `rates.target`, each currency's exponent respected and
// rounded half away from zero. Nothing when there is no rate for `from` or the result is beyond
// kMaxMinorUnits.
std::optional<qint64> convertMinor(qint64 minor, QStringView from, const ExchangeRates &rates);

} // namespace bva
