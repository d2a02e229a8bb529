// Seeded PRNG with a specified algorithm (xoshiro256** seeded by splitmix64), so the same seed
// gives the same data on every platform and Qt version.
#pragma once

#include <QtGlobal>
#include <cmath>
#include <cstdint>

namespace bva::clone {

class Rng final
{
public:
    explicit Rng(quint64 seed) { reseed(seed); }

    void reseed(quint64 seed)
    {
        for (auto &s : m_s)
            s = splitmix(seed);
    }

    static quint64 splitmix(quint64 &x)
    {
        quint64 z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    // Uniform integer in [lo, hi] (inclusive).
    qint64 range(qint64 lo, qint64 hi) { return lo + qint64(next() % quint64(hi - lo + 1)); }
    bool chance(double p) { return uniform() < p; }

    // Poisson sample; normal approximation for large means keeps generation fast.
    int poisson(double mean)
    {
        if (mean <= 0)
            return 0;
        if (mean > 40) {
            const double u1 = std::max(uniform(), 1e-12);
            const double u2 = uniform();
            const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
            return std::max(0, int(std::lround(mean + z * std::sqrt(mean))));
        }
        const double l = std::exp(-mean);
        int k = 0;
        double p = 1.0;
        do {
            ++k;
            p *= uniform();
        } while (p > l);
        return k - 1;
    }

    template <typename List> const auto &pick(const List &list)
    {
        return list[qsizetype(next() % quint64(list.size()))];
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4];
};

} // namespace bva::clone
