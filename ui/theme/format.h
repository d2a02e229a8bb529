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
    static QString currencySymbol(const QString &currency);
};

} // namespace bva::ui
