#include "analyticsscope.h"

using namespace Qt::StringLiterals;

namespace bva {

QString datePresetName(DatePreset p)
{
    switch (p) {
    case DatePreset::Today:
        return u"today"_s;
    case DatePreset::Last7Days:
        return u"7d"_s;
    case DatePreset::Last30Days:
        return u"30d"_s;
    case DatePreset::Last90Days:
        return u"90d"_s;
    case DatePreset::LastYear:
        return u"1y"_s;
    case DatePreset::Custom:
        return u"custom"_s;
    }
    return u"30d"_s;
}

std::optional<DatePreset> datePresetFromString(QStringView s)
{
    for (DatePreset p : {DatePreset::Today, DatePreset::Last7Days, DatePreset::Last30Days,
                         DatePreset::Last90Days, DatePreset::LastYear, DatePreset::Custom}) {
        if (s.compare(datePresetName(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

QString granularityName(Granularity g)
{
    switch (g) {
    case Granularity::Day:
        return u"day"_s;
    case Granularity::Week:
        return u"week"_s;
    case Granularity::Month:
        return u"month"_s;
    }
    return u"day"_s;
}

std::optional<Granularity> granularityFromString(QStringView s)
{
    for (Granularity g : {Granularity::Day, Granularity::Week, Granularity::Month}) {
        if (s.compare(granularityName(g), Qt::CaseInsensitive) == 0)
            return g;
    }
    return std::nullopt;
}

DateRange DateRange::previous() const
{
    if (!isValid())
        return {};
    const qint64 n = days();
    return {from.addDays(-n), from.addDays(-1)};
}

DateRange presetRange(DatePreset p, QDate today)
{
    switch (p) {
    case DatePreset::Today:
        return {today, today};
    case DatePreset::Last7Days:
        return {today.addDays(-6), today};
    case DatePreset::Last30Days:
        return {today.addDays(-29), today};
    case DatePreset::Last90Days:
        return {today.addDays(-89), today};
    case DatePreset::LastYear:
        return {today.addDays(-364), today};
    case DatePreset::Custom:
        break;
    }
    return {today.addDays(-29), today};
}

Granularity defaultGranularity(const DateRange &r)
{
    if (r.days() <= 92)
        return Granularity::Day;
    if (r.days() <= 550)
        return Granularity::Week;
    return Granularity::Month;
}

QDate periodStart(QDate d, Granularity g)
{
    switch (g) {
    case Granularity::Day:
        return d;
    case Granularity::Week:
        return d.addDays(1 - d.dayOfWeek());
    case Granularity::Month:
        return QDate(d.year(), d.month(), 1);
    }
    return d;
}

QDate nextPeriod(QDate start, Granularity g)
{
    switch (g) {
    case Granularity::Day:
        return start.addDays(1);
    case Granularity::Week:
        return start.addDays(7);
    case Granularity::Month:
        return start.addMonths(1);
    }
    return start.addDays(1);
}

AnalyticsScope scopeFromKeys(const QList<qint64> &userShopIds, const QString &scopeKey,
                             const QString &presetKey, const DateRange &custom)
{
    AnalyticsScope scope;
    scope.shopIds = userShopIds;
    if (scopeKey.startsWith(u"platform:")) {
        scope.platform = platformFromString(QStringView(scopeKey).mid(9));
        if (!scope.platform)
            scope.shopIds.clear();
    } else if (scopeKey.startsWith(u"shop:")) {
        const qint64 id = QStringView(scopeKey).mid(5).toLongLong();
        scope.shopIds = userShopIds.contains(id) ? QList<qint64>{id} : QList<qint64>();
    }
    scope.preset = datePresetFromString(presetKey).value_or(DatePreset::Last30Days);
    scope.custom = custom;
    if (scope.preset == DatePreset::Custom && !custom.isValid())
        scope.preset = DatePreset::Last30Days;
    return scope;
}

} // namespace bva
