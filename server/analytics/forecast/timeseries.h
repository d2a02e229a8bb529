// A regular time series (daily or monthly) as plain doubles, plus the calendar that goes with it.
#pragma once

#include <QDate>
#include <utility>
#include <vector>

namespace bva::forecast {

enum class Frequency { Daily, Monthly };

struct TimeSeries
{
    Frequency frequency = Frequency::Daily;
    QDate start;
    std::vector<double> values;

    int size() const { return int(values.size()); }
    QDate dateAt(int index) const; // index may run past the end (future dates)
    QDate lastDate() const { return dateAt(size() - 1); }
};

int seasonLength(Frequency f); // 7 daily, 12 monthly
QDate addPeriods(QDate d, Frequency f, int n);
// Whole periods from a to b (b >= a); monthly counts calendar months.
int periodsBetween(QDate a, QDate b, Frequency f);

// Monthly when every date is the same day of month (or every date is a month end) and
// consecutive dates are at least 28 days apart; otherwise daily.
Frequency inferFrequency(const std::vector<QDate> &sortedDates);

// Points (date, value) into a regular series from `from` to `to` inclusive; missing periods are
// zero, several points in one period are summed. Monthly points are keyed by year and month.
TimeSeries zeroFilled(const std::vector<std::pair<QDate, double>> &points, Frequency f, QDate from, QDate to);

} // namespace bva::forecast
