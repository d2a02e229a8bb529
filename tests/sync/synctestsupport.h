// Shared by the sync suites: a scratch store + file vault + IntegrationService wired together, and
// helpers to compare what BVA stored with what a bva-clone serves.
#pragma once

#include "auth/filevault.h"
#include "cloneprocess.h"
#include "realtime/eventbus.h"
#include "store/database.h"
#include "sync/integrationservice.h"
#include "testbackends.h"

#include <QFuture>
#include <QTemporaryDir>

#include <memory>

namespace bva::test {

struct SyncHarness
{
    std::unique_ptr<ScratchDatabase> scratch;
    QTemporaryDir vaultDir;
    std::unique_ptr<Database> db;
    std::unique_ptr<FileVault> vault;
    EventBus bus;
    std::unique_ptr<IntegrationService> service;
    qint64 userId = 0;

    // Opens the store and vault and starts the service. Returns an error text, empty when ready.
    QString open(std::unique_ptr<ScratchDatabase> database, IntegrationServiceOptions options);
};

// Options for quick tests: small pages (several pages per list), fast retries, no scheduler.
IntegrationServiceOptions quickOptions();

template<typename T>
T await(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

// Compares the shop's products and orders in BVA with the simulator's REST lists. Empty when equal.
QString compareWithClone(Database &db, qint64 shopId, const CloneProcess &clone, const QString &shopExternalId,
                         const QByteArray &token);

} // namespace bva::test
