#include "timeseries.h"

#include <algorithm>

namespace bva::forecast {

int seasonLength(Frequency f)
{
    return f == Frequency::Monthly ? 12 : 7;
}

QDate addPeriods(QDate d, Frequency f, int n)
{
    return f == Frequency::Monthly ? d.addMonths(n) : d.addDays(n);
}

int periodsBetween(QDate a, QDate b, Frequency f)
{
    if (f == Frequency::Daily)
        return int(a.daysTo(b));
    return (b.year() - a.year()) * 12 + (b.month() - a.month());
}

QDate TimeSeries::dateAt(int index) const
{
    return addPeriods(start, frequency, index);
}

Frequency inferFrequency(const std::vector<QDate> &dates)
{
    if (dates.size() < 2)
        return dates.empty() || dates.front().day() != 1 ? Frequency::Daily : Frequency::Monthly;
    bool sameDay = true;
    bool monthEnds = true;
    for (size_t i = 0; i < dates.size(); ++i) {
        sameDay = sameDay && dates[i].day() == dates.front().day();
        monthEnds = monthEnds && dates[i].day() == dates[i].daysInMonth();
        if (i > 0 && dates[i - 1].daysTo(dates[i]) < 28 && dates[i - 1] != dates[i])
            return Frequency::Daily;
    }
    return sameDay || monthEnds ? Frequency::Monthly : Frequency::Daily;
}

TimeSeries zeroFilled(const std::vector<std::pair<QDate, double>> &points, Frequency f, QDate from, QDate to)
{
    TimeSeries s;
    s.frequency = f;
    s.start = f == Frequency::Monthly ? QDate(from.year(), from.month(), 1) : from;
    const int n = std::max(0, periodsBetween(from, to, f) + 1);
    s.values.assign(size_t(n), 0.0);
    for (const auto &[date, value] : points) {
        const int i = periodsBetween(from, date, f);
        if (i >= 0 && i < n)
            s.values[size_t(i)] += value;
    }
    return s;
}

} // namespace bva::forecast
