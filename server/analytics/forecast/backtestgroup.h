// What a run learns from all its series at once (the group's weekday indices that a daily series' own are
// shrunk toward, the shop-wide event factors that its own are shrunk toward, the group's month indices that
// a short monthly series' own are shrunk toward), learned again from the periods before a date. The rolling
// backtest that weights a series' candidates may know only what came before its first origin: learned from
// whole histories, the group let it see its own test windows (issue 22 review: 21.1 instead of 19.9 on a
// Saturday at the first origin). Shared by the worker threads of one run; each date is learned once.
#pragma once

#include "calendarevents.h"
#include "timeseries.h"
#include "weekdayprofile.h"

#include <QDate>
#include <QMutex>
#include <functional>
#include <map>
#include <memory>

namespace bva::forecast {

struct GroupSeason; // forecaster.h

struct GroupLearning
{
    std::shared_ptr<const GroupWeekday> weekday; // null: too few series
    EventFactors eventPrior;
    std::shared_ptr<const GroupSeason> season; // monthly; null: too few series
};

class BacktestGroup final
{
public:
    // `learn(day)` learns the group from the periods before `day` only (truncatedBefore helps).
    explicit BacktestGroup(std::function<GroupLearning(QDate day)> learn);
    Q_DISABLE_COPY_MOVE(BacktestGroup)

    GroupLearning before(QDate day) const;

private:
    std::function<GroupLearning(QDate)> m_learn;
    mutable QMutex m_mutex;
    mutable std::map<QDate, GroupLearning> m_learned;
};

// The part of a series (daily or monthly) before `day` (empty when it starts on or after it).
TimeSeries truncatedBefore(const TimeSeries &s, QDate day);

} // namespace bva::forecast
