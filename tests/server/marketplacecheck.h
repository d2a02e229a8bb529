// Compares what BVA holds for a shop with the simulator's current record (the source of truth),
// and connects a simulator shop the way a seller does, for the suites that check convergence.
#pragma once

#include "cloneprocess.h"
#include "sync/integrationservice.h"
#include "testserver.h"

namespace bva::test {

enum class Compare { Orders, OrdersAndProducts };

// The first difference (order count, a missing order, a status, a product's stock), or "".
QString differenceFromMarketplace(Database &db, qint64 shopId, CloneProcess &clone, Compare what);

// The webhook deliveries BVA kept that mention `externalId` (id, topic, state, note, body), for
// a failure message that shows how a record got where it is.
QString inboxTrail(Database &db, qint64 shopId, const QString &externalId);

// Connects the simulator's main shop for `userId` and waits for its first sync; *why on failure.
std::optional<TestIntegration> connectClone(TestServer &server, CloneProcess &clone, qint64 userId,
                                            QString *why);

// Runs a sync of `kind` and waits for it to end; false with *why when it did not succeed.
bool syncAndWait(TestServer &server, qint64 integrationId, SyncKind kind, QString *why);

} // namespace bva::test
