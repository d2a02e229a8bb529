// bva-bench-analytics: fills a store with N orders (3 items each) across 4 shops over 3 years, then
// times AnalyticsService::dashboard for several ranges and filters, every report, and the naive
// equivalent computed straight from orders/order_items, in the same run.
//
//   bva-bench-analytics --db sqlite:/tmp/bva-bench.db [--orders 1000000] [--runs 5] [--reuse]
//   bva-bench-analytics --db postgres://bva:bva@127.0.0.1:5432/bva_bench ...
#include "analytics/analyticsservice.h"
#include "store/database.h"
#include "store/productrepository.h"
#include "store/rolluprepository.h"
#include "store/shoprepository.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimeZone>
#include <algorithm>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace bva;

namespace {

QTextStream out(stdout);

struct Timing
{
    double median = 0; // wall clock, ms
    double max = 0;
    double cold = 0; // the first run (statements prepared, pages read from disk)
    double cpu = 0;  // median CPU time of this process (SQLite work included; not PostgreSQL's)
};

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// The machine is shared, so wall times carry other processes' load; CPU time shows our own cost.
template <typename F> Timing timeIt(int runs, F &&f)
{
    QElapsedTimer first;
    first.start();
    f(); // cold: prepared statements and the page cache are filled here
    const double cold = double(first.nsecsElapsed()) / 1e6;
    QList<double> ms, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const double c0 = cpuMs();
        t.start();
        f();
        ms.append(double(t.nsecsElapsed()) / 1e6);
        cpu.append(cpuMs() - c0);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    return {ms.at(ms.size() / 2), ms.last(), cold, cpu.at(cpu.size() / 2)};
}

QString fmt(const Timing &t)
{
    return u"%1 (%2) | %3 | %4"_s.arg(t.median, 0, 'f', 1)
        .arg(t.max, 0, 'f', 1)
        .arg(t.cpu, 0, 'f', 1)
        .arg(t.cold, 0, 'f', 1);
}

void die(const QString &what, const Error &e)
{
    out << "error: " << what << ": " << e.message << Qt::endl;
    ::exit(1);
}

qint64 scalar(Database &db, const QString &text, const QVariantList &binds = {})
{
    auto q = sql::run(db.connection(), text, binds, u"bench scalar");
    if (!q)
        die(text, q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

struct Generated
{
    QList<Shop> shops;
};

Generated generate(Database &db, qint64 orders, int productsPerShop, bool reuse)
{
    Generated g;
    const QList<std::tuple<Platform, QString, QString>> shopSpecs = {
        {Platform::Shopee, u"bench-sp-1"_s, u"PHP"_s},
        {Platform::Shopee, u"bench-sp-2"_s, u"PHP"_s},
        {Platform::Lazada, u"bench-lz-1"_s, u"PHP"_s},
        {Platform::Lazada, u"bench-lz-id"_s, u"IDR"_s}};
    for (const auto &[platform, ext, currency] : shopSpecs) {
        Shop s;
        s.platform = platform;
        s.externalId = ext;
        s.name = u"Bench "_s + ext;
        s.currency = currency;
        s.timezone = currency == u"IDR" ? u"Asia/Jakarta"_s : u"Asia/Manila"_s;
        auto stored = ShopRepository(db).upsert(s);
        if (!stored)
            die(u"shop"_s, stored.error());
        g.shops.append(*stored);
    }
    const qint64 existing = scalar(db, u"SELECT COUNT(*) FROM orders"_s);
    if (reuse && existing == orders) {
        out << "reusing " << existing << " orders" << Qt::endl;
        return g;
    }
    if (existing > 0) {
        out << "store has " << existing
            << " orders; use an empty database (or --reuse with the same --orders)" << Qt::endl;
        ::exit(2);
    }
    QElapsedTimer clock;
    clock.start();
    QRandomGenerator rng(20240316);
    // Products: prices 50..2000 PHP, 90% with a known cost.
    QHash<qint64, QList<Product>> products;
    for (const Shop &s : std::as_const(g.shops)) {
        QList<Product> list;
        for (int i = 0; i < productsPerShop; ++i) {
            Product p;
            p.externalId = u"p%1"_s.arg(i);
            p.sku = u"SKU-%1-%2"_s.arg(s.externalId).arg(i);
            p.name = u"Product %1"_s.arg(i);
            p.category = QStringList{u"Bags"_s, u"Shoes"_s, u"Beauty"_s, u"Home"_s, u"Toys"_s}.at(i % 5);
            p.priceMinor = (50 + rng.bounded(1950)) * 100;
            if (rng.bounded(10) != 0)
                p.costMinor = p.priceMinor * (40 + rng.bounded(40)) / 100;
            p.stock = rng.bounded(10) == 0 ? rng.bounded(4) : 20 + rng.bounded(500);
            list.append(p);
        }
        if (auto r = ProductRepository(db).upsertBatch(s.id, list); !r)
            die(u"products"_s, r.error());
        products.insert(s.id, list);
    }

    const QDateTime end = QDateTime::currentDateTimeUtc();
    const qint64 spanMs = qint64(3 * 365) * 86400000LL;
    const qint64 startMs = end.toMSecsSinceEpoch() - spanMs;
    constexpr int orderCols = 17;
    constexpr int itemCols = 8;
    constexpr int chunk = 500;
    const QString orderSql =
        u"INSERT INTO orders (id, shop_id, external_id, status, raw_status, total_minor, cost_minor, "
        "profit_minor, units, customer_name, customer_email, placed_at, placed_at_from_source, "
        "local_day, source_updated_at, created_at, updated_at) VALUES "_s +
        sql::rowPlaceholders(chunk, orderCols);
    const QString itemSql =
        u"INSERT INTO order_items (order_id, line_no, product_external_id, product_name, quantity, "
        "unit_price_minor, subtotal_minor, unit_cost_minor) VALUES "_s +
        sql::rowPlaceholders(chunk * 3, itemCols);
    QSqlDatabase conn = db.connection();
    QSqlQuery orderQuery(conn);
    QSqlQuery itemQuery(conn);
    orderQuery.prepare(orderSql);
    itemQuery.prepare(itemSql);
    QHash<QString, QTimeZone> zones;
    for (const Shop &s : std::as_const(g.shops))
        zones.insert(s.timezone, QTimeZone(s.timezone.toUtf8()));
    const QVariant nullCost(QMetaType::fromType<qint64>());
    qint64 id = 0;
    const qint64 total = orders - orders % chunk; // whole chunks keep one prepared statement
    while (id < total) {
        Transaction tx(conn);
        for (int c = 0; c < 20 && id < total; ++c) {
            QVariantList ob, ib;
            ob.reserve(chunk * orderCols);
            ib.reserve(chunk * 3 * itemCols);
            for (int k = 0; k < chunk; ++k) {
                ++id;
                const Shop &shop = g.shops.at(int(id % g.shops.size()));
                const QList<Product> &plist = products.value(shop.id);
                // More orders recently (a growing shop) and on weekends.
                const double u = rng.generateDouble();
                const qint64 placed = startMs + qint64(std::sqrt(u) * double(spanMs));
                const QDateTime placedAt = QDateTime::fromMSecsSinceEpoch(placed, Qt::UTC);
                const QString day =
                    placedAt.toTimeZone(zones.value(shop.timezone)).date().toString(Qt::ISODate);
                const int r = rng.bounded(100);
                const QString status = r < 80   ? u"COMPLETED"_s
                                       : r < 88 ? u"TO_SHIP"_s
                                       : r < 93 ? u"CANCELLED"_s
                                       : r < 96 ? u"RETURNED"_s
                                       : r < 98 ? u"REFUNDED"_s
                                                : u"FAILED"_s;
                qint64 orderTotal = 0, orderCost = 0;
                bool costKnown = true;
                int units = 0;
                for (int line = 0; line < 3; ++line) {
                    const Product &p = plist.at(int(rng.bounded(quint32(plist.size()))));
                    const int qty = 1 + int(rng.bounded(3));
                    const qint64 sub = p.priceMinor * qty;
                    orderTotal += sub;
                    units += qty;
                    if (p.costMinor)
                        orderCost += *p.costMinor * qty;
                    else
                        costKnown = false;
                    ib << id << line << p.externalId << p.name << qty << p.priceMinor << sub
                       << (p.costMinor ? QVariant(*p.costMinor) : nullCost);
                }
                ob << id << shop.id << u"o%1"_s.arg(id) << status << status.toLower() << orderTotal
                   << (costKnown ? QVariant(orderCost) : nullCost)
                   << (costKnown ? QVariant(orderTotal - orderCost) : nullCost) << units
                   << u"Buyer %1"_s.arg(id % 5000) << u"buyer%1@example.com"_s.arg(id % 5000) << placed << 1
                   << day << placed << placed << placed;
            }
            if (auto r = sql::execPrepared(orderQuery, ob, u"bench orders"); !r)
                die(u"orders"_s, r.error());
            if (auto r = sql::execPrepared(itemQuery, ib, u"bench items"); !r)
                die(u"items"_s, r.error());
        }
        if (auto r = tx.commit(); !r)
            die(u"commit"_s, r.error());
        if (id % 100000 == 0)
            out << "  " << id << " orders, " << clock.elapsed() / 1000 << " s" << Qt::endl;
    }
    if (db.isPostgres())
        scalar(db, u"SELECT setval(pg_get_serial_sequence('orders', 'id'), (SELECT MAX(id) FROM orders))"_s);
    out << "inserted " << id << " orders and " << id * 3 << " items in " << clock.elapsed() / 1000 << " s"
        << Qt::endl;
    clock.restart();
    for (const Shop &s : std::as_const(g.shops)) {
        if (auto r = RollupRepository(db).rebuildAll(s.id); !r)
            die(u"rollups"_s, r.error());
    }
    out << "rebuilt rollups in " << clock.elapsed() / 1000.0 << " s" << Qt::endl;
    if (auto r = sql::run(conn, u"ANALYZE"_s, {}, u"analyze"); !r)
        die(u"analyze"_s, r.error());
    return g;
}

// The dashboard's figures computed the naive way: straight from orders and order_items.
void naiveDashboard(Database &db, const QList<qint64> &shopIds, const DateRange &range)
{
    QSqlDatabase conn = db.connection();
    QVariantList binds;
    for (qint64 id : shopIds)
        binds.append(id);
    const QString in = u"shop_id IN ("_s + sql::placeholders(int(shopIds.size())) + u')';
    const QString notRevenue = u"('CANCELLED', 'FAILED', 'RETURNED', 'REFUNDED')"_s;
    auto run = [&](const QString &text, const QVariantList &b) {
        auto q = sql::run(conn, text, b, u"naive");
        if (!q)
            die(text, q.error());
        while (q->next()) {
        }
    };
    const DateRange prev = range.previous();
    for (const DateRange &r : {range, prev}) {
        QVariantList b = binds;
        b << r.fromDay() << r.toDay();
        run(u"SELECT shop_id, COUNT(*), CAST(SUM(units) AS BIGINT), CAST(SUM(total_minor) AS BIGINT), "
            "CAST(SUM(cost_minor) AS BIGINT), CAST(SUM(profit_minor) AS BIGINT) FROM orders WHERE "_s +
                in + u" AND local_day >= ? AND local_day <= ? AND status NOT IN "_s + notRevenue +
                u" GROUP BY shop_id"_s,
            b);
    }
    QVariantList b = binds;
    b << range.fromDay() << range.toDay();
    run(u"SELECT shop_id, local_day, CAST(SUM(total_minor) AS BIGINT), CAST(SUM(profit_minor) AS BIGINT) FROM orders WHERE "_s +
            in + u" AND local_day >= ? AND local_day <= ? AND status NOT IN "_s + notRevenue +
            u" GROUP BY shop_id, local_day"_s,
        b);
    run(u"SELECT o.shop_id, i.product_external_id, CAST(SUM(i.quantity) AS BIGINT), CAST(SUM(i.subtotal_minor) AS BIGINT) "
        "FROM orders o JOIN order_items i ON i.order_id = o.id WHERE o."_s +
            in + u" AND o.local_day >= ? AND o.local_day <= ? AND o.status NOT IN "_s + notRevenue +
            u" GROUP BY o.shop_id, i.product_external_id ORDER BY 3 DESC LIMIT 5"_s,
        b);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the analytics layer on a large generated store."_s);
    parser.addHelpOption();
    parser.addOption(
        {u"db"_s, u"Database URL (sqlite:/path or postgres://…). Use a scratch database."_s, u"url"_s});
    parser.addOption({u"orders"_s, u"Orders to generate (3 items each)."_s, u"n"_s, u"1000000"_s});
    parser.addOption({u"products"_s, u"Products per shop."_s, u"n"_s, u"300"_s});
    parser.addOption({u"runs"_s, u"Timed runs per case (median and max reported)."_s, u"n"_s, u"5"_s});
    parser.addOption({u"reuse"_s, u"Reuse the store if it already holds --orders orders."_s});
    parser.addOption({u"skip-naive"_s, u"Do not time the naive queries."_s});
    parser.process(app);
    if (!parser.isSet(u"db"_s)) {
        out << "--db is required" << Qt::endl;
        return 2;
    }
    auto config = DatabaseConfig::fromUrl(parser.value(u"db"_s));
    if (!config)
        die(u"--db"_s, config.error());
    Database db(*config);
    if (auto r = db.open(); !r)
        die(u"open"_s, r.error());
    const qint64 orders = parser.value(u"orders"_s).toLongLong();
    const int runs = qMax(1, parser.value(u"runs"_s).toInt());
    Generated g = generate(db, orders, parser.value(u"products"_s).toInt(), parser.isSet(u"reuse"_s));

    AnalyticsService service(db);
    QList<qint64> all;
    for (const Shop &s : std::as_const(g.shops))
        all.append(s.id);
    struct Filter
    {
        QString name;
        QList<qint64> shops;
        std::optional<Platform> platform;
    };
    const QList<Filter> filters = {{u"all shops"_s, all, std::nullopt},
                                   {u"Shopee only"_s, all, Platform::Shopee},
                                   {u"one shop"_s, {all.first()}, std::nullopt}};
    const QList<DatePreset> presets = {DatePreset::Today,      DatePreset::Last7Days, DatePreset::Last30Days,
                                       DatePreset::Last90Days, DatePreset::LastYear,  DatePreset::Custom};
    const QDate today = service.today(g.shops);
    const DateRange everything{today.addDays(-3 * 365), today};

    out << "\n"
        << (db.isPostgres() ? "PostgreSQL" : "SQLite") << ", " << scalar(db, u"SELECT COUNT(*) FROM orders"_s)
        << " orders, " << scalar(db, u"SELECT COUNT(*) FROM order_items"_s) << " items, "
        << scalar(db, u"SELECT COUNT(*) FROM daily_rollups"_s) << " daily rollups, "
        << scalar(db, u"SELECT COUNT(*) FROM product_daily_rollups"_s) << " product rollups; median (max) of "
        << runs << " runs, ms\n\n";
    out << "| Range | Filter | Dashboard wall median (max) | CPU | cold | Naive over orders wall median (max) |\n"
           "|---|---|---:|---:|---:|---:|\n";
    double worstDashboard = 0;
    for (DatePreset p : presets) {
        for (const Filter &f : filters) {
            AnalyticsScope scope;
            scope.shopIds = f.shops;
            scope.platform = f.platform;
            scope.preset = p;
            scope.custom = everything;
            const Timing t = timeIt(runs, [&] {
                auto d = service.dashboard(scope);
                if (!d)
                    die(u"dashboard"_s, d.error());
            });
            worstDashboard = qMax(worstDashboard, t.max);
            QString naive = u"–"_s;
            if (!parser.isSet(u"skip-naive"_s) && f.name == u"all shops") {
                const DateRange range = scope.range(today);
                const Timing n = timeIt(qMin(runs, 3), [&] { naiveDashboard(db, f.shops, range); });
                naive = u"%1 (%2)"_s.arg(n.median, 0, 'f', 1).arg(n.max, 0, 'f', 1);
            }
            const QString name = p == DatePreset::Custom ? u"3 years"_s : datePresetName(p);
            out << "| " << name << " | " << f.name << " | " << fmt(t) << " | " << naive << " |" << Qt::endl;
        }
    }
    out << "\n| Report | Range | Wall median (max) | CPU | cold |\n|---|---|---:|---:|---:|\n";
    double worstReport = 0;
    for (ReportKind k : allReportKinds()) {
        for (DatePreset p : {DatePreset::Last30Days, DatePreset::LastYear, DatePreset::Custom}) {
            AnalyticsScope scope;
            scope.shopIds = all;
            scope.preset = p;
            scope.custom = everything;
            const Timing t = timeIt(runs, [&] {
                auto r = service.report(k, scope);
                if (!r)
                    die(u"report"_s, r.error());
            });
            worstReport = qMax(worstReport, t.max);
            out << "| " << reportKindName(k) << " | "
                << (p == DatePreset::Custom ? u"3 years"_s : datePresetName(p)) << " | " << fmt(t) << " |"
                << Qt::endl;
        }
    }
    out << "\nworst dashboard " << QString::number(worstDashboard, 'f', 1)
        << " ms (target < 100), worst report " << QString::number(worstReport, 'f', 1) << " ms (target < 500)"
        << Qt::endl;
    return 0;
}
