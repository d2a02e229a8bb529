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

EventFactors learnEventFactors(const TimeSeries &s, const EventFactors &prior)
{
    EventFactors out = prior;
    out.paydayDays = 0;
    out.megaSaleDays = 0;
    if (s.frequency != Frequency::Daily)
        return {};
    const int n = s.size();
    std::vector<unsigned char> kind(size_t(n), 0);
    for (int t = 0; t < n; ++t) {
        const QDate d = s.dateAt(t);
        kind[size_t(t)] = (isPayday(d) ? 1 : 0) | (isMegaSale(d) ? 2 : 0);
    }
    Evidence pay, mega;
    static constexpr int offsets[] = {-14, -7, 7, 14};
    for (int t = 0; t < n; ++t) {
        const int k = kind[size_t(t)];
        if (k != 1 && k != 2)
            continue;
        double base = 0.0;
        int count = 0;
        for (int o : offsets) {
            const int u = t + o;
            if (u >= 0 && u < n && kind[size_t(u)] == 0) {
                base += s.values[size_t(u)];
                ++count;
            }
        }
        if (count == 0)
            continue;
        Evidence &e = k == 1 ? pay : mega;
        e.actual += s.values[size_t(t)];
        e.baseline += base / count;
        ++e.days;
    }
    out.payday = shrink(pay, prior.payday);
    out.megaSale = shrink(mega, prior.megaSale);
    out.paydayDays = pay.days;
    out.megaSaleDays = mega.days;
    return out;
}

std::vector<double> eventMultipliers(const TimeSeries &s, const EventFactors &f, int periods, EventToggles toggles)
{
    std::vector<double> mult(size_t(std::max(0, periods)), 1.0);
    if (s.frequency != Frequency::Daily)
        return mult;
    QDate d = s.start;
    for (int t = 0; t < periods; ++t, d = d.addDays(1)) {
        double v = 1.0;
        if (toggles.payday && isPayday(d))
            v *= f.payday;
        if (toggles.megaSale && isMegaSale(d))
            v *= f.megaSale;
        mult[size_t(t)] = v;
    }
    return mult;
}

} // namespace bva::forecast
