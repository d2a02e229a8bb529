// Unit figures in reason texts, written the way the reader's locale writes numbers ("4,8" in Indonesian).
#pragma once

#include <QLocale>
#include <QString>

namespace bva::forecast {

// One decimal under ten units, whole units above: "4.8", "37".
inline QString unitsText(double v, const QLocale &locale = QLocale())
{
    return locale.toString(v, 'f', v < 10 ? 1 : 0);
}

} // namespace bva::forecast
