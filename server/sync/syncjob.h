// One sync run of one integration: products first (orders snapshot their costs), then orders, each
// list paged where the site pages (bounded parallel GETs) or taken whole where it does not. Every
// page is mapped, checked and written in its own transaction as it arrives, so an interrupted run
// keeps what it wrote and the next run (upserts by marketplace id) completes it without doubles.
#pragma once

#include "domain/integration.h"
#include "domain/records.h"
#include "domain/shop.h"
#include "platforms/fetcherror.h"
#include "platforms/openplatform.h"
#include "platforms/platformadapter.h"
#include "platforms/platformclient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <deque>
#include <functional>

namespace bva {

class Database;

struct SyncJobSpec
{
    Integration integration;
    Shop shop;
    QByteArray token;
    const PlatformAdapter *adapter = nullptr;
    SyncRun run; // already started (sync_runs row exists)
    bool full = true;
    QDateTime updatedSince; // incremental: ask for records changed since then
    int pageSize = 500;
    int maxParallel = 4;
    ClientOptions client;
    // A real platform: its adapter's fetch plans, signed with the owner's app (apiHost: the row's).
    const OpenPlatformAdapter *open = nullptr;
    AppCredentials app;
    int historyDays = 90; // a first (full) sync of a real platform reads orders changed this far back
    // Asked once per page after a 401 to `rejected`: the token to retry with, or why there is none.
    std::function<void(const QByteArray &rejected, std::function<void(Result<QByteArray>)> done)> renewToken;
};

struct SyncOutcome
{
    SyncRun run; // final counts, state, error
    bool ok = false;
    bool unauthorized = false; // the marketplace answered 401: the token expired or was revoked
    QSet<QString> days;        // local days whose rollups changed
};

class SyncJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncJob)
public:
    SyncJob(Database &db, QNetworkAccessManager &nam, SyncJobSpec spec, QObject *parent = nullptr);
    ~SyncJob() override;

    void start();
    void cancel();
    qint64 runId() const { return m_spec.run.id; }
    qint64 integrationId() const { return m_spec.integration.id; }

signals:
    void progress(const QString &phase, int done, int total);
    // The run is over; its final row is not stored yet: the receiver stores it (SyncService).
    void finished(const bva::SyncOutcome &outcome);

private:
    enum class Kind { Products, Orders };
    static constexpr int kMaxUnannouncedPages = 100000;
    void fetchList(Kind kind);
    // A real platform's list: the plan's calls one after another (openjob.cpp).
    void startPlan();
    void requestPlanned();
    std::optional<FetchError> acceptPlanned(const ApiCall &call, const QByteArray &body);
    bool renewAndRetryPlanned(const ApiCall &call, const QByteArray &rejected, const FetchError &error);
    void requestPage(int page);
    void pumpPages();
    std::optional<FetchError> acceptPage(int page, const QByteArray &body);
    void countListed(const QJsonValue &record);
    Result<void> writeProducts(const QJsonArray &items);
    Result<void> writeOrders(const QJsonArray &items, qint64 askedAtMs);
    void listDone();
    // A paged list whose distinct records fall short of its total shifted while it was read.
    bool listIncomplete() const;
    Result<void> markDeletedProducts();
    // After a 401: renew the token and ask for the page again, once per page. False: not this time.
    bool renewAndRetry(int page, const QByteArray &rejected, const FetchError &error);
    void fail(const FetchError &error);
    void failStorage(const Error &error);
    void complete(const QString &state, const QString &error);
    void skip(const QString &reason, int count = 1);
    void note(const QString &reason, int count = 1);

    Database &m_db;
    SyncJobSpec m_spec;
    PlatformClient m_client;
    QElapsedTimer m_clock;
    qint64 m_parseNs = 0; // reading JSON and mapping (for the run log and benchmarks)
    qint64 m_writeNs = 0; // store writes
    SyncOutcome m_outcome;
    bool m_done = false;

    // The list being fetched.
    Kind m_kind = Kind::Products;
    int m_pageSize = 0; // as the site confirmed it
    int m_pagesKnown = 1;
    int m_nextPage = 2;
    int m_inFlight = 0;
    QHash<int, qint64>
        m_pageAskedAtMs; // when each page was last asked for (see OrderUpsertOptions::readAtMs)
    bool m_paged = false;
    int m_listDone = 0;
    int m_listTotal = 0;
    qint64 m_smallestTotal = -1; // the smallest total a page reported (-1: none)
    QSet<QString> m_listIds;     // distinct records of this list, to tell a list that shifted while paging
    int m_listIdless = 0;
    QSet<QString> m_seenProducts;      // full sync: products the marketplace still lists
    QSet<QString> m_knownProducts;     // orders: products BVA knows (an unknown one leaves the cost unknown)
    QHash<QString, int> m_notes;       // kept-with-a-warning counts
    QSet<QPair<int, int>> m_renewed;   // (list kind, page) retried after a renewal
    std::unique_ptr<FetchPlan> m_plan; // a real platform's list being read
    int m_planCall = 0;                // calls made by the plan, to renew once per call
};

} // namespace bva

Q_DECLARE_METATYPE(bva::SyncOutcome)
