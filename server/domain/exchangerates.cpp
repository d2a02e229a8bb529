#include "exchangerates.h"

#include "money.h"

using namespace Qt::StringLiterals;

namespace bva {

namespace {
// Products of up to 1e18 minor units and 1e17 rate units need 128 bits (GCC and Clang both have them).
__extension__ typedef __int128 Wide;
} // namespace

bool ExchangeRates::covers(QStringView currency) const
{
    return !target.isEmpty() && (currency == target || rates.contains(currency.toString()));
}

bool isCurrencyCode(QStringView code)
{
    if (code.size() != 3)
        return false;
    for (QChar c : code) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

std::optional<ScaledRate> parseRate(QStringView text)
{
    text = text.trimmed();
    const qsizetype dot = text.indexOf(u'.');
    if (text.isEmpty() || text.count(u'.') > 1 || text == u"." ||
        (dot >= 0 && text.size() - dot - 1 > kMaxRateDecimals))
        return std::nullopt;
    ScaledRate r;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'.')
            continue;
        if (c < u'0' || c > u'9')
            return std::nullopt;
        if (r.units > 100'000'000'000'000'000LL) // beyond 1e9 with eight decimals anyway
            return std::nullopt;
        r.units = r.units * 10 + c.digitValue();
        if (dot >= 0 && i > dot)
            ++r.scale;
    }
    qint64 limit = 1'000'000'000;
    for (int i = 0; i < r.scale; ++i)
        limit *= 10;
    if (r.units <= 0 || r.units > limit)
        return std::nullopt;
    return r;
}

std::optional<qint64> convertMinor(qint64 minor, QStringView from, const ExchangeRates &rates)
{
    if (rates.target.isEmpty())
        return std::nullopt;
    if (from == rates.target)
        return minor;
    if (minor > 1'000'000'000'000'000'000LL || minor < -1'000'000'000'000'000'000LL)
        return std::nullopt; // keeps the 128-bit product below its limit
    const auto rate = parseRate(rates.rates.value(from.toString()));
    if (!rate)
        return std::nullopt;
    // target minor = minor * units / 10^scale * 10^(targetExponent - fromExponent), in 128 bits.
    const int shift = currencyExponent(rates.target) - currencyExponent(from);
    Wide numerator = Wide(minor) * rate->units;
    Wide denominator = 1;
    for (int i = 0; i < rate->scale; ++i)
        denominator *= 10;
    for (int i = 0; i < shift; ++i)
        numerator *= 10;
    for (int i = 0; i > shift; --i)
        denominator *= 10;
    const bool negative = numerator < 0;
    const Wide abs = negative ? -numerator : numerator;
    const Wide rounded = (abs + denominator / 2) / denominator;
    if (rounded > kMaxMinorUnits)
        return std::nullopt;
    return negative ? -qint64(rounded) : qint64(rounded);
}

} // namespace bva
