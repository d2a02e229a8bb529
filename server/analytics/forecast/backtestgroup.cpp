#include "backtestgroup.h"

#include <algorithm>

namespace bva::forecast {

BacktestGroup::BacktestGroup(std::function<GroupLearning(QDate day)> learn)
    : m_learn(std::move(learn))
{}

GroupLearning BacktestGroup::before(QDate day) const
{
    // Learned under the lock: the series of one run share a few dates (their first origins), and a second
    // thread asking for the same date waits rather than learning it again.
    QMutexLocker lock(&m_mutex);
    const auto it = m_learned.find(day);
    if (it != m_learned.end())
        return it->second;
    return m_learned.emplace(day, m_learn(day)).first->second;
}

TimeSeries truncatedBefore(const TimeSeries &s, QDate day)
{
    TimeSeries out = s;
    qint64 keep = 0;
    if (s.frequency == Frequency::Daily) {
        keep = std::clamp<qint64>(s.start.daysTo(day), 0, s.size());
    } else {
        while (keep < s.size() && s.dateAt(int(keep)) < day)
            ++keep;
    }
    out.values.resize(size_t(keep));
    return out;
}

} // namespace bva::forecast
