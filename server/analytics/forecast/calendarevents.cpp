#include "calendarevents.h"

#include "demandclass.h"

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
    double aa = 0.0, ab = 0.0, bb = 0.0; // sums of squares and products of the days' actual and baseline

    double raw() const { return actual / baseline; }
    bool usable() const { return days >= 2 && baseline > 0.0; }
    // Sampling variance of the ratio estimate raw() (ratio estimator: its residuals' sum of squares over
    // the baseline's square).
    double noise() const
    {
        const double r = raw();
        const double ss = std::max(0.0, aa - 2.0 * r * ab + r * r * bb);
        return ss / (baseline * baseline) * days / (days - 1.0);
    }
};

double shrink(const Evidence &e, double prior, const double *spread = nullptr)
{
    if (!e.usable())
        return prior;
    const double raw = e.raw();
    double w = 0.0;
    if (spread) {
        const double noise = e.noise();
        w = *spread + noise > 0.0 ? *spread / (*spread + noise) : 0.0;
    } else {
        // Few days or few units: trust the prior more. Both weights are in [0, 1).
        w = (e.days / (e.days + 4.0)) * (e.baseline / (e.baseline + 5.0));
    }
    const double f = prior + w * (raw - prior);
    return std::clamp(f, 0.5, 6.0);
}

struct KindEvidence
{
    Evidence pay, mega, own, the30th, after;
};

KindEvidence collect(const TimeSeries &s)
{
    KindEvidence ev;
    const int n = s.size();
    const std::vector<unsigned char> kind = dayFlags(s.start, n);
    static constexpr int offsets[] = {-14, -7, 7, 14};
    // The payday kinds of regular demand read four weeks either side: an event day is a single day, and four
    // ordinary ones had put a quarter of its noise again into the baseline (issue 22).
    static constexpr int kindOffsets[] = {-28, -21, -14, -7, 7, 14, 21, 28};
    // Each event day against the same weekday around it on days of no event (`mask`: the kinds that count).
    const auto add = [&](Evidence &e, int t, int mask, const auto &around) {
        double base = 0.0;
        int count = 0;
        for (int o : around) {
            const int u = t + o;
            if (u >= 0 && u < n && (kind[size_t(u)] & mask) == 0) {
                base += s.values[size_t(u)];
                ++count;
            }
        }
        if (count == 0)
            return;
        const double a = s.values[size_t(t)], b = base / count;
        e.actual += a;
        e.baseline += b;
        e.aa += a * a;
        e.ab += a * b;
        e.bb += b * b;
        ++e.days;
    };
    for (int t = 0; t < n; ++t) {
        const int k = kind[size_t(t)];
        if ((k & 3) == 1 || (k & 3) == 2)
            add((k & 3) == 1 ? ev.pay : ev.mega, t, 3, offsets);
        if (k == (1 | 4) || k == (1 | 8) || k == 16)
            add(k == (1 | 4) ? ev.own : k == 16 ? ev.after : ev.the30th, t, 31, kindOffsets);
    }
    return ev;
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
    const KindEvidence ev = collect(s);
    const bool eb = prior.spreadKnown;
    out.payday = shrink(ev.pay, prior.payday);
    out.megaSale = shrink(ev.mega, prior.megaSale);
    out.splitPayday = shrink(ev.own, prior.splitPayday, eb ? &prior.splitSpread : nullptr);
    out.payday30 = shrink(ev.the30th, prior.payday30, eb ? &prior.payday30Spread : nullptr);
    out.afterPayday = shrink(ev.after, prior.afterPayday, eb ? &prior.afterSpread : nullptr);
    if (eb && ev.own.usable() && ev.after.usable()) {
        // The two kinds shrunk together: posterior mean prior + T (T + N)⁻¹ (raw − prior), T the kinds'
        // covariance between the series, N this series' sampling variances (multivariate Efron–Morris).
        const double t11 = prior.splitSpread, t22 = prior.afterSpread;
        const double t12 =
            std::clamp(prior.splitAfterCovariance, -std::sqrt(t11 * t22), std::sqrt(t11 * t22));
        const double a11 = t11 + ev.own.noise(), a22 = t22 + ev.after.noise(), a12 = t12;
        const double det = a11 * a22 - a12 * a12;
        if (det > 0.0) {
            const double d1 = ev.own.raw() - prior.splitPayday, d2 = ev.after.raw() - prior.afterPayday;
            // (T + N)⁻¹ d, then T times that.
            const double i1 = (a22 * d1 - a12 * d2) / det, i2 = (a11 * d2 - a12 * d1) / det;
            out.splitPayday = std::clamp(prior.splitPayday + t11 * i1 + t12 * i2, 0.5, 6.0);
            out.afterPayday = std::clamp(prior.afterPayday + t12 * i1 + t22 * i2, 0.5, 6.0);
        }
    }
    out.paydayDays = ev.pay.days;
    out.megaSaleDays = ev.mega.days;
    return out;
}

EventFactors poolPaydayKinds(const EventFactors &prior, const std::vector<TimeSeries> &series)
{
    std::vector<KindEvidence> own;
    for (const TimeSeries &s : series) {
        const DemandClass c = classifyDemand(s.values).demandClass;
        if (s.frequency == Frequency::Daily && (c == DemandClass::Smooth || c == DemandClass::Erratic))
            own.push_back(collect(s));
    }
    if (own.size() < 10)
        return prior;
    EventFactors out = prior;
    // The group's mean of a kind: the ratio of the series' summed evidence. Not the run's total shrunk toward
    // 1 as a thin estimate (it read 1.51 for a group whose paydays sell 1.6, and the spread around it came
    // out too wide), nor its raw ratio, which a few large orders of slow items move.
    const auto groupMean = [&](Evidence KindEvidence::*kind, int days, double &factor) {
        Evidence sum;
        for (const KindEvidence &k : own) {
            sum.actual += (k.*kind).actual;
            sum.baseline += (k.*kind).baseline;
            sum.days = std::max(sum.days, (k.*kind).days);
        }
        if (sum.days >= days && sum.baseline > 0.0)
            factor = sum.raw();
    };
    groupMean(&KindEvidence::own, 8, out.splitPayday);
    groupMean(&KindEvidence::after, 8, out.afterPayday);
    groupMean(&KindEvidence::the30th, 4, out.payday30);
    // τ² of a kind: the series' squared distance from the group's mean less their noise, averaged.
    const auto spread = [&](Evidence KindEvidence::*kind, double mean) {
        double sum = 0.0;
        int count = 0;
        for (const KindEvidence &k : own) {
            const Evidence &e = k.*kind;
            if (e.usable()) {
                sum += (e.raw() - mean) * (e.raw() - mean) - e.noise();
                ++count;
            }
        }
        return count >= 10 ? std::max(0.0, sum / count) : -1.0;
    };
    out.splitSpread = spread(&KindEvidence::own, out.splitPayday);
    out.payday30Spread = spread(&KindEvidence::the30th, out.payday30);
    out.afterSpread = spread(&KindEvidence::after, out.afterPayday);
    double cov = 0.0;
    int both = 0;
    for (const KindEvidence &k : own) {
        if (k.own.usable() && k.after.usable()) {
            cov += (k.own.raw() - out.splitPayday) * (k.after.raw() - out.afterPayday);
            ++both;
        }
    }
    out.splitAfterCovariance = both > 0 ? cov / both : 0.0;
    out.spreadKnown = out.splitSpread >= 0.0 && out.payday30Spread >= 0.0 && out.afterSpread >= 0.0;
    return out.spreadKnown ? out : prior;
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
