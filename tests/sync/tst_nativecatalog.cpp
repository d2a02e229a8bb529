// BVA-native products and offline sales on SQLite and PostgreSQL (NativeCatalog, CatalogImport):
// create and edit with a unique SKU, a sale taking its stock in the same transaction (an oversell
// refused unless confirmed), roles (viewers refused), the CSV preview's row errors, imports that
// are idempotent or all-or-nothing, and every reader of marketplace data (KPIs, product figures,
// reports, SmartShelf, restock plans) seeing the BVA channel's sales.
#include "analytics/analyticsservice.h"
#include "analytics/forecast/forecastservice.h"
#include "domain/eventbus.h"
#include "store/database.h"
#include "store/orderrepository.h"
#include "store/productrepository.h"
#include "store/shoprepository.h"
#include "store/userrepository.h"
#include "sync/catalogimport.h"
#include "sync/nativecatalog.h"
#include "testbackends.h"
#include "util/clock.h"
#include "util/csvreader.h"
#include "util/databaseconfig.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bva;

namespace {

struct Rig
{
    std::unique_ptr<test::ScratchDatabase> scratch;
    std::unique_ptr<Database> db;
    EventBus bus;
    std::unique_ptr<NativeCatalog> catalog;
    Actor alice;
    Actor bob;
    qint64 channel = 0; // alice's BVA channel

    Product make(const QString &sku, qint64 price, int stock, std::optional<qint64> cost = 4000)
    {
        Product p;
        p.sku = sku;
        p.name = u"Product "_s + sku;
        p.priceMinor = price;
        p.costMinor = cost;
        p.stock = stock;
        p.category = u"Pantry"_s;
        auto saved = catalog->saveProduct(alice, channel, p);
        if (!saved)
            qFatal("save failed: %s", qPrintable(saved.error().message));
        return *saved;
    }
    int stockOf(const QString &sku)
    {
        auto p = ProductRepository(*db).findBySku(channel, sku);
        return p && p->has_value() ? (*p)->stock : -1;
    }
    qint64 orders() { return OrderRepository(*db).count(channel).value(); }
};

std::unique_ptr<Rig> rigFor(const QString &backend, QString *why)
{
    auto rig = std::make_unique<Rig>();
    rig->scratch = test::ScratchDatabase::create(backend, why);
    if (!rig->scratch)
        return nullptr;
    auto config = DatabaseConfig::fromUrl(rig->scratch->url());
    rig->db = std::make_unique<Database>(*config);
    if (auto r = rig->db->open(); !r) {
        *why = r.error().message;
        return nullptr;
    }
    rig->catalog = std::make_unique<NativeCatalog>(*rig->db, &rig->bus);
    UserRepository users(*rig->db);
    const User a = users.create(u"alice@example.com"_s, u"Alice"_s, u"x"_s).value();
    const User b = users.create(u"bob@example.com"_s, u"Bob"_s, u"x"_s).value();
    rig->alice = Actor::desktop(a);
    rig->bob = Actor::desktop(b);
    rig->channel = rig->catalog->writableChannel(rig->alice).value().shop.id;
    return rig;
}

#define RIG(var)                                                                                             \
    QFETCH(QString, backend);                                                                                \
    QString var##Why;                                                                                        \
    auto var = rigFor(backend, &var##Why);                                                                   \
    if (!var) {                                                                                              \
        if (backend == u"postgres"_s && !test::postgresRequired())                                           \
            QSKIP(qPrintable(u"PostgreSQL not reachable, skipped: "_s + var##Why));                          \
        QFAIL(qPrintable(var##Why));                                                                         \
    }

// "2026-12-03T10:00:00Z"-like: `days` before the test's now, so no test depends on the day it runs.
QString daysAgo(int days, int hour = 10)
{
    const QDate d = Clock::nowUtc().date().addDays(-days);
    return QDateTime(d, QTime(hour, 0), Qt::UTC).toString(Qt::ISODate);
}

QStringList states(const ImportPreview &p)
{
    QStringList out;
    for (const ImportRow &r : p.rows) {
        switch (r.state) {
        case ImportRow::State::New:
            out << u"new"_s;
            break;
        case ImportRow::State::Update:
            out << u"update"_s;
            break;
        case ImportRow::State::Unchanged:
            out << u"same"_s;
            break;
        case ImportRow::State::Error:
            out << u"error:"_s + QString::number(r.line);
            break;
        }
    }
    return out;
}

} // namespace

class TstNativeCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void csvReader()
    {
        const QByteArray bytes =
            "\xEF\xBB\xBFsku,name\r\nA,\"Jam, \"\"big\"\"\"\r\n\r\nB,\"two\nlines\"\nC,'=1+1\n";
        auto table = readCsv(bytes);
        BVA_VERIFY_OK(table);
        QCOMPARE(table->separator, u',');
        const QList<CsvRecord> *records = &table->records;
        QCOMPARE(records->size(), 4);
        QCOMPARE(records->at(0).cells, (QStringList{u"sku"_s, u"name"_s}));
        QCOMPARE(records->at(1).cells, (QStringList{u"A"_s, u"Jam, \"big\""_s}));
        QCOMPARE(records->at(2).line, 4);
        QCOMPARE(records->at(2).cells.at(1), u"two\nlines"_s);
        QCOMPARE(records->at(3).line, 6);
        QCOMPARE(records->at(3).cells.at(1), u"=1+1"_s);
        auto open = readCsv("sku,name\nA,\"never closed\n");
        QVERIFY(!open);
        QVERIFY(open.error().message.contains(u"row 2"_s));
    }

    // The separator is the header line's: semicolons (with decimal commas) and tabs as spreadsheets
    // in other locales save them; separators inside quotes do not count.
    void csvSeparators_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("separator");
        QTest::addColumn<QStringList>("row");
        QTest::newRow("comma") << QByteArray("sku,name\nA,B;C\n") << QChar(u',')
                               << QStringList{u"A"_s, u"B;C"_s};
        QTest::newRow("semicolon") << QByteArray("\xEF\xBB\xBFsku;name;price\nA;\"Jam; big\";1.234,50\n")
                                   << QChar(u';') << QStringList{u"A"_s, u"Jam; big"_s, u"1.234,50"_s};
        QTest::newRow("quoted commas do not count") << QByteArray("\"sku,code\";\"name,long\";x\nA;B,b;1\n")
                                                    << QChar(u';') << QStringList{u"A"_s, u"B,b"_s, u"1"_s};
        QTest::newRow("tab") << QByteArray("sku\tname\tprice\r\nA\tB, b\t1.5\r\n") << QChar(u'\t')
                             << QStringList{u"A"_s, u"B, b"_s, u"1.5"_s};
        QTest::newRow("one column") << QByteArray("sku\nA\n") << QChar(u',') << QStringList{u"A"_s};
    }
    void csvSeparators()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, separator);
        QFETCH(QStringList, row);
        auto table = readCsv(bytes);
        BVA_VERIFY_OK(table);
        QCOMPARE(table->separator, separator);
        QCOMPARE(table->decimalComma(), separator == u';');
        QCOMPARE(table->records.size(), 2);
        QCOMPARE(table->records.at(1).cells, row);
    }

    // A spreadsheet saved where the decimal mark is a comma: prices read exactly, never as thousands.
    void decimalCommaImport_data() { test::addBackendRows(); }
    void decimalCommaImport()
    {
        RIG(rig);
        CatalogImport import(*rig->catalog);
        const QByteArray csv =
            "sku;name;price;cost;stock\nA;Apple;10,50;5;3\nB;\"Jam; big\";1.234,5;1.000;0\n";
        auto done = import.importProducts(rig->alice, rig->channel, csv, CatalogImport::Policy::AllOrNothing);
        BVA_VERIFY_OK(done);
        QCOMPARE(done->created, 2);
        auto products = ProductRepository(*rig->db).listByShop(rig->channel);
        BVA_VERIFY_OK(products);
        QHash<QString, Product> bySku;
        for (const Product &p : std::as_const(*products))
            bySku.insert(p.sku, p);
        QCOMPARE(bySku.value(u"A"_s).priceMinor, 1050);
        QCOMPARE(bySku.value(u"A"_s).costMinor, 500);
        QCOMPARE(bySku.value(u"B"_s).name, u"Jam; big"_s);
        QCOMPARE(bySku.value(u"B"_s).priceMinor, 123450);
        QCOMPARE(bySku.value(u"B"_s).costMinor, 100000);
    }

    void createAndEdit_data() { test::addBackendRows(); }
    void createAndEdit()
    {
        RIG(rig);
        QSignalSpy changed(&rig->bus, &EventBus::productChanged);
        Product jam = rig->make(u"JAM-1"_s, 9995, 4);
        QVERIFY(jam.id > 0);
        QVERIFY(jam.externalId.startsWith(u"bva-"_s));
        QCOMPARE(jam.priceMinor, 9995);
        QCOMPARE(changed.size(), 1);

        Product nameless;
        nameless.sku = u"X"_s;
        auto refused = rig->catalog->saveProduct(rig->alice, rig->channel, nameless);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
        Product twin;
        twin.name = u"Another jam"_s;
        twin.sku = u"jam-1"_s; // the same SKU in another case
        auto dup = rig->catalog->saveProduct(rig->alice, rig->channel, twin);
        QVERIFY(!dup);
        QCOMPARE(dup.error().kind, Error::Kind::Conflict);
        QVERIFY(dup.error().message.contains(u"jam-1"_s));
        Product negative = jam;
        negative.stock = -1;
        QCOMPARE(rig->catalog->saveProduct(rig->alice, rig->channel, negative).error().kind,
                 Error::Kind::Invalid);

        jam.priceMinor = 12000;
        jam.costMinor.reset();
        jam.name = u"  Strawberry jam "_s;
        auto edited = rig->catalog->saveProduct(rig->alice, rig->channel, jam);
        BVA_VERIFY_OK(edited);
        QCOMPARE(edited->id, jam.id);
        QCOMPARE(edited->name, u"Strawberry jam"_s);
        QCOMPARE(edited->priceMinor, 12000);
        QCOMPARE(ProductRepository(*rig->db).count(rig->channel).value(), 1);
        // Keeping its own SKU is no conflict.
        QVERIFY(rig->catalog->saveProduct(rig->alice, rig->channel, *edited).ok());

        // A marketplace shop is not a BVA channel, even for its admin.
        Shop market;
        market.platform = Platform::Shopee;
        market.externalId = u"s1"_s;
        market.name = u"Shopee shop"_s;
        const qint64 marketId = ShopRepository(*rig->db).upsert(market).value().id;
        BVA_VERIFY_OK(ShopRepository(*rig->db).grantAccess(rig->alice.userId, marketId, ShopRole::Admin));
        auto onMarket = rig->catalog->saveProduct(rig->alice, marketId, twin);
        QVERIFY(!onMarket);
        QCOMPARE(onMarket.error().kind, Error::Kind::Forbidden);
        // The channel list has the BVA channel only.
        auto channels = rig->catalog->channels(rig->alice);
        BVA_VERIFY_OK(channels);
        QCOMPARE(channels->size(), 1);
        QCOMPARE(channels->constFirst().shop.id, rig->channel);
    }

    void rolesOnAChannel_data() { test::addBackendRows(); }
    void rolesOnAChannel()
    {
        RIG(rig);
        const Product jam = rig->make(u"JAM"_s, 5000, 10);
        OfflineSale sale;
        sale.shopId = rig->channel;
        sale.placedAt = Clock::nowUtc();
        sale.lines = {{jam.externalId, 1, std::nullopt}};
        // Not a member: not found. A viewer: refused. An editor: allowed.
        QCOMPARE(rig->catalog->recordSale(rig->bob, sale).error().kind, Error::Kind::NotFound);
        BVA_VERIFY_OK(ShopRepository(*rig->db).grantAccess(rig->bob.userId, rig->channel, ShopRole::Viewer));
        QCOMPARE(rig->catalog->recordSale(rig->bob, sale).error().kind, Error::Kind::Forbidden);
        QCOMPARE(rig->catalog->saveProduct(rig->bob, rig->channel, jam).error().kind, Error::Kind::Forbidden);
        QCOMPARE(CatalogImport(*rig->catalog)
                     .previewProducts(rig->bob, rig->channel, "sku,name,price\nA,B,1\n")
                     .error()
                     .kind,
                 Error::Kind::Forbidden);
        QCOMPARE(rig->stockOf(u"JAM"_s), 10);
        QCOMPARE(rig->orders(), 0);
        // A viewer still reads the channel's products.
        QCOMPARE(rig->catalog->products(rig->bob, rig->channel).value().size(), 1);
        BVA_VERIFY_OK(ShopRepository(*rig->db).grantAccess(rig->bob.userId, rig->channel, ShopRole::Editor));
        BVA_VERIFY_OK(rig->catalog->recordSale(rig->bob, sale));
        QCOMPARE(rig->stockOf(u"JAM"_s), 9);
    }

    void offlineSale_data() { test::addBackendRows(); }
    void offlineSale()
    {
        RIG(rig);
        const Product jam = rig->make(u"JAM"_s, 9995, 5, 4000);
        const Product tea = rig->make(u"TEA"_s, 2500, 2, std::nullopt);
        QSignalSpy dashboards(&rig->bus, &EventBus::dashboardChanged);
        OfflineSale sale;
        sale.shopId = rig->channel;
        sale.placedAt = Clock::nowUtc().addSecs(-3600);
        sale.customerName = u"Walk-in"_s;
        sale.lines = {{jam.externalId, 3, std::nullopt}, {tea.externalId, 1, 2000}};
        auto done = rig->catalog->recordSale(rig->alice, sale);
        BVA_VERIFY_OK(done);
        QVERIFY(done->created);
        QCOMPARE(done->order.status, OrderStatus::Completed);
        QCOMPARE(done->order.totalMinor, 3 * 9995 + 2000);
        QCOMPARE(done->order.placedAt, sale.placedAt.toUTC());
        QCOMPARE(rig->stockOf(u"JAM"_s), 2);
        QCOMPARE(rig->stockOf(u"TEA"_s), 1);
        QCOMPARE(dashboards.size(), 1);
        auto history = ProductRepository(*rig->db).stockHistory(rig->channel, jam.externalId);
        BVA_VERIFY_OK(history);
        QCOMPARE(history->constFirst().source, u"sale"_s);
        QCOMPARE(history->constFirst().delta, -3);

        // More than in stock: refused, nothing changed, the shortage named; confirmed: stock to zero.
        OfflineSale big = sale;
        big.lines = {{jam.externalId, 5, std::nullopt}};
        auto short_ = rig->catalog->shortages(rig->alice, big);
        BVA_VERIFY_OK(short_);
        QCOMPARE(short_->size(), 1);
        QCOMPARE(short_->constFirst().inStock, 2);
        QCOMPARE(short_->constFirst().wanted, 5);
        auto refused = rig->catalog->recordSale(rig->alice, big);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QCOMPARE(rig->stockOf(u"JAM"_s), 2);
        QCOMPARE(rig->orders(), 1);
        BVA_VERIFY_OK(rig->catalog->recordSale(rig->alice, big, true));
        QCOMPARE(rig->stockOf(u"JAM"_s), 0);
        QCOMPARE(rig->orders(), 2);

        // Bad input: clear errors, nothing stored.
        OfflineSale none = sale;
        none.lines.clear();
        QCOMPARE(rig->catalog->recordSale(rig->alice, none).error().kind, Error::Kind::Invalid);
        OfflineSale zero = sale;
        zero.lines = {{jam.externalId, 0, std::nullopt}};
        QCOMPARE(rig->catalog->recordSale(rig->alice, zero).error().kind, Error::Kind::Invalid);
        OfflineSale undated = sale;
        undated.placedAt = {};
        QCOMPARE(rig->catalog->recordSale(rig->alice, undated).error().kind, Error::Kind::Invalid);
        OfflineSale unknown = sale;
        unknown.lines = {{u"nope"_s, 1, std::nullopt}};
        QCOMPARE(rig->catalog->recordSale(rig->alice, unknown).error().kind, Error::Kind::Invalid);
        QCOMPARE(rig->orders(), 2);

        // The same sale id again changes nothing (a retried request, a re-imported row).
        OfflineSale keyed = sale;
        keyed.externalId = u"receipt-1"_s;
        keyed.lines = {{tea.externalId, 1, std::nullopt}};
        QVERIFY(rig->catalog->recordSale(rig->alice, keyed)->created);
        QVERIFY(!rig->catalog->recordSale(rig->alice, keyed)->created);
        QCOMPARE(rig->stockOf(u"TEA"_s), 0);
        QCOMPARE(rig->orders(), 3);
    }

    // Every reader of marketplace data sees the BVA channel: KPIs, product figures, reports,
    // SmartShelf and the restock plan.
    void consumersSeeTheChannel_data() { test::addBackendRows(); }
    void consumersSeeTheChannel()
    {
        RIG(rig);
        const Product jam = rig->make(u"JAM"_s, 10000, 3, 4000);
        for (int day = 20; day >= 1; --day) {
            OfflineSale sale;
            sale.shopId = rig->channel;
            sale.placedAt = QDateTime::fromString(daysAgo(day), Qt::ISODate);
            sale.lines = {{jam.externalId, 1, std::nullopt}};
            BVA_VERIFY_OK(rig->catalog->recordSale(rig->alice, sale, true));
        }
        QCOMPARE(rig->stockOf(u"JAM"_s), 0);
        AnalyticsService analytics(*rig->db);
        AnalyticsScope scope;
        scope.shopIds = {rig->channel};
        scope.preset = DatePreset::Custom;
        const QDate today = Clock::nowUtc().date();
        scope.custom = {today.addDays(-40), today.addDays(1)};
        auto kpis = analytics.kpis(scope);
        BVA_VERIFY_OK(kpis);
        QCOMPARE(kpis->size(), 1);
        QCOMPARE(kpis->constFirst().current.orders, 20);
        QCOMPARE(kpis->constFirst().current.revenueMinor, 20 * 10000);
        QCOMPARE(kpis->constFirst().current.profitMinor, 20 * 6000);
        auto stats = analytics.productStats(scope);
        BVA_VERIFY_OK(stats);
        QCOMPARE(stats->size(), 1);
        QCOMPARE(stats->constFirst().unitsSold, 20);
        QCOMPARE(stats->constFirst().platform, Platform::Other);
        auto report = analytics.report(ReportKind::SalesSummary, scope);
        BVA_VERIFY_OK(report);
        QVERIFY(!report->isEmpty());

        forecast::ForecastService forecasts(*rig->db);
        forecast::ShelfSettings shelf;
        shelf.today = today;
        auto risks = forecasts.smartShelf({rig->channel}, shelf);
        BVA_VERIFY_OK(risks);
        QVERIFY(std::any_of(risks->items.cbegin(), risks->items.cend(), [&](const forecast::ShelfItem &i) {
            return i.productExternalId == jam.externalId && i.stock == 0 && i.dailyDemand > 0;
        }));
        forecast::PlannerRequest plan;
        plan.asOf = today;
        plan.settings.budgetMinor = 1'000'000;
        auto restock = forecasts.planRestock({rig->channel}, plan);
        BVA_VERIFY_OK(restock);
        QVERIFY(
            std::any_of(restock->lines.cbegin(), restock->lines.cend(), [&](const forecast::RestockLine &l) {
                return l.productExternalId == jam.externalId;
            }));
    }

    void productPreview_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("states");
        QTest::addColumn<QString>("reason"); // of the first error row
        const QList<std::tuple<const char *, QByteArray, QStringList, QString>> cases = {
            {"valid",
             "sku,name,price,cost,stock\nA,Apple,10.50,5,3\nB,Banana,1,,0\n",
             {u"new"_s, u"new"_s},
             {}},
            {"existing sku updates", "sku,name,price\nold-1,Renamed,12\n", {u"update"_s}, {}},
            {"existing sku unchanged",
             "sku,name,price,cost,stock,category\nOLD-1,Old,12.00,4.00,7,Pantry\n",
             {u"same"_s},
             {}},
            {"bad price", "sku,name,price\nA,Apple,12abc\n", {u"error:2"_s}, u"price: \"12abc\""_s},
            {"negative price", "sku,name,price\nA,Apple,-1\n", {u"error:2"_s}, u"price"_s},
            {"three decimals",
             "sku,name,price\nA,Apple,1.005\n",
             {u"error:2"_s},
             u"has more than 2 decimal"_s},
            {"grouped price", "sku,name,price\nA,Apple,\"1,234.50\"\n", {u"new"_s}, {}},
            {"empty name", "sku,name,price\nA,,1\n", {u"error:2"_s}, u"name: required"_s},
            {"empty sku", "sku,name,price\n,Apple,1\n", {u"error:2"_s}, u"sku: required"_s},
            {"duplicate sku",
             "sku,name,price\nA,Apple,1\nB,Banana,1\na,Again,1\n",
             {u"new"_s, u"new"_s, u"error:4"_s},
             u"already on row 2"_s},
            {"bad stock", "sku,name,price,stock\nA,Apple,1,2.5\n", {u"error:2"_s}, u"stock"_s},
            {"decimal comma in a comma file",
             "sku,name,price\nA,Apple,\"12,50\"\n",
             {u"error:2"_s},
             u"write it like 1234.50"_s},
            {"semicolons", "sku;name;price\nA;Apple;12,50\nB;Jam;\"1.234,50\"\n", {u"new"_s, u"new"_s}, {}},
            {"decimal point in a semicolon file",
             "sku;name;price\nA;Apple;12.50\n",
             {u"error:2"_s},
             u"decimal commas"_s},
            {"semicolon three decimals",
             "sku;name;price\nA;Apple;1,005\n",
             {u"error:2"_s},
             u"has more than 2 decimal"_s},
        };
        for (const QString &backend : {u"sqlite"_s, u"postgres"_s}) {
            for (const auto &[name, csv, expected, reason] : cases)
                QTest::addRow("%s/%s", qPrintable(backend), name) << backend << csv << expected << reason;
        }
    }
    void productPreview()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, states);
        QFETCH(QString, reason);
        RIG(rig);
        Product old;
        old.sku = u"OLD-1"_s;
        old.name = u"Old"_s;
        old.priceMinor = 1200;
        old.costMinor = 400;
        old.stock = 7;
        old.category = u"Pantry"_s;
        BVA_VERIFY_OK(rig->catalog->saveProduct(rig->alice, rig->channel, old));
        CatalogImport import(*rig->catalog);
        auto preview = import.previewProducts(rig->alice, rig->channel, csv);
        BVA_VERIFY_OK(preview);
        QCOMPARE(::states(*preview), states);
        for (const ImportRow &r : std::as_const(preview->rows)) {
            if (r.state == ImportRow::State::Error) {
                QVERIFY2(r.reason.contains(reason), qPrintable(r.reason));
                break;
            }
        }
        QCOMPARE(ProductRepository(*rig->db).count(rig->channel).value(), 1); // a preview writes nothing
    }

    void salePreview_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<bool>("withDefault");
        QTest::addColumn<QStringList>("states");
        QTest::addColumn<QString>("reason");
        const QByteArray d = daysAgo(2).toLatin1();
        const QByteArray day = Clock::nowUtc().date().addDays(-3).toString(Qt::ISODate).toLatin1();
        const QByteArray future = daysAgo(-3).toLatin1();
        const QList<std::tuple<const char *, QByteArray, bool, QStringList, QString>> cases = {
            {"valid",
             "date,sku,quantity,unit_price\n" + d + ",JAM,2,95.50\n" + day + ",jam,1,\n",
             false,
             {u"new"_s, u"new"_s},
             {}},
            {"unknown sku",
             "date,sku,quantity\n" + d + ",NOPE,1\n",
             false,
             {u"error:2"_s},
             u"no product with SKU NOPE"_s},
            {"bad price",
             "date,sku,quantity,unit_price\n" + d + ",JAM,1,9.5.0\n",
             false,
             {u"error:2"_s},
             u"unit_price: \"9.5.0\""_s},
            {"bad date", "date,sku,quantity\n05/12/2026,JAM,1\n", false, {u"error:2"_s}, u"not a date"_s},
            {"future date",
             "date,sku,quantity\n" + future + ",JAM,1\n",
             false,
             {u"error:2"_s},
             u"in the future"_s},
            {"no date", "date,sku,quantity\n,JAM,1\n", false, {u"error:2"_s}, u"date: required"_s},
            {"no date, default chosen", "date,sku,quantity\n,JAM,1\n", true, {u"new"_s}, {}},
            {"empty quantity",
             "date,sku,quantity\n" + d + ",JAM,\n",
             false,
             {u"error:2"_s},
             u"quantity: required"_s},
            {"zero quantity", "date,sku,quantity\n" + d + ",JAM,0\n", false, {u"error:2"_s}, u"quantity"_s},
            {"over stock",
             "date,sku,quantity\n" + d + ",JAM,4\n" + d + ",JAM,7\n",
             false,
             {u"new"_s, u"error:3"_s},
             u"only 6 of JAM left"_s},
            {"receipt with a bad row",
             "date,sku,quantity,receipt\n" + d + ",JAM,1,R1\n" + d + ",NOPE,1,R1\n",
             false,
             {u"error:2"_s, u"error:3"_s},
             u"receipt R1 has an error on row 3"_s},
        };
        for (const QString &backend : {u"sqlite"_s, u"postgres"_s}) {
            for (const auto &[name, csv, withDefault, expected, reason] : cases)
                QTest::addRow("%s/%s", qPrintable(backend), name)
                    << backend << csv << withDefault << expected << reason;
        }
    }
    void salePreview()
    {
        QFETCH(QByteArray, csv);
        QFETCH(bool, withDefault);
        QFETCH(QStringList, states);
        QFETCH(QString, reason);
        RIG(rig);
        rig->make(u"JAM"_s, 9995, 10);
        SalesImportOptions options;
        if (withDefault)
            options.defaultDate = Clock::nowUtc().addDays(-1);
        CatalogImport import(*rig->catalog);
        auto preview = import.previewSales(rig->alice, rig->channel, csv, options);
        BVA_VERIFY_OK(preview);
        QCOMPARE(::states(*preview), states);
        for (const ImportRow &r : std::as_const(preview->rows)) {
            if (r.state == ImportRow::State::Error) {
                QVERIFY2(r.reason.contains(reason), qPrintable(r.reason));
                break;
            }
        }
        QCOMPARE(rig->orders(), 0);
        QCOMPARE(rig->stockOf(u"JAM"_s), 10);
    }

    void fileErrors_data() { test::addBackendRows(); }
    void fileErrors()
    {
        RIG(rig);
        CatalogImport import(*rig->catalog);
        auto noPrice = import.previewProducts(rig->alice, rig->channel, "sku,name\nA,B\n");
        QVERIFY(!noPrice);
        QVERIFY(noPrice.error().message.contains(u"\"price\""_s));
        QVERIFY(!import.previewProducts(rig->alice, rig->channel, "").ok());
        auto noDate = import.previewSales(rig->alice, rig->channel, "sku,quantity\nA,1\n");
        QVERIFY(!noDate);
        QVERIFY(noDate.error().message.contains(u"date"_s));
        QVERIFY(!import.previewProducts(rig->alice, rig->channel, "sku,name,price\n\xff\xfe,x,1\n").ok());
    }

    // What a seller types or imports is held to the caps of marketplace text (name 1000 characters, SKU 400,
    // category 1000, description 20,000, customer 500), counted in code points, with the field in the
    // error; the dialog and the import's report show it. Before, any length was stored.
    void sellerTextCapped_data() { test::addBackendRows(); }
    void sellerTextCapped()
    {
        RIG(rig);
        const QString emoji = u"\U0001F600"_s;
        Product emojis;
        emojis.sku = u"EMOJI"_s;
        emojis.name = emoji.repeated(1000); // 2,000 UTF-16 units, 1,000 characters
        BVA_VERIFY_OK(rig->catalog->saveProduct(rig->alice, rig->channel, emojis));
        const QList<std::tuple<QString, QString Product::*, int>> fields = {
            {u"name"_s, &Product::name, 1000},
            {u"sku"_s, &Product::sku, 400},
            {u"category"_s, &Product::category, 1000},
            {u"description"_s, &Product::description, 20'000},
            {u"image"_s, &Product::imageUrl, 2048}};
        for (const auto &[field, member, limit] : fields) {
            Product p;
            p.name = u"Long"_s;
            p.*member = QString(limit + 1, u'x');
            auto refused = rig->catalog->saveProduct(rig->alice, rig->channel, p);
            QVERIFY2(!refused, qPrintable(field));
            QCOMPARE(refused.error().kind, Error::Kind::Invalid);
            QCOMPARE(refused.error().message, u"%1: at most %2 characters"_s.arg(field).arg(limit));
        }
        QCOMPARE(ProductRepository(*rig->db).count(rig->channel).value(), 1);

        const Product jam = rig->make(u"JAM"_s, 9995, 5, 4000);
        OfflineSale sale;
        sale.shopId = rig->channel;
        sale.placedAt = Clock::nowUtc().addSecs(-3600);
        sale.customerName = QString(501, u'c');
        sale.lines = {{jam.externalId, 1, std::nullopt}};
        auto longCustomer = rig->catalog->recordSale(rig->alice, sale);
        QVERIFY(!longCustomer);
        QCOMPARE(longCustomer.error().message, u"customer: at most 500 characters"_s);
        QCOMPARE(rig->orders(), 0);

        CatalogImport import(*rig->catalog);
        const QByteArray products = "sku,name,price,category\nA," + QByteArray(1001, 'n') + ",1,\nB,Fine,1," +
                                    QByteArray(1001, 'c') + "\n" + QByteArray(401, 's') +
                                    ",Sku,1,\nD,Fine,1,\n";
        auto preview = import.previewProducts(rig->alice, rig->channel, products);
        BVA_VERIFY_OK(preview);
        QCOMPARE(::states(*preview), (QStringList{u"error:2"_s, u"error:3"_s, u"error:4"_s, u"new"_s}));
        QCOMPARE(preview->rows.at(0).reason, u"name: at most 1000 characters"_s);
        QCOMPARE(preview->rows.at(1).reason, u"category: at most 1000 characters"_s);
        QCOMPARE(preview->rows.at(2).reason, u"sku: at most 400 characters"_s);
        auto imported =
            import.importProducts(rig->alice, rig->channel, products, CatalogImport::Policy::ValidRowsOnly);
        BVA_VERIFY_OK(imported);
        QCOMPARE(imported->created, 1);
        QCOMPARE(imported->skipped, 3);

        const QByteArray sales = "date,sku,quantity,customer,receipt\n2026-01-05,JAM,1," +
                                 QByteArray(501, 'c') + ",R1\n2026-01-05,JAM,1,Walk-in," +
                                 QByteArray(251, 'r') + "\n";
        auto salePreview = import.previewSales(rig->alice, rig->channel, sales);
        BVA_VERIFY_OK(salePreview);
        QCOMPARE(::states(*salePreview), (QStringList{u"error:2"_s, u"error:3"_s}));
        QVERIFY2(salePreview->rows.at(0).reason.contains(u"customer: at most 500 characters"_s),
                 qPrintable(salePreview->rows.at(0).reason));
        QVERIFY2(salePreview->rows.at(1).reason.contains(u"receipt: at most 250 characters"_s),
                 qPrintable(salePreview->rows.at(1).reason));
    }

    // A file of a million rows, a 50 MB file or a cell of a megabyte is refused with what was refused, before
    // its records are held in memory (a million one-cell records took over a gigabyte and hung the preview).
    void csvBounded()
    {
        QByteArray million = "sku,name,price\n";
        million.reserve(million.size() + 6 * 1'000'000);
        for (int i = 0; i < 1'000'000; ++i)
            million += "A,B,1\n";
        auto rows = readCsv(million);
        QVERIFY(!rows);
        QCOMPARE(rows.error().message, u"the file has more than 50000 rows; split it into smaller files"_s);
        QByteArray atLimit = "sku,name,price\n" + QByteArray("A,B,1\n").repeated(50'000);
        auto fits = readCsv(atLimit);
        BVA_VERIFY_OK(fits);
        QCOMPARE(fits->records.size(), 50'001);

        auto huge = readCsv("sku,name\nA,\"" + QByteArray(50 * 1024 * 1024, 'x') + "\"\n");
        QVERIFY(!huge);
        QCOMPARE(huge.error().message, u"the file is larger than 32 MB; split it into smaller files"_s);
        auto wide = readCsv("sku,name\nA,B\nC,\"" + QByteArray(1024 * 1024, 'x') + "\"\n");
        QVERIFY(!wide);
        QCOMPARE(wide.error().message, u"row 3: a cell is longer than 20000 characters"_s);
        // The cap counts characters: 20,000 emoji (40,000 UTF-16 units) fit.
        BVA_VERIFY_OK(readCsv("sku,name\nA," + u"\U0001F600"_s.repeated(20'000).toUtf8() + "\n"));
    }

    void importIsIdempotent_data() { test::addBackendRows(); }
    void importIsIdempotent()
    {
        RIG(rig);
        CatalogImport import(*rig->catalog);
        const QByteArray products = "sku,name,price,cost,stock,category\nJAM,Jam,99.95,40,10,Pantry\n"
                                    "TEA,Tea,25,,5,Drinks\nBAD,Bad,abc,,1,\n";
        // All or nothing: one bad row, nothing imported.
        auto refused =
            import.importProducts(rig->alice, rig->channel, products, CatalogImport::Policy::AllOrNothing);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"nothing was imported"_s));
        QCOMPARE(ProductRepository(*rig->db).count(rig->channel).value(), 0);
        auto first =
            import.importProducts(rig->alice, rig->channel, products, CatalogImport::Policy::ValidRowsOnly);
        BVA_VERIFY_OK(first);
        QCOMPARE(first->created, 2);
        QCOMPARE(first->skipped, 1);
        auto again =
            import.importProducts(rig->alice, rig->channel, products, CatalogImport::Policy::ValidRowsOnly);
        BVA_VERIFY_OK(again);
        QCOMPARE(again->created, 0);
        QCOMPARE(again->unchanged, 2);
        QCOMPARE(ProductRepository(*rig->db).count(rig->channel).value(), 2);
        QCOMPARE(ProductRepository(*rig->db).findBySku(rig->channel, u"jam"_s).value()->priceMinor, 9995);

        const QByteArray d = daysAgo(2).toLatin1();
        const QByteArray sales = "date,sku,quantity,unit_price,receipt,customer\n" + d + ",JAM,2,,R-1,Ana\n" +
                                 d + ",TEA,1,20.00,R-1,Ana\n" + d + ",JAM,1,,,\n" + d + ",JAM,1,,,\n";
        auto sold = import.importSales(rig->alice, rig->channel, sales, CatalogImport::Policy::AllOrNothing);
        BVA_VERIFY_OK(sold);
        QCOMPARE(sold->created, 4);
        QCOMPARE(rig->orders(), 3); // receipt R-1 (two lines) and two identical walk-in rows
        QCOMPARE(rig->stockOf(u"JAM"_s), 6);
        QCOMPARE(rig->stockOf(u"TEA"_s), 4);
        auto preview = import.previewSales(rig->alice, rig->channel, sales);
        BVA_VERIFY_OK(preview);
        QCOMPARE(::states(*preview), (QStringList{u"same"_s, u"same"_s, u"same"_s, u"same"_s}));
        auto twice = import.importSales(rig->alice, rig->channel, sales, CatalogImport::Policy::AllOrNothing);
        BVA_VERIFY_OK(twice);
        QCOMPARE(twice->created, 0);
        QCOMPARE(twice->unchanged, 4);
        QCOMPARE(rig->orders(), 3);
        QCOMPARE(rig->stockOf(u"JAM"_s), 6);
        auto order = OrderRepository(*rig->db).findByExternal(rig->channel, u"csv-r-R-1"_s);
        BVA_VERIFY_OK(order);
        QVERIFY(order->has_value());
        QCOMPARE((*order)->totalMinor, 2 * 9995 + 2000);
        QCOMPARE((*order)->customerName, u"Ana"_s);
        QCOMPARE((*order)->placedAt, QDateTime::fromString(daysAgo(2), Qt::ISODate));
    }
};

QTEST_GUILESS_MAIN(TstNativeCatalog)
#include "tst_nativecatalog.moc"
