// bva-bench: batch upsert of N orders (3 items each) plus M products into SQLite and PostgreSQL.
// Usage: bva-bench [--orders N] [--products M] [--batch B] [--backend sqlite|postgres|both]
#include "store/batchwriter.h"
#include "store/database.h"
#include "store/orderrepository.h"
#include "store/productrepository.h"
#include "store/rolluprepository.h"
#include "store/shoprepository.h"
#include "store/sql.h"
#include "store/sqlitestatement.h"
#include "store/transaction.h"
#include "testbackends.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <random>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace bva;

namespace {

struct Figures
{
    double productsPerSecond = 0;
    double ordersPerSecond = 0;
    double ordersPerCpuSecond = 0; // this process's CPU time: steadier on a shared machine
    double rollupSeconds = 0;
    double resyncOrdersPerSecond = 0;
    double floorOrdersPerCpuSecond = 0; // plain inserts of the same rows: this machine's floor right now
};

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

QList<Product> makeProducts(int n)
{
    QList<Product> list;
    list.reserve(n);
    for (int i = 0; i < n; ++i) {
        Product p;
        p.externalId = u"prod-"_s + QString::number(i);
        p.sku = u"SKU-"_s + QString::number(100000 + i);
        p.name = u"Product number "_s + QString::number(i);
        p.category = i % 4 == 0   ? u"Food"_s
                     : i % 4 == 1 ? u"Beauty"_s
                     : i % 4 == 2 ? u"Household"_s
                                  : u"Fashion"_s;
        p.priceMinor = 5000 + (i * 37) % 100000;
        if (i % 10)
            p.costMinor = p.priceMinor * 6 / 10;
        p.stock = i % 200;
        list.append(p);
    }
    return list;
}

QList<Order> makeOrders(int first, int n, int products, std::mt19937 &rng)
{
    const QDateTime start = QDateTime::fromString(u"2025-01-01T00:00:00Z"_s, Qt::ISODate);
    std::uniform_int_distribution<int> product(0, products - 1);
    std::uniform_int_distribution<int> qty(1, 4);
    std::uniform_int_distribution<qint64> seconds(0, 365LL * 24 * 3600);
    QList<Order> list;
    list.reserve(n);
    for (int i = first; i < first + n; ++i) {
        Order o;
        o.externalId = u"order-"_s + QString::number(i);
        o.status = i % 17 == 0 ? OrderStatus::Cancelled : OrderStatus::Completed;
        o.rawStatus = orderStatusName(o.status);
        o.customerName = u"Customer "_s + QString::number(i % 5000);
        o.placedAt = start.addSecs(seconds(rng));
        for (int k = 0; k < 3; ++k) {
            OrderItem item;
            const int p = product(rng);
            item.productExternalId = u"prod-"_s + QString::number(p);
            item.quantity = qty(rng);
            item.unitPriceMinor = 5000 + (p * 37) % 100000;
            item.subtotalMinor = item.quantity * item.unitPriceMinor;
            o.totalMinor += item.subtotalMinor;
            o.items.append(item);
        }
        list.append(o);
    }
    return list;
}

// The baseline measured in the same run: the same orders and items as plain INSERTs into tables
// with only a primary key (no upsert, no lookups, no rollups), through the same statement path.
Result<double> rawInsertFloor(Database &db, const QList<QList<Order>> &batches)
{
    const QSqlDatabase c = db.connection();
    for (const char *ddl :
         {"CREATE TABLE bench_orders (id BIGINT PRIMARY KEY, external_id TEXT, status TEXT, "
          "total_minor BIGINT, placed_at BIGINT)",
          "CREATE TABLE bench_items (order_id BIGINT, line_no INTEGER, product TEXT, quantity INTEGER, "
          "subtotal_minor BIGINT, PRIMARY KEY (order_id, line_no))"}) {
        if (auto q = sql::run(c, QString::fromLatin1(ddl), {}, u"bench tables"); !q)
            return q.error();
    }
    const double start = double(std::clock()) / CLOCKS_PER_SEC;
    qint64 id = 0;
    int orders = 0;
    for (const QList<Order> &batch : batches) {
        Transaction tx(c);
        sql::BatchWriter orderRows(
            c, 5, db.batchBindLimit(),
            [](int rows) -> QString {
                return u"INSERT INTO bench_orders VALUES "_s + sql::rowPlaceholders(rows, 5);
            },
            u"bench orders"_s);
        sql::BatchWriter itemRows(
            c, 5, db.batchBindLimit(),
            [](int rows) -> QString {
                return u"INSERT INTO bench_items VALUES "_s + sql::rowPlaceholders(rows, 5);
            },
            u"bench items"_s);
        for (const Order &o : batch) {
            ++id;
            if (auto r = orderRows.add({id, o.externalId, orderStatusName(o.status), o.totalMinor,
                                        o.placedAt.toMSecsSinceEpoch()});
                !r)
                return r.error();
            for (qsizetype line = 0; line < o.items.size(); ++line) {
                const OrderItem &i = o.items.at(line);
                if (auto r = itemRows.add({id, int(line), i.productExternalId, i.quantity, i.subtotalMinor});
                    !r)
                    return r.error();
            }
        }
        if (auto r = orderRows.finish(); !r)
            return r.error();
        if (auto r = itemRows.finish(); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        orders += int(batch.size());
    }
    return orders / (double(std::clock()) / CLOCKS_PER_SEC - start);
}

// --profile-sql (SQLite): time spent per statement text, from SQLite's own profile callback.
QHash<QString, std::pair<qint64, qint64>> g_sqlProfile; // text -> (runs, nanoseconds)

int onSqlProfile(unsigned, void *, void *stmt, void *ns)
{
    auto &entry = g_sqlProfile[QString::fromUtf8(sqlite3_sql(static_cast<sqlite3_stmt *>(stmt))).left(90)];
    ++entry.first;
    entry.second += *static_cast<qint64 *>(ns);
    return 0;
}

void printSqlProfile()
{
    QList<std::pair<QString, std::pair<qint64, qint64>>> rows;
    for (auto it = g_sqlProfile.cbegin(); it != g_sqlProfile.cend(); ++it)
        rows.append({it.key(), it.value()});
    std::sort(rows.begin(), rows.end(),
              [](const auto &a, const auto &b) { return a.second.second > b.second.second; });
    for (const auto &[text, figures] : rows.mid(0, 15)) {
        std::printf("  %8.0f ms %9lld runs  %s\n", figures.second / 1e6,
                    static_cast<long long>(figures.first), qPrintable(text));
    }
}

bool fail(const Error &e)
{
    std::fprintf(stderr, "error: %s\n", qPrintable(e.message));
    return false;
}

bool run(const QString &url, int orders, int products, int batch, bool chronological, bool profileSql,
         bool insertOnly, Figures *out)
{
    auto config = DatabaseConfig::fromUrl(url);
    Database db(*config);
    if (auto r = db.open(); !r)
        return fail(r.error());
    if (profileSql) {
        if (sqlite3 *handle = sql::sqliteHandle(db.connection()))
            sqlite3_trace_v2(handle, SQLITE_TRACE_PROFILE, onSqlProfile, nullptr);
    }
    Shop shop;
    shop.platform = Platform::Shopee;
    shop.externalId = u"bench"_s;
    auto stored = ShopRepository(db).upsert(shop);
    if (!stored)
        return fail(stored.error());

    QElapsedTimer timer;
    const QList<Product> catalogue = makeProducts(products);
    timer.start();
    for (qsizetype i = 0; i < catalogue.size(); i += batch) {
        if (auto r = ProductRepository(db).upsertBatch(stored->id, catalogue.mid(i, batch)); !r)
            return fail(r.error());
    }
    out->productsPerSecond = products / (timer.nsecsElapsed() / 1e9);

    std::mt19937 rng(42);
    QList<QList<Order>> batches;
    QList<Order> all = makeOrders(0, orders, products, rng);
    if (chronological) { // as a marketplace lists them: oldest first
        std::stable_sort(all.begin(), all.end(),
                         [](const Order &a, const Order &b) { return a.placedAt < b.placedAt; });
    }
    for (int i = 0; i < orders; i += batch)
        batches.append(all.mid(i, batch));
    QSet<QString> days;
    const double cpuStart = cpuSeconds();
    timer.restart();
    for (const QList<Order> &b : std::as_const(batches)) {
        auto r = OrderRepository(db).upsertBatch(stored->id, b);
        if (!r)
            return fail(r.error());
        days.unite(r->affectedDays);
    }
    // Rollups are kept up to date inside each batch; the full rebuild is timed for comparison only.
    out->ordersPerSecond = orders / (timer.nsecsElapsed() / 1e9);
    out->ordersPerCpuSecond = orders / (cpuSeconds() - cpuStart);
    if (insertOnly)
        return true;
    timer.restart();
    if (auto r = RollupRepository(db).rebuildDays(stored->id, days); !r)
        return fail(r.error());
    out->rollupSeconds = timer.nsecsElapsed() / 1e9;

    // A second full sync where every order moved on (a status change, new update time): every row
    // is an update that moves money between rollup buckets and records a status change.
    for (QList<Order> &b : batches) {
        for (Order &o : b) {
            o.status = o.status == OrderStatus::Completed ? OrderStatus::Returned : OrderStatus::Completed;
            o.rawStatus = orderStatusName(o.status);
            o.sourceUpdatedAt = o.placedAt.addDays(3);
        }
    }
    timer.restart();
    for (const QList<Order> &b : std::as_const(batches)) {
        if (auto r = OrderRepository(db).upsertBatch(stored->id, b); !r)
            return fail(r.error());
    }
    out->resyncOrdersPerSecond = orders / (timer.nsecsElapsed() / 1e9);
    auto floor = rawInsertFloor(db, batches);
    if (!floor)
        return fail(floor.error());
    out->floorOrdersPerCpuSecond = *floor;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Store throughput: batch upserts of orders (3 items each) and products."_s);
    parser.addHelpOption();
    parser.addOption({u"orders"_s, u"Orders to upsert."_s, u"n"_s, u"100000"_s});
    parser.addOption({u"products"_s, u"Products to upsert."_s, u"n"_s, u"10000"_s});
    parser.addOption({u"batch"_s, u"Orders or products per upsertBatch call."_s, u"n"_s, u"1000"_s});
    parser.addOption({u"profile-sql"_s, u"SQLite: print the time spent per statement."_s});
    parser.addOption(
        {u"chronological"_s, u"Orders arrive oldest first (as sync pages do) instead of in random order."_s});
    parser.addOption({u"backend"_s, u"sqlite, postgres or both."_s, u"name"_s, u"both"_s});
    parser.addOption(
        {u"insert-only"_s, u"Stop after the first pass (for profiling the write of new orders)."_s});
    parser.process(app);
    const int orders = parser.value(u"orders"_s).toInt();
    const int products = parser.value(u"products"_s).toInt();
    const int batch = qMax(1, parser.value(u"batch"_s).toInt());
    const QString which = parser.value(u"backend"_s);

    std::printf("%-10s %12s %10s %14s %10s %16s %18s\n", "backend", "products/s", "orders/s", "orders/cpu-s",
                "rollups s", "re-sync orders/s", "floor orders/cpu-s");
    bool ok = true;
    for (const QString &backend : {u"sqlite"_s, u"postgres"_s}) {
        if (which != u"both" && which != backend)
            continue;
        QString why;
        auto scratch = test::ScratchDatabase::create(backend, &why);
        if (!scratch) {
            std::printf("%-10s skipped: %s\n", qPrintable(backend), qPrintable(why));
            continue;
        }
        Figures f;
        if (!run(scratch->url(), orders, products, batch, parser.isSet(u"chronological"_s),
                 parser.isSet(u"profile-sql"_s), parser.isSet(u"insert-only"_s), &f)) {
            ok = false;
            continue;
        }
        std::printf("%-10s %12.0f %10.0f %14.0f %10.2f %16.0f %18.0f\n", qPrintable(backend),
                    f.productsPerSecond, f.ordersPerSecond, f.ordersPerCpuSecond, f.rollupSeconds,
                    f.resyncOrdersPerSecond, f.floorOrdersPerCpuSecond);
        printSqlProfile();
        std::fflush(stdout);
    }
    return ok ? 0 : 1;
}
