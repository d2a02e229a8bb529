#include "money.h"

#include "util/flatjson.h"

#include <QHash>
#include <QJsonValue>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace bva {

int currencyExponent(QStringView currency)
{
    // ISO 4217 minor units of the currencies that have other than two.
    static const char *const zeroDecimal[] = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG",
                                              "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"};
    static const char *const threeDecimal[] = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};
    // Asked for every webhook delivery: a three-letter ASCII code is upper-cased once and compared
    // bytewise; anything else is compared as before (case folding beyond ASCII: U+212A is a K).
    if (currency.size() == 3 && currency.at(0).unicode() < 0x80 && currency.at(1).unicode() < 0x80 &&
        currency.at(2).unicode() < 0x80) {
        char code[3];
        for (int i = 0; i < 3; ++i) {
            const char c = char(currency.at(i).unicode());
            code[i] = c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c;
        }
        auto is = [&](const char *known) { return std::equal(code, code + 3, known); };
        if (std::any_of(std::begin(zeroDecimal), std::end(zeroDecimal), is))
            return 0;
        return std::any_of(std::begin(threeDecimal), std::end(threeDecimal), is) ? 3 : 2;
    }
    for (const char *code : zeroDecimal) {
        if (currency.compare(QLatin1StringView(code), Qt::CaseInsensitive) == 0)
            return 0;
    }
    for (const char *code : threeDecimal) {
        if (currency.compare(QLatin1StringView(code), Qt::CaseInsensitive) == 0)
            return 3;
    }
    return 2;
}

static std::optional<qint64> parseDecimal(QStringView text, int exponent, bool *overflow)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (text.front() == u'-' || text.front() == u'+') {
        negative = text.front() == u'-';
        text = text.mid(1);
    }
    // Scientific notation from a double's shortest form, e.g. "1e+21", is rejected: out of range anyway.
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView frac = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (whole.isEmpty() && frac.isEmpty())
        return std::nullopt;

    constexpr qint64 maxValue = std::numeric_limits<qint64>::max() / 100;
    qint64 value = 0;
    // Every step checked: a long fraction or a 3-digit currency must not wrap.
    auto shift = [&value, overflow](int digit) {
        const bool ok = !__builtin_mul_overflow(value, qint64(10), &value) &&
                        !__builtin_add_overflow(value, qint64(digit), &value) && value <= maxValue;
        *overflow = *overflow || !ok;
        return ok;
    };
    // A digit run too long to hold is out of range only if the rest of the text is digits too.
    for (QChar c : whole) {
        if (!c.isDigit()) {
            *overflow = false;
            return std::nullopt;
        }
        if (!*overflow)
            shift(c.digitValue());
    }
    int roundDigit = 0;
    for (int i = 0; i < frac.size(); ++i) {
        if (!frac[i].isDigit()) {
            *overflow = false;
            return std::nullopt;
        }
        if (i < exponent && !*overflow)
            shift(frac[i].digitValue());
        if (i == exponent)
            roundDigit = frac[i].digitValue();
    }
    for (int i = int(frac.size()); i < exponent && !*overflow; ++i)
        shift(0);
    if (*overflow)
        return std::nullopt;
    if (roundDigit >= 5)
        ++value;
    return negative ? -value : value;
}

std::optional<qint64> parseExactMinorUnits(QStringView input, int exponent, DecimalMark mark)
{
    QString text = input.trimmed().toString();
    if (mark == DecimalMark::Comma) {
        // Swapped to the point form first: "1.234,50" -> "1,234.50".
        for (QChar &c : text) {
            if (c == u'.')
                c = u',';
            else if (c == u',')
                c = u'.';
        }
    }
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}(,\\d{3})+(\\.\\d+)?$"));
    static const QRegularExpression plain(QStringLiteral("^\\d+(\\.\\d+)?$"));
    QString digits = text;
    if (grouped.match(text).hasMatch())
        digits.remove(u',');
    if (!plain.match(digits).hasMatch())
        return std::nullopt;
    const qsizetype dot = digits.indexOf(u'.');
    if (dot >= 0 && digits.size() - dot - 1 > exponent)
        return std::nullopt;
    const auto minor = parseMinorUnits(digits, exponent);
    if (!minor || *minor > kMaxMinorUnits)
        return std::nullopt;
    return minor;
}

std::optional<qint64> parseMinorUnits(QStringView text, int exponent)
{
    bool overflow = false;
    return parseDecimal(text, exponent, &overflow);
}

// "1,299.00": marketplaces in comma-grouping locales send prices as their sellers see them. Only
// whole groups of three are commas to drop; "12,50" stays unreadable (a decimal comma or a typo).
static QString withoutDigitGrouping(const QString &text)
{
    static const QRegularExpression grouped(u"^\\s*[-+]?\\d{1,3}(,\\d{3})+(\\.\\d*)?\\s*$"_s);
    if (!text.contains(u',') || !grouped.match(text).hasMatch())
        return text;
    return QString(text).remove(u',');
}

std::optional<qint64> checkedMoneyProduct(qint64 minor, qint64 quantity)
{
    qint64 result = 0;
    if (__builtin_mul_overflow(minor, quantity, &result) || result > kMaxMinorUnits ||
        result < -kMaxMinorUnits)
        return std::nullopt;
    return result;
}

std::optional<qint64> checkedMoneySum(qint64 a, qint64 b)
{
    qint64 result = 0;
    if (__builtin_add_overflow(a, b, &result) || result > kMaxMinorUnits || result < -kMaxMinorUnits)
        return std::nullopt;
    return result;
}

namespace {

// One reading for QJsonValue and FlatJsonValue.
template <class Value>
std::optional<qint64> minorUnitsFrom(const Value &value, int exponent, bool *outOfRange)
{
    bool overflow = false;
    std::optional<qint64> minor;
    if (value.isString()) {
        minor = parseDecimal(withoutDigitGrouping(value.toString()), exponent, &overflow);
    } else if (value.isDouble()) {
        const double d = value.toDouble();
        // Beyond the bound anyway, and QString::number would spell it in hundreds of digits.
        overflow = qIsFinite(d) && qAbs(d) > 1e15;
        if (qIsFinite(d) && !overflow && d == std::trunc(d) && exponent >= 0 && exponent <= 3) {
            // A whole amount (most prices: 100.00 reads as 100) is exact in the double: no text needed.
            static constexpr qint64 kScale[] = {1, 10, 100, 1000};
            minor = qint64(d) * kScale[exponent];
        } else if (qIsFinite(d) && !overflow) {
            minor = parseDecimal(QString::number(d, 'f', exponent + 3), exponent, &overflow);
        }
    }
    if (minor && (*minor > kMaxMinorUnits || *minor < -kMaxMinorUnits)) {
        minor.reset();
        overflow = true;
    }
    if (outOfRange)
        *outOfRange = overflow;
    return minor;
}

} // namespace

std::optional<qint64> minorUnitsFromJson(const QJsonValue &value, int exponent, bool *outOfRange)
{
    return minorUnitsFrom(value, exponent, outOfRange);
}

std::optional<qint64> minorUnitsFromJson(const payload::FlatJsonValue &value, int exponent, bool *outOfRange)
{
    return minorUnitsFrom(value, exponent, outOfRange);
}

QString formatMinorUnits(qint64 minor, int exponent)
{
    if (exponent <= 0)
        return QString::number(minor);
    const bool negative = minor < 0;
    QString digits = QString::number(negative ? -minor : minor).rightJustified(exponent + 1, u'0');
    digits.insert(digits.size() - exponent, u'.');
    return negative ? u"-"_s + digits : digits;
}

QString currencySymbol(QStringView currency)
{
    static const QHash<QString, QString> symbols{
        {u"PHP"_s, u"₱"_s},   {u"IDR"_s, u"Rp"_s}, {u"MYR"_s, u"RM"_s},
        {u"SGD"_s, u"S$"_s},  {u"THB"_s, u"฿"_s},  {u"VND"_s, u"₫"_s},
        {u"USD"_s, u"US$"_s}, {u"EUR"_s, u"€"_s},  {u"JPY"_s, u"¥"_s}};
    const QString code = currency.toString().toUpper();
    return symbols.value(code, code + u' ');
}

int displayDecimals(QStringView currency)
{
    if (currency.compare(u"IDR", Qt::CaseInsensitive) == 0)
        return 0;
    return currencyExponent(currency);
}

QString displayMoney(qint64 minor, QStringView currency, const QLocale &locale)
{
    const int exponent = currencyExponent(currency);
    const int shown = std::min(exponent, displayDecimals(currency));
    quint64 dropped = 1; // minor units per last shown digit
    for (int i = shown; i < exponent; ++i)
        dropped *= 10;
    quint64 scale = 1;
    for (int i = 0; i < shown; ++i)
        scale *= 10;
    // Whole and fractional parts formatted separately: never through a double.
    const bool negative = minor < 0;
    quint64 abs = negative ? quint64(-(minor + 1)) + 1 : quint64(minor);
    abs = (abs + dropped / 2) / dropped; // half away from zero; exact when nothing is dropped
    QString text = locale.toString(qulonglong(abs / scale));
    if (shown > 0)
        text += locale.decimalPoint() + QString::number(abs % scale).rightJustified(shown, u'0');
    return (negative && abs > 0 ? locale.negativeSign() : QString()) + currencySymbol(currency) + text;
}

} // namespace bva
