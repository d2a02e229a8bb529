#include "format.h"

#include "domain/money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

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

QString Format::shopDateTime(const QDateTime &t, const QString &timeZone)
{
    const QTimeZone zone(timeZone.toUtf8());
    if (!zone.isValid() || !t.isValid())
        return dateTime(t);
    const QDateTime onShop = t.toTimeZone(zone);
    const QString text = QLocale().toString(onShop, QLocale::ShortFormat);
    if (onShop.offsetFromUtc() == t.toLocalTime().offsetFromUtc())
        return text;
    return QCoreApplication::translate("Format", "%1 (%2 time)", "a date and time, a city")
        .arg(text, zonePlace(timeZone));
}

QString Format::zonePlace(const QString &timeZone)
{
    return timeZone.section(u'/', -1).replace(u'_', u' ');
}

} // namespace bva::ui
