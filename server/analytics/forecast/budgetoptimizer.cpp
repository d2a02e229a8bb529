#include "budgetoptimizer.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <numeric>
#include <queue>

using namespace Qt::StringLiterals;

namespace bva::forecast {

namespace {

void total(const std::vector<BudgetItem> &items, BudgetSolution &s)
{
    s.spent = 0;
    s.value = 0.0;
    for (size_t i = 0; i < items.size(); ++i) {
        if (s.choice[i] >= 0) {
            s.spent += items[i].options[size_t(s.choice[i])].cost;
            s.value += items[i].options[size_t(s.choice[i])].value;
        }
    }
}

// Greedy by marginal value per peso: move an item to a bigger option while it pays best per cost.
BudgetSolution marginalGreedy(const std::vector<BudgetItem> &items, qint64 budget,
                              const std::vector<int> *start = nullptr)
{
    BudgetSolution s;
    s.choice.assign(items.size(), -1);
    if (start)
        s.choice = *start;
    total(items, s);
    s.method = u"greedy"_s;
    struct Step
    {
        double ratio;
        size_t item;
        int to;
        bool operator<(const Step &o) const { return ratio < o.ratio; }
    };
    auto bestStep = [&](size_t i, std::priority_queue<Step> &q) {
        const int from = s.choice[i];
        const double v0 = from >= 0 ? items[i].options[size_t(from)].value : 0.0;
        const qint64 c0 = from >= 0 ? items[i].options[size_t(from)].cost : 0;
        double bestRatio = 0.0;
        int bestTo = -1;
        for (size_t o = 0; o < items[i].options.size(); ++o) {
            const auto &opt = items[i].options[o];
            const qint64 dc = opt.cost - c0;
            const double dv = opt.value - v0;
            if (dc <= 0 || dv <= 0 || s.spent + dc > budget)
                continue;
            const double r = dv / double(dc);
            if (r > bestRatio) {
                bestRatio = r;
                bestTo = int(o);
            }
        }
        if (bestTo >= 0)
            q.push({bestRatio, i, bestTo});
    };
    std::priority_queue<Step> q;
    for (size_t i = 0; i < items.size(); ++i)
        bestStep(i, q);
    while (!q.empty()) {
        const Step st = q.top();
        q.pop();
        const int from = s.choice[st.item];
        const qint64 c0 = from >= 0 ? items[st.item].options[size_t(from)].cost : 0;
        const qint64 dc = items[st.item].options[size_t(st.to)].cost - c0;
        if (dc > 0 && s.spent + dc <= budget &&
            items[st.item].options[size_t(st.to)].value >
                (from >= 0 ? items[st.item].options[size_t(from)].value : 0.0)) {
            s.choice[st.item] = st.to;
            s.spent += dc;
        }
        // Recompute this item's next step against the remaining budget.
        bestStep(st.item, q);
    }
    total(items, s);
    return s;
}

// Classic greedy fill: items by value density of their best option, each taken whole if it fits.
BudgetSolution densityGreedy(const std::vector<BudgetItem> &items, qint64 budget)
{
    BudgetSolution s;
    s.choice.assign(items.size(), -1);
    s.method = u"greedy"_s;
    std::vector<size_t> order(items.size());
    std::iota(order.begin(), order.end(), 0);
    auto density = [&](size_t i) {
        double best = 0.0;
        for (const auto &o : items[i].options)
            if (o.cost > 0)
                best = std::max(best, o.value / double(o.cost));
        return best;
    };
    std::vector<double> d(items.size());
    for (size_t i = 0; i < items.size(); ++i)
        d[i] = density(i);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return d[a] > d[b]; });
    qint64 left = budget;
    for (size_t i : order) {
        int best = -1;
        for (size_t o = 0; o < items[i].options.size(); ++o) {
            const auto &opt = items[i].options[o];
            if (opt.cost <= left && opt.value > 0 &&
                (best < 0 || opt.value > items[i].options[size_t(best)].value))
                best = int(o);
        }
        if (best >= 0) {
            s.choice[i] = best;
            left -= items[i].options[size_t(best)].cost;
        }
    }
    total(items, s);
    return s;
}

} // namespace

BudgetSolution greedyFill(const std::vector<BudgetItem> &items, qint64 budget)
{
    BudgetSolution a = marginalGreedy(items, budget);
    BudgetSolution b = densityGreedy(items, budget);
    return b.value > a.value ? b : a;
}

BudgetSolution optimizeBudget(const std::vector<BudgetItem> &items, qint64 budget, int maxBuckets)
{
    BudgetSolution greedy = greedyFill(items, budget);
    if (budget <= 0 || items.empty())
        return greedy;
    // Rounded up without adding first: budget + buckets - 1 overflows near the top of qint64.
    const qint64 buckets = std::max(1, maxBuckets);
    const qint64 unit = std::max<qint64>(1, budget / buckets + (budget % buckets != 0 ? 1 : 0));
    const int cap = int(budget / unit);
    // Only items with something affordable and worth having take part.
    std::vector<size_t> live;
    for (size_t i = 0; i < items.size(); ++i) {
        bool any = false;
        for (const auto &o : items[i].options)
            any = any || (o.value > 0 && o.cost > 0 && o.cost <= budget);
        if (any && items[i].options.size() < 255)
            live.push_back(i);
    }
    if (live.empty())
        return greedy;
    std::vector<double> dp(size_t(cap) + 1, 0.0), next(size_t(cap) + 1);
    std::vector<std::uint8_t> pick(live.size() * (size_t(cap) + 1), 0);
    for (size_t li = 0; li < live.size(); ++li) {
        const BudgetItem &item = items[live[li]];
        next = dp;
        std::uint8_t *row = pick.data() + li * (size_t(cap) + 1);
        for (size_t o = 0; o < item.options.size(); ++o) {
            const auto &opt = item.options[o];
            if (opt.value <= 0 || opt.cost <= 0 || opt.cost > budget)
                continue;
            const qint64 scaled = (opt.cost + unit - 1) / unit;
            if (scaled > cap)
                continue;
            const int w = int(scaled);
            for (int c = cap; c >= w; --c) {
                const double v = dp[size_t(c - w)] + opt.value;
                if (v > next[size_t(c)]) {
                    next[size_t(c)] = v;
                    row[c] = std::uint8_t(o + 1);
                }
            }
        }
        dp.swap(next);
    }
    BudgetSolution s;
    s.choice.assign(items.size(), -1);
    s.method = unit == 1 ? u"dp"_s : u"dp-scaled"_s;
    int c = cap;
    for (size_t li = live.size(); li-- > 0;) {
        const std::uint8_t o = pick[li * (size_t(cap) + 1) + size_t(c)];
        if (o > 0) {
            const auto &opt = items[live[li]].options[size_t(o - 1)];
            s.choice[live[li]] = int(o - 1);
            c -= int((opt.cost + unit - 1) / unit);
        }
    }
    total(items, s);
    // Costs were rounded up for the DP: spend what that left over on the best remaining upgrades.
    if (s.spent <= budget && unit > 1) {
        const QString method = s.method;
        BudgetSolution topped = marginalGreedy(items, budget, &s.choice);
        if (topped.spent <= budget && topped.value >= s.value) {
            s = std::move(topped);
            s.method = method;
        }
    }
    if (s.spent > budget || greedy.value > s.value)
        return greedy;
    return s;
}

BudgetSolution bruteForceBudget(const std::vector<BudgetItem> &items, qint64 budget)
{
    BudgetSolution best;
    best.choice.assign(items.size(), -1);
    best.method = u"brute-force"_s;
    BudgetSolution cur = best;
    std::function<void(size_t, qint64, double)> rec = [&](size_t i, qint64 spent, double value) {
        if (i == items.size()) {
            if (value > best.value) {
                best.choice = cur.choice;
                best.value = value;
                best.spent = spent;
            }
            return;
        }
        cur.choice[i] = -1;
        rec(i + 1, spent, value);
        for (size_t o = 0; o < items[i].options.size(); ++o) {
            const auto &opt = items[i].options[o];
            if (spent + opt.cost <= budget) {
                cur.choice[i] = int(o);
                rec(i + 1, spent + opt.cost, value + opt.value);
            }
        }
        cur.choice[i] = -1;
    };
    rec(0, 0, 0.0);
    return best;
}

} // namespace bva::forecast
