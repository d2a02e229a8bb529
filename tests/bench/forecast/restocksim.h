// Issue 22's restock simulation: each retail-like SKU is restocked by the Restock Planner over
// held-out days while its real demand arrives day by day; prints the fill rate each policy achieves
// against its service level and the stock it holds (docs/BENCHMARKS.md).
#pragma once

#include "domain/productforecast.h"

#include <QTextStream>
#include <optional>
#include <vector>

struct RestockSimOptions
{
    int perClass = 40;
    int days = 84; // simulated (held-out) days after a year of history
    int leadTime = 7;
    int horizon = 14;    // the plan's cover after an order lands
    int replanEvery = 7; // days between forecasts (the plan itself is redone every day)
    unsigned seed = 20261205;
    // Diagnosis: plan from the generator's own expected demand instead of the forecast's mean (the
    // forecast still gives the sd, the size distribution comes from the history), so that what the
    // planner's model misses can be told from what the forecast misses.
    bool oracleMean = false;
    bool defaultOnly = false;                            // only today's policy and the default one
    std::vector<double> levels{0.90, 0.95};              // service levels asked of every policy
    std::optional<bva::forecast::DemandClass> onlyClass; // simulate this class only
    // After the default's row, today's policy at the level where it fills as much as the default (found
    // by bisection), so that the two are compared at the same fill rate as well as the same level.
    bool matched = false;
};

int runRestockSimulation(const RestockSimOptions &o, QTextStream &out);
