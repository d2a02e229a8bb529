// ForecastService against a scratch store: history from product_daily_rollups, stored forecasts,
// predicted sales, SmartShelf, the restock plan, promotions and the campaign list.
#include "analytics/forecast/forecastservice.h"
#include "store/database.h"
#include "store/orderrepository.h"
#include "store/sql.h"
#include "testbackends.h"
#include "util/clock.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace bva;
using namespace bva::forecast;

namespace {

static QDate today()
{
    return QDate(2026, 11, 3);
}

bool exec(Database &db, const QString &text, const QVariantList &binds)
{
    auto r = sql::run(db.connection(), text, binds, u"test setup");
    if (!r)
        qWarning("%s", qPrintable(r.error().message));
    return r.ok();
}

// Shop 1 with: a daily seller with a payday bump, an intermittent item, an expired item, a slow
// item that never sells, and one without a cost price.
bool seed(Database &db, qint64 *shopId)
{
    const qint64 now = bva::Clock::nowMs();
    if (!exec(db,
              u"INSERT INTO shops (platform, external_id, name, currency, timezone, created_at, updated_at) "
              "VALUES ('shopee', 'S1', 'Aling Nena Store', 'PHP', 'Asia/Manila', ?, ?)"_s,
              {now, now}))
        return false;
    auto q = sql::run(db.connection(), u"SELECT id FROM shops WHERE external_id = 'S1'"_s, {}, u"shop id");
    if (!q || !q->next())
        return false;
    *shopId = q->value(0).toLongLong();
    struct P
    {
        const char *id;
        qint64 price;
        QVariant cost;
        int stock;
        QVariant expiry;
    };
    const QVariant noCost(QMetaType::fromType<qint64>());
    const QVariant noDate(QMetaType::fromType<QString>());
    const P products[] = {
        {"FAST", 25000, qint64(15000), 12, noDate},
        {"RARE", 90000, qint64(50000), 3, noDate},
        {"OLD", 5000, qint64(3000), 8, today().addDays(-2).toString(Qt::ISODate)},
        {"SLOW", 12000, qint64(7000), 40, noDate},
        {"NOCOST", 30000, noCost, 0, noDate},
    };
    for (const P &p : products) {
        if (!exec(db,
                  u"INSERT INTO products (shop_id, external_id, sku, name, price_minor, cost_minor, stock, "
                  "expiry_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  {*shopId, QString::fromLatin1(p.id), QString(u"SKU-"_s + QString::fromLatin1(p.id)),
                   QString(u"Product "_s + QString::fromLatin1(p.id)), p.price, p.cost, p.stock, p.expiry,
                   now, now}))
            return false;
    }
    QVariantList binds;
    int rows = 0;
    auto add = [&](const QString &id, QDate day, int units) {
        binds << *shopId << id << day.toString(Qt::ISODate) << units << units * 100;
        ++rows;
    };
    for (int t = 1; t <= 200; ++t) {
        const QDate day = today().addDays(-t);
        const bool payday = day.day() == 15 || day.day() == day.daysInMonth() || day.day() == 30;
        add(u"FAST"_s, day, (payday ? 12 : 4) + (day.dayOfWeek() >= 6 ? 2 : 0));
        if (t % 9 == 0)
            add(u"RARE"_s, day, 1 + t % 2);
        if (t % 3 == 0)
            add(u"OLD"_s, day, 1);
        add(u"NOCOST"_s, day, 2);
    }
    const QString insert =
        u"INSERT INTO product_daily_rollups (shop_id, product_external_id, day, units, revenue_minor) VALUES "_s;
    for (int start = 0; start < rows; start += 100) {
        const int n = std::min(100, rows - start);
        if (!exec(db, insert + sql::rowPlaceholders(n, 5), binds.mid(start * 5, n * 5)))
            return false;
    }
    return true;
}

// A shop of twenty products of one weekly shape sold for 140 days; in `windowsDiffer` all but the first
// (P00) sell 15 more on the Saturdays of the last four weeks, the windows of their rolling backtests.
bool seedGroupShop(Database &db, const QString &externalId, bool windowsDiffer, qint64 *shopId)
{
    const qint64 now = bva::Clock::nowMs();
    if (!exec(db,
              u"INSERT INTO shops (platform, external_id, name, currency, timezone, created_at, updated_at) "
              "VALUES ('shopee', ?, 'Group Store', 'PHP', 'Asia/Manila', ?, ?)"_s,
              {externalId, now, now}))
        return false;
    auto q =
        sql::run(db.connection(), u"SELECT id FROM shops WHERE external_id = ?"_s, {externalId}, u"shop id");
    if (!q || !q->next())
        return false;
    *shopId = q->value(0).toLongLong();
    QVariantList binds;
    for (int i = 0; i < 20; ++i) {
        const QString id = u"P%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        if (!exec(db,
                  u"INSERT INTO products (shop_id, external_id, sku, name, price_minor, cost_minor, stock, "
                  "created_at, updated_at) VALUES (?, ?, ?, ?, 10000, 6000, 50, ?, ?)"_s,
                  {*shopId, id, id, id, now, now}))
            return false;
        for (int t = 1; t <= 140; ++t) {
            const QDate day = today().addDays(-t);
            const bool saturday = day.dayOfWeek() == 6;
            const int units = 15 + (t * 37 + i * 11) % 10 + (saturday ? 6 : 0) +
                              (windowsDiffer && i > 0 && saturday && t <= 28 ? 15 : 0);
            binds << *shopId << id << day.toString(Qt::ISODate) << units << units * 100;
        }
    }
    const QString insert =
        u"INSERT INTO product_daily_rollups (shop_id, product_external_id, day, units, revenue_minor) VALUES "_s;
    const int rows = int(binds.size() / 5);
    for (int start = 0; start < rows; start += 100) {
        const int n = std::min(100, rows - start);
        if (!exec(db, insert + sql::rowPlaceholders(n, 5), binds.mid(start * 5, n * 5)))
            return false;
    }
    return true;
}

} // namespace

class TestForecastService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void endToEnd_data() { test::addBackendRows(); }
    void endToEnd();
    void backtestGroup_data() { test::addBackendRows(); }
    void backtestGroup();
};

void TestForecastService::endToEnd()
{
    QFETCH(QString, backend);
    BVA_SCRATCH_DB(scratch, backend);
    auto config = DatabaseConfig::fromUrl(scratch->url());
    QVERIFY(config.ok());
    Database db(config.value());
    auto opened = db.open();
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    qint64 shopId = 0;
    QVERIFY(seed(db, &shopId));

    ForecastService service(db);
    QSignalSpy updated(&service, &ForecastService::forecastsUpdated);
    ForecastRequest rq;
    rq.asOf = today();
    rq.horizonDays = 28;
    auto run = service.refreshShop(shopId, rq);
    QVERIFY2(run.ok(), qPrintable(run ? QString() : run.error().message));
    QCOMPARE(run->products, 5);
    QCOMPARE(run->historyTo, today().addDays(-1));
    QVERIFY(run->runId > 0);
    QCOMPARE(updated.count(), 1);

    auto stored = service.storedForecasts(shopId, true);
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 5);
    for (const ProductForecast &f : stored.value()) {
        QVERIFY(!f.model.isEmpty());
        QVERIFY(!f.reason.isEmpty());
        QCOMPARE(f.days.size(), 28);
        QCOMPARE(f.days.first().day, today());
        if (f.productExternalId == u"FAST") {
            QCOMPARE(f.demandClass, DemandClass::Smooth);
            QVERIFY2(f.paydayFactor > 1.5, qPrintable(QString::number(f.paydayFactor)));
            QVERIFY2(f.next7Days > 20 && f.next7Days < 60, qPrintable(QString::number(f.next7Days)));
            // 2026-11-15 is a payday: more than the Tuesday before.
            QVERIFY(f.days[12].forecast > 1.5 * f.days[7].forecast);
        }
        if (f.productExternalId == u"SLOW")
            QCOMPARE(f.demandClass, DemandClass::NoDemand);
        if (f.productExternalId == u"RARE")
            QVERIFY(f.demandClass == DemandClass::Intermittent || f.demandClass == DemandClass::Lumpy);
    }
    // Refreshing replaces, not appends.
    QVERIFY(service.refreshShop(shopId, rq).ok());
    QCOMPARE(service.storedForecasts(shopId)->size(), 5);

    auto sales = service.predictedSales(shopId, 14);
    QVERIFY(sales.ok());
    QCOMPARE(sales->size(), 14);
    QVERIFY(sales->first().units > 0 && sales->first().revenueMinor > 0);
    QVERIFY(sales->first().lower <= sales->first().units && sales->first().units <= sales->first().upper);

    ShelfSettings shelf;
    shelf.today = today();
    auto report = service.smartShelf({shopId}, shelf);
    QVERIFY(report.ok());
    QCOMPARE(int(report->items.size()), 5);
    QCOMPARE(int(report->expired.size()), 1);
    QCOMPARE(report->expired.front().productExternalId, u"OLD"_s);
    bool fastAtRisk = false, slowFlagged = false;
    for (const ShelfItem &it : report->items) {
        fastAtRisk |= it.productExternalId == u"FAST" && it.has(ShelfRisk::StockOut) &&
                      it.action == ShelfAction::Restock;
        slowFlagged |= it.productExternalId == u"SLOW" && it.has(ShelfRisk::SlowMoving);
    }
    QVERIFY(fastAtRisk);
    QVERIFY(slowFlagged);

    QVERIFY(service.setRestockProductSettings(shopId, u"FAST"_s, 10, 12, 0, std::nullopt).ok());
    QVERIFY(!service.setRestockProductSettings(shopId, u"FAST"_s, 0, 12, 0, std::nullopt).ok());
    PlannerRequest plan;
    plan.asOf = today();
    plan.settings.budgetMinor = 500000;
    plan.settings.goal = RestockGoal::Profit;
    plan.settings.horizonDays = 14;
    auto planned = service.planRestock({shopId}, plan);
    QVERIFY(planned.ok());
    QVERIFY(planned->spentMinor <= 500000);
    bool fastPlanned = false, noCostFlagged = false, oldLeftOut = false, rareCompound = false;
    for (const RestockLine &l : planned->lines) {
        // OLD expired two days ago (by the data's today, not the clock) and still sells: it is not reordered.
        if (l.productExternalId == u"OLD") {
            oldLeftOut = l.status == RestockStatus::Expired && l.plannedQty == 0 && l.recommendedQty == 0 &&
                         l.daysToExpiry == -2 && l.reason.contains(u"do not reorder"_s);
        }
        if (l.productExternalId == u"FAST") {
            fastPlanned = l.plannedQty > 0 && l.plannedQty % 12 == 0;
            QVERIFY(l.priority <= 2); // only the out-of-stock NOCOST can be more urgent
        }
        noCostFlagged |= l.productExternalId == u"NOCOST" && l.status == RestockStatus::NoCost;
        if (l.productExternalId == u"RARE") {
            // A slow item's reorder point is a whole count of its compound lead-time demand, not mean + z σ
            // √L.
            rareCompound = l.leadTimeDemand > 0 && l.reorderPoint >= 1 &&
                           l.reorderPoint == std::round(l.reorderPoint) &&
                           l.leadTimeDemand != std::round(l.leadTimeDemand);
        }
    }
    QVERIFY(rareCompound);
    QVERIFY(fastPlanned);
    QVERIFY(noCostFlagged);
    QVERIFY(oldLeftOut);
    QVERIFY(shoppingListCsv(planned.value(), u"PHP"_s).contains(u"SKU-FAST"_s));

    PromotionSettings ps;
    ps.shelf.today = today();
    ps.language = u"fil"_s;
    auto promos = service.promotions(shopId, ps);
    QVERIFY(promos.ok());
    bool slowPromo = false;
    for (const PromotionSuggestion &p : promos.value()) {
        QVERIFY(p.productExternalId != u"OLD"); // expired items are not promoted
        if (p.productExternalId == u"SLOW") {
            slowPromo = true;
            QVERIFY(p.promoPriceMinor > 7000);
            QCOMPARE(p.copy.language, u"fil"_s);
            QVERIFY(p.copy.hashtags.contains(u"#AlingNenaStore"_s));
        }
    }
    QVERIFY(slowPromo);

    Campaign c;
    c.shopId = shopId;
    c.productExternalId = u"SLOW"_s;
    c.playbook = Playbook::BundleUp;
    c.title = u"Bundle"_s;
    c.hashtags = {u"#A"_s, u"#B"_s};
    c.startDay = QDate(2026, 11, 11);
    c.promoPriceMinor = 9000;
    auto created = service.campaigns().create(c);
    QVERIFY(created.ok());
    QVERIFY(created->id > 0);
    QVERIFY(service.campaigns().setStatus(created->id, CampaignStatus::Scheduled).ok());
    auto listed = service.campaigns().list(shopId, CampaignStatus::Scheduled);
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().hashtags, c.hashtags);
    QCOMPARE(listed->first().startDay, c.startDay);
    QCOMPARE(listed->first().playbook, Playbook::BundleUp);
    QCOMPARE(service.campaigns().setStatus(999999, CampaignStatus::Done).error().kind, Error::Kind::NotFound);
    QVERIFY(service.campaigns().remove(created->id).ok());
    QCOMPARE(service.campaigns().list(shopId)->size(), 0);

    // In the background: the signal arrives on this thread.
    QSignalSpy later(&service, &ForecastService::forecastsUpdated);
    QSignalSpy failed(&service, &ForecastService::refreshFailed);
    service.refreshShopInBackground(shopId);
    QVERIFY2(later.wait(30000), failed.isEmpty() ? "no signal" : qPrintable(failed.first().at(1).toString()));
    QCOMPARE(later.first().first().toLongLong(), shopId);

    // Basket sizes for bundles: units of a product per order over a window of local days, lines of
    // one order added up, cancelled orders and days outside left out.
    auto order = [&](const char *id, int daysAgo, QList<int> quantities, OrderStatus status) {
        Order o;
        o.externalId = QString::fromLatin1(id);
        o.status = status;
        o.placedAt = QDateTime(today().addDays(-daysAgo), QTime(4, 0), QTimeZone::utc());
        for (int q : quantities) {
            OrderItem item;
            item.productExternalId = u"RARE"_s;
            item.quantity = q;
            item.unitPriceMinor = 90000;
            item.subtotalMinor = q * 90000;
            o.items.append(item);
            o.totalMinor += item.subtotalMinor;
        }
        return o;
    };
    const QList<Order> orders{
        order("A", 3, {2}, OrderStatus::Completed), order("B", 4, {3, 1}, OrderStatus::Completed),
        order("C", 5, {3}, OrderStatus::ToReceive), order("D", 6, {10}, OrderStatus::Cancelled),
        order("E", 200, {9}, OrderStatus::Completed)};
    QVERIFY(OrderRepository(db).upsertBatch(shopId, orders).ok());
    auto perOrder = OrderRepository(db).unitsPerOrder(shopId, today().addDays(-90).toString(Qt::ISODate),
                                                      today().addDays(-1).toString(Qt::ISODate));
    QVERIFY(perOrder.ok());
    QCOMPARE(perOrder->value(u"RARE"_s), 3.0);
    QVERIFY(!perOrder->contains(u"FAST"_s));
}

void TestForecastService::backtestGroup()
{
    // A product's rolling backtest may know only the days before its first origin, the group's weekday
    // indices and the shop's event prior included (backtestgroup.h): two shops whose other products differ
    // only in the backtest's windows must give the same product the same backtest errors. Shrunk toward the
    // group learned on whole histories, P00's backtest saw the other products' windows.
    QFETCH(QString, backend);
    BVA_SCRATCH_DB(scratch, backend);
    auto config = DatabaseConfig::fromUrl(scratch->url());
    QVERIFY(config.ok());
    Database db(config.value());
    auto opened = db.open();
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    qint64 same = 0, differ = 0;
    QVERIFY(seedGroupShop(db, u"SAME"_s, false, &same));
    QVERIFY(seedGroupShop(db, u"DIFFER"_s, true, &differ));
    ForecastService service(db);
    ForecastRequest rq;
    rq.asOf = today();
    std::array<ProductForecast, 2> p00;
    for (size_t k = 0; k < 2; ++k) {
        auto rows = service.computeForecasts({k == 0 ? same : differ}, rq);
        QVERIFY2(rows.ok(), qPrintable(rows ? QString() : rows.error().message));
        QCOMPARE(rows->size(), 20);
        for (const ProductForecast &f : rows.value())
            if (f.productExternalId == u"P00")
                p00[k] = f;
    }
    QCOMPARE(p00[0].demandClass, DemandClass::Smooth);
    QVERIFY(std::isfinite(p00[0].backtestMase) && std::isfinite(p00[0].naiveMase));
    QCOMPARE(p00[1].backtestMase, p00[0].backtestMase);
    QCOMPARE(p00[1].naiveMase, p00[0].naiveMase);
    // The forecasts themselves learn from every day: the shops' groups differ there.
    QVERIFY(p00[1].model != p00[0].model || p00[1].nextHorizon != p00[0].nextHorizon);
}

QTEST_GUILESS_MAIN(TestForecastService)
#include "tst_forecastservice.moc"
