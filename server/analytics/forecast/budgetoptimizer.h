// Spends a budget over items that each allow one of several order sizes (multiple-choice knapsack).
// Dynamic programming on a scaled budget, with costs rounded up so the plan never overspends;
// a greedy fill is always computed too and the better plan wins, so the result is never worse
// than greedy. With a scale of one currency minor unit the DP is exact.
#pragma once

#include <QString>
#include <QtGlobal>
#include <vector>

namespace bva::forecast {

struct BudgetOption
{
    qint64 cost = 0;    // minor units, > 0
    double value = 0.0; // what the goal counts (profit, units, ...), > 0 to be worth it
};

struct BudgetItem
{
    std::vector<BudgetOption> options; // mutually exclusive; buying nothing is implicit
};

struct BudgetSolution
{
    std::vector<int> choice; // option index per item, -1 = nothing
    qint64 spent = 0;
    double value = 0.0;
    QString method; // "dp", "dp-scaled", "greedy"
};

BudgetSolution greedyFill(const std::vector<BudgetItem> &items, qint64 budget);
BudgetSolution optimizeBudget(const std::vector<BudgetItem> &items, qint64 budget, int maxBuckets = 4096);
// Every combination; only for tests on a handful of items.
BudgetSolution bruteForceBudget(const std::vector<BudgetItem> &items, qint64 budget);

} // namespace bva::forecast
