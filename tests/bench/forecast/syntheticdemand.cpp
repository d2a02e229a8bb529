#include "syntheticdemand.h"

#include <algorithm>
#include <cmath>
#include <random>

using namespace Qt::StringLiterals;

namespace {

double dayFactor(QDate d)
{
    static const double weekday[] = {0, 0.9, 0.95, 1.0, 1.0, 1.1, 1.25, 1.2};
    double f = weekday[d.dayOfWeek()];
    const int last = d.daysInMonth();
    if (d.day() == 15 || d.day() == last)
        f *= 1.7;
    else if (d.day() == 16 || d.day() == 1)
        f *= 1.3;
    if (d.month() == d.day() && d.month() >= 3)
        f *= d.month() >= 11 ? 5.0 : 3.0;
    else if (d.month() >= 9 && (d.day() == d.month() - 1 || d.day() == d.month() + 1))
        f *= 1.5;
    if (d.month() == 12 && d.day() <= 24)
        f *= 1.3;
    return f;
}

} // namespace

std::vector<SyntheticProduct> syntheticDemand(int products, int days, QDate start, unsigned seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::vector<double> factor(static_cast<size_t>(days));
    for (int t = 0; t < days; ++t)
        factor[size_t(t)] = dayFactor(start.addDays(t));
    std::vector<SyntheticProduct> out(static_cast<size_t>(products));
    for (int i = 0; i < products; ++i) {
        SyntheticProduct &p = out[size_t(i)];
        p.id = u"P%1"_s.arg(i, 5, 10, QLatin1Char('0'));
        // Product popularity is heavy-tailed: a few best sellers, many slow items.
        const double base = 0.05 + 12.0 * std::pow(u(rng), 3.0);
        const double r = u(rng);
        p.kind = r < 0.45  ? u"stable"_s
                 : r < 0.6 ? u"trending"_s
                 : r < 0.7 ? u"dying"_s
                 : r < 0.9 ? u"slow"_s
                           : u"launch"_s;
        const double launchAt = 0.3 + 0.5 * u(rng);
        p.units.resize(size_t(days));
        for (int t = 0; t < days; ++t) {
            const double x = double(t) / std::max(1, days - 1);
            double w = base;
            if (p.kind == u"trending")
                w = base * (0.15 + 3.5 * x * x);
            else if (p.kind == u"dying")
                w = base * std::max(0.02, 1.6 * (1 - x) * (1 - x));
            else if (p.kind == u"slow")
                w = u(rng) < 0.08 ? base * 0.6 : base * 0.01;
            else if (p.kind == u"launch")
                w = x < launchAt ? 0.0 : base * 1.8;
            const double noise = 0.85 + 0.3 * u(rng);
            const double mean = w * factor[size_t(t)] * noise;
            p.units[size_t(t)] = mean > 0 ? std::poisson_distribution<int>(mean)(rng) : 0;
        }
        p.priceMinor = (50 + qint64(u(rng) * 2000)) * 100;
        p.costMinor = p.priceMinor * (40 + qint64(u(rng) * 45)) / 100;
        p.stock = int(u(rng) * 30 * (base + 0.5));
    }
    return out;
}
