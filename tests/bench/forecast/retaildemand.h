// Retail-like daily demand for the held-out accuracy and restock benchmarks (issue 22): smooth,
// intermittent and lumpy SKUs by the Syntetos-Boylan cut-offs, with a weekly profile, payday lifts
// (15th and month end, a smaller echo the day after), a slowly wandering level and a mild yearly
// cycle. Each product is redrawn until its first `classifyDays` days fall in the wanted class.
#pragma once

#include "analytics/forecast/demandclass.h"

#include <QDate>
#include <QString>
#include <vector>

struct RetailSeries
{
    QString name; // "<class>-<number>", e.g. "lumpy-007"
    bva::forecast::DemandClass demandClass;
    std::vector<double> units;  // one per day from the generator's start
    std::vector<double> mean;   // the generator's expected units that day (an oracle for the benchmark)
    std::vector<double> steady; // the same without the level's random drift: calendar and yearly cycle only
};

// `perClass` series of each of smooth, intermittent and lumpy, `days` long from `start`, classified
// on the days [classifyFrom, classifyFrom + classifyDays).
std::vector<RetailSeries> retailDemand(int perClass, int days, QDate start, int classifyFrom,
                                       int classifyDays, unsigned seed);
