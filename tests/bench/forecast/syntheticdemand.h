// Simulator-like daily demand for benchmarks: the same day factors as the marketplace simulator
// (weekdays, paydays, double-date mega-sales, December) over stable, trending, dying, intermittent
// and newly launched products, with Poisson noise.
#pragma once

#include <QDate>
#include <QString>
#include <vector>

struct SyntheticProduct
{
    QString id;
    QString kind;
    std::vector<double> units; // one per day from `start`
    qint64 priceMinor = 0;
    qint64 costMinor = 0;
    int stock = 0;
};

std::vector<SyntheticProduct> syntheticDemand(int products, int days, QDate start, unsigned seed);
