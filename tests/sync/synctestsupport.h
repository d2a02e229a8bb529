// Shared by the sync suites: a scratch store + file vault + IntegrationService wired together, and
// helpers to compare what BVA stored with what a bva-clone serves.
#pragma once

#include "auth/filevault.h"
#include "cloneprocess.h"
#include "domain/eventbus.h"
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

template <typename T> T await(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

// A small, fixed-date simulator shop per flavour.
CloneOptions cloneOptions(const QString &flavor);
// Adds the column "flavor" with rows "shopee" and "lazada" to a _data() function.
void addFlavours();
Platform platformOf(const QString &flavor);
// The harness's seller connecting the clone's main shop; the clone becomes the configured site of its
// platform.
ConnectRequest connectRequest(SyncHarness &h, const CloneProcess &clone, bool startSync = true);
// Waits (polling the store, like QTRY_*) for the run `runId` to finish; returns its stored row.
std::optional<SyncRun> waitForRun(SyncHarness &h, qint64 runId, int timeoutMs = 30000);

// Counts progress signals in this (the test's) thread: the service emits them from its worker.
struct ProgressWatch
{
    QObject context;
    int count = 0;
    bool ordersStarted = false;
    explicit ProgressWatch(IntegrationService &s);
};

// Compares the shop's products and orders in BVA with the simulator's REST lists. Empty when equal.
QString compareWithClone(Database &db, qint64 shopId, const CloneProcess &clone,
                         const QString &shopExternalId, const QByteArray &token);

} // namespace bva::test
