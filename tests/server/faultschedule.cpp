#include "faultschedule.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace bva::test {

QString FaultSchedule::describe() const
{
    QStringList e;
    for (const auto &[kind, count] : events)
        e.append(u"%1×%2"_s.arg(kind).arg(count));
    QString out = u"seed %1, shop %2, faults %3, events %4"_s.arg(seed).arg(shop).arg(
        QString::fromUtf8(QJsonDocument(faults).toJson(QJsonDocument::Compact)), e.join(u", "_s));
    if (syncDuring)
        out += u", a sync running meanwhile"_s;
    if (revoke)
        out += u", access revoked"_s;
    return out;
}

FaultSchedule makeFaultSchedule(quint64 seed, Deliveries kind)
{
    QRandomGenerator rng(quint32(seed * 2654435761u));
    FaultSchedule s;
    s.seed = seed;
    s.shop = int(rng.bounded(2));
    static const int windows[] = {0, 0, 2, 3, 5, 8};
    s.faults = {{u"duplicateWebhooks"_s, rng.bounded(2) == 1}, {u"statusBeforeCreate"_s, rng.bounded(2) == 1},
                {u"createdAgain"_s, rng.bounded(2) == 1},      {u"numbersAsStrings"_s, rng.bounded(2) == 1},
                {u"reorderWindow"_s, windows[rng.bounded(6)]}, {u"reorderSeed"_s, QString::number(seed)}};
    static const QStringList kinds = {u"journey"_s, u"journey"_s, u"journey"_s, u"status"_s, u"update"_s,
                                      u"order"_s,   u"return"_s,  u"stock"_s,   u"product"_s};
    const int groups = 2 + int(rng.bounded(3));
    for (int g = 0; g < groups; ++g)
        s.events.append({kinds.at(int(rng.bounded(kinds.size()))), 1 + int(rng.bounded(4))});
    if (kind == Deliveries::CloneWebhooks)
        return s;
    // The platforms' shapes are fixed: the clone-shape fault does not apply to them.
    s.faults.remove(u"numbersAsStrings"_s);
    static const double rates[] = {0, 0.05, 0.15, 0.3};
    static const int drifts[] = {0, 0, 1, -1, 3, -2};
    s.faults.insert(u"throttleRate"_s, rates[rng.bounded(4)]);
    s.faults.insert(u"errorRate"_s, rates[rng.bounded(4)]);
    s.faults.insert(u"truncateRate"_s, rates[rng.bounded(4)] / 3);
    s.faults.insert(u"malformedRate"_s, rates[rng.bounded(4)] / 3);
    s.faults.insert(u"pageDrift"_s, drifts[rng.bounded(6)]);
    s.faults.insert(u"dropRate"_s, rng.bounded(4) == 0 ? 0.3 : 0.0);
    s.syncDuring = rng.bounded(2) == 1;
    s.revoke = rng.bounded(8) == 0;
    return s;
}

int schedulesPerBackend(int byDefault)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("BVA_CONVERGENCE_SCHEDULES", &ok);
    return ok && n > 0 ? n : byDefault;
}

} // namespace bva::test
