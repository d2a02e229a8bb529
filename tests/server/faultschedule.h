// Seeded schedules of the simulator's faults and events, shared by the convergence suites (the clone
// flavours' webhooks and the open flavours' pushes and APIs): a failure names the seed and the faults
// to replay it. BVA_CONVERGENCE_SCHEDULES sets how many run per backend.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace bva::test {

struct FaultSchedule
{
    quint64 seed = 0;
    int shop = 0; // which simulator
    QJsonObject faults;
    QList<std::pair<QString, int>> events;
    // The open flavours only: what else happens while the events go out.
    bool syncDuring = false; // a sync is already running when the platform changes its records
    bool revoke = false;     // the seller withdraws the app's access on the platform
    bool dropsPushes() const { return faults.value(QStringLiteral("dropRate")).toDouble() > 0; }

    QString describe() const;
};

enum class Deliveries { CloneWebhooks, PlatformPushes };

// Clone webhooks: delivery faults only. Platform pushes: the platform's API faults too (throttling,
// 5xx, cut and garbled answers, records drifting between pages), lost pushes, a sync running while
// records change and, now and then, a revoked access.
FaultSchedule makeFaultSchedule(quint64 seed, Deliveries kind);

int schedulesPerBackend(int byDefault);

} // namespace bva::test
