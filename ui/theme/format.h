// Display formatting in the chosen language's locale: numbers, money (per shop currency), dates.
#pragma once

#include <QDateTime>
#include <QString>

namespace bva::ui {

class Format final
{
public:
    static QString number(qint64 n);
    // Minor units of `currency` (PHP, IDR, MYR, ...) with its own symbol and decimals.
    static QString money(qint64 minor, const QString &currency);
    static QString date(const QDate &d);
    static QString dateTime(const QDateTime &t); // shown in local time
    // `t` on a shop's clock (`timeZone` its IANA id), as its orders are shown, with the zone named
    // ("5/12/26 5:30 PM (Manila time)") when the computer's clock reads another hour at that instant.
    // An unknown id: the computer's clock, unnamed.
    static QString shopDateTime(const QDateTime &t, const QString &timeZone);
    static QString currencySymbol(const QString &currency);
    // "Asia/Kuala_Lumpur": "Kuala Lumpur", the place a seller knows the zone by.
    static QString zonePlace(const QString &timeZone);
};

} // namespace bva::ui
