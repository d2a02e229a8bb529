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
    return bva::currencySymbol(currency);
}

QString Format::money(qint64 minor, const QString &currency)
{
    return displayMoney(minor, currency);
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
