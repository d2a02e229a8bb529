// The store against SQLite and a real PostgreSQL server: migrations, upserts, isolation between
// shops, concurrent readers, atomic batches and rollups.
#include "asfileowner.h"
#include "store/database.h"
#include "store/inboxrepository.h"
#include "store/localday.h"
#include "store/migrations.h"
#include "store/orderrepository.h"
#include "store/productrepository.h"
#include "store/rolluprepository.h"
#include "store/shoprepository.h"
#include "store/sql.h"
#include "store/transaction.h"
#include "store/userrepository.h"
#include "testbackends.h"
#include "util/clock.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <algorithm>
#include <random>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace bva;

namespace {

std::unique_ptr<Database> openStore(const QString &url)
{
    auto config = DatabaseConfig::fromUrl(url);
    if (!config)
        qFatal("bad url %s", qPrintable(url));
    auto db = std::make_unique<Database>(*config);
    if (auto r = db->open(); !r)
        qFatal("open failed: %s", qPrintable(r.error().message));
    return db;
}

Shop makeShop(Database &db, Platform platform, const QString &ext, const QString &tz = u"Asia/Manila"_s)
{
    Shop s;
    s.platform = platform;
    s.externalId = ext;
    s.name = u"Shop "_s + ext;
    s.timezone = tz;
    auto stored = ShopRepository(db).upsert(s);
    if (!stored)
        qFatal("shop upsert failed: %s", qPrintable(stored.error().message));
    return *stored;
}

Product product(const QString &ext, qint64 price, std::optional<qint64> cost, int stock)
{
    Product p;
    p.externalId = ext;
    p.sku = u"SKU-"_s + ext;
    p.name = u"Product "_s + ext;
    p.priceMinor = price;
    p.costMinor = cost;
    p.stock = stock;
    return p;
}

Order order(const QString &ext, const QDateTime &placed, QList<OrderItem> items,
            OrderStatus status = OrderStatus::Completed)
{
    Order o;
    o.externalId = ext;
    o.status = status;
    o.rawStatus = orderStatusName(status);
    o.placedAt = placed;
    o.items = items;
    for (const OrderItem &i : items)
        o.totalMinor += i.subtotalMinor;
    return o;
}

OrderItem item(const QString &product, int qty, qint64 unit)
{
    OrderItem i;
    i.productExternalId = product;
    i.quantity = qty;
    i.unitPriceMinor = unit;
    i.subtotalMinor = qty * unit;
    return i;
}

qint64 scalar(Database &db, const QString &sqlText, const QVariantList &binds = {})
{
    auto q = sql::run(db.connection(), sqlText, binds, u"test scalar");
    if (!q || !q->next())
        qFatal("query failed: %s", qPrintable(sqlText));
    return q->value(0).toLongLong();
}

QList<QVariantList> rows(Database &db, const QString &sqlText)
{
    auto q = sql::run(db.connection(), sqlText, {}, u"test rows");
    if (!q)
        qFatal("query failed: %s", qPrintable(sqlText));
    QList<QVariantList> list;
    while (q->next()) {
        QVariantList row;
        for (int c = 0; c < q->record().count(); ++c) {
            // Backends differ in the types they return for sums; compare numbers as numbers.
            bool isNumber = false;
            const qint64 n = q->value(c).toString().toLongLong(&isNumber);
            row.append(isNumber ? QVariant(n) : QVariant(q->value(c).toString()));
        }
        list.append(row);
    }
    return list;
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

} // namespace

// Back to order_items as 007 left it, and 048 not applied: a store of the version before.
static Result<void> undoMigration048(Database &db)
{
    const QString old =
        u"@SQLITE_ONLY@ DROP TRIGGER IF EXISTS order_items_follow_order;\n"
        "CREATE TABLE order_items_old (\n"
        "order_id BIGINT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,\n"
        "line_no INTEGER NOT NULL, product_external_id TEXT NOT NULL DEFAULT '',\n"
        "product_name TEXT NOT NULL DEFAULT '', quantity INTEGER NOT NULL,\n"
        "unit_price_minor BIGINT NOT NULL, subtotal_minor BIGINT NOT NULL, unit_cost_minor BIGINT,\n"
        "PRIMARY KEY (order_id, line_no)) @WITHOUT_ROWID@;\n"
        "INSERT INTO order_items_old SELECT * FROM order_items;\n"
        "DROP TABLE order_items;\n"
        "ALTER TABLE order_items_old RENAME TO order_items;\n"
        "DELETE FROM schema_migrations WHERE version = 48;\n"_s;
    for (const QString &statement : migrationStatements(old, db.dialect())) {
        if (auto r = sql::run(db.connection(), statement, {}, u"test"); !r)
            return r.error();
    }
    return {};
}

class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void urls()
    {
        auto pg = DatabaseConfig::fromUrl(u"postgres://alice:s%40cret@db.example:6543/bva"_s);
        QVERIFY(pg.ok());
        QCOMPARE(pg->dialect, SqlDialect::PostgreSQL);
        QCOMPARE(pg->password, u"s@cret"_s);
        QCOMPARE(pg->port, 6543);
        QVERIFY(!pg->redactedUrl().contains(u"cret"_s));
        auto lite = DatabaseConfig::fromUrl(u"sqlite:/tmp/x.db"_s);
        QVERIFY(lite.ok());
        QCOMPARE(lite->sqlitePath, u"/tmp/x.db"_s);
        QVERIFY(!DatabaseConfig::fromUrl(u"mysql://x"_s).ok());
        QVERIFY(!DatabaseConfig::fromUrl(u"postgres://host"_s).ok());
    }

    // LocalDayMapper's own arithmetic (hour offsets cached, days counted from the epoch, the text
    // written without QDate::toString) gives what Qt's zone conversion gives: whole, half and
    // three-quarter hour zones, daylight saving changes, instants before 1970 and around midnight.
    void localDaysMatchQtsZoneConversion_data()
    {
        QTest::addColumn<QString>("zone");
        for (const char *zone : {"UTC", "Asia/Manila", "Asia/Kolkata", "Pacific/Chatham", "America/New_York",
                                 "America/St_Johns", "Pacific/Kiritimati", "Pacific/Pago_Pago"})
            QTest::newRow(zone) << QString::fromLatin1(zone);
    }
    void localDaysMatchQtsZoneConversion()
    {
        QFETCH(QString, zone);
        const QTimeZone tz(zone.toUtf8());
        QVERIFY(tz.isValid());
        LocalDayMapper mapper(zone);
        std::mt19937_64 rng(7);
        std::uniform_int_distribution<qint64> anyMs(-2'000'000'000'000LL, 4'000'000'000'000LL);
        QList<qint64> instants;
        for (int i = 0; i < 4000; ++i)
            instants.append(anyMs(rng));
        // Each side of every local midnight of two years, and of the epoch.
        for (QDate d(2025, 1, 1); d < QDate(2027, 1, 1); d = d.addDays(1)) {
            const qint64 midnight = d.startOfDay(tz).toMSecsSinceEpoch();
            instants << midnight - 1 << midnight << midnight + 1;
        }
        instants << -1 << 0 << 1 << -86'400'000 << -86'400'001;
        for (const qint64 ms : std::as_const(instants)) {
            const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            const QDate expected = utc.toTimeZone(tz).date();
            QCOMPARE(mapper.dateOf(utc), expected);
            QCOMPARE(mapper.dayOf(utc), expected.toString(Qt::ISODate));
        }
    }

    void migrations_data() { test::addBackendRows(); }
    void migrations()
    {
        QFETCH(QString, backend);
        BVA_SCRATCH_DB(scratch, backend);
        auto db = openStore(scratch->url());
        const int version = db->schemaVersion();
        QVERIFY(version >= 1);
        const qint64 applied = scalar(*db, u"SELECT COUNT(*) FROM schema_migrations"_s);
        // A second process (or a second run) finds nothing left to do.
        auto again = openStore(scratch->url());
        QCOMPARE(again->schemaVersion(), version);
        QCOMPARE(scalar(*again, u"SELECT COUNT(*) FROM schema_migrations"_s), applied);

        // A newer BVA migrated the store further: this build refuses it rather than bypass rules it
        // does not know, and changes nothing; once the newer row is gone it opens again.
        QVERIFY(
            sql::run(again->connection(),
                     u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'future', 0)"_s,
                     {version + 1}, u"test")
                .ok());
        auto config = DatabaseConfig::fromUrl(scratch->url());
        QVERIFY(config.ok());
        Database older(*config);
        auto refused = older.open();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QVERIFY2(refused.error().message.contains(
                     u"newer version of BVA (schema %1; this version knows up to %2)"_s.arg(version + 1)
                         .arg(version)),
                 qPrintable(refused.error().message));
        QCOMPARE(scalar(*again, u"SELECT COUNT(*) FROM schema_migrations"_s), applied + 1);
        QVERIFY(sql::run(again->connection(), u"DELETE FROM schema_migrations WHERE version = ?"_s,
                         {version + 1}, u"test")
                    .ok());
        QVERIFY(Database(*config).open().ok());
    }

    // A new store is set up silently; an upgrade tells each migration it applies, so the desktop
    // can say why it takes a while.
    void upgradeTellsItsSteps_data() { test::addBackendRows(); }
    void upgradeTellsItsSteps()
    {
        QFETCH(QString, backend);
        BVA_SCRATCH_DB(scratch, backend);
        auto config = DatabaseConfig::fromUrl(scratch->url());
        QVERIFY(config.ok());
        QList<QPair<int, QString>> told;
        const MigrationProgress progress = [&told](const Migration &next, int step, int steps) {
            told.append({next.version, u"%1/%2"_s.arg(step).arg(steps)});
        };
        {
            Database fresh(*config);
            BVA_VERIFY_OK(fresh.open(progress));
            QVERIFY(told.isEmpty());
            BVA_VERIFY_OK(undoMigration048(fresh));
        }
        Database upgraded(*config);
        BVA_VERIFY_OK(upgraded.open(progress));
        QCOMPARE(told, (QList<QPair<int, QString>>{{48, u"1/1"_s}}));
        Database current(*config);
        BVA_VERIFY_OK(current.open(progress));
        QCOMPARE(told.size(), 1);
    }

    // A store this user may read but not write (the file or its folder read-only) is refused when it
    // opens, saying which file and why; before, the file opened and its first write failed (a sign-in,
    // a webhook), and a read-only folder failed on the WAL pragma in SQLite's words. Nothing is lost.
    void readOnlyStoreIsRefused()
    {
        BVA_SCRATCH_DB(scratch, u"sqlite"_s);
        auto config = DatabaseConfig::fromUrl(scratch->url());
        QVERIFY(config.ok());
        // A copy of a store (as from a backup): the file alone, in WAL mode, in a folder of its own.
        const QString folder = QFileInfo(config->sqlitePath).absolutePath() + u"/copy"_s;
        const QString path = folder + u"/bva.db"_s;
        QVERIFY(QDir().mkpath(folder));
        {
            auto db = openStore(scratch->url());
            makeShop(*db, Platform::Shopee, u"kept"_s);
            QVERIFY(sql::run(db->connection(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s, {}, u"test").ok());
            QVERIFY(QFile::copy(config->sqlitePath, path));
        }
        const auto writable = QFile::permissions(path);
        const auto folderWritable = QFile::permissions(folder);
        const auto refusedFor = [&](const QString &file) {
            DatabaseConfig c = *config;
            c.sqlitePath = file;
            test::AsFileOwner owner;
            Database db(c);
            auto r = db.open();
            QVERIFY2(!r.ok(), qPrintable(file + u" opened for writing"_s));
            QVERIFY2(r.error().kind == Error::Kind::Forbidden, qPrintable(r.error().message));
            QVERIFY2(r.error().message.contains(file) && r.error().message.contains(u"read-only"_s),
                     qPrintable(r.error().message));
        };

        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        refusedFor(path);
        QVERIFY(QFile::setPermissions(path, writable));
        if (QTest::currentTestFailed())
            return;
        // The folder alone read-only: SQLite cannot make the WAL beside the file, nor a new file. (The
        // read-only attempt above left an empty WAL behind: SQLite's, no write of ours.)
        QCOMPARE(QFileInfo(path + u"-wal"_s).size(), 0);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{u"bva.db"_s});
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        refusedFor(path);
        refusedFor(folder + u"/new.db"_s);
        QVERIFY(QFile::setPermissions(folder, folderWritable));
        if (QTest::currentTestFailed())
            return;

        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{u"bva.db"_s});
        auto again = openStore(u"sqlite:"_s + path);
        QCOMPARE(scalar(*again, u"SELECT COUNT(*) FROM shops WHERE external_id = 'kept'"_s), 1);
    }

    void orderUpsertIsIdempotent_data() { test::addBackendRows(); }
    void orderUpsertIsIdempotent()
    {
        QFETCH(QString, backend);
        BVA_SCRATCH_DB(scratch, backend);
        auto db = openStore(scratch->url());
        const Shop shop = makeShop(*db, Platform::Shopee, u"s1"_s);
        BVA_VERIFY_OK(ProductRepository(*db).upsertBatch(shop.id, {product(u"p1"_s, 10000, 6000, 5)}));
        OrderRepository orders(*db);
        const Order o =
            order(u"o1"_s, utc("2026-03-01T10:00:00Z"), {item(u"p1"_s, 2, 10000), item(u"p2"_s, 1, 550)});
        auto first = orders.upsertBatch(shop.id, {o});
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QCOMPARE(first->inserted, 1);
        auto second = orders.upsertBatch(shop.id, {o, o});
        QVERIFY(second.ok());
        QCOMPARE(second->inserted, 0);
        QCOMPARE(second->updated, 1);
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM orders"_s), 1);
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM order_items"_s), 2);
        auto stored = orders.findByExternal(shop.id, u"o1"_s);
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->items.size(), 2);
        QCOMPARE((*stored)->placedAt, utc("2026-03-01T10:00:00Z"));
        QCOMPARE((*stored)->localDay, u"2026-03-01"_s);
        // p2 has no known cost, so the order's cost and profit stay unknown.
        QVERIFY(!(*stored)->costMinor.has_value());
        QVERIFY(!(*stored)->profitMinor.has_value());
    }

    // A page reads its stored orders, their items and its products' costs many keys per statement
    // (64 per SQLite run): every key of every run is read, the last, partial run too.
    void pageReadsEveryKey_data() { test::addBackendRows(); }
    void pageReadsEveryKey()
    {
        QFETCH(QString, backend);
        BVA_SCRATCH_DB(scratch, backend);
        auto db = openStore(scratch->url());
        const Shop shop = makeShop(*db, Platform::Shopee, u"s"_s);
        constexpr int n = 150; // two full runs of 64 and a partial one
        QList<Product> products;
        for (int i = 0; i < n; ++i)
            products.append(product(u"p%1"_s.arg(i, 3, 10, QChar(u'0')), 1000, 10 + i, 1));
        BVA_VERIFY_OK(ProductRepository(*db).upsertBatch(shop.id, products));
        auto page = [&](int secondQuantity) {
            QList<Order> batch;
            for (int i = 0; i < n; ++i)
                batch.append(order(u"o%1"_s.arg(i, 3, 10, QChar(u'0')), utc("2026-02-02T02:00:00Z"),
                                   {item(products.at(i).externalId, 1, 1000),
                                    item(products.at((i + 75) % n).externalId, secondQuantity, 1000)}));
            return batch;
        };
        OrderRepository orders(*db);
        auto first = orders.upsertBatch(shop.id, page(1));
        BVA_VERIFY_OK(first);
        QCOMPARE(first->inserted, n);
        // Every line has its product's cost: 2 x (10 + .. + 159).
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM order_items WHERE unit_cost_minor IS NULL"_s), 0);
        QCOMPARE(scalar(*db, u"SELECT SUM(cost_minor) FROM orders"_s), 2 * (10 + 159) * n / 2);
        // Again with the second lines changed: every order is found, and its old lines taken out of
        // the rollups before the new ones go in.
        auto second = orders.upsertBatch(shop.id, page(3));
        BVA_VERIFY_OK(second);
        QCOMPARE(second->inserted, 0);
        QCOMPARE(second->updated, n);
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM order_items"_s), 2 * n);
        QCOMPARE(scalar(*db, u"SELECT SUM(units) FROM product_daily_rollups"_s), 4 * n);
        QCOMPARE(scalar(*db, u"SELECT SUM(units) FROM product_monthly_rollups"_s), 4 * n);
        QCOMPARE(scalar(*db, u"SELECT SUM(cost_minor) FROM orders"_s), (10 + 159) * n / 2 * 4);
    }

    void moneyRoundTrip_data() { test::addBackendRows(); }
    void moneyRoundTrip()
    {
        QFETCH(QString, backend);
        BVA_SCRATCH_DB(scratch, backend);
        auto db = openStore(scratch->url());
        const Shop shop = makeShop(*db, Platform::Lazada, u"s1"_s);
        const qint64 big = 9'007'199'254'740'993LL; // not representable as a double
        QVERIFY(ProductRepository(*db).upsertBatch(shop.id, {product(u"p"_s, big, big - 1, 1)}).ok());
        auto p = ProductRepository(*db).findByExternal(shop.id, u"p"_s);
        QVERIFY(p.ok() && p->has_value());
        QCOMPARE((*p)->priceMinor, big);
        QCOMPARE((*p)->costMinor.value(), big - 1);

        Order o = order(u"o"_s, utc("2026-01-01T00:00:00Z"), {item(u"p"_s, 1, 123456789012LL)});
        QVERIFY(OrderRepository(*db).upsertBatch(shop.id, {o}).ok());
        auto stored = OrderRepository(*db).findByExternal(shop.id, u"o"_s);
        QCOMPARE((*stored)->totalMinor, 123456789012LL);
        QCOMPARE((*stored)->items.first().unitCostMinor.value(), big - 1);
        QCOMPARE((*stored)->profitMinor.value(), 123456789012LL - (big - 1));
    }

    void shopsAreIsolated_data() { test::addBackendRows(); }
    void shopsAreIsolated()
    {
        QFETCH(QString, backend);
        BVA_SCRATCH_DB(scratch, backend);
        auto db = openStore(scratch->url());
        const Shop a = makeShop(*db, Platform::Shopee, u"A"_s);
        const Shop b = makeShop(*db, Platform::Shopee, u"B"_s);
        // The same marketplace id in two shops is two products.
        QVERIFY(ProductRepository(*db).upsertBatch(a.id, {product(u"same"_s, 100, 50, 1)}).ok());
        QVERIFY(ProductRepository(*db).upsertBatch(b.id, {product(u"only-b"_s, 200, 50, 1)}).ok());
        auto ofB = ProductRepository(*db).listByShop(b.id);
        QVERIFY(ofB.ok());
        QCOMPARE(ofB->size(), 1);
        QCOMPARE(ofB->first().externalId, u"only-b"_s);
        auto aInB = ProductRepository(*db).findByExternal(b.id, u"same"_s);
        QVERIFY(aInB.ok());
        QVERIFY(!aInB->has_value());
        // Same external shop id on another platform is another shop.
        const Shop lazadaA = makeShop(*db, Platform::Lazada, u"A"_s);
        QVERIFY(lazadaA.id != a.id);
    }

    void readerWhileWriterCommits_data() { test::addBackendRows(); }
    void readerWhileWriterCommits()
    {
        QFETCH(QString, backend);
        BVA_SCRATCH_DB(scratch, backend);
        auto writerDb = openStore(scratch->url());
        auto readerDb = openStore(scratch->url());
        const Shop shop = makeShop(*writerDb, Platform::Shopee, u"s"_s);
        QVERIFY(ProductRepository(*writerDb).upsertBatch(shop.id, {product(u"p0"_s, 1, 1, 1)}).ok());
        {
            Transaction tx(writerDb->connection());
            QVERIFY(tx.isActive());
            QList<Product> many;
            for (int i = 1; i <= 500; ++i)
                many.append(product(u"p"_s + QString::number(i), 100, 50, i));
            QVERIFY(ProductRepository(*writerDb).upsertBatch(shop.id, many).ok());
            // The reader is not blocked and sees only committed data.
            auto during = ProductRepository(*readerDb).count(shop.id);
            QVERIFY2(during.ok(), qPrintable(during.ok() ? QString() : during.error().message));
            QCOMPARE(*during, 1);
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(*ProductRepository(*readerDb).count(shop.id), 501);
        if (backend == u"sqlite") {
            auto mode = sql::run(readerDb->connection(), u"PRAGMA journal_mode"_s, {}, u"journal mode");
            QVERIFY(mode.ok() && mode->next());
            QCOMPARE(mode->value(0).toString(), u"wal"_s);
        }
    }

    // A burst of writes past the checkpoint threshold (64 MB of WAL): once they pause, every row is
    // in the database file and the WAL goes back to nothing (the store keeps the WAL at its size while
    // it restarts, and gives the disk back only when the writes stop).
    void walGoesBackAfterABurst()
    {
        BVA_SCRATCH_DB(scratch, u"sqlite"_s);
        auto db = openStore(scratch->url());
        QVERIFY(sql::run(db->connection(), u"CREATE TABLE burst(b BLOB)"_s, {}, u"burst"_s).ok());
        constexpr int kMegabytes = 80;
        for (int i = 0; i < kMegabytes; ++i) {
            Transaction tx(db->connection());
            QVERIFY(sql::run(db->connection(), u"INSERT INTO burst VALUES (randomblob(1048576))"_s, {},
                             u"burst"_s)
                        .ok());
            QVERIFY(tx.commit().ok());
        }
        const QString dbPath = DatabaseConfig::fromUrl(scratch->url())->sqlitePath;
        QVERIFY(QFileInfo(dbPath + u"-wal"_s).size() > 64 * 1024 * 1024);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(dbPath + u"-wal"_s).size() < 1024 * 1024, 20000);
        // Every row reached the database file itself: a copy of it alone has them all.
        const QString copy = dbPath + u".copy"_s;
        QVERIFY(QFile::copy(dbPath, copy));
        auto alone = openStore(u"sqlite:"_s + copy);
        auto rows = sql::run(alone->connection(), u"SELECT COUNT(*) FROM burst"_s, {}, u"burst"_s);
        QVERIFY(rows.ok() && rows->next());
        QCOMPARE(rows->value(0).toInt(), kMegabytes);
    }

    void failedBatchRollsBack_data() { test::addBackendRows(); }
    void failedBatchRollsBack()
    {
        QFETCH(QString, backend);
        BVA_SCRATCH_DB(scratch, backend);
        auto db = openStore(scratch->url());
        const Shop shop = makeShop(*db, Platform::Shopee, u"s"_s);
        // A trigger that refuses one item, deep inside the second chunk of the batch.
        const QStringList trigger =
            backend == u"sqlite"
                ? QStringList{u"CREATE TRIGGER boom BEFORE INSERT ON order_items WHEN NEW.product_external_id = 'BOOM' "
                              "BEGIN SELECT RAISE(ABORT, 'boom'); END"_s}
                : QStringList{
                      u"CREATE FUNCTION boom() RETURNS trigger AS $$ BEGIN IF NEW.product_external_id = 'BOOM' "
                      "THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql"_s,
                      u"CREATE TRIGGER boom BEFORE INSERT ON order_items FOR EACH ROW EXECUTE FUNCTION boom()"_s};
        for (const QString &s : trigger)
            QVERIFY(sql::run(db->connection(), s, {}, u"trigger").ok());
        QList<Order> batch;
        for (int i = 0; i < 450; ++i)
            batch.append(order(u"o"_s + QString::number(i), utc("2026-02-02T02:00:00Z"),
                               {item(i == 420 ? u"BOOM"_s : u"p"_s, 1, 100)}));
        auto r = OrderRepository(*db).upsertBatch(shop.id, batch);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(u"boom"_s));
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM orders"_s), 0);
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM order_items"_s), 0);
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM daily_rollups"_s), 0);
        // The connection is usable afterwards.
        batch.removeAt(420);
        QVERIFY(OrderRepository(*db).upsertBatch(shop.id, batch).ok());
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM orders"_s), 449);
    }

    // Inside an AllOrNothing transaction a nested one takes no savepoint: its commit keeps nothing
    // apart, and its rollback makes the enclosing commit fail with nothing of it stored.
    void allOrNothingNesting_data() { test::addBackendRows(); }
    void allOrNothingNesting()
    {
        QFETCH(QString, backend);
        BVA_SCRATCH_DB(scratch, backend);
        auto db = openStore(scratch->url());
        QSqlDatabase c = db->connection();
        QVERIFY(sql::run(c, u"CREATE TABLE nest (n INT)"_s, {}, u"nest").ok());
        auto insert = [&](int n) {
            return sql::run(c, u"INSERT INTO nest (n) VALUES (?)"_s, {n}, u"nest").ok();
        };
        {
            Transaction whole(c, Transaction::Nesting::AllOrNothing);
            QVERIFY(whole.isActive() && insert(1));
            {
                Transaction inner(c);
                QVERIFY(inner.isActive() && insert(2));
                QVERIFY(inner.commit().ok());
            }
            QVERIFY(whole.commit().ok());
        }
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM nest"_s), 2);
        {
            Transaction whole(c, Transaction::Nesting::AllOrNothing);
            QVERIFY(insert(3));
            {
                Transaction inner(c);
                QVERIFY(insert(4));
                // Left without commit (an error returned through it): rolled back.
            }
            QVERIFY(insert(5));
            QVERIFY(!whole.commit().ok());
        }
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM nest"_s), 2);
        // Nesting is back to savepoints afterwards: an inner rollback undoes only its own rows.
        {
            Transaction outer(c);
            QVERIFY(insert(6));
            {
                Transaction inner(c);
                QVERIFY(insert(7));
                inner.rollback();
            }
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM nest"_s), 3);
        QCOMPARE(scalar(*db, u"SELECT MAX(n) FROM nest"_s), 6);
    }

    // A commit that says it succeeded stored the transaction's rows. On PostgreSQL a failed statement
    // (its error ignored by the caller, as TokenKeeper does with the audit entry and notifications of a
    // reconnect-needed) aborts the transaction, and COMMIT then rolls back without an error.
    void commitAfterAFailedStatementIsNotASuccess_data() { test::addBackendRows(); }
    void commitAfterAFailedStatementIsNotASuccess()
    {
        QFETCH(QString, backend);
        BVA_SCRATCH_DB(scratch, backend);
        auto db = openStore(scratch->url());
        QSqlDatabase c = db->connection();
        QVERIFY(sql::run(c, u"CREATE TABLE kept (n INT NOT NULL)"_s, {}, u"kept").ok());
        bool committed = false;
        {
            Transaction tx(c);
            QVERIFY(tx.isActive());
            QVERIFY(sql::run(c, u"INSERT INTO kept (n) VALUES (1)"_s, {}, u"kept").ok());
            QVERIFY(!sql::run(c, u"INSERT INTO kept (n) VALUES (NULL)"_s, {}, u"kept").ok());
            committed = tx.commit().ok();
        }
        QCOMPARE(committed, scalar(*db, u"SELECT COUNT(*) FROM kept"_s) == 1);
    }

    void orderWithoutDateKeepsFirstSeen_data() { test::addBackendRows(); }
    void orderWithoutDateKeepsFirstSeen()
    {
        QFETCH(QString, backend);
        BVA_SCRATCH_DB(scratch, backend);
        auto db = openStore(scratch->url());
        const Shop shop = makeShop(*db, Platform::Lazada, u"s"_s);
        OrderRepository orders(*db);
        Order o = order(u"o"_s, QDateTime(), {item(u"p"_s, 1, 100)});
        BVA_VERIFY_OK(orders.upsertBatch(shop.id, {o}));
        const QDateTime firstSeen = (*orders.findByExternal(shop.id, u"o"_s))->placedAt;
        QVERIFY(firstSeen.isValid());
        QVERIFY(qAbs(firstSeen.secsTo(bva::Clock::nowUtc())) < 60);
        // A later update without a date keeps it; one with the marketplace's date takes that.
        o.status = OrderStatus::ToShip;
        BVA_VERIFY_OK(orders.upsertBatch(shop.id, {o}));
        QCOMPARE((*orders.findByExternal(shop.id, u"o"_s))->placedAt, firstSeen);
        o.placedAt = utc("2025-12-31T20:30:00Z");
        BVA_VERIFY_OK(orders.upsertBatch(shop.id, {o}));
        auto stored = *orders.findByExternal(shop.id, u"o"_s);
        QCOMPARE(stored->placedAt, utc("2025-12-31T20:30:00Z"));
        QCOMPARE(stored->localDay, u"2026-01-01"_s); // Manila is UTC+8
    }

    void costSnapshotAndRollups_data() { test::addBackendRows(); }
    void costSnapshotAndRollups()
    {
        QFETCH(QString, backend);
        BVA_SCRATCH_DB(scratch, backend);
        auto db = openStore(scratch->url());
        const Shop shop = makeShop(*db, Platform::Shopee, u"s"_s);
        ProductRepository products(*db);
        OrderRepository orders(*db);
        QVERIFY(products.upsertBatch(shop.id, {product(u"p"_s, 1000, 600, 10)}).ok());
        // 2026-05-01 23:30 Manila is 15:30 UTC; 2026-05-02 00:30 Manila is 16:30 UTC.
        QVERIFY(
            orders
                .upsertBatch(shop.id, {order(u"a"_s, utc("2026-05-01T15:30:00Z"), {item(u"p"_s, 2, 1000)}),
                                       order(u"b"_s, utc("2026-05-01T16:30:00Z"), {item(u"p"_s, 1, 1000)}),
                                       order(u"c"_s, utc("2026-05-01T16:40:00Z"), {item(u"p"_s, 3, 1000)},
                                             OrderStatus::Cancelled)})
                .ok());
        // The product's cost changes later; stored lines keep the cost they were sold at.
        QVERIFY(products.upsertBatch(shop.id, {product(u"p"_s, 1000, 900, 10)}).ok());
        QVERIFY(
            orders.upsertBatch(shop.id, {order(u"a"_s, utc("2026-05-01T15:30:00Z"), {item(u"p"_s, 2, 1000)})})
                .ok());
        QCOMPARE((*orders.findByExternal(shop.id, u"a"_s))->profitMinor.value(), 2000 - 1200);

        auto days = RollupRepository(*db).range({shop.id}, u"2026-05-01"_s, u"2026-05-02"_s);
        QVERIFY(days.ok());
        QCOMPARE(days->size(), 2);
        QCOMPARE(days->at(0).day, u"2026-05-01"_s);
        QCOMPARE(days->at(0).revenueMinor, 2000);
        QCOMPARE(days->at(0).profitMinor, 800);
        QCOMPARE(days->at(1).day, u"2026-05-02"_s);
        QCOMPARE(days->at(1).orders, 1);
        QCOMPARE(days->at(1).revenueMinor, 1000);
        QCOMPARE(days->at(1).cancelledOrders, 1);
        QCOMPARE(days->at(1).cancelledMinor, 3000);

        // A status change moves money between buckets of the order's own day.
        QVERIFY(*orders.setStatus(shop.id, u"b"_s, OrderStatus::Refunded, u"REFUNDED"_s));
        QVERIFY(!*orders.setStatus(shop.id, u"unknown"_s, OrderStatus::Completed, u"COMPLETED"_s));
        days = RollupRepository(*db).range({shop.id}, u"2026-05-02"_s, u"2026-05-02"_s);
        QCOMPARE(days->at(0).revenueMinor, 0);
        QCOMPARE(days->at(0).returnedOrders, 1);
        QCOMPARE(
            scalar(*db,
                   u"SELECT COALESCE(SUM(units), 0) FROM product_daily_rollups WHERE day = '2026-05-02'"_s),
            0);
        QCOMPARE(scalar(*db, u"SELECT SUM(units) FROM product_daily_rollups WHERE day = '2026-05-01'"_s), 2);
    }

    // Rollups kept by difference inside each batch equal a rebuild from the orders, after a random
    // mix of new orders, re-syncs that change status, items, day and cost, status-only updates
    // and webhook status changes.
    void rollupsByDifferenceEqualRebuild_data() { test::addBackendRows(); }
    void rollupsByDifferenceEqualRebuild()
    {
        QFETCH(QString, backend);
        BVA_SCRATCH_DB(scratch, backend);
        auto db = openStore(scratch->url());
        const Shop shop = makeShop(*db, Platform::Lazada, u"r"_s);
        ProductRepository products(*db);
        OrderRepository orders(*db);
        QList<Product> catalogue;
        for (int p = 0; p < 8; ++p)
            catalogue.append(product(u"p%1"_s.arg(p), 1000 + p * 100,
                                     p % 3 ? std::optional<qint64>(600 + p) : std::nullopt, 5));
        QVERIFY(products.upsertBatch(shop.id, catalogue).ok());

        std::mt19937 rng(7);
        const auto pick = [&](int n) { return int(rng() % unsigned(n)); };
        const QList<OrderStatus> statuses{OrderStatus::Pending,   OrderStatus::Completed,
                                          OrderStatus::ToReceive, OrderStatus::Cancelled,
                                          OrderStatus::Returned,  OrderStatus::Refunded};
        for (int round = 0; round < 12; ++round) {
            QList<Order> batch;
            for (int n = 0; n < 25; ++n) {
                QList<OrderItem> items;
                for (int k = 0, lines = 1 + pick(3); k < lines; ++k)
                    items.append(
                        item(u"p%1"_s.arg(pick(8)), pick(5), 1000 + pick(5) * 100)); // quantity 0 too
                Order o = order(u"o%1"_s.arg(pick(60)),
                                utc("2026-01-30T12:00:00Z").addSecs(qint64(pick(72)) * 3600), items,
                                statuses.at(pick(int(statuses.size()))));
                if (pick(6) == 0) {
                    o.itemsKnown = false;
                    o.items.clear();
                }
                batch.append(o);
            }
            QVERIFY(orders.upsertBatch(shop.id, batch).ok());
            for (int n = 0; n < 5; ++n) {
                const OrderStatus st = statuses.at(pick(int(statuses.size())));
                QVERIFY(orders.setStatus(shop.id, u"o%1"_s.arg(pick(60)), st, orderStatusName(st)).ok());
            }
            if (round == 6) { // costs change: stored lines keep their snapshots
                for (Product &p : catalogue)
                    p.costMinor = 700;
                QVERIFY(products.upsertBatch(shop.id, catalogue).ok());
            }
        }
        const QString daily =
            u"SELECT day, orders, units, revenue_minor, cost_minor, profit_minor, "
            "unknown_cost_revenue_minor, cancelled_orders, cancelled_minor, returned_orders, "
            "returned_minor FROM daily_rollups ORDER BY day"_s;
        const QString perProduct =
            u"SELECT product_external_id, day, units, revenue_minor FROM product_daily_rollups "
            "ORDER BY product_external_id, day"_s;
        const QString monthly =
            u"SELECT product_external_id, month, units, revenue_minor FROM product_monthly_rollups "
            "ORDER BY product_external_id, month"_s;
        const QString monthlyFromDays =
            u"SELECT product_external_id, SUBSTR(day, 1, 7) AS m, SUM(units), SUM(revenue_minor) "
            "FROM product_daily_rollups GROUP BY product_external_id, SUBSTR(day, 1, 7) ORDER BY product_external_id, m"_s;
        const QList<QVariantList> dailyByDifference = rows(*db, daily);
        const QList<QVariantList> productsByDifference = rows(*db, perProduct);
        QVERIFY(dailyByDifference.size() > 3);
        QCOMPARE(rows(*db, monthly), rows(*db, monthlyFromDays));
        QVERIFY(RollupRepository(*db).rebuildAll(shop.id).ok());
        QCOMPARE(dailyByDifference, rows(*db, daily));
        QCOMPARE(productsByDifference, rows(*db, perProduct));
    }

    // Migration 047 stores per-product daily rollups in day order without 032's covering index. A store
    // made before it (the 032 shape: keyed by product, then day, plus the day-ordered index) opens,
    // migrates its rows and reads the same figures; the write path keeps them equal to a rebuild after.
    void productDailyRollupsMoveToDayOrder_data() { test::addBackendRows(); }
    void productDailyRollupsMoveToDayOrder()
    {
        QFETCH(QString, backend);
        BVA_SCRATCH_DB(scratch, backend);
        const QString perProduct = u"SELECT shop_id, product_external_id, day, units, revenue_minor "
                                   "FROM product_daily_rollups ORDER BY 1, 2, 3"_s;
        QList<QVariantList> before;
        QList<ProductSalesRow> salesBefore;
        QList<ProductDay> seriesBefore;
        QList<ProductDay> historyBefore;
        qint64 shopId = 0;
        {
            auto db = openStore(scratch->url());
            const Shop shop = makeShop(*db, Platform::Shopee, u"m"_s);
            shopId = shop.id;
            OrderRepository orders(*db);
            QList<Order> batch;
            for (int n = 0; n < 40; ++n)
                batch.append(order(u"m%1"_s.arg(n), utc("2026-02-20T03:00:00Z").addDays(n % 17),
                                   {item(u"p%1"_s.arg(n % 5), 1 + n % 3, 1000 + n), item(u"q"_s, 1, 250)}));
            BVA_VERIFY_OK(orders.upsertBatch(shop.id, batch));
            before = rows(*db, perProduct);
            QVERIFY(before.size() > 20);
            RollupRepository rollups(*db);
            salesBefore = *rollups.productSalesByDays({shop.id}, u"2026-02-25"_s, u"2026-03-03"_s);
            seriesBefore = *rollups.productDays(shop.id, u"p2"_s, u"2026-02-01"_s, u"2026-03-31"_s);
            historyBefore = *rollups.productDaysOfShop(shop.id, u"2026-02-22"_s, u"2026-03-01"_s);
            QVERIFY(!salesBefore.isEmpty() && !seriesBefore.isEmpty() && !historyBefore.isEmpty());

            // Back to the table as 032 left it, and 047 not applied.
            const QString old =
                u"CREATE TABLE product_daily_rollups_old (\n"
                "shop_id BIGINT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,\n"
                "product_external_id TEXT NOT NULL, day TEXT NOT NULL,\n"
                "units BIGINT NOT NULL DEFAULT 0, revenue_minor BIGINT NOT NULL DEFAULT 0,\n"
                "PRIMARY KEY (shop_id, product_external_id, day) @INCLUDE_FIGURES@\n"
                ") @WITHOUT_ROWID@;\n"
                "INSERT INTO product_daily_rollups_old SELECT shop_id, product_external_id, day, "
                "units, revenue_minor FROM product_daily_rollups;\n"
                "DROP TABLE product_daily_rollups;\n"
                "ALTER TABLE product_daily_rollups_old RENAME TO product_daily_rollups;\n"
                "CREATE INDEX product_daily_rollups_cover ON product_daily_rollups(shop_id, day, "
                "product_external_id, units, revenue_minor);\n"
                "DELETE FROM schema_migrations WHERE version = 47;\n"_s;
            for (const QString &statement : migrationStatements(old, db->dialect()))
                BVA_VERIFY_OK(sql::run(db->connection(), statement, {}, u"test"));
            QCOMPARE(rows(*db, perProduct), before);
        }
        auto db = openStore(scratch->url());
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM schema_migrations WHERE version = 47"_s), 1);
        const QString coverIndex =
            db->isPostgres()
                ? u"SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'product_daily_rollups_cover'"_s
                : u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'product_daily_rollups_cover'"_s;
        QCOMPARE(scalar(*db, coverIndex), 0);
        QCOMPARE(rows(*db, perProduct), before);
        RollupRepository rollups(*db);
        const auto sales = *rollups.productSalesByDays({shopId}, u"2026-02-25"_s, u"2026-03-03"_s);
        QCOMPARE(sales.size(), salesBefore.size());
        for (const ProductSalesRow &row : salesBefore) {
            const auto same = std::find_if(sales.cbegin(), sales.cend(), [&](const ProductSalesRow &r) {
                return r.productExternalId == row.productExternalId && r.units == row.units &&
                       r.revenueMinor == row.revenueMinor;
            });
            QVERIFY2(same != sales.cend(), qPrintable(row.productExternalId));
        }
        const auto key = [](const ProductDay &d) {
            return std::tuple(d.productExternalId, d.day, d.units, d.revenueMinor);
        };
        const auto sorted = [&](QList<ProductDay> list) {
            std::sort(list.begin(), list.end(),
                      [&](const auto &a, const auto &b) { return key(a) < key(b); });
            QList<std::tuple<QString, QString, qint64, qint64>> out;
            for (const ProductDay &d : list)
                out.append(key(d));
            return out;
        };
        QCOMPARE(sorted(*rollups.productDays(shopId, u"p2"_s, u"2026-02-01"_s, u"2026-03-31"_s)),
                 sorted(seriesBefore));
        QCOMPARE(sorted(*rollups.productDaysOfShop(shopId, u"2026-02-22"_s, u"2026-03-01"_s)),
                 sorted(historyBefore));

        // Written to after the move: orders change, are cancelled and come new; still a rebuild's figures.
        OrderRepository orders(*db);
        BVA_VERIFY_OK(orders.setStatus(shopId, u"m3"_s, OrderStatus::Cancelled, u"CANCELLED"_s));
        BVA_VERIFY_OK(orders.upsertBatch(shopId, {order(u"m40"_s, utc("2026-03-02T05:00:00Z"),
                                                        {item(u"p9"_s, 2, 700), item(u"p2"_s, 1, 100)})}));
        const QList<QVariantList> byDifference = rows(*db, perProduct);
        QVERIFY(byDifference != before);
        BVA_VERIFY_OK(rollups.rebuildAll(shopId));
        QCOMPARE(rows(*db, perProduct), byDifference);
    }

    // 048: on SQLite an order's items go with it by a trigger, not a foreign key (no parent lookup per
    // item written). A store from before keeps its items; deleting a shop, or an order, still takes
    // that order's items and no other's.
    void orderItemsFollowTheirOrder_data() { test::addBackendRows(); }
    void orderItemsFollowTheirOrder()
    {
        QFETCH(QString, backend);
        BVA_SCRATCH_DB(scratch, backend);
        const QString allItems = u"SELECT o.external_id, i.line_no, i.product_external_id, i.quantity, "
                                 "i.subtotal_minor FROM order_items i JOIN orders o ON o.id = i.order_id "
                                 "ORDER BY 1, 2"_s;
        QList<QVariantList> before;
        qint64 gone = 0;
        qint64 kept = 0;
        {
            auto db = openStore(scratch->url());
            gone = makeShop(*db, Platform::Shopee, u"gone"_s).id;
            kept = makeShop(*db, Platform::Lazada, u"kept"_s).id;
            OrderRepository orders(*db);
            for (const qint64 shop : {gone, kept}) {
                QList<Order> batch;
                for (int n = 0; n < 6; ++n)
                    batch.append(order(u"%1-%2"_s.arg(shop).arg(n), utc("2026-04-02T03:00:00Z").addDays(n),
                                       {item(u"p%1"_s.arg(n), 1 + n, 1000), item(u"q"_s, 2, 250)}));
                BVA_VERIFY_OK(orders.upsertBatch(shop, batch));
            }
            before = rows(*db, allItems);
            QCOMPARE(before.size(), 24);

            BVA_VERIFY_OK(undoMigration048(*db));
            QCOMPARE(rows(*db, allItems), before);
        }
        auto db = openStore(scratch->url());
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM schema_migrations WHERE version = 48"_s), 1);
        QCOMPARE(rows(*db, allItems), before);
        if (!db->isPostgres())
            QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM pragma_foreign_key_list('order_items')"_s), 0);

        // Written after the move, then the shop removed: its orders' items go, the other shop's stay.
        BVA_VERIFY_OK(OrderRepository(*db).upsertBatch(
            gone, {order(u"late"_s, utc("2026-04-20T03:00:00Z"), {item(u"p1"_s, 1, 100)})}));
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM order_items"_s), 25);
        BVA_VERIFY_OK(ShopRepository(*db).remove(gone));
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM orders WHERE shop_id = ?"_s, QVariantList{gone}), 0);
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM order_items i WHERE NOT EXISTS "
                             "(SELECT 1 FROM orders o WHERE o.id = i.order_id)"_s),
                 0);
        QList<QVariantList> keptItems;
        for (const QVariantList &row : std::as_const(before)) {
            if (row.at(0).toString().startsWith(QString::number(kept) + u'-'))
                keptItems.append(row);
        }
        QCOMPARE(rows(*db, allItems), keptItems);
        // One order deleted by itself takes its own items only.
        BVA_VERIFY_OK(sql::run(db->connection(), u"DELETE FROM orders WHERE external_id = ?"_s,
                               {QString(QString::number(kept) + u"-0"_s)}, u"test"));
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM order_items"_s), keptItems.size() - 2);
    }

    void statusHistoryIsRecorded_data() { test::addBackendRows(); }
    void statusHistoryIsRecorded()
    {
        QFETCH(QString, backend);
        BVA_SCRATCH_DB(scratch, backend);
        auto db = openStore(scratch->url());
        const Shop shop = makeShop(*db, Platform::Shopee, u"h"_s);
        OrderRepository orders(*db);
        Order o = order(u"h1"_s, utc("2026-03-01T02:00:00Z"), {item(u"p"_s, 1, 500)}, OrderStatus::Pending);
        BVA_VERIFY_OK(orders.upsertBatch(shop.id, {o}));
        BVA_VERIFY_OK(orders.upsertBatch(shop.id, {o})); // nothing changed: no new entry
        const qint64 id = (*orders.findByExternal(shop.id, u"h1"_s))->id;
        QCOMPARE(orders.statusHistory(id)->size(), 1); // never changed: the order row itself
        QCOMPARE(orders.statusHistory(id)->at(0).status, OrderStatus::Pending);
        o.status = OrderStatus::ToReceive;
        o.rawStatus = u"shipped_out"_s;
        o.sourceUpdatedAt = utc("2026-03-02T08:00:00Z");
        BVA_VERIFY_OK(orders.upsertBatch(shop.id, {o}));
        QVERIFY(*orders.setStatus(shop.id, u"h1"_s, OrderStatus::Completed, u"DELIVERED"_s,
                                  utc("2026-03-04T09:00:00Z")));
        QVERIFY(
            *orders.setStatus(shop.id, u"h1"_s, OrderStatus::Completed, u"DELIVERED"_s)); // repeat: no entry

        auto history = orders.statusHistory(id);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(0).status, OrderStatus::Pending);
        QCOMPARE(history->at(0).changedAt, utc("2026-03-01T02:00:00Z")); // placed time: no other date given
        QVERIFY(history->at(0).source.isEmpty());                        // first seen, before any change
        QCOMPARE(history->at(1).source, u"sync"_s);
        QCOMPARE(history->at(1).status, OrderStatus::ToReceive);
        QCOMPARE(history->at(1).rawStatus, u"shipped_out"_s);
        QCOMPARE(history->at(1).changedAt, utc("2026-03-02T08:00:00Z"));
        QCOMPARE(history->at(2).status, OrderStatus::Completed);
        QCOMPARE(history->at(2).source, u"webhook"_s);
        QCOMPARE(history->at(2).changedAt, utc("2026-03-04T09:00:00Z"));
    }

    void stockChangesAreRecorded_data() { test::addBackendRows(); }
    void stockChangesAreRecorded()
    {
        QFETCH(QString, backend);
        BVA_SCRATCH_DB(scratch, backend);
        auto db = openStore(scratch->url());
        const Shop shop = makeShop(*db, Platform::Shopee, u"s"_s);
        ProductRepository products(*db);
        QVERIFY(products.upsertBatch(shop.id, {product(u"p"_s, 1000, 600, 10)}).ok());
        auto r = products.upsertBatch(shop.id, {product(u"p"_s, 1000, 600, 7)});
        QCOMPARE(r->stockChanges.size(), 1);
        QCOMPARE(r->stockChanges.first().before.value(), 10);
        auto before = products.setStock(shop.id, u"p"_s, 4, u"webhook"_s, bva::Clock::nowUtc().addSecs(5), 5);
        QCOMPARE((*before)->before.value(), 7);
        QCOMPARE((*before)->after, 4);
        QCOMPARE((*before)->name, product(u"p"_s, 1000, 600, 7).name);
        auto history = products.stockHistory(shop.id, u"p"_s);
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->first().quantity, 4);
        QCOMPARE(history->first().delta.value(), -3);
        QVERIFY(!products.setStock(shop.id, u"nope"_s, 1, u"webhook"_s, bva::Clock::nowUtc())->has_value());
        QVERIFY(*products.softDelete(shop.id, u"p"_s, bva::Clock::nowUtc()));
        QCOMPARE(*products.count(shop.id), 0);
        QCOMPARE(*products.count(shop.id, true), 1);
    }

    void usersSessionsInbox_data() { test::addBackendRows(); }
    void usersSessionsInbox()
    {
        QFETCH(QString, backend);
        BVA_SCRATCH_DB(scratch, backend);
        auto db = openStore(scratch->url());
        UserRepository users(*db);
        auto u = users.create(u"Ana@Example.com"_s, u"Ana"_s, u"$argon2id$x"_s);
        QVERIFY(u.ok());
        QCOMPARE(users.create(u"ana@example.com"_s, u"Other"_s, u"h"_s).error().kind, Error::Kind::Conflict);
        QVERIFY(users.findByEmail(u"ANA@example.com"_s)->has_value());
        QVERIFY(users.createSession(u->id, u"hash1"_s, bva::Clock::nowUtc().addDays(7)).ok());
        QVERIFY(users.findActiveSession(u"hash1"_s)->has_value());
        QVERIFY(users.revokeSession(u"hash1"_s).ok());
        QVERIFY(!users.findActiveSession(u"hash1"_s)->has_value());

        InboxRepository inbox(*db);
        WebhookEvent e;
        e.dedupeKey = u"k1"_s;
        e.topic = u"orders/created"_s;
        e.payload = R"({"id":"o1"})";
        const qint64 id = *inbox.insertIfNew(e);
        QVERIFY(id > 0);
        QCOMPARE(*inbox.insertIfNew(e), 0);
        QCOMPARE(inbox.pending()->size(), 1);
        QVERIFY(inbox.markApplied(id).ok());
        QCOMPARE(inbox.pending()->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
