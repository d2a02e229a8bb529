#include "retaildemand.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

using namespace Qt::StringLiterals;
using bva::forecast::DemandClass;

namespace {

struct Shape
{
    std::array<double, 8> weekday{}; // by QDate::dayOfWeek (1 = Monday)
    double payday = 1.0;
    double yearly = 0.0;
    double levelDrift = 0.0; // sd of the daily log-level step
};

double dayFactor(const Shape &s, QDate d)
{
    double f = s.weekday[size_t(d.dayOfWeek())];
    const int last = d.daysInMonth();
    if (d.day() == 15 || d.day() == last)
        f *= s.payday;
    else if (d.day() == 16 || d.day() == 1)
        f *= 1.0 + (s.payday - 1.0) / 2.0;
    f *= 1.0 + s.yearly * std::cos(2.0 * M_PI * (d.dayOfYear() - 350) / 365.25);
    return f;
}

std::vector<double> draw(DemandClass c, int days, QDate start, std::mt19937_64 &rng,
                         std::vector<double> &expected, std::vector<double> &steady)
{
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::normal_distribution<double> z(0.0, 1.0);
    static constexpr std::array<double, 8> common{0, 0.9, 0.95, 1.0, 1.0, 1.1, 1.25, 1.2};
    Shape s;
    for (int d = 1; d <= 7; ++d)
        s.weekday[size_t(d)] = common[size_t(d)] * std::exp(0.12 * z(rng));
    s.payday = 1.2 + 0.8 * u(rng);
    s.yearly = 0.3 * u(rng);
    s.levelDrift = 0.004 + 0.012 * u(rng);

    // Smooth: a negative binomial count every day. Intermittent and lumpy: a sale happens with a
    // probability lifted by the same day effects; its size is small and steady (intermittent) or
    // heavy-tailed (lumpy).
    const double rate = std::exp(std::log(2.5) + 1.3 * u(rng)); // smooth: 2.5 … 9 a day
    const double dispersion = 4.0 + 30.0 * u(rng);
    const double occurrence = std::exp(std::log(0.06) + 2.1 * u(rng)); // 0.06 … 0.5
    const double extra = c == DemandClass::Lumpy ? 1.0 + 6.0 * u(rng) : 0.8 * u(rng);
    const double lumpyShape = 0.4 + 0.8 * u(rng);
    std::vector<double> y(size_t(days), 0.0);
    expected.assign(size_t(days), 0.0);
    steady.assign(size_t(days), 0.0);
    double logLevel = 0.0;
    for (int t = 0; t < days; ++t) {
        logLevel = 0.98 * logLevel + s.levelDrift * z(rng);
        const double calendar = dayFactor(s, start.addDays(t));
        const double f = calendar * std::exp(logLevel);
        if (c == DemandClass::Smooth) {
            const double mean = rate * f;
            expected[size_t(t)] = mean;
            steady[size_t(t)] = rate * calendar;
            std::gamma_distribution<double> g(dispersion, mean / dispersion);
            y[size_t(t)] = std::poisson_distribution<int>(g(rng))(rng);
            continue;
        }
        expected[size_t(t)] = std::min(0.95, occurrence * f) * (1.0 + extra);
        steady[size_t(t)] = std::min(0.95, occurrence * calendar) * (1.0 + extra);
        if (u(rng) >= std::min(0.95, occurrence * f))
            continue;
        double size = 1.0;
        if (c == DemandClass::Lumpy) {
            std::gamma_distribution<double> g(lumpyShape, extra / lumpyShape);
            size += std::poisson_distribution<int>(g(rng))(rng);
        } else if (extra > 0) {
            size += std::poisson_distribution<int>(extra)(rng);
        }
        y[size_t(t)] = size;
    }
    return y;
}

} // namespace

std::vector<RetailSeries> retailDemand(int perClass, int days, QDate start, int classifyFrom,
                                       int classifyDays, unsigned seed)
{
    std::mt19937_64 rng(seed);
    std::vector<RetailSeries> out;
    for (DemandClass c : {DemandClass::Smooth, DemandClass::Intermittent, DemandClass::Lumpy}) {
        for (int i = 0; i < perClass; ++i) {
            std::vector<double> y, expected, steady;
            do {
                y = draw(c, days, start, rng, expected, steady);
            } while (bva::forecast::classifyDemand(y.data() + classifyFrom, classifyDays).demandClass != c);
            out.push_back({bva::forecast::demandClassKey(c) + u'-' + u"%1"_s.arg(i, 3, 10, QLatin1Char('0')),
                           c, std::move(y), std::move(expected), std::move(steady)});
        }
    }
    return out;
}
