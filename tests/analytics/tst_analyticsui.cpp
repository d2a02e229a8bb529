// The analytics pages and models: QAbstractItemModelTester on every model, the four pages with and
// without data (offscreen), live updates within a second, CSV and PDF export (page count).
#include "accounts/usersession.h"
#include "analytics/analyticsservice.h"
#include "analytics/reportcsv.h"
#include "charts/pagekit.h"
#include "computerzone.h"
#include "domain/eventbus.h"
#include "filedialogdriver.h"
#include "fixtures.h"
#include "models/displayformat.h"
#include "models/orderitemmodel.h"
#include "models/ordertablemodel.h"
#include "models/productfilterproxy.h"
#include "models/producttablemodel.h"
#include "models/reporttablemodel.h"
#include "models/seriestablemodel.h"
#include "models/statushistorymodel.h"
#include "models/stockhistorymodel.h"
#include "pages/currencysummary.h"
#include "pages/dashboardpage.h"
#include "pages/dashboardtile.h"
#include "pages/orderspage.h"
#include "pages/productspage.h"
#include "pages/reportsdocument.h"
#include "pages/reportspage.h"
#include "settings/exchangeratessettings.h"
#include "shell/daterangepopup.h"
#include "shell/uiservices.h"
#include "squeezed.h"
#include "store/orderrepository.h"
#include "store/shoprepository.h"
#include "store/sql.h"
#include "store/userrepository.h"
#include "testbackends.h"
#include "theme/theme.h"
#include "util/clock.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace bva;
using namespace bva::ui;

namespace {

AnalyticsScope scopeOf(const test::Fixture &f)
{
    AnalyticsScope s;
    s.shopIds = {f.shopee.id, f.lazada.id, f.lazadaId.id};
    s.preset = DatePreset::Custom;
    s.custom = {QDate(2024, 3, 10), QDate(2024, 3, 16)};
    return s;
}

int pdfPageCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(file.readAll());
    static const QRegularExpression page(u"/Type\\s*/Page(?!s)"_s);
    return int(text.count(page));
}

// Pages a table of n rows takes with no chart and no note (see ReportsDocument's layout).
int expectedPages(int n)
{
    using D = ReportsDocument;
    const double bottom = D::kPageHeight - D::kFooter;
    const int first = int((bottom - (D::kTitleBlock + D::kTableTitle + D::kHeaderRow)) / D::kRow);
    const int other = int((bottom - D::kHeaderRow) / D::kRow);
    if (n <= first)
        return 1;
    return 1 + (n - first + other - 1) / other;
}

void maybeScreenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("BVA_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(dir + u'/' + name + u".png"_s);
}

// The columns end inside the table's viewport: read without scrolling sideways.
bool columnsInSight(const QTableView *view, const QList<int> &columns)
{
    for (int column : columns) {
        if (view->columnViewportPosition(column) + view->columnWidth(column) > view->viewport()->width()) {
            qWarning() << "column" << column << "ends past the viewport's" << view->viewport()->width()
                       << "px";
            return false;
        }
    }
    return true;
}

} // namespace

class TestAnalyticsUi : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AnalyticsService> m_service;
    EventBus m_bus;
    test::Fixture m_fixture;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QString why;
        m_scratch = test::ScratchDatabase::create(u"sqlite"_s, &why);
        QVERIFY2(m_scratch, qPrintable(why));
        m_db = test::openStore(m_scratch->url());
        m_fixture = test::loadFixture(*m_db);
        m_service = std::make_unique<AnalyticsService>(*m_db);
    }

    void formats()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(formatMoney(4100000, u"PHP"_s, en), u"₱41,000.00"_s);
        QCOMPARE(formatMoney(-5, u"PHP"_s, en), u"-₱0.05"_s);
        QCOMPARE(formatMoney(1500000, u"JPY"_s, en), u"¥1,500,000"_s);
        QCOMPARE(formatMoney(1500000, u"KRW"_s, en), u"KRW 1,500,000"_s); // no symbol known: the code
        QCOMPARE(formatMoney(std::numeric_limits<qint64>::min(), u"PHP"_s, en),
                 u"-₱92,233,720,368,547,758.08"_s);
        QCOMPARE(formatMoneyShort(4100050, u"PHP"_s, en), u"₱41,001"_s);
        QCOMPARE(formatPercent(std::nullopt, en), u"—"_s);
        QCOMPARE(formatDelta(12.345, en), u"+12.3%"_s);
    }

    void models()
    {
        auto products = m_service->productStats(scopeOf(m_fixture));
        QVERIFY(products.ok());
        ProductTableModel productModel;
        QAbstractItemModelTester t1(&productModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        productModel.setProducts(*products);
        QCOMPARE(productModel.rowCount(), 5);
        ProductFilterProxy proxy;
        proxy.setSourceModel(&productModel);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setStockState(int(StockState::Out));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setStockState(std::nullopt);
        proxy.setPlatform(u"LAZADA"_s);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setPlatform(QString());
        proxy.setCategory(u"Shoes"_s);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setCategory(QString());
        proxy.setSearch(u"sku-p9"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearch(QString());
        proxy.setShopId(m_fixture.lazadaId.id);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setShopId(0);
        proxy.sort(ProductTableModel::Revenue, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, ProductTableModel::Name).data().toString(), u"Product X1"_s);

        auto page =
            m_service->orders({scopeOf(m_fixture), std::nullopt, std::nullopt, QString(), true, 1, 4});
        QVERIFY(page.ok());
        QCOMPARE(page->total, 7); // a3 (after the range) and a4 (previous period) are excluded
        OrderTableModel orderModel;
        QAbstractItemModelTester t3(&orderModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        orderModel.setOrders(page->orders);
        QCOMPARE(orderModel.rowCount(), 4);

        auto series = m_service->series(scopeOf(m_fixture), Granularity::Day);
        SeriesTableModel seriesModel;
        QAbstractItemModelTester t4(&seriesModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        seriesModel.setSeries(u"PHP"_s, series->first().points);
        QCOMPARE(seriesModel.index(0, SeriesTableModel::Revenue).data().toDouble(), 200.0);

        auto report = m_service->report(ReportKind::PlatformComparison, scopeOf(m_fixture));
        ReportTableModel reportModel;
        QAbstractItemModelTester t5(&reportModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        reportModel.setTable(report->tables.first());
        QCOMPARE(reportModel.rowCount(), 3);
        QCOMPARE(reportModel.index(1, 4).data().toString(), u"₱250.00"_s);
        QCOMPARE(reportModel.index(1, 4).data(ReportTableModel::ChartValueRole).toDouble(), 250.0);

        StockHistoryModel history;
        QAbstractItemModelTester t6(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto events = m_service->stockHistory(m_fixture.shopee.id, u"P1"_s);
        QVERIFY(events.ok());
        history.setEvents(*events);
        QVERIFY(history.rowCount() >= 1);
        {
            // On the shop's clock, not the computer's (the rest of the app shows shop time).
            const test::ComputerZone computer("UTC");
            InventoryEvent e;
            e.quantity = 4;
            e.occurredAt = test::utc("2024-03-09T16:30:00Z");
            history.setEvents({e}, u"Asia/Manila"_s);
            // ... and says so, as the orders' deliveries and activity do: the computer reads another hour.
            QCOMPARE(history.index(0, StockHistoryModel::When).data().toString(),
                     QLocale().toString(QDateTime(QDate(2024, 3, 10), QTime(0, 30)), QLocale::ShortFormat) +
                         u" (Manila time)"_s);
            {
                const test::ComputerZone sameAsShop("Asia/Manila");
                QCOMPARE(
                    history.index(0, StockHistoryModel::When).data().toString(),
                    QLocale().toString(QDateTime(QDate(2024, 3, 10), QTime(0, 30)), QLocale::ShortFormat));
            }
            history.setEvents(*events);
        }

        StatusHistoryModel statuses;
        QAbstractItemModelTester t8(&statuses, QAbstractItemModelTester::FailureReportingMode::QtTest);
        statuses.setHistory(
            {{OrderStatus::ToShip, u"READY_TO_SHIP"_s, test::utc("2024-03-09T16:30:00Z"), u"sync"_s}},
            u"Asia/Jakarta"_s);
        QCOMPARE(statuses.rowCount(), 1);
        QCOMPARE(statuses.index(0, StatusHistoryModel::When).data().toString(), u"2024-03-09 23:30"_s);
        statuses.setHistory({}, u"Nowhere/Invalid"_s);
        QCOMPARE(statuses.rowCount(), 0);

        OrderItemModel items;
        QAbstractItemModelTester t7(&items, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto lines = m_service->orderItems(page->orders.first().order.id);
        QVERIFY(lines.ok());
        items.setItems(*lines, u"PHP"_s);
        QCOMPARE(items.rowCount(), 1);
    }

    void dashboardEmpty()
    {
        DashboardPage page(*m_service, m_bus);
        page.resize(1280, 900);
        QSignalSpy done(&page, &DashboardPage::refreshed);
        page.setScope(AnalyticsScope{});
        QVERIFY(done.wait(5000));
        QVERIFY(page.dashboard().has_value());
        QVERIFY(!page.dashboard()->hasShops());
        maybeScreenshot(page, u"dashboard-empty"_s);
    }

    // Shops in Manila and Jakarta in one view: their days are the first shop's, and the page says whose
    // (today's figures and the range followed Manila's midnight with nothing saying so). One zone: nothing.
    void dashboardSaysWhoseDays()
    {
        DashboardPage page(*m_service, m_bus);
        page.resize(1280, 900);
        QSignalSpy done(&page, &DashboardPage::refreshed);
        page.setScope(scopeOf(m_fixture));
        QVERIFY(done.wait(5000));
        auto *range = page.findChild<QLabel *>(u"rangeLabel"_s);
        QVERIFY(range);
        QVERIFY2(range->text().endsWith(u" (today is the date in Manila)"_s), qPrintable(range->text()));
        QVERIFY(range->toolTip().contains(u"different time zones"_s));
        QCOMPARE(range->textFormat(), Qt::PlainText);
        // A narrow window wraps it under the title's line; it never holds the page wider than the window
        // (in Filipino the line is longer than a 1024-pixel window leaves beside the title).
        page.show();
        page.resize(560, 900);
        layOutNow();
        QCOMPARE(page.width(), 560);
        const QStringList squeezed = test::squeezedWidgets(&page);
        QVERIFY2(squeezed.isEmpty(), qPrintable(squeezed.join(u"; "_s)));

        AnalyticsScope manila = scopeOf(m_fixture);
        manila.shopIds = {m_fixture.shopee.id, m_fixture.lazada.id};
        page.setScope(manila);
        QVERIFY(done.wait(5000));
        QVERIFY2(!range->text().contains(u"time"_s), qPrintable(range->text()));
        QVERIFY(range->toolTip().isEmpty());
    }

    // A short window scrolls the dashboard; it never squeezes a card. Read right when the page says it has
    // refreshed, which is when a screenshot is taken: the tiles' second note lines were drawn over their
    // first ("Not counting 3 cancelled or returned…" over "+200.0% vs previous period") and "By platform"
    // cut its table off, the layout of the new figures still waiting in the event queue.
    void dashboardCardsWholeWhenRefreshed_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1360x1000") << QSize(1360, 1000);
        QTest::newRow("1024x768 window") << QSize(792, 714);
        QTest::newRow("1280x720 window") << QSize(1048, 666);
    }

    void dashboardCardsWholeWhenRefreshed()
    {
        QFETCH(QSize, size);
        DashboardPage page(*m_service, m_bus);
        page.resize(size);
        page.show();
        QSignalSpy done(&page, &DashboardPage::refreshed);
        page.setScope(scopeOf(m_fixture));
        QVERIFY(done.wait(5000));
        const QStringList squeezed = test::squeezedWidgets(&page);
        QVERIFY2(squeezed.isEmpty(), qPrintable(squeezed.join(u"; "_s)));
        auto *scroll = page.findChild<QScrollArea *>();
        QVERIFY(scroll);
        QVERIFY(scroll->verticalScrollBar()->maximum() > 0); // the rest is a scroll away
        QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        // Every table's columns in sight: in a 1024-pixel window "By platform" beside the trend chart cut
        // its revenue column off, and "Stock alerts" its days of inventory.
        for (const QTableView *table : page.findChildren<QTableView *>()) {
            QList<int> shown;
            for (int c = 0; c < table->model()->columnCount(); ++c)
                if (!table->isColumnHidden(c))
                    shown.append(c);
            QVERIFY2(columnsInSight(table, shown),
                     qPrintable(table->model()->headerData(shown.value(0), Qt::Horizontal).toString()));
        }
        maybeScreenshot(*scroll->widget(), u"dashboard-%1x%2-whole"_s.arg(size.width()).arg(size.height()));
    }

    void dashboardLive()
    {
        DashboardPage page(*m_service, m_bus);
        page.resize(1360, 1000);
        page.show();
        QSignalSpy done(&page, &DashboardPage::refreshed);
        page.setScope(scopeOf(m_fixture));
        QVERIFY(done.wait(5000));
        QCOMPARE(page.currency(), u"PHP"_s);
        QCOMPARE(page.tile(0)->value(), u"₱410.00"_s);
        QVERIFY(page.tile(0)->delta().contains(u"+310.0%"_s));
        QVERIFY(page.tile(4)->note().contains(u"₱50.00"_s)); // unknown-cost revenue said out loud
        // The order count says what it leaves out, for a seller comparing it with the marketplace's count.
        const KpiTotals &php = page.dashboard()->kpis.first().current;
        QCOMPARE(page.dashboard()->kpis.first().currency, u"PHP"_s);
        const qint64 lost = php.cancelledOrders + php.returnedOrders;
        QVERIFY(lost > 0);
        QVERIFY2(page.tile(1)->note().startsWith(
                     u"Not counting %1 cancelled or returned (%2 placed in all)"_s.arg(lost).arg(php.orders +
                                                                                                 lost)),
                 qPrintable(page.tile(1)->note()));
        QVERIFY(page.tile(1)->toolTip().contains(
            u"not cancelled, failed, returned or refunded, as in Reports"_s));
        maybeScreenshot(page, u"dashboard"_s);

        // A webhook stores an order and the bus says so: the tile changes in place (how fast is the
        // debounce's business and a benchmark's; a timed check here failed at load 30).
        Order o;
        o.externalId = u"live-1"_s;
        o.status = OrderStatus::ToShip;
        o.placedAt = QDateTime(QDate(2024, 3, 15), QTime(10, 0), Qt::UTC);
        o.totalMinor = 9000;
        o.items = {{u"P1"_s, u"Product P1"_s, 1, 9000, 9000, std::nullopt}};
        BVA_VERIFY_OK(OrderRepository(*m_db).upsertBatch(m_fixture.shopee.id, {o}));
        // The later tests count the fixture without it: a failure here must not fail them too.
        auto cancelOnFailure = qScopeGuard([this] {
            (void)OrderRepository(*m_db).setStatus(m_fixture.shopee.id, u"live-1"_s, OrderStatus::Cancelled,
                                                   u"x"_s);
        });
        done.clear();
        // A burst of events is debounced into one refresh.
        for (int i = 0; i < 5; ++i)
            emit m_bus.dashboardChanged(m_fixture.shopee.id);
        emit m_bus.orderChanged(m_fixture.shopee.id, u"live-1"_s, {});
        QTRY_COMPARE_WITH_TIMEOUT(page.tile(0)->value(), u"₱500.00"_s, 5000);
        QCOMPARE(done.size(), 1);
        // Events of other shops are ignored.
        emit m_bus.dashboardChanged(987654);
        QTest::qWait(DashboardPage::kDebounceMs + 100); // nothing may happen: a negative check needs a wait
        QCOMPARE(done.size(), 1);
        BVA_VERIFY_OK(OrderRepository(*m_db).setStatus(m_fixture.shopee.id, u"live-1"_s,
                                                       OrderStatus::Cancelled, u"x"_s));
        cancelOnFailure.dismiss();
        emit m_bus.orderStatusChanged(m_fixture.shopee.id, u"live-1"_s, u"CANCELLED"_s);
        QTRY_COMPARE_WITH_TIMEOUT(page.tile(0)->value(), u"₱410.00"_s, 5000);
    }

    // Today is not over: drawn as the line's last point it read as a drop toward zero. The chart ends with
    // yesterday (on the shop's clock) and says today's figures so far in words below it.
    void dashboardLeavesTodayOutOfTheLine()
    {
        const Shop shop = test::makeShop(*m_db, Platform::Shopee, u"today-1"_s, u"PHP"_s, u"Asia/Manila"_s);
        const QTimeZone manila("Asia/Manila");
        const QDate today = Clock::today(manila);
        auto order = [](const QString &id, const QDateTime &at, qint64 total) {
            Order o;
            o.externalId = id;
            o.status = OrderStatus::Completed;
            o.placedAt = at.toUTC();
            o.totalMinor = total;
            o.items = {{u"P1"_s, u"Product P1"_s, 1, total, total, std::nullopt}};
            return o;
        };
        BVA_VERIFY_OK(OrderRepository(*m_db).upsertBatch(
            shop.id, {order(u"y-1"_s, QDateTime(today.addDays(-1), QTime(12, 0), manila), 50000),
                      order(u"t-1"_s, Clock::nowUtc(), 1250)}));
        DashboardPage page(*m_service, m_bus);
        page.resize(1360, 1000);
        page.show();
        QSignalSpy done(&page, &DashboardPage::refreshed);
        AnalyticsScope scope;
        scope.shopIds = {shop.id};
        scope.preset = DatePreset::Last7Days;
        page.setScope(scope);
        QVERIFY(done.wait(5000));
        QCOMPARE(page.dashboard()->range.to, today);
        QCOMPARE(page.chartSeries()->points().size(), 6);
        QCOMPARE(page.chartSeries()->points().last().period, today.addDays(-1));
        QCOMPARE(page.chartSeries()->points().last().totals.revenueMinor, 50000);
        QVERIFY(page.unfinishedPeriod()->isVisible());
        const QString soFar = page.unfinishedPeriod()->text();
        QVERIFY2(soFar.startsWith(u"Today so far: 1 order"_s) && soFar.contains(u"₱12.50 revenue"_s),
                 qPrintable(soFar));

        // Today alone: one point draws no line, and there is nothing to leave out.
        scope.preset = DatePreset::Today;
        page.setScope(scope);
        QVERIFY(done.wait(5000));
        QCOMPARE(page.chartSeries()->points().size(), 1);
        QVERIFY(!page.unfinishedPeriod()->isVisible());

        // A range that ended before today draws every day.
        scope.preset = DatePreset::Custom;
        scope.custom = {today.addDays(-7), today.addDays(-1)};
        page.setScope(scope);
        QVERIFY(done.wait(5000));
        QCOMPARE(page.chartSeries()->points().size(), 7);
        QVERIFY(!page.unfinishedPeriod()->isVisible());
    }

    // Left open across the shop's midnight (a desktop app is), the page turns the day: the day that just
    // ended is over and joins the line, and "so far" is about the new day. Before, nothing reloaded it until
    // a store event (none at night): yesterday's orders stayed "Today so far" and out of the line.
    void dashboardTurnsTheDayAtTheShopsMidnight()
    {
        const Shop shop =
            test::makeShop(*m_db, Platform::Shopee, u"midnight-1"_s, u"PHP"_s, u"Asia/Manila"_s);
        const QTimeZone manila("Asia/Manila");
        // The clock a second before the shop's midnight, put back (as it ran on) afterwards.
        const QDateTime was = Clock::nowUtc();
        QElapsedTimer ran;
        ran.start();
        const auto putBack = qScopeGuard([&] { Clock::setNow(was.addMSecs(ran.elapsed())); });
        const QDate day = Clock::today(manila);
        Clock::setNow(QDateTime(day, QTime(23, 59, 59), manila));
        Order o;
        o.externalId = u"late-1"_s;
        o.status = OrderStatus::Completed;
        o.placedAt = QDateTime(day, QTime(23, 30), manila).toUTC();
        o.totalMinor = 7700;
        o.items = {{u"P1"_s, u"Product P1"_s, 1, 7700, 7700, std::nullopt}};
        BVA_VERIFY_OK(OrderRepository(*m_db).upsertBatch(shop.id, {o}));
        DashboardPage page(*m_service, m_bus);
        page.resize(1360, 1000);
        page.show();
        QSignalSpy done(&page, &DashboardPage::refreshed);
        AnalyticsScope scope;
        scope.shopIds = {shop.id};
        scope.preset = DatePreset::Last7Days;
        page.setScope(scope);
        QVERIFY(done.wait(5000));
        QVERIFY(page.unfinishedPeriod()->text().startsWith(u"Today so far: 1 order"_s));
        QCOMPARE(page.chartSeries()->points().last().period, day.addDays(-1));
        // Past the shop's midnight, with no store event.
        QTRY_COMPARE_WITH_TIMEOUT(page.chartSeries()->points().last().period, day, 5000);
        QCOMPARE(page.chartSeries()->points().last().totals.revenueMinor, 7700);
        QVERIFY2(page.unfinishedPeriod()->text().startsWith(u"Today so far: 0 order"_s),
                 qPrintable(page.unfinishedPeriod()->text()));
    }

    // A PHP and an IDR shop in scope: each currency's revenue side by side, never added; once the
    // seller sets rates (Settings → Exchange rates, saved off the GUI thread) the converted total
    // appears, exact and labelled as converted; a currency's tile shows that currency below.
    void dashboardCurrencies()
    {
        auto user = UserRepository(*m_db).create(u"rates-ui@example.test"_s, u"Rates"_s, u"x"_s);
        QVERIFY(user.ok());
        for (qint64 shop : {m_fixture.shopee.id, m_fixture.lazada.id, m_fixture.lazadaId.id})
            BVA_VERIFY_OK(ShopRepository(*m_db).grantAccess(user->id, shop, ShopRole::Admin));
        auto cleanup = qScopeGuard([this, id = user->id] { m_service->setExchangeRates(id, {}).ok(); });

        DashboardPage page(*m_service, m_bus);
        page.resize(1360, 1000);
        page.show();
        page.setAccount(user->id);
        QSignalSpy done(&page, &DashboardPage::refreshed);
        page.setScope(scopeOf(m_fixture));
        QVERIFY(done.wait(5000));
        CurrencySummary *summary = page.currencySummary();
        QVERIFY(summary->isVisible());
        QCOMPARE(summary->currencyTiles().size(), 2);
        QCOMPARE(summary->currencyTiles().at(0)->value(), u"₱410.00"_s);
        QCOMPARE(summary->currencyTiles().at(1)->value(), u"Rp15,000"_s);
        QVERIFY(summary->currencyTiles().at(1)->note().startsWith(u"Orders: 1 ·"_s));
        QVERIFY(!summary->convertedTile());
        QVERIFY(summary->hint().contains(u"Set exchange rates"_s));
        QCOMPARE(page.tile(0)->value(), u"₱410.00"_s); // the detail follows one currency
        // By platform: Lazada sells in pesos and in rupiah, two rows that cannot be added; each row says
        // its currency (the table once showed "Lazada" twice, alike).
        QStringList lazadaRows;
        QTableView *platforms = page.platformTable();
        for (int r = 0; r < platforms->model()->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < platforms->model()->columnCount(); ++c) {
                if (!platforms->isColumnHidden(c))
                    cells.append(platforms->model()->index(r, c).data().toString());
            }
            if (cells.value(0) == u"Lazada"_s)
                lazadaRows.append(cells.join(u'|'));
        }
        QCOMPARE(lazadaRows.size(), 2);
        QVERIFY2(lazadaRows.at(0).contains(u"|IDR|"_s), qPrintable(lazadaRows.at(0)));
        QVERIFY2(lazadaRows.at(1).contains(u"|PHP|"_s), qPrintable(lazadaRows.at(1)));
        // Every row in sight, none behind a scroll bar (the table was once capped at two and a half rows).
        // The table takes its new height from the page's layout after `refreshed`: until that pass the
        // scroll bar may still be the one of the rows before (CI saw it at -j2).
        const int lastRow = platforms->model()->rowCount() - 1;
        QVERIFY(lastRow >= 2);
        QTRY_VERIFY(!platforms->verticalScrollBar()->isVisible());
        QVERIFY2(platforms->visualRect(platforms->model()->index(lastRow, 0)).bottom() <=
                     platforms->viewport()->height(),
                 qPrintable(QString::number(platforms->viewport()->height())));
        maybeScreenshot(page, u"dashboard-by-platform"_s);

        // Rates typed in Settings the way an Indonesian-language user would not: a point, here.
        UiServices services;
        services.db = m_db.get();
        services.analytics = m_service.get();
        UserSession session(services);
        session.start(*user, "token");
        ExchangeRatesSettings settings(services, &session);
        QSignalSpy loaded(&settings, &ExchangeRatesSettings::loaded);
        session.reloadShops();
        QVERIFY(loaded.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(settings.rateField(u"IDR"_s), 5000);
        QCOMPARE(settings.targetBox()->currentText(), u"PHP"_s);
        QVERIFY(!settings.rateField(u"PHP"_s)); // the target is not converted
        QSignalSpy saved(&settings, &ExchangeRatesSettings::saved);
        settings.rateField(u"IDR"_s)->setText(u"0,0035"_s); // refused: a comma in an English UI
        settings.save();
        QVERIFY(saved.wait(5000));
        QVERIFY2(settings.status().contains(u"0,0035"_s), qPrintable(settings.status()));
        QVERIFY(m_service->exchangeRates(user->id)->isEmpty());
        settings.rateField(u"IDR"_s)->setText(u"0.0035"_s);
        done.clear();
        settings.save();
        QVERIFY(saved.wait(5000));
        QCOMPARE(*m_service->exchangeRates(user->id), (ExchangeRates{u"PHP"_s, {{u"IDR"_s, u"0.0035"_s}}}));
        // The dashboard hears of the new rates and converts: ₱410.00 + Rp15.000 × 0.0035 = ₱462.50.
        QVERIFY(done.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(summary->convertedTile(), 2000);
        QCOMPARE(summary->convertedTile()->value(), u"≈ ₱462.50"_s);
        QVERIFY(summary->convertedTile()->note().contains(u"1 IDR = 0.0035 PHP"_s));
        QCOMPARE(summary->currencyTiles().at(0)->value(), u"₱410.00"_s); // still side by side
        maybeScreenshot(page, u"dashboard-currencies"_s);

        QTest::mouseClick(summary->currencyTiles().at(1), Qt::LeftButton);
        QCOMPARE(page.currency(), u"IDR"_s);
        QCOMPARE(page.tile(0)->value(), u"Rp15,000"_s);

        // The Sales Summary on screen and in its CSV: per-currency totals, then the converted table.
        ReportsPage reports(*m_service, m_bus);
        reports.setAccount(user->id);
        QSignalSpy shown(&reports, &ReportsPage::refreshed);
        reports.setScope(scopeOf(m_fixture));
        QVERIFY(shown.wait(5000));
        QCOMPARE(reports.report()->tables.size(), 3);
        QCOMPARE(reports.tableModel(2)->rowCount(), 1);
        QCOMPARE(reports.tableModel(2)->index(0, 4).data().toString(), u"₱462.50"_s);
        QCOMPARE(reports.tableModel(1)->index(1, 3).data().toString(), u"Rp15,000"_s);
        const QString csv = m_dir.filePath(u"sales-currencies.csv"_s);
        BVA_VERIFY_OK(reports.exportCsv(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("IDR,1,1,15000.00,15000.00"));
        QVERIFY(text.contains("PHP,\"PHP, IDR\",4,8,462.50"));
    }

    void productsPage()
    {
        ProductsPage empty(*m_service, m_bus);
        QSignalSpy emptyDone(&empty, &ProductsPage::refreshed);
        empty.setScope(AnalyticsScope{});
        QVERIFY(emptyDone.wait(5000));
        QCOMPARE(empty.model()->rowCount(), 0);

        ProductsPage page(*m_service, m_bus);
        page.resize(1360, 800);
        page.show();
        QSignalSpy done(&page, &ProductsPage::refreshed);
        page.setScope(scopeOf(m_fixture));
        QVERIFY(done.wait(5000));
        QCOMPARE(page.model()->rowCount(), 5);
        page.searchField()->setText(u"P1"_s);
        QCOMPARE(page.proxy()->rowCount(), 1);
        QSignalSpy detail(&page, &ProductsPage::detailShown);
        page.selectRow(0);
        QVERIFY(detail.wait(5000));
        QCOMPARE(detail.first().first().toString(), u"P1"_s);
        // Its daily sales over the range (a1: 2 units on 03-10; a5 cancelled, a6 refunded) and stock history.
        QCOMPARE(page.salesModel()->rowCount(), 7);
        QCOMPARE(page.salesModel()->index(0, SeriesTableModel::Units).data().toDouble(), 2.0);
        double units = 0;
        for (int row = 0; row < 7; ++row)
            units += page.salesModel()->index(row, SeriesTableModel::Units).data().toDouble();
        QCOMPARE(units, 2.0);
        auto events = m_service->stockHistory(m_fixture.shopee.id, u"P1"_s);
        QVERIFY(events.ok() && !events->isEmpty());
        QCOMPARE(page.stockModel()->rowCount(), int(events->size()));
        QCOMPARE(page.stockModel()->index(0, StockHistoryModel::Level).data().toString(),
                 formatCount(events->first().quantity));
        {
            const test::ComputerZone computer("UTC"); // the shop is in Manila
            QCOMPARE(page.stockModel()->index(0, StockHistoryModel::When).data().toString(),
                     QLocale().toString(events->first().occurredAt.toTimeZone(QTimeZone("Asia/Manila")),
                                        QLocale::ShortFormat) +
                         u" (Manila time)"_s);
        }
        maybeScreenshot(page, u"products"_s);
        // As wide as the page is in a 1440-pixel window: stock and sales in sight beside the detail pane.
        page.resize(1200, 800);
        QTRY_VERIFY(page.view()->viewport()->width() < 900);
        QVERIFY(columnsInSight(page.view(), {ProductTableModel::Stock, ProductTableModel::State,
                                             ProductTableModel::UnitsSold, ProductTableModel::Revenue}));
    }

    void ordersPage()
    {
        OrdersPage page(*m_service, m_bus);
        page.resize(1360, 800);
        page.show();
        page.setPageSize(5);
        QSignalSpy done(&page, &OrdersPage::refreshed);
        page.setScope(scopeOf(m_fixture));
        QVERIFY(done.wait(5000));
        QCOMPARE(page.currentPage().total, 8); // 7 + live-1 (cancelled) from dashboardLive
        QCOMPARE(page.model()->rowCount(), 5);
        page.nextPage();
        QVERIFY(done.wait(5000));
        QCOMPARE(page.model()->rowCount(), 3);
        page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(u"CANCELLED"_s));
        QVERIFY(done.wait(5000));
        QCOMPARE(page.currentPage().total, 2);
        QSignalSpy detail(&page, &OrdersPage::detailShown);
        page.view()->setCurrentIndex(page.model()->index(0, 0));
        QVERIFY(detail.wait(5000));
        QCOMPARE(page.itemModel()->rowCount(), 1);
        maybeScreenshot(page, u"orders"_s);
        // As wide as the page is in a 1440-pixel window: the amounts are in sight, not past a scroll bar.
        page.resize(1200, 800);
        QTRY_VERIFY(page.view()->viewport()->width() < 900);
        QVERIFY(columnsInSight(page.view(),
                               {OrderTableModel::Status, OrderTableModel::Total, OrderTableModel::Profit}));

        // The status history of the selected order, oldest first, on the shop's clock (Manila, +08:00).
        const RecentOrder *selected = page.model()->orderAt(0);
        QVERIFY(selected);
        const QSqlDatabase db = m_db->connection();
        QVERIFY(sql::run(db, u"DELETE FROM order_status_history WHERE order_id = ?"_s, {selected->order.id},
                         u"test")
                    .ok());
        const QString insert =
            u"INSERT INTO order_status_history (order_id, status, raw_status, changed_at, source) "
            "VALUES (?, ?, ?, ?, ?)"_s;
        QVERIFY(sql::run(db, insert,
                         {selected->order.id, u"CANCELLED"_s, u"buyer cancelled"_s,
                          test::utc("2024-03-12T20:15:00Z").toMSecsSinceEpoch(), u"webhook"_s},
                         u"test")
                    .ok());
        QVERIFY(sql::run(db, insert,
                         {selected->order.id, u"PENDING"_s, u"UNPAID"_s,
                          test::utc("2024-03-12T04:00:00Z").toMSecsSinceEpoch(), u"sync"_s},
                         u"test")
                    .ok());
        page.view()->setCurrentIndex(page.model()->index(1, 0));
        QVERIFY(detail.wait(5000));
        page.view()->setCurrentIndex(page.model()->index(0, 0));
        QVERIFY(detail.wait(5000));
        StatusHistoryModel *history = page.historyModel();
        QCOMPARE(history->rowCount(), 2);
        QCOMPARE(history->index(0, StatusHistoryModel::When).data().toString(), u"2024-03-12 12:00"_s);
        QCOMPARE(history->index(0, StatusHistoryModel::Source).data().toString(), u"Sync"_s);
        QCOMPARE(history->index(1, StatusHistoryModel::When).data().toString(), u"2024-03-13 04:15"_s);
        QCOMPARE(history->index(1, StatusHistoryModel::Status).data().toString(),
                 OrderTableModel::statusText(OrderStatus::Cancelled) + u" (buyer cancelled)"_s);
        QCOMPARE(history->index(1, StatusHistoryModel::Source).data().toString(), u"Webhook"_s);
    }

    // The Orders table's "Placed" reads on the shop's clock like the detail pane, whatever the computer's.
    void ordersTableUsesShopClock()
    {
        const QByteArray oldTz = qgetenv("TZ");
        const auto restoreTz = qScopeGuard([oldTz] {
            oldTz.isNull() ? qunsetenv("TZ") : qputenv("TZ", oldTz);
            tzset();
        });
        qputenv("TZ", "America/New_York"); // 12 or 13 hours behind Manila and Jakarta
        tzset();
        OrdersPage page(*m_service, m_bus);
        QSignalSpy done(&page, &OrdersPage::refreshed);
        page.setScope(scopeOf(m_fixture));
        QVERIFY(done.wait(5000));
        OrderTableModel *model = page.model();
        auto placedText = [model](const QString &externalId) -> QString {
            for (int row = 0; row < model->rowCount(); ++row)
                if (model->orderAt(row)->order.externalId == externalId)
                    return model->index(row, OrderTableModel::Placed).data().toString();
            return QString();
        };
        const QLocale locale;
        // a1: 2024-03-09T16:30Z is 00:30 on 03-10 in Manila (11:30 on 03-09 in New York).
        const QString a1 = placedText(u"a1"_s);
        QCOMPARE(a1, locale.toString(QDateTime(QDate(2024, 3, 10), QTime(0, 30)), QLocale::ShortFormat));
        QVERIFY(a1 != locale.toString(test::utc("2024-03-09T16:30:00Z").toLocalTime(), QLocale::ShortFormat));
        // c1: 2024-03-15T18:00Z is 01:00 on 03-16 in Jakarta, the other shop's zone.
        QCOMPARE(placedText(u"c1"_s),
                 locale.toString(QDateTime(QDate(2024, 3, 16), QTime(1, 0)), QLocale::ShortFormat));
        // The detail pane names the same time.
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->orderAt(row)->order.externalId == u"a1"_s)
                page.view()->setCurrentIndex(model->index(row, 0));
        QVERIFY2(page.detailFacts()->text().contains(u"2024-03-10 00:30"_s),
                 qPrintable(page.detailFacts()->text()));
        const QString tip =
            model->headerData(OrderTableModel::Placed, Qt::Horizontal, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"shop's clock"_s), qPrintable(tip));
        // Without the shops' zones (the dashboard's recent orders) the header says it is the computer's
        // clock.
        OrderTableModel plain;
        plain.setOrders({*model->orderAt(0)});
        QVERIFY(plain.headerData(OrderTableModel::Placed, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(u"computer"_s));
        QCOMPARE(plain.index(0, OrderTableModel::Placed).data().toString(),
                 locale.toString(model->orderAt(0)->order.placedAt.toLocalTime(), QLocale::ShortFormat));
    }

    // The top bar's custom range: two dates, Apply only for a valid range, then pages show those days.
    void customRange()
    {
        DateRangePopup popup;
        QSignalSpy applied(&popup, &DateRangePopup::applied);
        QSignalSpy cancelled(&popup, &DateRangePopup::cancelled);
        QWidget anchor;
        anchor.show();
        popup.popupBelow(&anchor, {QDate(2024, 3, 10), QDate(2024, 3, 16)});
        QCOMPARE(popup.fromEdit()->date(), QDate(2024, 3, 10));
        popup.toEdit()->setDate(QDate(2024, 3, 1)); // before the start
        QVERIFY(!popup.applyButton()->isEnabled());
        QVERIFY(!popup.errorLabel()->isHidden());
        QVERIFY(!popup.range().isValid());
        popup.fromEdit()->setDate(QDate(2010, 1, 1));
        popup.toEdit()->setDate(QDate(2024, 3, 1)); // over ten years
        QVERIFY(!popup.applyButton()->isEnabled());
        popup.fromEdit()->setDate(QDate(2024, 3, 12));
        popup.toEdit()->setDate(QDate(2024, 3, 14));
        QVERIFY(popup.applyButton()->isEnabled());
        QVERIFY(popup.errorLabel()->isHidden());
        QTest::mouseClick(popup.applyButton(), Qt::LeftButton);
        QCOMPARE(applied.size(), 1);
        QCOMPARE(cancelled.size(), 0);
        const DateRange range = applied.first().first().value<DateRange>();
        QCOMPARE(range, (DateRange{QDate(2024, 3, 12), QDate(2024, 3, 14)}));
        QVERIFY(popup.isHidden());
        // Closing without Apply reports a cancel (the top bar then restores its preset).
        popup.popupBelow(&anchor, {});
        QCOMPARE(popup.range().days(), 30);
        popup.hide();
        QCOMPARE(cancelled.size(), 1);

        // The scope a custom range makes (as PageFactory::applyScope builds it) drives the pages.
        AnalyticsScope scope = scopeOf(m_fixture);
        scope.custom = range;
        OrdersPage page(*m_service, m_bus);
        QSignalSpy done(&page, &OrdersPage::refreshed);
        page.setScope(scope);
        QVERIFY(done.wait(5000));
        auto expected = m_service->orders({scope, std::nullopt, std::nullopt, QString(), true, 1, 100});
        QVERIFY(expected.ok());
        QVERIFY(expected->total > 0 && expected->total < 8);
        QCOMPARE(page.currentPage().total, expected->total);
        for (const RecentOrder &o : page.currentPage().orders)
            QVERIFY(o.order.localDay >= u"2024-03-12"_s && o.order.localDay <= u"2024-03-14"_s);
    }

    void reportsPage()
    {
        ReportsPage page(*m_service, m_bus);
        page.resize(1360, 1000);
        page.show();
        QSignalSpy done(&page, &ReportsPage::refreshed);
        page.setScope(scopeOf(m_fixture));
        QVERIFY(done.wait(5000));
        for (ReportKind k : allReportKinds()) {
            page.setKind(k);
            QVERIFY(done.wait(5000));
            QVERIFY(page.report().has_value());
            QCOMPARE(page.report()->kind, k);
            maybeScreenshot(page, u"reports-"_s + reportKindName(k));
            const QString csv = m_dir.filePath(reportKindName(k) + u".csv"_s);
            BVA_VERIFY_OK(page.exportCsv(csv));
            QFile f(csv);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), QByteArray("\xEF\xBB\xBF") + reportToCsv(*page.report()));
            const QString pdf = m_dir.filePath(reportKindName(k) + u".pdf"_s);
            auto pages = page.exportPdf(pdf);
            QVERIFY(pages.ok());
            QVERIFY(*pages >= 1);
            QCOMPARE(pdfPageCount(pdf), *pages);
        }
    }

    void pdfPages_data()
    {
        QTest::addColumn<int>("rows");
        for (int n : {0, 1, 29, 30, 63, 64, 500})
            QTest::addRow("%d rows", n) << n;
    }
    void pdfPages()
    {
        QFETCH(int, rows);
        Report r;
        r.title = u"Test"_s;
        r.range = {QDate(2024, 1, 1), QDate(2024, 1, 31)};
        ReportTable t;
        t.title = u"Rows"_s;
        t.columns = {{u"n"_s, u"N"_s, ColumnKind::Integer},
                     {u"c"_s, u"Currency"_s, ColumnKind::Text},
                     {u"m"_s, u"Amount"_s, ColumnKind::Money}};
        t.currencyColumn = 1;
        for (int i = 0; i < rows; ++i)
            t.rows.append({i, u"PHP"_s, qint64(i) * 100});
        r.tables = {t};
        const QString path = m_dir.filePath(u"rows-%1.pdf"_s.arg(rows));
        auto pages = ReportsDocument(r).writePdf(path);
        QVERIFY(pages.ok());
        QCOMPARE(*pages, expectedPages(rows));
        QCOMPARE(pdfPageCount(path), expectedPages(rows));
    }

    // Last, as it applies the app's theme: the sort arrow of a right-aligned column (Units sold, the
    // Products page's default sort) is drawn beside its label, not on it. The section is drawn with and
    // without the arrow: the columns of pixels the arrow changes lie right of the label's ink.
    void sortArrowBesideLabel()
    {
        Theme::apply(Appearance::Light);
        auto plain = qScopeGuard([] { qApp->setStyleSheet({}); });
        ProductsPage page(*m_service, m_bus);
        QVERIFY(shown(page));
        QHeaderView *header = page.view()->horizontalHeader();
        const int column = ProductTableModel::UnitsSold;
        QCOMPARE(header->sortIndicatorSection(), column);
        QVERIFY(
            Qt::Alignment(page.model()->headerData(column, Qt::Horizontal, Qt::TextAlignmentRole).toInt()) &
            Qt::AlignRight);
        const QRect section = sectionRect(header, column);
        const QImage sorted = header->grab(section).toImage();
        header->setSortIndicatorShown(false);
        const QImage label = header->grab(section).toImage();
        header->setSortIndicatorShown(true);
        QCOMPARE(sorted.size(), label.size());
        const QRgb background = label.pixel(label.width() - 1, 0);
        int labelRight = -1, arrowLeft = label.width();
        for (int x = 0; x < label.width(); ++x) {
            for (int y = 0; y < label.height(); ++y) {
                if (label.pixel(x, y) != background)
                    labelRight = std::max(labelRight, x);
                if (sorted.pixel(x, y) != label.pixel(x, y))
                    arrowLeft = std::min(arrowLeft, x);
            }
        }
        QVERIFY2(labelRight >= 0 && arrowLeft < label.width(), "the label and the arrow are drawn");
        QVERIFY2(labelRight < arrowLeft,
                 qPrintable(u"label ink ends at %1, arrow starts at %2"_s.arg(labelRight).arg(arrowLeft)));
    }

    // Up for ascending, down for descending, as in file managers and spreadsheets (Fusion alone draws
    // them the other way round).
    void sortArrowPointsLikeTheOrder()
    {
        Theme::apply(Appearance::Light);
        auto plain = qScopeGuard([] { qApp->setStyleSheet({}); });
        ProductsPage page(*m_service, m_bus);
        QVERIFY(shown(page));
        QHeaderView *header = page.view()->horizontalHeader();
        const int column = ProductTableModel::UnitsSold;
        const QRect section = sectionRect(header, column);
        header->setSortIndicatorShown(false);
        const QImage label = header->grab(section).toImage();
        header->setSortIndicatorShown(true);
        // The arrow's ink in its upper and lower halves: a triangle pointing up has more below.
        const auto inkAboveBelow = [&](Qt::SortOrder order) {
            header->setSortIndicator(column, order);
            const QImage sorted = header->grab(section).toImage();
            QList<int> rows(sorted.height(), 0);
            for (int y = 0; y < sorted.height(); ++y) {
                for (int x = 0; x < sorted.width(); ++x)
                    rows[y] += sorted.pixel(x, y) != label.pixel(x, y);
            }
            int top = 0, bottom = rows.size() - 1;
            while (top < bottom && rows[top] == 0)
                ++top;
            while (bottom > top && rows[bottom] == 0)
                --bottom;
            int above = 0, below = 0;
            for (int y = top; y <= bottom; ++y)
                (2 * y < top + bottom ? above : below) += rows[y];
            return std::pair{above, below};
        };
        const auto [ascAbove, ascBelow] = inkAboveBelow(Qt::AscendingOrder);
        QVERIFY2(ascAbove < ascBelow,
                 qPrintable(u"ascending: %1 above, %2 below"_s.arg(ascAbove).arg(ascBelow)));
        const auto [descAbove, descBelow] = inkAboveBelow(Qt::DescendingOrder);
        QVERIFY2(descAbove > descBelow,
                 qPrintable(u"descending: %1 above, %2 below"_s.arg(descAbove).arg(descBelow)));
    }

    // Orders stored while the Reports page is open change the report on screen (and its CSV); while it is
    // hidden, the next time it is shown. It read them once and kept showing fewer orders than the
    // dashboard drawn before it. Last: the orders it adds stay in the store (cancelled).
    void reportsFollowNewOrders()
    {
        ReportsPage page(*m_service, m_bus);
        page.resize(1360, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy done(&page, &ReportsPage::refreshed);
        page.setScope(scopeOf(m_fixture));
        QVERIFY(done.wait(5000));
        const QByteArray before = reportToCsv(*page.report());
        auto store = [this](const QString &id) {
            Order o;
            o.externalId = id;
            o.status = OrderStatus::ToShip;
            o.placedAt = QDateTime(QDate(2024, 3, 14), QTime(9, 0), Qt::UTC);
            o.totalMinor = 12345;
            o.items = {{u"P1"_s, u"Product P1"_s, 1, 12345, 12345, std::nullopt}};
            return OrderRepository(*m_db).upsertBatch(m_fixture.shopee.id, {o}).ok();
        };
        auto cancel = qScopeGuard([this] {
            for (const QString &id : {u"report-live-1"_s, u"report-live-2"_s})
                (void)OrderRepository(*m_db).setStatus(m_fixture.shopee.id, id, OrderStatus::Cancelled,
                                                       u"x"_s);
        });
        QVERIFY(store(u"report-live-1"_s));
        emit m_bus.orderChanged(m_fixture.shopee.id, u"report-live-1"_s, {});
        QVERIFY(done.wait(5000));
        const QByteArray shown = reportToCsv(*page.report());
        QVERIFY2(shown != before, "the report on screen did not change");

        page.hide();
        QVERIFY(store(u"report-live-2"_s));
        emit m_bus.orderChanged(m_fixture.shopee.id, u"report-live-2"_s, {});
        QCoreApplication::processEvents();
        page.show();
        QVERIFY(done.wait(5000));
        QVERIFY2(reportToCsv(*page.report()) != shown, "shown again, the report did not change");
    }

    // Export CSV… says which file it wrote: it said nothing when it worked.
    void exportSaysWhereItSaved()
    {
        ReportsPage page(*m_service, m_bus);
        page.resize(1360, 1000);
        page.show();
        QSignalSpy done(&page, &ReportsPage::refreshed);
        page.setScope(scopeOf(m_fixture));
        QVERIFY(done.wait(5000));
        auto *saved = page.findChild<QLabel *>(u"exportSaved"_s);
        QVERIFY(saved);
        QVERIFY(saved->text().isEmpty());
        const QString path = m_dir.filePath(u"from-the-dialog.csv"_s);
        QVERIFY(test::saveThroughFileDialog(&page, ReportsPage::tr("Export CSV…"), path));
        QVERIFY(QFile::exists(path));
        QCOMPARE(saved->text(), u"Saved from-the-dialog.csv"_s);
        QCOMPARE(saved->toolTip(), QDir::toNativeSeparators(path));
        QVERIFY(saved->isVisible());
        // Not in the header: the page is no wider for it.
        saved->hide();
        const int without = page.minimumSizeHint().width();
        saved->show();
        QCOMPARE(page.minimumSizeHint().width(), without);
    }

private:
    // The Products page on screen with the fixture's products.
    bool shown(ProductsPage &page)
    {
        page.resize(1200, 800);
        page.show();
        QSignalSpy done(&page, &ProductsPage::refreshed);
        page.setScope(scopeOf(m_fixture));
        return done.wait(5000);
    }

    // A header section without its bottom border.
    static QRect sectionRect(const QHeaderView *header, int column)
    {
        return {header->sectionViewportPosition(column), 0, header->sectionSize(column),
                header->height() - 2};
    }
};

QTEST_MAIN(TestAnalyticsUi)
#include "tst_analyticsui.moc"
