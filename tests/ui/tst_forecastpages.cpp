// SmartShelf, Restock Planner and MarketMate pages and their models on a scratch SQLite store with a
// seeded shop: empty states, live refresh after a forecast refresh, the plan within its budget,
// the shopping list in CSV (cell by cell) and PDF (page count), ad copy to the clipboard, campaign
// status changes, and the dashboard's predicted-sales chart.
#include "../forecast/forecastseed.h"
#include "accounts/usersession.h"
#include "analytics/analyticsscope.h"
#include "analytics/analyticsservice.h"
#include "analytics/forecast/forecastservice.h"
#include "analytics/forecast/shoppinglistpdf.h"
#include "auth/authservice.h"
#include "domain/eventbus.h"
#include "domain/money.h"
#include "filedialogdriver.h"
#include "memoryvault.h"
#include "models/promotionmodel.h"
#include "models/restockplanmodel.h"
#include "models/shelftablemodel.h"
#include "notifications/notificationcenter.h"
#include "notifications/notificationmodel.h"
#include "pages/dashboardpage.h"
#include "pages/marketmatepage.h"
#include "pages/predictedsaleschart.h"
#include "pages/restockpage.h"
#include "pages/smartshelfpage.h"
#include "settings/language.h"
#include "shell/uiservices.h"
#include "squeezed.h"
#include "store/database.h"
#include "store/shoprepository.h"

#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QThreadPool>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace bva;
using namespace bva::forecast;
using namespace bva::ui;

namespace {

// Splits one CSV line (quotes as in RFC 4180).
QStringList csvCells(const QString &line)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            cells.append(cell);
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells.append(cell);
    return cells;
}

int pdfPages(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pdf = f.readAll();
    return int(pdf.count("/Type /Page") - pdf.count("/Type /Pages"));
}

} // namespace

class TstForecastPages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void modelsPassTheTester();
    void pagesWithoutShops();
    void smartShelfPage();
    void restockPage();
    void restockBudgetInTheSellersLocale();
    void restockExportSaysWhereItSaved();
    void restockInASmallWindow_data();
    void restockInASmallWindow();
    void shoppingListPdfPages();
    void marketMatePage();
    void marketMateInASmallWindow_data();
    void marketMateInASmallWindow();
    void marketMateStackedAdCopyFitsItsText();
    void dashboardPredictedSales();
    void busyGlobalPoolDoesNotDeadlock();
    void bellShowsCriticalRisks();
    void cleanupTestCase();

private:
    template <typename Page> bool waitRefreshed(Page *page)
    {
        QSignalSpy spy(page, &Page::refreshed);
        return spy.wait(60000);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AnalyticsService> m_analytics;
    std::unique_ptr<ForecastService> m_forecasts;
    EventBus m_bus;
    qint64 m_shopId = 0;
    AnalyticsScope m_scope;
};

void TstForecastPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>(DatabaseConfig::sqliteAt(m_dir.filePath(u"bva.db"_s)));
    QVERIFY(m_db->open().ok());
    Shop s;
    s.platform = Platform::Shopee;
    s.externalId = u"S1"_s;
    s.name = u"Aling Nena Store"_s;
    auto stored = ShopRepository(*m_db).upsert(s);
    QVERIFY(stored.ok());
    m_shopId = stored->id;
    QVERIFY(test::seedForecastShop(*m_db, m_shopId));
    m_analytics = std::make_unique<AnalyticsService>(*m_db);
    m_forecasts = std::make_unique<ForecastService>(*m_db);
    m_scope.shopIds = {m_shopId};
}

void TstForecastPages::cleanupTestCase()
{
    m_forecasts.reset();
    m_analytics.reset();
    m_db.reset();
}

namespace {

QString sectionSizes(const QHeaderView *h)
{
    QStringList sizes;
    for (int c = 0; c < h->count(); ++c)
        sizes << QString::number(h->sectionSize(c));
    return sizes.join(u' ');
}

// Each column's header lines up with its cells (numbers right, text left), read on the first row.
bool headersAlignWithCells(const QAbstractItemModel &m)
{
    const auto horizontal = [](const QVariant &v) {
        return v.isValid() ? Qt::Alignment(v.toInt()) & Qt::AlignHorizontal_Mask
                           : Qt::Alignment(Qt::AlignLeft);
    };
    for (int c = 0; c < m.columnCount(); ++c) {
        const Qt::Alignment header = horizontal(m.headerData(c, Qt::Horizontal, Qt::TextAlignmentRole));
        const Qt::Alignment cell = horizontal(m.data(m.index(0, c), Qt::TextAlignmentRole));
        if (header != cell) {
            qWarning() << "column" << m.headerData(c, Qt::Horizontal) << "header" << header << "cells"
                       << cell;
            return false;
        }
    }
    return true;
}

} // namespace

void TstForecastPages::modelsPassTheTester()
{
    auto shelf = m_forecasts->smartShelf({m_shopId}, {});
    QVERIFY(shelf.ok());
    ShelfTableModel shelfModel;
    QAbstractItemModelTester t1(&shelfModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ShelfFilterProxy proxy;
    proxy.setSourceModel(&shelfModel);
    QAbstractItemModelTester t1p(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    shelfModel.setItems(shelf->items, {{m_shopId, u"Aling Nena Store"_s}});
    QCOMPARE(shelfModel.rowCount(), 6);
    QCOMPARE(shelfModel.data(shelfModel.index(0, ShelfTableModel::Shop)).toString(), u"Aling Nena Store"_s);
    QVERIFY(headersAlignWithCells(shelfModel));
    proxy.setRiskFilter(int(ShelfRisk::Expired));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.data(proxy.index(0, ShelfTableModel::Product)).toString(), u"Product OLD"_s);
    proxy.setRiskFilter(ShelfFilterProxy::AtRiskOnly);
    QCOMPARE(proxy.rowCount(), shelf->atRisk);
    shelfModel.setItems({}, {});
    QCOMPARE(proxy.rowCount(), 0);

    PlannerRequest rq;
    rq.settings.budgetMinor = 500000;
    auto plan = m_forecasts->planRestock({m_shopId}, rq);
    QVERIFY(plan.ok());
    RestockPlanModel planModel;
    QAbstractItemModelTester t2(&planModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    planModel.setPlan(*plan);
    QCOMPARE(planModel.rowCount(), int(plan->lines.size()));
    QCOMPARE(planModel.columnCount(), int(RestockPlanModel::ColumnCount));
    QCOMPARE(
        planModel.data(planModel.index(0, RestockPlanModel::Cost), RestockPlanModel::SortRole).toLongLong(),
        plan->lines.front().costMinor);
    QVERIFY(headersAlignWithCells(planModel));
    // A negative safety stock (fill-rate reading) says why in its own cell, not only in the header.
    RestockPlan oneLine;
    RestockLine below;
    below.name = u"Slow mover"_s;
    below.safetyStock = -0.6;
    RestockLine above = below;
    above.safetyStock = 1.4;
    oneLine.lines = {below, above};
    planModel.setPlan(oneLine);
    QVERIFY(!planModel.data(planModel.index(0, RestockPlanModel::SafetyStock), Qt::ToolTipRole)
                 .toString()
                 .isEmpty());
    QVERIFY(!planModel.data(planModel.index(1, RestockPlanModel::SafetyStock), Qt::ToolTipRole).isValid());

    PromotionSettings ps;
    auto promos = m_forecasts->promotions(m_shopId, ps);
    QVERIFY(promos.ok());
    QVERIFY(!promos->empty());
    PromotionModel promoModel;
    QAbstractItemModelTester t3(&promoModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    promoModel.setSuggestions(*promos, {{m_shopId, u"PHP"_s}});
    QCOMPARE(promoModel.rowCount(), int(promos->size()));
    QCOMPARE(promoModel.data(promoModel.index(0, PromotionModel::Playbook)).toString(),
             playbookLabel(promos->front().playbook));
    QVERIFY(headersAlignWithCells(promoModel));

    CampaignModel campaignModel;
    QAbstractItemModelTester t4(&campaignModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Campaign c;
    c.title = u"Payday flash sale"_s;
    c.status = CampaignStatus::Scheduled;
    c.discountPercent = 15;
    campaignModel.setCampaigns({c});
    QCOMPARE(campaignModel.data(campaignModel.index(0, CampaignModel::Status)).toString(),
             campaignStatusLabel(CampaignStatus::Scheduled));
    QCOMPARE(campaignModel.data(campaignModel.index(0, CampaignModel::Discount)).toString(), u"15%"_s);
    QVERIFY(headersAlignWithCells(campaignModel));
}

namespace {

// The shared page frame: the title row, and an empty state whose one button asks for Integrations.
void checkEmptyStateFrame(QWidget *page, const QString &title)
{
    const QLabel *label = page->findChild<QLabel *>(u"pageTitle"_s);
    QVERIFY(label);
    QCOMPARE(label->text(), title);
    QSignalSpy asked(page, SIGNAL(connectShopRequested()));
    QPushButton *open = nullptr;
    for (QPushButton *b : page->findChildren<QPushButton *>())
        if (b->text() == u"Open Integrations"_s)
            open = b;
    QVERIFY(open);
    open->click();
    QCOMPARE(asked.count(), 1);
    if (const QString dir = qEnvironmentVariable("BVA_SCREENSHOT_DIR"); !dir.isEmpty()) {
        page->resize(1000, 600);
        page->grab().save(dir + u"/empty-"_s + title + u".png"_s);
    }
}

} // namespace

void TstForecastPages::pagesWithoutShops()
{
    const AnalyticsScope none;
    SmartShelfPage shelf(*m_forecasts, *m_analytics);
    shelf.setScope(none);
    QVERIFY(waitRefreshed(&shelf));
    QVERIFY(shelf.showsEmptyState());
    QCOMPARE(shelf.model()->rowCount(), 0);

    RestockPage restock(*m_forecasts, *m_analytics);
    restock.setScope(none);
    QVERIFY(waitRefreshed(&restock));
    QVERIFY(restock.showsEmptyState());
    QVERIFY(!restock.exportCsv(m_dir.filePath(u"none.csv"_s)).ok());

    MarketMatePage market(*m_forecasts, *m_analytics);
    market.setScope(none);
    QVERIFY(waitRefreshed(&market));
    QVERIFY(market.showsEmptyState());

    checkEmptyStateFrame(&shelf, u"SmartShelf"_s);
    checkEmptyStateFrame(&restock, u"Restock Planner"_s);
    checkEmptyStateFrame(&market, u"MarketMate"_s);
}

void TstForecastPages::smartShelfPage()
{
    SmartShelfPage page(*m_forecasts, *m_analytics);
    page.resize(1200, 800);
    page.show();
    page.setScope(m_scope);
    QVERIFY(waitRefreshed(&page));
    QVERIFY(!page.showsEmptyState());
    QCOMPARE(page.model()->rowCount(), 6);
    QCOMPARE(page.expiredModel()->rowCount(), 1);
    QCOMPARE(page.expiredModel()->item(0)->productExternalId, u"OLD"_s);
    // Highest risk first, each with its reasoning in words.
    QCOMPARE(
        page.proxy()->data(page.proxy()->index(0, ShelfTableModel::Score), ShelfTableModel::SortRole).toInt(),
        100);
    for (int r = 0; r < page.model()->rowCount(); ++r)
        QVERIFY(!page.model()->data(page.model()->index(r, ShelfTableModel::Action)).toString().isEmpty());
    const ShelfItem *fast = nullptr;
    for (const ShelfItem &it : page.model()->items())
        if (it.productExternalId == u"FAST"_s)
            fast = &it;
    QVERIFY(fast);
    QVERIFY(fast->has(ShelfRisk::StockOut));
    QVERIFY(
        ShelfTableModel::risksText(fast->risks).contains(ShelfTableModel::riskLabel(ShelfRisk::StockOut)));

    page.setFilterIndex(2); // stock-out
    QVERIFY(page.proxy()->rowCount() >= 1);
    for (int r = 0; r < page.proxy()->rowCount(); ++r)
        QVERIFY(page.proxy()->data(page.proxy()->index(r, 0), ShelfTableModel::RisksRole).toInt() &
                int(ShelfRisk::StockOut));
    page.setFilterIndex(0);
    QCOMPARE(page.proxy()->rowCount(), 6);

    // A forecast refresh for a shop in scope refreshes the page by itself.
    QSignalSpy again(&page, &SmartShelfPage::refreshed);
    QVERIFY(m_forecasts->refreshShop(m_shopId).ok());
    QVERIFY(again.wait(60000));
}

void TstForecastPages::restockPage()
{
    RestockPage page(*m_forecasts, *m_analytics);
    page.resize(1300, 800);
    page.show();
    page.setInputs(u"1,500.50"_s, RestockGoal::Profit, 30, 7, 0.95, true, true);
    auto st = page.settings();
    QVERIFY(st.ok());
    QCOMPARE(st->budgetMinor, 150050);
    QCOMPARE(st->goal, RestockGoal::Profit);
    page.setInputs(u"lots"_s, RestockGoal::Profit, 30, 7, 0.95, true, true);
    QVERIFY(!page.settings().ok());
    QVERIFY(page.settings().error().message.startsWith(u"Budget"_s));

    page.setInputs(u"1500.50"_s, RestockGoal::Profit, 30, 7, 0.95, false, true);
    page.setScope(m_scope);
    QVERIFY(waitRefreshed(&page));
    const RestockPlan &plan = page.model()->plan();
    QCOMPARE(plan.budgetMinor, 150050);
    QCOMPARE(plan.currency, u"PHP"_s);
    QVERIFY(plan.spentMinor > 0);
    QVERIFY(plan.spentMinor <= plan.budgetMinor);
    qint64 sum = 0;
    for (const RestockLine &l : plan.lines)
        sum += l.costMinor;
    QCOMPARE(sum, plan.spentMinor);
    QCOMPARE(page.budgetUsedPercent(), int(plan.spentMinor * 100 / plan.budgetMinor));
    // Too little money for everything at risk: the page says so.
    QVERIFY(page.warningsText().contains(u"risk"_s));

    // Shopping list CSV, cell by cell against the plan's funded lines.
    const QString csvPath = m_dir.filePath(u"list.csv"_s);
    QVERIFY(page.exportCsv(csvPath).ok());
    QFile f(csvPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"),
             "the shopping list starts with a UTF-8 byte order mark, like the report");
    QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(csvCells(lines.takeFirst()),
             (QStringList{u"sku"_s, u"name"_s, u"quantity"_s, u"unit_cost"_s, u"cost"_s,
                          u"expected_revenue"_s, u"expected_profit"_s, u"priority"_s, u"reason"_s}));
    int row = 0;
    for (const RestockLine &l : plan.lines) {
        if (l.plannedQty <= 0)
            continue;
        QVERIFY(row < lines.size());
        const QStringList cells = csvCells(lines.at(row++));
        QCOMPARE(cells.size(), 9);
        QCOMPARE(cells.at(0), l.sku);
        QCOMPARE(cells.at(1), l.name);
        QCOMPARE(cells.at(2).toLongLong(), l.plannedQty);
        QCOMPARE(cells.at(3), formatMinorUnits(l.unitCostMinor, 2));
        QCOMPARE(cells.at(4), formatMinorUnits(l.costMinor, 2));
        QCOMPARE(cells.at(5), formatMinorUnits(l.expectedRevenueMinor, 2));
        QCOMPARE(cells.at(6), formatMinorUnits(l.expectedProfitMinor, 2));
        QCOMPARE(cells.at(7).toInt(), l.priority);
        QCOMPARE(cells.at(8), l.reason);
    }
    QVERIFY(row > 0);
    QCOMPARE(row, lines.size());

    const QString pdfPath = m_dir.filePath(u"list.pdf"_s);
    auto pages = page.exportPdf(pdfPath);
    QVERIFY(pages.ok());
    QCOMPARE(*pages, 1);
    QCOMPARE(pdfPages(pdfPath), 1);

    // A bigger budget never spends less, and never more than it has.
    page.setInputs(u"100000"_s, RestockGoal::Volume, 30, 7, 0.95, true, true);
    page.refresh();
    QVERIFY(waitRefreshed(&page));
    QVERIFY(page.model()->plan().spentMinor <= 10000000);
    QVERIFY(page.model()->plan().spentMinor >= plan.spentMinor);
}

// Indonesian writes 15000.50 as 15.000,50: the budget field gives its examples that way
// and reads such a budget back.
void TstForecastPages::restockBudgetInTheSellersLocale()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
    RestockPage page(*m_forecasts, *m_analytics);
    const auto *budget = page.findChild<QLineEdit *>(u"budgetInput"_s);
    QVERIFY(budget);
    QCOMPARE(budget->placeholderText(), u"e.g. 20.000"_s);
    page.setInputs(u"15.000,50"_s, RestockGoal::Profit, 30, 7, 0.95, true, true);
    const auto st = page.settings();
    QVERIFY(st.ok());
    QCOMPARE(st->budgetMinor, 1500050);
    page.setInputs(u"banyak"_s, RestockGoal::Profit, 30, 7, 0.95, true, true);
    QCOMPARE(page.settings().error().message, u"Budget: enter an amount in PHP, like 20.000 or 15.000,50."_s);
}

// Export CSV… says which file it wrote beside the buttons: it said nothing when it worked.
void TstForecastPages::restockExportSaysWhereItSaved()
{
    RestockPage page(*m_forecasts, *m_analytics);
    page.resize(1300, 800);
    page.show();
    page.setInputs(u"20000"_s, RestockGoal::Balanced, 30, 7, 0.95, true, true);
    page.setScope(m_scope);
    QVERIFY(waitRefreshed(&page));
    const QString path = m_dir.filePath(u"list-from-the-dialog.csv"_s);
    QVERIFY(test::saveThroughFileDialog(&page, RestockPage::tr("Export CSV…"), path));
    QVERIFY(QFile::exists(path));
    const QStringList labels = [&page] {
        QStringList out;
        for (const QLabel *l : page.findChildren<QLabel *>())
            if (!l->toolTip().isEmpty())
                out << l->text() + u" | "_s + l->toolTip();
        return out;
    }();
    QVERIFY2(labels.contains(u"Saved list-from-the-dialog.csv | "_s + QDir::toNativeSeparators(path)),
             qPrintable(labels.join(u"; "_s)));
}

// A 1024×640 window leaves the page about 752×570 beside the sidebar. The planner's inputs and plan
// are taller than that: squeezed, the labels of the middle inputs shrank to nothing and the selected
// line's reason was drawn over the table's rows. Every input, label and button keeps its size, the
// reason sits below the table, and the page scrolls down instead (never sideways).
void TstForecastPages::restockInASmallWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("id") << u"id"_s; // the longest labels
}

void TstForecastPages::restockInASmallWindow()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (language != u"en"_s) {
        Language::apply(language);
        QVERIFY(translator.load(QStringLiteral(BVA_QM_DIR) + u"/bva_"_s + language + u".qm"_s));
        QCoreApplication::installTranslator(&translator);
    }
    const auto restore = qScopeGuard([] { Language::apply(u"en"_s); });
    RestockPage page(*m_forecasts, *m_analytics);
    page.resize(752, 570);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setInputs(u"20000"_s, RestockGoal::Balanced, 30, 7, 0.95, true, true);
    page.setScope(m_scope);
    QVERIFY(waitRefreshed(&page));
    auto *reason = page.findChild<QLabel *>(u"planReason"_s);
    QVERIFY(reason);
    QTRY_VERIFY(!reason->text().isEmpty());
    QCoreApplication::processEvents();
    int checked = 0;
    for (QWidget *w : page.findChildren<QWidget *>()) {
        const bool kind = qobject_cast<QLabel *>(w) || qobject_cast<QAbstractButton *>(w) ||
                          qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QLineEdit *>(w) ||
                          qobject_cast<QComboBox *>(w);
        if (!kind || !w->isVisibleTo(&page) || qobject_cast<QAbstractItemView *>(w->parentWidget()))
            continue;
        const QSize least = w->minimumSizeHint();
        QVERIFY2(w->width() >= least.width() && w->height() >= least.height(),
                 qPrintable(u"%1 \"%2\" is %3x%4, needs %5x%6"_s
                                .arg(QString::fromLatin1(w->metaObject()->className()),
                                     w->property("text").toString())
                                .arg(w->width())
                                .arg(w->height())
                                .arg(least.width())
                                .arg(least.height())));
        ++checked;
    }
    QVERIFY(checked > 10);
    // Nothing of the inputs out of sight to the right: the page scrolls down only.
    auto *scroll = page.findChild<QScrollArea *>();
    QVERIFY(scroll);
    QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    auto *table = page.findChild<QTableView *>();
    QVERIFY(table);
    const QRect tableArea(table->mapTo(&page, QPoint()), table->size());
    const QRect reasonArea(reason->mapTo(&page, QPoint()), reason->size());
    QVERIFY2(reasonArea.top() >= tableArea.bottom(),
             qPrintable(u"reason at y %1, table ends at %2"_s.arg(reasonArea.top()).arg(tableArea.bottom())));
}

void TstForecastPages::shoppingListPdfPages()
{
    RestockPlan plan;
    plan.currency = u"PHP"_s;
    plan.budgetMinor = 100000000;
    for (int i = 0; i < 150; ++i) {
        RestockLine l;
        l.sku = u"SKU-%1"_s.arg(i);
        l.name = u"Product %1"_s.arg(i);
        l.plannedQty = 10 + i;
        l.unitCostMinor = 1000;
        l.costMinor = l.plannedQty * l.unitCostMinor;
        l.priority = i + 1;
        l.reason = u"Runs out in %1 days; covers 30 days of sales."_s.arg(i % 9 + 1);
        plan.spentMinor += l.costMinor;
        plan.lines.push_back(l);
    }
    const QString path = m_dir.filePath(u"long.pdf"_s);
    auto pages = writeShoppingListPdf(plan, path);
    QVERIFY(pages.ok());
    QVERIFY2(*pages >= 2, qPrintable(QString::number(*pages)));
    QCOMPARE(pdfPages(path), *pages);
    // Three times the lines: more than twice the pages.
    const auto lines = plan.lines;
    for (int copy = 0; copy < 2; ++copy)
        plan.lines.insert(plan.lines.end(), lines.begin(), lines.end());
    auto more = writeShoppingListPdf(plan, path);
    QVERIFY(more.ok());
    QCOMPARE(pdfPages(path), *more);
    QVERIFY2(*more >= 2 * *pages && *more <= 3 * *pages, qPrintable(u"%1 vs %2"_s.arg(*more).arg(*pages)));
    plan.lines.resize(3);
    auto one = writeShoppingListPdf(plan, path);
    QVERIFY(one.ok());
    QCOMPARE(*one, 1);
    QCOMPARE(pdfPages(path), 1);
}

void TstForecastPages::marketMatePage()
{
    MarketMatePage page(*m_forecasts, *m_analytics);
    page.resize(1300, 850);
    page.show();
    page.setLanguage(u"en"_s);
    page.setScope(m_scope);
    QVERIFY(waitRefreshed(&page));
    QVERIFY(!page.showsEmptyState());
    QVERIFY(page.suggestions()->rowCount() > 0);
    page.selectSuggestion(0);
    const PromotionSuggestion *s = page.suggestions()->suggestion(0);
    QCOMPARE(page.adText(), s->copy.fullText());
    QVERIFY(page.adText().contains(u'#'));

    QSignalSpy copied(&page, &MarketMatePage::copied);
    page.copyToClipboard();
    QCOMPARE(copied.size(), 1);
    QCOMPARE(QGuiApplication::clipboard()->text(), s->copy.fullText());

    // Campaigns: a draft from the suggestion, then scheduled, then done; saved off the GUI thread.
    QSignalSpy changed(&page, &MarketMatePage::campaignsChanged);
    QSignalSpy failed(&page, &MarketMatePage::campaignFailed);
    const int before = page.campaigns()->rowCount();
    page.saveCampaign(CampaignStatus::Draft);
    QCOMPARE(page.campaigns()->rowCount(), before); // nothing waited for on the GUI thread
    QVERIFY(changed.wait(10000));
    const qint64 created = changed.takeFirst().constFirst().toLongLong();
    QCOMPARE(page.campaigns()->rowCount(), before + 1);
    int row = -1;
    for (int r = 0; r < page.campaigns()->rowCount(); ++r)
        if (page.campaigns()->campaign(r)->id == created)
            row = r;
    QVERIFY(row >= 0);
    QCOMPARE(page.campaigns()->campaign(row)->title, s->copy.title);
    QCOMPARE(page.campaigns()->campaign(row)->status, CampaignStatus::Draft);
    page.setCampaignStatus(row, CampaignStatus::Scheduled);
    QVERIFY(changed.wait(10000));
    QCOMPARE(page.campaigns()->campaign(row)->status, CampaignStatus::Scheduled);
    page.setCampaignStatus(row, CampaignStatus::Done);
    QVERIFY(changed.wait(10000));
    QCOMPARE(page.campaigns()->campaign(row)->status, CampaignStatus::Done);
    const int changes = changed.size();
    page.setCampaignStatus(999, CampaignStatus::Done);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(changed.size(), changes);

    // Another language rewrites the ad copy.
    QSignalSpy again(&page, &MarketMatePage::refreshed);
    page.setLanguage(u"id"_s);
    QVERIFY(again.wait(60000));
    page.selectSuggestion(0);
    QCOMPARE(page.suggestions()->suggestion(0)->copy.language, u"id"_s);
    QCOMPARE(page.adText(), page.suggestions()->suggestion(0)->copy.fullText());

    // The list after a change is the page's own list: a shop the scope's platform leaves out keeps its
    // campaigns out (it once read every picked shop again, platform or not).
    Shop lazada;
    lazada.platform = Platform::Lazada;
    lazada.externalId = u"MM-L1"_s;
    lazada.name = u"Lazada side"_s;
    auto storedLazada = ShopRepository(*m_db).upsert(lazada);
    QVERIFY(storedLazada.ok());
    Campaign elsewhere;
    elsewhere.shopId = storedLazada->id;
    elsewhere.title = u"Elsewhere"_s;
    QVERIFY(m_forecasts->campaigns().create(elsewhere).ok());
    AnalyticsScope shopeeOnly = m_scope;
    shopeeOnly.shopIds.append(storedLazada->id);
    shopeeOnly.platform = Platform::Shopee;
    QSignalSpy scoped(&page, &MarketMatePage::refreshed);
    page.setScope(shopeeOnly);
    QVERIFY(scoped.wait(60000));
    const int listed = page.campaigns()->rowCount();
    QVERIFY(listed > 0);
    changed.clear();
    page.setCampaignStatus(0, CampaignStatus::Scheduled);
    QVERIFY(changed.wait(10000));
    QCOMPARE(page.campaigns()->rowCount(), listed);
    for (int r = 0; r < page.campaigns()->rowCount(); ++r)
        QCOMPARE(page.campaigns()->campaign(r)->shopId, m_shopId);
}

// In a 1024-pixel window (the page about 752 wide) the suggestions shared a row with the ad copy and
// got three fifths of it: in Indonesian 270 pixels for 900 of columns, the discount, dates and price
// behind a scroll bar. There the ad copy goes below, and the columns up to the price are in sight.
void TstForecastPages::marketMateInASmallWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("width");
    QTest::newRow("en 1024") << u"en"_s << 752;
    QTest::newRow("id 1024") << u"id"_s << 752;
    QTest::newRow("id 1280") << u"id"_s << 1008;
}

void TstForecastPages::marketMateInASmallWindow()
{
    QFETCH(QString, language);
    QFETCH(int, width);
    QTranslator translator;
    if (language != u"en"_s) {
        Language::apply(language);
        QVERIFY(translator.load(QStringLiteral(BVA_QM_DIR) + u"/bva_"_s + language + u".qm"_s));
        QCoreApplication::installTranslator(&translator);
    }
    const auto restore = qScopeGuard([&translator] {
        QCoreApplication::removeTranslator(&translator);
        Language::apply(u"en"_s);
    });
    MarketMatePage page(*m_forecasts, *m_analytics);
    page.resize(width, 570);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setLanguage(language);
    page.setScope(m_scope);
    QVERIFY(waitRefreshed(&page));
    QVERIFY(page.suggestions()->rowCount() > 0);
    page.selectSuggestion(0);
    QCoreApplication::processEvents();
    const auto tables = page.findChildren<QTableView *>();
    QVERIFY(!tables.isEmpty());
    QTableView *suggestions = nullptr;
    for (QTableView *t : tables)
        if (t->model()->columnCount() == PromotionModel::ColumnCount)
            suggestions = t;
    QVERIFY(suggestions);
    const QString dir = qEnvironmentVariable("BVA_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        page.grab().save(dir + u"/marketmate-"_s + language + u"-"_s + QString::number(width) + u".png"_s);
    // Every column up to the promo price in sight; the reason (written in full above the ad) may scroll.
    const QHeaderView *h = suggestions->horizontalHeader();
    const int priceEnd =
        h->sectionViewportPosition(PromotionModel::PromoPrice) + h->sectionSize(PromotionModel::PromoPrice);
    QVERIFY2(priceEnd <= suggestions->viewport()->width(),
             qPrintable(u"table %1 wide, columns %2 (%3)"_s.arg(suggestions->viewport()->width())
                            .arg(h->length())
                            .arg(sectionSizes(h))));
    // The ad copy and its buttons whole, wherever they went.
    for (QPushButton *b : page.findChildren<QPushButton *>()) {
        if (!b->isVisibleTo(&page))
            continue;
        QVERIFY2(b->width() >= b->sizeHint().width(),
                 qPrintable(b->text() + u" %1 < %2"_s.arg(b->width()).arg(b->sizeHint().width())));
    }
    auto *scroll = page.findChild<QScrollArea *>();
    QVERIFY(scroll);
    QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
}

// In a 1024x768 window the ad copy goes under the suggestions. There it is as tall as its text: stretched
// to about 190 pixels for five lines, it pushed the campaigns down by blank lines.
void TstForecastPages::marketMateStackedAdCopyFitsItsText()
{
    MarketMatePage page(*m_forecasts, *m_analytics);
    page.resize(792, 714); // the page's part of a 1024x768 window
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setScope(m_scope);
    QVERIFY(waitRefreshed(&page));
    QVERIFY(page.suggestions()->rowCount() > 0);
    page.selectSuggestion(0);
    QCoreApplication::processEvents();
    auto *ad = page.findChild<QPlainTextEdit *>(u"adCopy"_s);
    QVERIFY(ad);
    QVERIFY(!page.adText().isEmpty());
    const QTableView *list = page.findChild<QTableView *>();
    QVERIFY(list);
    QVERIFY2(ad->mapTo(&page, QPoint()).y() > list->mapTo(&page, QPoint()).y() + list->height(),
             "the ad copy is beside the suggestions, not under them");
    qreal lines = 0;
    for (QTextBlock b = ad->document()->begin(); b.isValid(); b = b.next())
        lines += ad->document()->documentLayout()->blockBoundingRect(b).height();
    const int text = int(lines + 2 * ad->document()->documentMargin());
    const int frame = ad->height() - ad->viewport()->height();
    QVERIFY2(ad->viewport()->height() >= text,
             qPrintable(u"%1 px of text in %2"_s.arg(text).arg(ad->height())));
    QVERIFY2(ad->height() - frame <= text + ad->fontMetrics().lineSpacing(),
             qPrintable(u"%1 px of text in %2"_s.arg(text).arg(ad->height())));
    QVERIFY(!ad->verticalScrollBar()->isVisible());
    const QStringList squeezed = test::squeezedWidgets(&page);
    QVERIFY2(squeezed.isEmpty(), qPrintable(squeezed.join(u"; "_s)));
}

void TstForecastPages::dashboardPredictedSales()
{
    // No stored forecast yet (a second shop never refreshed): the chart says so.
    Shop s;
    s.platform = Platform::Lazada;
    s.externalId = u"L2"_s;
    s.name = u"Second"_s;
    auto other = ShopRepository(*m_db).upsert(s);
    QVERIFY(other.ok());
    DashboardPage empty(*m_analytics, m_bus);
    empty.setForecasts(m_forecasts.get());
    AnalyticsScope otherScope;
    otherScope.shopIds = {other->id};
    QSignalSpy emptyDone(&empty, &DashboardPage::refreshed);
    empty.setScope(otherScope);
    QVERIFY(emptyDone.wait(60000));
    QVERIFY(empty.predictedChart()->showsEmptyState());

    QVERIFY(m_forecasts->refreshShop(m_shopId).ok());
    DashboardPage page(*m_analytics, m_bus);
    page.setForecasts(m_forecasts.get());
    QSignalSpy done(&page, &DashboardPage::refreshed);
    page.setScope(m_scope);
    QVERIFY(done.wait(60000));
    QVERIFY(!page.predictedChart()->showsEmptyState());
    auto expected = m_forecasts->predictedSales(m_shopId);
    QVERIFY(expected.ok());
    QCOMPARE(page.predictedChart()->days().size(), expected->size());
    QCOMPARE(page.predictedChart()->days().size(), 28);
    for (int i = 0; i < expected->size(); ++i) {
        const PredictedSalesDay &d = page.predictedChart()->days().at(i);
        QCOMPARE(d.day, expected->at(i).day);
        QCOMPARE(d.units, expected->at(i).units);
        QCOMPARE(d.revenueMinor, expected->at(i).revenueMinor);
        QVERIFY(d.lower <= d.units && d.units <= d.upper);
    }

    // Two shops add up per day; the intervals add in quadrature.
    const auto sum = addPredictedDays({*expected, *expected});
    QCOMPARE(sum.size(), expected->size());
    QCOMPARE(sum.first().units, 2 * expected->first().units);
    const double hw = expected->first().upper - expected->first().units;
    QVERIFY(qAbs((sum.first().upper - sum.first().units) - std::sqrt(2.0) * hw) < 1e-6);
}

void TstForecastPages::busyGlobalPoolDoesNotDeadlock()
{
    // The pages compute in the global pool and the engine maps products in parallel: with every
    // global thread taken by a page, the per-product work must still find threads.
    QThreadPool *global = QThreadPool::globalInstance();
    const int before = global->maxThreadCount();
    global->setMaxThreadCount(1);
    auto restore = qScopeGuard([&] { global->setMaxThreadCount(before); });
    SmartShelfPage shelf(*m_forecasts, *m_analytics);
    shelf.setScope(m_scope);
    QVERIFY(waitRefreshed(&shelf));
    QCOMPARE(shelf.model()->rowCount(), 6);
}

void TstForecastPages::bellShowsCriticalRisks()
{
    MemoryVault vault;
    auto auth = AuthService::create(*m_db, vault, {PasswordHasher::Strength::Minimal});
    QVERIFY(auth.ok());
    auto user = (*auth)->registerAndSignIn(u"bell@example.com"_s, u"correct horse battery"_s, u"Bell"_s);
    QVERIFY(user.ok());
    Shop s;
    s.platform = Platform::Shopee;
    s.externalId = u"S3"_s;
    s.name = u"Bell Shop"_s;
    auto shop = ShopRepository(*m_db).upsert(s);
    QVERIFY(shop.ok());
    QVERIFY(ShopRepository(*m_db).grantAccess(user->user.id, shop->id, ShopRole::Admin).ok());
    QVERIFY(test::seedForecastShop(*m_db, shop->id, u"B"_s));

    UiServices ui;
    ui.db = m_db.get();
    ui.bus = &m_bus;
    ui.vault = &vault;
    ui.auth = auth->get();
    ui.analytics = m_analytics.get();
    ui.forecasts = m_forecasts.get();
    UserSession session(ui);
    session.start(user->user, user->token);
    QTRY_VERIFY(session.shop(shop->id));
    NotificationCenter center(ui, &session);
    QAbstractItemModelTester tester(center.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy added(&center, &NotificationCenter::notificationsAdded);

    // A refresh after a sync (in the background, as AppServices does it) finds three critical products.
    m_forecasts->refreshShopInBackground(shop->id);
    QVERIFY(added.wait(60000));
    QCOMPARE(added.first().first().toInt(), 3);
    QTRY_COMPARE(center.unreadCount(), 3);
    QTRY_COMPARE(center.model()->rowCount(), 3);
    // Nothing changed: the next refresh stays quiet.
    QSignalSpy updated(m_forecasts.get(), &ForecastService::forecastsUpdated);
    m_forecasts->refreshShopInBackground(shop->id);
    QVERIFY(updated.wait(60000));
    QTest::qWait(200);
    QCOMPARE(added.size(), 1);
    QCOMPARE(center.unreadCount(), 3);
}

QTEST_MAIN(TstForecastPages)
#include "tst_forecastpages.moc"
