#include "format.h"
#include "domain/money.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace bva::ui {

QString Format::number(qint64 n)
{
    return QLocale().toString(n);
}

QString Format::currencySymbol(const QString &currency)
{
    static const QHash<QString, QString> symbols{
        {u"PHP"_s, u"₱"_s}, {u"IDR"_s, u"Rp"_s}, {u"MYR"_s, u"RM"_s}, {u"SGD"_s, u"S$"_s}, {u"THB"_s, u"฿"_s},
        {u"VND"_s, u"₫"_s}, {u"USD"_s, u"US$"_s}, {u"EUR"_s, u"€"_s}, {u"JPY"_s, u"¥"_s}};
    return symbols.value(currency.toUpper(), currency.toUpper() + u' ');
}

QString Format::money(qint64 minor, const QString &currency)
{
    const int exp = currencyExponent(currency);
    qint64 scale = 1;
    for (int i = 0; i < exp; ++i)
        scale *= 10;
    // Whole and fractional parts formatted separately: never through a double.
    const bool negative = minor < 0;
    const quint64 abs = negative ? quint64(-(minor + 1)) + 1 : quint64(minor);
    const QLocale locale;
    QString text = locale.toString(qulonglong(abs / quint64(scale)));
    if (exp > 0)
        text += locale.decimalPoint() + QString::number(abs % quint64(scale)).rightJustified(exp, u'0');
    return (negative ? locale.negativeSign() : QString()) + currencySymbol(currency) + text;
}

QString Format::date(const QDate &d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

QString Format::dateTime(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

} // namespace bva::ui
