// Payday (15th and month end) and mega-sale (double days: 9.9, 10.10, 11.11, 12.12, ...) effects,
// learned as multiplicative factors from a daily history by comparing event days with the same
// weekday one and two weeks around them (one to four for the payday kinds of regular demand).
#pragma once

#include "timeseries.h"

#include <vector>

namespace bva::forecast {

bool isPayday(QDate d);   // the 15th, the 30th and the last day of the month
bool isMegaSale(QDate d); // month == day (1.1 ... 12.12)
// One flag per day from `start`: true on the days an event factor may touch (any payday kind, the day after
// a payday, a mega-sale). A weekday profile learned on them would count their lift twice (issue 22).
std::vector<bool> eventDays(QDate start, int n);

struct EventFactors
{
    double payday = 1.0;
    double megaSale = 1.0;
    int paydayDays = 0; // event days that informed each factor
    int megaSaleDays = 0;
    // Paydays by kind, learned beside `payday` and used instead of it when `split` is set (daily regular
    // demand, issue 22): a 30th that is not the month end and the day after a payday (the 16th and the
    // 1st, when salaries are spent) need not sell like the 15th and the month end.
    bool split = false;
    double splitPayday = 1.0; // the 15th and the last day of the month
    double payday30 = 1.0;    // the 30th of a 31-day month
    double afterPayday = 1.0; // the 16th and the 1st
    double paydayFactor() const { return split ? splitPayday : payday; }
    // On a run's prior (`poolPaydayKinds`): how much the true factors of each kind vary between the run's
    // regular series around the prior (τ²). A series' own factor of a kind then weighs τ² / (τ² + noise),
    // its noise the ratio estimate's sampling variance (empirical Bayes, as the weekday indices), instead of
    // the fixed evidence weight.
    bool spreadKnown = false;
    double splitSpread = 0.0;
    double payday30Spread = 0.0;
    double afterSpread = 0.0;
    // The true factors' covariance between the 15th-and-month-end kind and the day after (a product whose
    // paydays sell more spends more of them the day after too): each informs the other's estimate.
    double splitAfterCovariance = 0.0;
};

struct EventToggles
{
    bool payday = true;
    bool megaSale = true;
};

// Factors for a daily series, shrunk toward `prior` (e.g. the shop-wide factors) when evidence is thin.
EventFactors learnEventFactors(const TimeSeries &daily, const EventFactors &prior = {});
// A run's prior for the payday kinds of its regular daily series (a shop's products, a file's series): each
// kind's mean over the regular ones of `series` (when they have eight such days; four of a 30th) and its
// spread between them. Fewer than 10 regular series: `prior` unchanged (the fixed evidence weight).
EventFactors poolPaydayKinds(const EventFactors &prior, const std::vector<TimeSeries> &series);
// One multiplier per period from the series start to `periods` periods (history and future).
std::vector<double> eventMultipliers(const TimeSeries &daily, const EventFactors &f, int periods,
                                     EventToggles toggles = {});

} // namespace bva::forecast
