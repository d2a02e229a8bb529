#include "calendarevents.h"

#include <algorithm>
#include <cmath>

namespace bva::forecast {

bool isPayday(QDate d)
{
    return d.day() == 15 || d.day() == 30 || d.day() == d.daysInMonth();
}

bool isMegaSale(QDate d)
{
    return d.day() == d.month();
}

namespace {

// Flags per day (1 payday, 2 mega-sale; by kind: 4 the 15th or the month end, 8 a 30th before a 31st,
// 16 the day after a payday) by stepping the calendar by hand: QDate's Julian-day
// conversions dominate otherwise when thousands of series are prepared.
std::vector<unsigned char> dayFlags(QDate start, int n)
{
    std::vector<unsigned char> flags(size_t(std::max(0, n)), 0);
    int y = start.year(), m = start.month(), d = start.day();
    int dim = QDate(y, m, 1).daysInMonth();
    for (int t = 0; t < n; ++t) {
        flags[size_t(t)] = ((d == 15 || d == 30 || d == dim) ? 1 : 0) | (d == m ? 2 : 0) |
                           ((d == 15 || d == dim) ? 4 : 0) | (d == 30 && d != dim ? 8 : 0) |
                           ((d == 16 || d == 1) ? 16 : 0);
        if (++d > dim) {
            d = 1;
            if (++m > 12) {
                m = 1;
                ++y;
            }
            dim = QDate(y, m, 1).daysInMonth();
        }
    }
    return flags;
}

struct Evidence
{
    double actual = 0.0;
    double baseline = 0.0;
    int days = 0;
};

double shrink(const Evidence &e, double prior)
{
    if (e.days < 2 || e.baseline <= 0.0)
        return prior;
    const double raw = e.actual / e.baseline;
    // Few days or few units: trust the prior more. Both weights are in [0, 1).
    const double w = (e.days / (e.days + 4.0)) * (e.baseline / (e.baseline + 5.0));
    const double f = prior + w * (raw - prior);
    return std::clamp(f, 0.5, 6.0);
}

} // namespace

std::vector<bool> eventDays(QDate start, int n)
{
    const std::vector<unsigned char> kind = dayFlags(start, n);
    std::vector<bool> out(kind.size());
    for (size_t t = 0; t < kind.size(); ++t)
        out[t] = kind[t] != 0;
    return out;
}

EventFactors learnEventFactors(const TimeSeries &s, const EventFactors &prior)
{
    EventFactors out = prior;
    out.paydayDays = 0;
    out.megaSaleDays = 0;
    if (s.frequency != Frequency::Daily)
        return {};
    const int n = s.size();
    const std::vector<unsigned char> kind = dayFlags(s.start, n);
    Evidence pay, mega, own, the30th, after;
    static constexpr int offsets[] = {-14, -7, 7, 14};
    // Each event day against the same weekday around it on days of no event (`mask`: the kinds that count).
    const auto add = [&](Evidence &e, int t, int mask) {
        double base = 0.0;
        int count = 0;
        for (int o : offsets) {
            const int u = t + o;
            if (u >= 0 && u < n && (kind[size_t(u)] & mask) == 0) {
                base += s.values[size_t(u)];
                ++count;
            }
        }
        if (count == 0)
            return;
        e.actual += s.values[size_t(t)];
        e.baseline += base / count;
        ++e.days;
    };
    for (int t = 0; t < n; ++t) {
        const int k = kind[size_t(t)];
        if ((k & 3) == 1 || (k & 3) == 2)
            add((k & 3) == 1 ? pay : mega, t, 3);
        if (k == (1 | 4) || k == (1 | 8) || k == 16)
            add(k == (1 | 4) ? own : k == 16 ? after : the30th, t, 31);
    }
    out.payday = shrink(pay, prior.payday);
    out.megaSale = shrink(mega, prior.megaSale);
    out.splitPayday = shrink(own, prior.splitPayday);
    out.payday30 = shrink(the30th, prior.payday30);
    out.afterPayday = shrink(after, prior.afterPayday);
    out.paydayDays = pay.days;
    out.megaSaleDays = mega.days;
    return out;
}

std::vector<double> eventMultipliers(const TimeSeries &s, const EventFactors &f, int periods,
                                     EventToggles toggles)
{
    std::vector<double> mult(size_t(std::max(0, periods)), 1.0);
    if (s.frequency != Frequency::Daily)
        return mult;
    if (!f.split && f.payday == 1.0 && f.megaSale == 1.0)
        return mult;
    const std::vector<unsigned char> kind = dayFlags(s.start, periods);
    for (int t = 0; t < periods; ++t) {
        double v = 1.0;
        const int k = kind[size_t(t)];
        if (toggles.payday && !f.split && (k & 1))
            v *= f.payday;
        if (toggles.payday && f.split)
            v *= (k & 4) ? f.splitPayday : (k & 8) ? f.payday30 : (k & 16) ? f.afterPayday : 1.0;
        if (toggles.megaSale && (kind[size_t(t)] & 2))
            v *= f.megaSale;
        mult[size_t(t)] = v;
    }
    return mult;
}

} // namespace bva::forecast
