#include "displayformat.h"

#include "domain/money.h"

#include <QCoreApplication>
#include <QTextDocument>
#include <QTimeZone>
#include <cmath>

using namespace Qt::StringLiterals;

namespace bva::ui {

QString currencySymbol(const QString &currency)
{
    return bva::currencySymbol(currency);
}

static QString withSign(bool negative, const QString &symbol, const QString &digits)
{
    return (negative ? u"-"_s : QString()) + symbol + digits;
}

QString formatMoney(qint64 minor, const QString &currency, const QLocale &locale)
{
    return displayMoney(minor, currency, locale);
}

QString formatMoneyShort(qint64 minor, const QString &currency, const QLocale &locale)
{
    const int exponent = currencyExponent(currency);
    qint64 scale = 1;
    for (int i = 0; i < exponent; ++i)
        scale *= 10;
    // Rounded half away from zero to whole units.
    const qint64 whole = minor >= 0 ? (minor + scale / 2) / scale : -((-minor + scale / 2) / scale);
    return withSign(whole < 0, currencySymbol(currency),
                    locale.toString(qlonglong(whole < 0 ? -whole : whole)));
}

QString formatCount(qint64 n, const QLocale &locale)
{
    return locale.toString(qlonglong(n));
}

QString plainToolTip(const QString &text)
{
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

QString shortened(const QString &text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text;
    qsizetype cut = qMax<qsizetype>(0, maxChars - 1);
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + u'…';
}

QString unknownText()
{
    return u"—"_s;
}

int columnAlignment(bool number)
{
    return int((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
}

QDateTime onShopClock(const QDateTime &instant, const QString &timeZone)
{
    const QTimeZone zone(timeZone.toUtf8());
    return zone.isValid() ? instant.toTimeZone(zone) : instant.toLocalTime();
}

QString formatPercent(std::optional<double> v, const QLocale &locale)
{
    if (!v || !std::isfinite(*v))
        return unknownText();
    return locale.toString(*v, 'f', 1) + u'%';
}

QString formatDelta(std::optional<double> v, const QLocale &locale)
{
    if (!v || !std::isfinite(*v))
        return unknownText();
    return (*v > 0 ? u"+"_s : QString()) + locale.toString(*v, 'f', 1) + u'%';
}

QString formatDays(std::optional<double> v, const QLocale &locale)
{
    if (!v || !std::isfinite(*v))
        return unknownText();
    if (*v >= 999)
        return u"999+"_s;
    return locale.toString(*v, 'f', *v < 10 ? 1 : 0);
}

double toChartValue(qint64 minor, const QString &currency)
{
    return double(minor) / std::pow(10.0, currencyExponent(currency));
}

} // namespace bva::ui
