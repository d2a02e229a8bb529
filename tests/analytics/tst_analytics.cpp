// AnalyticsService against hand-computed fixtures (fixtures.cpp) on SQLite and PostgreSQL.
#include "analytics/analyticsservice.h"
#include "analytics/reportcsv.h"
#include "domain/money.h"
#include "fixtures.h"
#include "store/orderrepository.h"
#include "store/sql.h"
#include "store/userrepository.h"
#include "testbackends.h"

#include <QStandardPaths>
#include <QTest>
#include <limits>

using namespace Qt::StringLiterals;
using namespace bva;
using bva::test::Fixture;

namespace {

AnalyticsScope scopeOf(const Fixture &f, QDate from = {2024, 3, 10}, QDate to = {2024, 3, 16})
{
    AnalyticsScope s;
    s.shopIds = {f.shopee.id, f.lazada.id, f.lazadaId.id};
    s.preset = DatePreset::Custom;
    s.custom = {from, to};
    return s;
}

const CurrencyKpis *kpiOf(const QList<CurrencyKpis> &list, const QString &currency)
{
    for (const CurrencyKpis &k : list) {
        if (k.currency == currency)
            return &k;
    }
    return nullptr;
}

constexpr qint64 kNone = std::numeric_limits<qint64>::min();

} // namespace

class TestAnalytics : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void presets()
    {
        const QDate today(2024, 3, 16);
        QCOMPARE(presetRange(DatePreset::Today, today), (DateRange{today, today}));
        QCOMPARE(presetRange(DatePreset::Last7Days, today).from, QDate(2024, 3, 10));
        QCOMPARE(presetRange(DatePreset::Last30Days, today).days(), 30);
        QCOMPARE(presetRange(DatePreset::Last90Days, today).days(), 90);
        QCOMPARE(presetRange(DatePreset::LastYear, today).days(), 365);
        const DateRange r{QDate(2024, 3, 10), QDate(2024, 3, 16)};
        QCOMPARE(r.previous(), (DateRange{QDate(2024, 3, 3), QDate(2024, 3, 9)}));
        QCOMPARE(periodStart(QDate(2024, 3, 14), Granularity::Week), QDate(2024, 3, 11));
        QCOMPARE(periodStart(QDate(2024, 3, 14), Granularity::Month), QDate(2024, 3, 1));
        QCOMPARE(datePresetFromString(u"90d"), DatePreset::Last90Days);
        QVERIFY(!datePresetFromString(u"2w").has_value());
        const AnalyticsScope keyed = scopeFromKeys({1, 2, 3}, u"platform:LAZADA"_s, u"7d"_s);
        QCOMPARE(keyed.shopIds, (QList<qint64>{1, 2, 3}));
        QCOMPARE(keyed.platform, Platform::Lazada);
        QCOMPARE(keyed.preset, DatePreset::Last7Days);
        QCOMPARE(scopeFromKeys({1, 2, 3}, u"shop:2"_s, u"1y"_s).shopIds, QList<qint64>{2});
        QVERIFY(scopeFromKeys({1, 2, 3}, u"shop:9"_s, u"1y"_s).shopIds.isEmpty()); // not the user's shop
        QCOMPARE(scopeFromKeys({1}, u"all"_s, u"bogus"_s).preset, DatePreset::Last30Days);
        KpiTotals t;
        t.orders = 3;
        t.revenueMinor = 41000;
        QCOMPARE(t.aovMinor(), 13667);
        QVERIFY(!t.marginPercent().has_value() || t.knownCostRevenueMinor() > 0);
    }

    void kpis_data() { test::addBackendRows(); }
    void kpis()
    {
        QFETCH(QString, backend);
        BVA_SCRATCH_DB(scratch, backend);
        auto db = test::openStore(scratch->url());
        const Fixture f = test::loadFixture(*db);
        AnalyticsService service(*db);
        auto k = service.kpis(scopeOf(f));
        QVERIFY(k.ok());
        QCOMPARE(k->size(), 2);
        // PHP first: it has more orders. PHP and IDR are never added together.
        QCOMPARE(k->at(0).currency, u"PHP"_s);
        const KpiTotals &php = k->at(0).current;
        QCOMPARE(php.orders, 3); // a1, a2 (day boundaries) and b1
        QCOMPARE(php.units, 7);
        QCOMPARE(php.revenueMinor, 41000);
        QCOMPARE(php.costMinor, 24000);
        QCOMPARE(php.profitMinor, 12000);
        QCOMPARE(php.unknownCostRevenueMinor, 5000); // a2: its product has no cost
        QCOMPARE(php.aovMinor(), 13667);
        QVERIFY(qAbs(*php.marginPercent() - 100.0 / 3.0) < 1e-9); // 12000 / 36000, not / 41000
        QCOMPARE(php.cancelledOrders, 2);                         // a5 cancelled, a7 failed
        QCOMPARE(php.cancelledMinor, 40000);
        QCOMPARE(php.returnedOrders, 1); // a6 refunded
        QCOMPARE(php.returnedMinor, 10000);
        const KpiTotals &prev = k->at(0).previous;
        QCOMPARE(prev.orders, 1); // a4, 23:59 on the day before the range
        QCOMPARE(prev.revenueMinor, 10000);
        QCOMPARE(*percentChange(php.revenueMinor, prev.revenueMinor), 310.0);

        const CurrencyKpis *idr = kpiOf(*k, u"IDR"_s);
        QVERIFY(idr);
        QCOMPARE(idr->current.orders, 1); // c1: 01:00 on 03-16 in Jakarta
        QCOMPARE(idr->current.revenueMinor, 1500000);
        QCOMPARE(idr->current.profitMinor, 500000);
        QCOMPARE(idr->previous.revenueMinor, 0);
        QVERIFY(!percentChange(idr->current.revenueMinor, idr->previous.revenueMinor).has_value());
    }

    void platformFilterAndBreakdowns_data() { test::addBackendRows(); }
    void platformFilterAndBreakdowns()
    {
        QFETCH(QString, backend);
        BVA_SCRATCH_DB(scratch, backend);
        auto db = test::openStore(scratch->url());
        const Fixture f = test::loadFixture(*db);
        AnalyticsService service(*db);
        AnalyticsScope shopee = scopeOf(f);
        shopee.platform = Platform::Shopee;
        auto k = service.kpis(shopee);
        QVERIFY(k.ok());
        QCOMPARE(k->size(), 1);
        QCOMPARE(k->first().current.revenueMinor, 25000);
        QCOMPARE(k->first().current.orders, 2);

        auto platforms = service.platformBreakdown(scopeOf(f));
        QVERIFY(platforms.ok());
        QCOMPARE(platforms->size(), 3); // Lazada in IDR is its own row
        // Sorted by currency, then revenue.
        QCOMPARE(platforms->at(0).currency, u"IDR"_s);
        QCOMPARE(platforms->at(1).platform, Platform::Shopee);
        QCOMPARE(platforms->at(1).current.revenueMinor, 25000);
        QCOMPARE(platforms->at(1).previous.revenueMinor, 10000);
        QCOMPARE(platforms->at(2).platform, Platform::Lazada);
        QCOMPARE(platforms->at(2).current.revenueMinor, 16000);

        auto shops = service.shopBreakdown(scopeOf(f));
        QVERIFY(shops.ok());
        QCOMPARE(shops->size(), 3);
        QCOMPARE(shops->at(1).shopId, f.shopee.id);

        // A second Lazada shop in pesos joins the first one's row: one row per platform and currency,
        // Lazada in PHP summed (16000 + 2500), Lazada in IDR apart, each row naming its currency.
        const Shop second = test::makeShop(*db, Platform::Lazada, u"lz2"_s, u"PHP"_s, u"Asia/Manila"_s);
        Order o;
        o.externalId = u"d1"_s;
        o.status = OrderStatus::Completed;
        o.placedAt = test::utc("2024-03-13T02:00:00Z");
        OrderItem line;
        line.productExternalId = u"Q1"_s;
        line.quantity = 1;
        line.unitPriceMinor = 2500;
        line.subtotalMinor = 2500;
        o.items = {line};
        o.totalMinor = 2500;
        QVERIFY(OrderRepository(*db).upsertBatch(second.id, {o}).ok());
        AnalyticsScope both = scopeOf(f);
        both.shopIds.append(second.id);
        auto merged = service.platformBreakdown(both);
        QVERIFY(merged.ok());
        QCOMPARE(merged->size(), 3);
        QSet<QString> keys;
        for (const BreakdownRow &b : std::as_const(*merged)) {
            QVERIFY(!b.currency.isEmpty());
            keys.insert(platformName(b.platform) + u'|' + b.currency);
        }
        QCOMPARE(keys, (QSet<QString>{u"SHOPEE|PHP"_s, u"LAZADA|PHP"_s, u"LAZADA|IDR"_s}));
        QCOMPARE(merged->at(2).platform, Platform::Lazada);
        QCOMPARE(merged->at(2).currency, u"PHP"_s);
        QCOMPARE(merged->at(2).current.revenueMinor, 18500);
        QCOMPARE(merged->at(2).current.orders, 2);
        auto dashboard = service.dashboard(both);
        QVERIFY(dashboard.ok());
        QCOMPARE(dashboard->byPlatform.size(), 3);
    }

    void series_data() { test::addBackendRows(); }
    void series()
    {
        QFETCH(QString, backend);
        BVA_SCRATCH_DB(scratch, backend);
        auto db = test::openStore(scratch->url());
        const Fixture f = test::loadFixture(*db);
        AnalyticsService service(*db);
        auto days = service.series(scopeOf(f), Granularity::Day);
        QVERIFY(days.ok());
        QCOMPARE(days->size(), 2);
        const CurrencySeries &php = days->first();
        QCOMPARE(php.currency, u"PHP"_s);
        QCOMPARE(php.points.size(), 7); // zero-filled
        QCOMPARE(php.points.at(0).period, QDate(2024, 3, 10));
        QCOMPARE(php.points.at(0).totals.revenueMinor, 20000);
        QCOMPARE(php.points.at(1).totals.cancelledOrders, 1); // a7 on 03-11
        QCOMPARE(php.points.at(4).totals.revenueMinor, 16000);
        QCOMPARE(php.points.at(5).totals.revenueMinor, 0);
        QCOMPARE(php.points.at(6).totals.revenueMinor, 5000);

        auto weeks = service.series(scopeOf(f), Granularity::Week);
        QVERIFY(weeks.ok());
        // 03-10 is a Sunday: week of 03-04 (one day in range) and week of 03-11.
        QCOMPARE(weeks->first().points.size(), 2);
        QCOMPARE(weeks->first().points.at(0).period, QDate(2024, 3, 4));
        QCOMPARE(weeks->first().points.at(0).totals.revenueMinor, 20000);
        QCOMPARE(weeks->first().points.at(1).totals.revenueMinor, 21000);

        auto months = service.series(scopeOf(f, {2024, 2, 1}, {2024, 3, 31}), Granularity::Month);
        QVERIFY(months.ok());
        QCOMPARE(months->first().points.size(), 2);
        QCOMPARE(months->first().points.at(1).totals.revenueMinor, 41000 + 10000 + 50000); // + a4, a3
    }

    void emptyRange_data() { test::addBackendRows(); }
    void emptyRange()
    {
        QFETCH(QString, backend);
        BVA_SCRATCH_DB(scratch, backend);
        auto db = test::openStore(scratch->url());
        const Fixture f = test::loadFixture(*db);
        AnalyticsService service(*db);
        auto d = service.dashboard(scopeOf(f, {2020, 1, 1}, {2020, 1, 7}));
        QVERIFY(d.ok());
        QCOMPARE(d->shopCount, 3);
        QCOMPARE(d->kpis.size(), 2);
        for (const CurrencyKpis &k : d->kpis) {
            QVERIFY(k.current.isEmpty());
            QVERIFY(!k.current.marginPercent().has_value()); // no made-up margin
            QCOMPARE(k.current.aovMinor(), 0);
        }
        QCOMPARE(d->series.first().points.size(), 7);
        QVERIFY(d->topProducts.isEmpty());

        // No shops at all: nothing, and no error.
        auto none = service.dashboard(AnalyticsScope{});
        QVERIFY(none.ok());
        QVERIFY(!none->hasShops());
        QVERIFY(none->kpis.isEmpty());

        AnalyticsScope bad = scopeOf(f, {2024, 3, 16}, {2024, 3, 10});
        QVERIFY(!service.dashboard(bad).ok());
    }

    void statusChangesMoveMoney_data() { test::addBackendRows(); }
    void statusChangesMoveMoney()
    {
        QFETCH(QString, backend);
        BVA_SCRATCH_DB(scratch, backend);
        auto db = test::openStore(scratch->url());
        const Fixture f = test::loadFixture(*db);
        AnalyticsService service(*db);
        OrderRepository orders(*db);
        // a1 (placed 03-10) is returned days later: it leaves revenue of 03-10 and joins returned.
        BVA_VERIFY_OK(orders.setStatus(f.shopee.id, u"a1"_s, OrderStatus::Returned, u"RETURNED"_s));
        // a4 (previous period) is cancelled: the previous period loses its revenue.
        BVA_VERIFY_OK(orders.setStatus(f.shopee.id, u"a4"_s, OrderStatus::Cancelled, u"CANCELLED"_s));
        // a7 (failed) is delivered after all: back into revenue on its own day, cost unknown.
        BVA_VERIFY_OK(orders.setStatus(f.shopee.id, u"a7"_s, OrderStatus::Completed, u"COMPLETED"_s));
        auto k = service.kpis(scopeOf(f));
        QVERIFY(k.ok());
        const KpiTotals &php = k->first().current;
        QCOMPARE(php.revenueMinor, 41000 - 20000 + 10000);
        QCOMPARE(php.orders, 3);
        QCOMPARE(php.returnedOrders, 2);
        QCOMPARE(php.returnedMinor, 30000);
        QCOMPARE(php.cancelledOrders, 1);
        QCOMPARE(php.unknownCostRevenueMinor, 15000);
        QCOMPARE(php.profitMinor, 4000); // only b1 is left with a known cost
        QCOMPARE(k->first().previous.revenueMinor, 0);
        QCOMPARE(k->first().previous.cancelledOrders, 1);
        auto s = service.series(scopeOf(f), Granularity::Day);
        QCOMPARE(s->first().points.at(0).totals.revenueMinor, 0);
        QCOMPARE(s->first().points.at(0).totals.returnedMinor, 20000);
        QCOMPARE(s->first().points.at(1).totals.revenueMinor, 10000);
    }

    void products_data() { test::addBackendRows(); }
    void products()
    {
        QFETCH(QString, backend);
        BVA_SCRATCH_DB(scratch, backend);
        auto db = test::openStore(scratch->url());
        const Fixture f = test::loadFixture(*db);
        AnalyticsService service(*db);
        auto top = service.topProducts(scopeOf(f), 10);
        QVERIFY(top.ok());
        QCOMPARE(top->size(), 4);
        QCOMPARE(top->at(0).externalId, u"P9"_s); // 4 units
        QCOMPARE(top->at(1).externalId, u"P1"_s); // 2 units (a5 cancelled and a6 refunded do not count)
        QCOMPARE(top->at(1).unitsSold, 2);
        QCOMPARE(top->at(1).revenueMinor, 20000);
        QCOMPARE(top->at(2).externalId, u"X1"_s); // 1 unit, tie broken by revenue
        QCOMPARE(top->at(2).currency, u"IDR"_s);
        // P1: 2 sold, 100 on hand: sell-through 2/102, 350 days of inventory.
        QVERIFY(qAbs(*top->at(1).sellThroughPercent() - 200.0 / 102.0) < 1e-9);
        QVERIFY(qAbs(*top->at(1).daysOfInventory() - 350.0) < 1e-9);

        auto bottom = service.bottomProducts(scopeOf(f), 1);
        QVERIFY(bottom.ok());
        QCOMPARE(bottom->first().externalId, u"P3"_s); // never sold
        QVERIFY(!bottom->first().daysOfInventory().has_value());

        auto alerts = service.stockAlerts(scopeOf(f));
        QVERIFY(alerts.ok());
        QCOMPARE(alerts->size(), 2);
        QCOMPARE(alerts->at(0).product.externalId, u"P2"_s);
        QCOMPARE(alerts->at(0).state, StockState::Out);
        QCOMPARE(alerts->at(1).product.externalId, u"P9"_s);
        QCOMPARE(alerts->at(1).state, StockState::Low);

        // Whole months (Feb, Mar) come from product_monthly_rollups, the edges from the daily rows.
        const AnalyticsScope wide = scopeOf(f, {2024, 1, 15}, {2024, 4, 10});
        auto unitsOfP1 = [&]() -> qint64 {
            auto list = service.productStats(wide);
            for (const ProductStats &p : *list) {
                if (p.externalId == u"P1" && p.shopId == f.shopee.id)
                    return p.unitsSold;
            }
            return -1;
        };
        QCOMPARE(unitsOfP1(), 2 + 1 + 5); // a1, a4, a3
        BVA_VERIFY_OK(
            OrderRepository(*db).setStatus(f.shopee.id, u"a3"_s, OrderStatus::Cancelled, u"CANCELLED"_s));
        QCOMPARE(unitsOfP1(), 3);

        auto series = service.productSeries(f.shopee.id, u"P1"_s, {QDate(2024, 3, 10), QDate(2024, 3, 16)});
        QVERIFY(series.ok());
        QCOMPARE(series->size(), 7);
        QCOMPARE(series->at(0).totals.units, 2);
        QCOMPARE(series->at(3).totals.units, 0); // a6 refunded on 03-13
    }

    void dashboard_data() { test::addBackendRows(); }
    void dashboard()
    {
        QFETCH(QString, backend);
        BVA_SCRATCH_DB(scratch, backend);
        auto db = test::openStore(scratch->url());
        const Fixture f = test::loadFixture(*db);
        AnalyticsService service(*db);
        auto d = service.dashboard(scopeOf(f));
        QVERIFY(d.ok());
        QCOMPARE(d->range.days(), 7);
        QCOMPARE(d->previousRange.from, QDate(2024, 3, 3));
        QCOMPARE(d->kpis.first().current.revenueMinor, 41000);
        QCOMPARE(d->series.first().granularity, Granularity::Day);
        QCOMPARE(d->byPlatform.size(), 3);
        QCOMPARE(d->topProducts.size(), 4);
        QCOMPARE(d->stockAlerts.size(), 2);
        QCOMPARE(d->recentOrders.size(), 9);
        QCOMPARE(d->recentOrders.first().order.externalId, u"a3"_s); // latest placed
        QCOMPARE(d->recentOrders.first().currency, u"PHP"_s);
    }

    // The store keeps product_monthly_rollups equal to the monthly sums of product_daily_rollups through
    // upserts and status changes, and product sales over any range (whole months, partial months read
    // as days or as month minus days) equal the daily sums.
    void monthlyRollupsMatchDaily_data() { test::addBackendRows(); }
    void monthlyRollupsMatchDaily()
    {
        QFETCH(QString, backend);
        BVA_SCRATCH_DB(scratch, backend);
        auto db = test::openStore(scratch->url());
        const Fixture f = test::loadFixture(*db);
        // Every third day from 2023-12-20 to 2024-05-10: P1 x (1 + n % 4), every fifth one P2 refunded.
        QList<Order> extra;
        int n = 0;
        for (QDate d(2023, 12, 20); d <= QDate(2024, 5, 10); d = d.addDays(3), ++n) {
            Order o;
            o.externalId = u"m%1"_s.arg(n);
            o.status = n % 5 == 0 ? OrderStatus::Refunded : OrderStatus::Completed;
            o.rawStatus = orderStatusName(o.status);
            o.placedAt = QDateTime(d, QTime(20, 30), Qt::UTC); // 04:30 next day in Manila
            OrderItem i;
            i.productExternalId = n % 5 == 0 ? u"P2"_s : u"P1"_s;
            i.quantity = 1 + n % 4;
            i.unitPriceMinor = 10000 + n;
            i.subtotalMinor = i.quantity * i.unitPriceMinor;
            o.items = {i};
            o.totalMinor = i.subtotalMinor;
            extra.append(o);
        }
        QVERIFY(OrderRepository(*db).upsertBatch(f.shopee.id, extra).ok());

        using Sums = QMap<QString, QPair<qint64, qint64>>;
        auto sums = [&](const QString &text, const QVariantList &binds) {
            Sums m;
            auto q = sql::run(db->connection(), text, binds, u"test sums");
            if (!q)
                qFatal("%s", qPrintable(q.error().message));
            while (q->next())
                m.insert(q->value(0).toString(), {q->value(1).toLongLong(), q->value(2).toLongLong()});
            return m;
        };
        auto monthlyEqualsDaily = [&] {
            const Sums monthly =
                sums(u"SELECT shop_id || '|' || month || '|' || product_external_id, units, revenue_minor "
                     "FROM product_monthly_rollups"_s,
                     {});
            const Sums daily = sums(
                u"SELECT shop_id || '|' || SUBSTR(day, 1, 7) || '|' || product_external_id, "
                "CAST(SUM(units) AS BIGINT), CAST(SUM(revenue_minor) AS BIGINT) FROM product_daily_rollups "
                "GROUP BY shop_id, SUBSTR(day, 1, 7), product_external_id"_s,
                {});
            QVERIFY(monthly.size() >= 6);
            QCOMPARE(monthly, daily);
        };
        monthlyEqualsDaily();

        AnalyticsService service(*db);
        auto checkRanges = [&] {
            const QList<QDate> froms{{2023, 12, 1}, {2023, 12, 21}, {2024, 1, 2},
                                     {2024, 1, 17}, {2024, 2, 29},  {2024, 3, 10}};
            const QList<QDate> tos{{2024, 3, 16}, {2024, 3, 30}, {2024, 3, 31}, {2024, 4, 2}, {2024, 5, 20}};
            for (const QDate &from : froms) {
                for (const QDate &to : tos) {
                    const Sums expected =
                        sums(u"SELECT shop_id || '|' || product_external_id, CAST(SUM(units) AS BIGINT), "
                             "CAST(SUM(revenue_minor) AS BIGINT) FROM product_daily_rollups "
                             "WHERE day >= ? AND day <= ? GROUP BY shop_id, product_external_id"_s,
                             {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
                    auto stats = service.productStats(scopeOf(f, from, to));
                    QVERIFY(stats.ok());
                    Sums got;
                    for (const ProductStats &p : *stats) {
                        if (p.unitsSold != 0 || p.revenueMinor != 0)
                            got.insert(QString::number(p.shopId) + u'|' + p.externalId,
                                       {p.unitsSold, p.revenueMinor});
                    }
                    QVERIFY2(got == expected,
                             qPrintable(from.toString(Qt::ISODate) + u" .. "_s + to.toString(Qt::ISODate)));
                }
            }
        };
        checkRanges();

        // A status change moves the order's units out of its day and its month alike.
        BVA_VERIFY_OK(
            OrderRepository(*db).setStatus(f.shopee.id, u"m10"_s, OrderStatus::Cancelled, u"CANCELLED"_s));
        monthlyEqualsDaily();
        checkRanges();
    }

    void exchangeRates_data()
    {
        QTest::addColumn<QString>("rate");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("target");
        QTest::addColumn<qint64>("expected"); // kNone: no conversion
        // Rp1.500.000 at ₱0.0035 = ₱5,250.00 exactly.
        QTest::newRow("IDR to PHP") << u"0.0035"_s << qint64(150000000) << u"IDR"_s << u"PHP"_s
                                    << qint64(525000);
        // 123.45 IDR (12345 sen) = 0.4320750 PHP: 43 centavos, half away from zero.
        QTest::newRow("rounded down") << u"0.0035"_s << qint64(12345) << u"IDR"_s << u"PHP"_s << qint64(43);
        QTest::newRow("half rounds up") << u"0.5"_s << qint64(1) << u"MYR"_s << u"PHP"_s << qint64(1);
        QTest::newRow("negative half") << u"0.5"_s << qint64(-1) << u"MYR"_s << u"PHP"_s << qint64(-1);
        QTest::newRow("MYR to PHP") << u"12.5"_s << qint64(1290) << u"MYR"_s << u"PHP"_s << qint64(16125);
        // Exponents differ: ¥1,000 at ₱0.39 = ₱390.00; ₱100.50 at ¥2.56 = ¥257.28 -> ¥257.
        QTest::newRow("JPY to PHP") << u"0.39"_s << qint64(1000) << u"JPY"_s << u"PHP"_s << qint64(39000);
        QTest::newRow("PHP to JPY") << u"2.56"_s << qint64(10050) << u"PHP"_s << u"JPY"_s << qint64(257);
        QTest::newRow("the target itself")
            << u"7"_s << qint64(-12345) << u"PHP"_s << u"PHP"_s << qint64(-12345);
        QTest::newRow("beyond the bound") << u"1000000"_s << kMaxMinorUnits << u"IDR"_s << u"PHP"_s << kNone;
        QTest::newRow("huge minor") << u"1"_s << std::numeric_limits<qint64>::max() << u"IDR"_s << u"PHP"_s
                                    << kNone;
        for (const char *bad :
             {"0", "-1", "1e3", "1,5", "", ".", "1.2.3", "0.000000001", "1000000000.5", " x"})
            QTest::newRow(qPrintable(u"bad rate '"_s + QLatin1String(bad) + u'\''))
                << QString::fromLatin1(bad) << qint64(100) << u"IDR"_s << u"PHP"_s << kNone;
    }

    void exchangeRates()
    {
        QFETCH(QString, rate);
        QFETCH(qint64, minor);
        QFETCH(QString, from);
        QFETCH(QString, target);
        QFETCH(qint64, expected);
        ExchangeRates rates{target, {{from, rate}}};
        const auto converted = convertMinor(minor, from, rates);
        if (expected == kNone) {
            QVERIFY(!converted.has_value());
        } else {
            QVERIFY(converted.has_value());
            QCOMPARE(*converted, expected);
        }
        QCOMPARE(convertMinor(100, u"USD", rates).has_value(), false); // no rate for it
    }

    // With a PHP and an IDR shop in scope no figure adds the two currencies; with the seller's rates a
    // converted total appears, exact in minor units, as its own table labelled as converted.
    void convertedTotals_data() { test::addBackendRows(); }
    void convertedTotals()
    {
        QFETCH(QString, backend);
        BVA_SCRATCH_DB(scratch, backend);
        auto db = test::openStore(scratch->url());
        const Fixture f = test::loadFixture(*db);
        AnalyticsService service(*db);
        auto user = UserRepository(*db).create(u"rates@example.test"_s, u"Rates"_s, u"x"_s);
        QVERIFY(user.ok());
        auto k = service.kpis(scopeOf(f));
        QVERIFY(k.ok());
        QCOMPARE(k->size(), 2);
        QCOMPARE(kpiOf(*k, u"PHP"_s)->current.revenueMinor, 41000);
        QCOMPARE(kpiOf(*k, u"IDR"_s)->current.revenueMinor, 1500000);

        // No rates yet: nothing converted, the report says nothing of a conversion.
        QVERIFY(service.exchangeRates(user->id)->isEmpty());
        QVERIFY(!convertKpis(*k, *service.exchangeRates(user->id)).has_value());
        QCOMPARE(service.report(ReportKind::SalesSummary, scopeOf(f), Granularity::Day)->tables.size(), 2);

        // A target without a rate for IDR: no total, and the report says which rate is missing.
        BVA_VERIFY_OK(service.setExchangeRates(user->id, ExchangeRates{u"PHP"_s, {}}));
        auto partial = service.report(ReportKind::SalesSummary, scopeOf(f), Granularity::Day,
                                      *service.exchangeRates(user->id));
        QCOMPARE(partial->tables.size(), 2);
        QVERIFY2(partial->note.contains(u"IDR"_s), qPrintable(partial->note));

        // Bad input changes nothing.
        QCOMPARE(service.setExchangeRates(user->id, ExchangeRates{u"PHP"_s, {{u"IDR"_s, u"0,0035"_s}}})
                     .error()
                     .kind,
                 Error::Kind::Invalid);
        QCOMPARE(service.setExchangeRates(user->id, ExchangeRates{u"peso"_s, {}}).error().kind,
                 Error::Kind::Invalid);
        QCOMPARE(
            service.setExchangeRates(user->id, ExchangeRates{u"PHP"_s, {{u"idr"_s, u"1"_s}}}).error().kind,
            Error::Kind::Invalid);
        QCOMPARE(*service.exchangeRates(user->id), (ExchangeRates{u"PHP"_s, {}}));

        const ExchangeRates rates{u"PHP"_s, {{u"IDR"_s, u"0.0035"_s}, {u"MYR"_s, u"12.5"_s}}};
        BVA_VERIFY_OK(service.setExchangeRates(user->id, rates));
        QCOMPARE(*service.exchangeRates(user->id), rates);
        const auto converted = convertKpis(*k, rates);
        QVERIFY(converted && converted->complete());
        QCOMPARE(converted->target, u"PHP"_s);
        // ₱410.00 + Rp15.000 x 0.0035 (₱52.50) = ₱462.50, to the centavo.
        QCOMPARE(converted->current.revenueMinor, 46250);
        QCOMPARE(converted->current.orders, 4);
        QCOMPARE(converted->previous.revenueMinor, 10000);

        auto sales = service.report(ReportKind::SalesSummary, scopeOf(f), Granularity::Day, rates);
        QVERIFY(sales.ok());
        QCOMPARE(sales->tables.size(), 3);
        const ReportTable &all = sales->tables.at(2);
        QCOMPARE(all.key, u"converted"_s);
        QVERIFY(all.title.contains(u"converted"_s));
        // Exported with two currencies: the per-currency totals, then the converted one on its own.
        const QList<QByteArray> lines = reportToCsv(*sales).split('\n');
        QVERIFY(lines.contains(QByteArray("PHP,3,7,410.00,136.67,100.00,310.00,2,400.00,1,100.00\r")));
        QVERIFY(lines.contains(QByteArray("IDR,1,1,15000.00,15000.00,0.00,,0,0.00,0,0.00\r")));
        QVERIFY2(lines.contains(
                     QByteArray("PHP,\"PHP, IDR\",4,8,462.50,115.63,100.00,362.50,2,400.00,1,100.00\r")),
                 reportToCsv(*sales).constData());

        // Another account sees none of these rates; clearing them removes the table.
        auto other = UserRepository(*db).create(u"other@example.test"_s, u"Other"_s, u"x"_s);
        QVERIFY(service.exchangeRates(other->id)->isEmpty());
        BVA_VERIFY_OK(service.setExchangeRates(user->id, ExchangeRates{}));
        QVERIFY(service.exchangeRates(user->id)->isEmpty());
    }

    void reports_data() { test::addBackendRows(); }
    void reports()
    {
        QFETCH(QString, backend);
        BVA_SCRATCH_DB(scratch, backend);
        auto db = test::openStore(scratch->url());
        const Fixture f = test::loadFixture(*db);
        AnalyticsService service(*db);
        for (ReportKind kind : allReportKinds()) {
            auto r = service.report(kind, scopeOf(f), Granularity::Day);
            QVERIFY2(r.ok(), qPrintable(reportKindName(kind)));
            QVERIFY(!r->isEmpty());
            QCOMPARE(r->range.days(), 7);
        }
        auto sales = service.report(ReportKind::SalesSummary, scopeOf(f), Granularity::Day);
        const ReportTable &totals = sales->tables.at(1);
        QCOMPARE(totals.key, u"totals"_s);
        // Cell by cell, as exported.
        const QByteArray csv = reportTableToCsv(totals);
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 4); // header, PHP, IDR, trailing empty
        QCOMPARE(lines.at(0),
                 QByteArray("Currency,Orders,Units,Revenue,Avg. order value,Previous period revenue,"
                            "Change %,Cancelled orders,Cancelled amount,Returned/refunded orders,"
                            "Returned/refunded amount\r"));
        QCOMPARE(lines.at(1), QByteArray("PHP,3,7,410.00,136.67,100.00,310.00,2,400.00,1,100.00\r"));
        QCOMPARE(lines.at(2), QByteArray("IDR,1,1,15000.00,15000.00,0.00,,0,0.00,0,0.00\r"));

        auto profit = service.report(ReportKind::ProfitAnalysis, scopeOf(f), Granularity::Day);
        const ReportTable &periods = profit->tables.first();
        QCOMPARE(periods.rows.size(), 14); // 7 days x 2 currencies
        QCOMPARE(csvCell(periods, 0, 0), u"2024-03-10"_s);
        QCOMPARE(csvCell(periods, 0, 1), u"PHP"_s);
        QCOMPARE(csvCell(periods, 0, 2), u"200.00"_s);
        QCOMPARE(csvCell(periods, 0, 3), u"120.00"_s);
        QCOMPARE(csvCell(periods, 0, 4), u"80.00"_s);
        QCOMPARE(csvCell(periods, 0, 5), u"40.00"_s);
        QCOMPARE(csvCell(periods, 1, 5), QString()); // no revenue: no margin
        QCOMPARE(csvCell(periods, 6, 5), QString()); // 03-16: only unknown-cost revenue
        QCOMPARE(csvCell(periods, 6, 6), u"50.00"_s);

        auto platforms = service.report(ReportKind::PlatformComparison, scopeOf(f), Granularity::Day);
        QCOMPARE(platforms->tables.first().rows.size(), 3);
        QStringList names; // what a seller reads in the table, the chart and the export
        for (int row = 0; row < 3; ++row)
            names.append(csvCell(platforms->tables.first(), row, 0));
        QVERIFY2(names.contains(u"Shopee"_s) && names.contains(u"Lazada"_s), qPrintable(names.join(u',')));
        auto turnover = service.report(ReportKind::StockTurnover, scopeOf(f), Granularity::Day);
        const ReportTable &t = turnover->tables.first();
        QCOMPARE(t.rows.size(), 5);
        QCOMPARE(csvCell(t, 0, t.columnIndex(u"product")), u"Product P9"_s);
        QCOMPARE(csvCell(t, 0, t.columnIndex(u"stock_state")), u"low"_s);
        QCOMPARE(csvCell(t, 0, t.columnIndex(u"sell_through")), u"57.14"_s);    // 4 / 7
        QCOMPARE(csvCell(t, 0, t.columnIndex(u"days_of_inventory")), u"5.3"_s); // 3 / (4/7)
    }

    void csvQuoting()
    {
        ReportTable t;
        t.columns = {{u"name"_s, u"Name, full"_s, ColumnKind::Text},
                     {u"c"_s, u"Currency"_s, ColumnKind::Text},
                     {u"m"_s, u"Amount"_s, ColumnKind::Money}};
        t.currencyColumn = 1;
        t.rows = {{u"Bag \"XL\", red"_s, u"PHP"_s, qint64(-1050)},
                  {u"=HYPERLINK(1)"_s, u"JPY"_s, qint64(1050)},
                  {u"line\nbreak"_s, u"PHP"_s, QVariant()}};
        QCOMPARE(reportTableToCsv(t), QByteArray("\"Name, full\",Currency,Amount\r\n"
                                                 "\"Bag \"\"XL\"\", red\",PHP,-10.50\r\n"
                                                 "'=HYPERLINK(1),JPY,1050\r\n"
                                                 "\"line\nbreak\",PHP,\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestAnalytics)
#include "tst_analytics.moc"
