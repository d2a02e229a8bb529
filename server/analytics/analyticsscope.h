// What a page or an API call looks at: which shops, which platform, which local days. Shared by the
// desktop shell (top-bar filter and date presets) and the analytics service.
#pragma once

#include "domain/platform.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace bva {

enum class DatePreset { Today, Last7Days, Last30Days, Last90Days, LastYear, Custom };
enum class Granularity { Day, Week, Month };

QString datePresetName(DatePreset p); // "today", "7d", "30d", "90d", "1y", "custom"
std::optional<DatePreset> datePresetFromString(QStringView s);
QString granularityName(Granularity g); // "day", "week", "month"
std::optional<Granularity> granularityFromString(QStringView s);

// Inclusive range of local days (each shop's own time zone).
struct DateRange
{
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    qint64 days() const { return isValid() ? from.daysTo(to) + 1 : 0; }
    bool contains(QDate d) const { return isValid() && d >= from && d <= to; }
    // The range of equal length that ends the day before this one starts.
    DateRange previous() const;
    QString fromDay() const { return from.toString(Qt::ISODate); }
    QString toDay() const { return to.toString(Qt::ISODate); }
    friend bool operator==(const DateRange &, const DateRange &) = default;
};

// The days a preset covers, ending with `today` (Today, 7d = today and the 6 days before, ...).
DateRange presetRange(DatePreset p, QDate today);
// Granularity that keeps a chart readable: days up to 90 days, weeks up to a year and a half, then months.
Granularity defaultGranularity(const DateRange &r);
// First day of the period that contains `d` (weeks start on Monday).
QDate periodStart(QDate d, Granularity g);
QDate nextPeriod(QDate start, Granularity g);

struct AnalyticsScope
{
    QList<qint64> shopIds;            // the shops the user may see and picked; empty = none
    std::optional<Platform> platform; // narrows shopIds to one marketplace
    DatePreset preset = DatePreset::Last30Days;
    DateRange custom; // used when preset == Custom

    // The days this scope covers, `today` being the shops' current local day.
    DateRange range(QDate today) const
    {
        return preset == DatePreset::Custom ? custom : presetRange(preset, today);
    }
    friend bool operator==(const AnalyticsScope &, const AnalyticsScope &) = default;
};

// From the desktop top bar's keys: scope "all", "platform:SHOPEE" or "shop:<row id>", preset "today",
// "7d", "30d", "90d", "1y" (or "custom" with `custom`). `userShopIds` are the shops the user may see.
AnalyticsScope scopeFromKeys(const QList<qint64> &userShopIds, const QString &scopeKey,
                             const QString &presetKey, const DateRange &custom = {});

} // namespace bva

Q_DECLARE_METATYPE(bva::AnalyticsScope)
Q_DECLARE_METATYPE(bva::DateRange)
