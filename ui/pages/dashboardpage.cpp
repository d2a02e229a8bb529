#include "dashboardpage.h"

#include "analytics/analyticsservice.h"
#include "analytics/forecast/forecastservice.h"
#include "analytics/reportbuilder.h"
#include "charts/charttheme.h"
#include "charts/pagekit.h"
#include "charts/reportchartview.h"
#include "charts/serieschartview.h"
#include "currencysummary.h"
#include "dashboardtile.h"
#include "domain/eventbus.h"
#include "models/displayformat.h"
#include "models/ordertablemodel.h"
#include "models/producttablemodel.h"
#include "models/reporttablemodel.h"
#include "models/seriestablemodel.h"
#include "predictedsaleschart.h"
#include "theme/format.h"
#include "util/clock.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QtConcurrent>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace bva::ui {

namespace {

enum Tile { RevenueTile, OrdersTile, UnitsTile, AovTile, ProfitTile, LossesTile, TileCount };
// Columns of ReportBuilder::platformComparison's table: name, currency, orders, units, revenue, ...
constexpr int kPlatformCurrencyColumn = 1;

QTableView *compactTable(QAbstractItemModel *model, QWidget *parent, const QList<int> &visibleColumns)
{
    auto *view = new QTableView(parent);
    styleTable(view);
    view->setModel(model);
    // Report tables get their columns only with data: (re)apply the layout after every reset.
    auto layout = [view, model, visibleColumns]() {
        for (int c = 0; c < model->columnCount(); ++c)
            view->setColumnHidden(c, !visibleColumns.contains(c));
        if (model->columnCount() == 0)
            return;
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        if (visibleColumns.first() < model->columnCount())
            view->horizontalHeader()->setSectionResizeMode(visibleColumns.first(), QHeaderView::Stretch);
    };
    layout();
    QObject::connect(model, &QAbstractItemModel::modelReset, view, layout);
    view->setMinimumHeight(200);
    return view;
}

// A short table as tall as its rows (up to maxRows; more scroll), so a third platform or a second
// currency is not hidden behind a scroll bar in a card that has room.
void fitHeightToRows(QTableView *view, int maxRows)
{
    auto fit = [view, maxRows] {
        const int rows = std::clamp(view->model()->rowCount(), 2, maxRows);
        view->setFixedHeight(view->horizontalHeader()->sizeHint().height() +
                             rows * view->verticalHeader()->defaultSectionSize() + 2 * view->frameWidth());
    };
    fit();
    QObject::connect(view->model(), &QAbstractItemModel::modelReset, view, fit);
}

QString unfinishedText(const KpiTotals &soFar, Granularity g, const QString &currency)
{
    const QString period = g == Granularity::Day    ? DashboardPage::tr("Today so far")
                           : g == Granularity::Week ? DashboardPage::tr("This week so far")
                                                    : DashboardPage::tr("This month so far");
    return DashboardPage::tr("%1: %Ln order(s), %2 revenue. The line leaves it out until it is over.",
                             nullptr, int(soFar.orders))
        .arg(period, formatMoney(soFar.revenueMinor, currency));
}

} // namespace

DashboardPage::DashboardPage(AnalyticsService &service, EventBus &bus, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_stack(new QStackedWidget(this))
    , m_rangeLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_currencyBox(new QComboBox(this))
    , m_seriesModel(new SeriesTableModel(this))
    , m_platformModel(new ReportTableModel(this))
    , m_platformChartModel(new ReportTableModel(this))
    , m_topModel(new ProductTableModel(this))
    , m_alertModel(new ProductTableModel(this))
    , m_recentModel(new OrderTableModel(this))
{
    setStyleSheet(analyticsStyleSheet());
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    // Header: title, range, currency (only when shops use more than one).
    auto *header = new QHBoxLayout();
    header->setContentsMargins(20, 16, 20, 4);
    header->addWidget(makePageTitle(tr("Dashboard"), this));
    header->addSpacing(12);
    m_rangeLabel->setObjectName(u"rangeLabel"_s);
    m_rangeLabel->setTextFormat(Qt::PlainText); // names a shop's time zone
    // It may not fit beside the title in a small window (Filipino, several time zones): it wraps.
    m_rangeLabel->setWordWrap(true);
    header->addWidget(m_rangeLabel, 1);
    header->addWidget(m_status);
    m_currencyBox->setToolTip(
        tr("Shops in different currencies are shown separately, never added together."));
    m_currencyBox->setVisible(false);
    header->addWidget(m_currencyBox);
    outer->addLayout(header);
    outer->addWidget(m_stack, 1);

    QPushButton *connectButton = nullptr;
    m_stack->addWidget(
        makeEmptyState(tr("No shops to show yet"),
                       tr("Connect a shop in Settings → Integrations. Its orders and products appear "
                          "here as soon as the first sync finishes."),
                       this, &connectButton, tr("Open Integrations")));
    connect(connectButton, &QPushButton::clicked, this, &DashboardPage::connectShopRequested);

    QVBoxLayout *grid = addScrollPage(m_stack);
    QWidget *content = grid->parentWidget();
    grid->setContentsMargins(20, 8, 20, 20); // the outer layout has none on this page

    m_noActivity = new QLabel(
        tr("No orders in this period. Pick a longer range above, or wait for the next sync."), content);
    m_noActivity->setWordWrap(true);
    m_noActivity->setVisible(false);
    grid->addWidget(m_noActivity);

    m_summary = new CurrencySummary(content);
    grid->addWidget(m_summary);
    connect(m_summary, &CurrencySummary::currencyChosen, this,
            [this](const QString &c) { m_currencyBox->setCurrentText(c); });
    connect(m_summary, &CurrencySummary::ratesRequested, this, &DashboardPage::exchangeRatesRequested);

    m_tileGrid = new QGridLayout();
    m_tileGrid->setSpacing(12);
    const QStringList captions = {tr("Revenue"),          tr("Orders"),       tr("Units sold"),
                                  tr("Avg. order value"), tr("Gross profit"), tr("Cancelled & returned")};
    for (int i = 0; i < TileCount; ++i)
        m_tiles.append(new DashboardTile(captions.at(i), content));
    m_tiles[OrdersTile]->setToolTip(tr(
        "Orders placed in the period that were not cancelled, failed, returned or refunded, as in Reports. "
        "Those are on the Cancelled & returned tile."));
    grid->addLayout(m_tileGrid);

    auto *charts = new QBoxLayout(QBoxLayout::LeftToRight);
    charts->setSpacing(14);
    QVBoxLayout *body = nullptr;
    QFrame *trend = makeCard(tr("Revenue and gross profit"), &body, content);
    m_chart = new SeriesChartView(
        m_seriesModel,
        {{SeriesTableModel::Revenue, tr("Revenue"), colors::revenue(), true},
         {SeriesTableModel::Profit, tr("Gross profit (known costs)"), colors::profit(), false}},
        trend);
    m_chart->setMinimumHeight(260);
    body->addWidget(m_chart);
    m_dayTurns = new QTimer(this);
    m_dayTurns->setSingleShot(true);
    connect(m_dayTurns, &QTimer::timeout, this, &DashboardPage::refresh);
    m_unfinished = new QLabel(trend);
    m_unfinished->setObjectName(u"muted"_s);
    m_unfinished->setWordWrap(true);
    m_unfinished->setVisible(false);
    body->addWidget(m_unfinished);
    charts->addWidget(trend, 3);
    QFrame *platforms = makeCard(tr("By platform"), &body, content);
    // The chart draws one currency (the one shown above): amounts of two currencies on one axis would
    // compare pesos with rupiah. The table lists every platform in its own currency.
    m_platformChart = new ReportChartView(m_platformChartModel, platforms);
    m_platformChart->setMinimumHeight(180);
    body->addWidget(m_platformChart);
    m_platformTable = compactTable(m_platformModel, platforms, {0, 2, 4});
    fitHeightToRows(m_platformTable, 6);
    body->addWidget(m_platformTable);
    charts->addWidget(platforms, 2);
    grid->addLayout(charts);

    QFrame *predicted = makeCard(tr("Predicted sales"), &body, content);
    m_predicted = new PredictedSalesChart(predicted);
    m_predicted->setMinimumHeight(240);
    body->addWidget(m_predicted);
    grid->addWidget(predicted);

    auto *lists = new QBoxLayout(QBoxLayout::LeftToRight);
    lists->setSpacing(14);
    QFrame *top = makeCard(tr("Top products"), &body, content);
    body->addWidget(compactTable(m_topModel, top,
                                 {ProductTableModel::Name, ProductTableModel::Shop,
                                  ProductTableModel::UnitsSold, ProductTableModel::Revenue}));
    lists->addWidget(top, 1);
    QFrame *alerts = makeCard(tr("Stock alerts"), &body, content);
    body->addWidget(compactTable(m_alertModel, alerts,
                                 {ProductTableModel::Name, ProductTableModel::Shop, ProductTableModel::Stock,
                                  ProductTableModel::State, ProductTableModel::DaysOfInventory}));
    lists->addWidget(alerts, 1);
    grid->addLayout(lists);
    m_cardRows = {{charts, {3, 2}}, {lists, {1, 1}}};

    QFrame *recent = makeCard(tr("Recent orders"), &body, content);
    body->addWidget(
        compactTable(m_recentModel, recent,
                     {OrderTableModel::OrderId, OrderTableModel::Placed, OrderTableModel::Shop,
                      OrderTableModel::Customer, OrderTableModel::Status, OrderTableModel::Total}));
    grid->addWidget(recent);
    grid->addStretch();

    // Every result is shown, even one a newer run replaces: figures appear as they come.
    m_load.bind(
        this, [this] { return startLoad(); }, [this](const Outcome &o) { onFinished(o); },
        LatestLoad<Outcome>::Results::Every);
    connect(m_currencyBox, &QComboBox::currentTextChanged, this, [this](const QString &c) {
        if (!c.isEmpty() && c != m_currency)
            showCurrency(c);
    });
    connect(&service, &AnalyticsService::exchangeRatesChanged, this, [this](qint64 userId) {
        if (userId == m_userId)
            m_load.soon();
    });
    connect(&bus, &EventBus::dashboardChanged, this, &DashboardPage::onStoreChanged);
    connect(&bus, &EventBus::orderChanged, this, [this](qint64 shopId) { onStoreChanged(shopId); });
    connect(&bus, &EventBus::orderStatusChanged, this, [this](qint64 shopId) { onStoreChanged(shopId); });
    connect(&bus, &EventBus::inventoryChanged, this, [this](qint64 shopId) { onStoreChanged(shopId); });
    connect(&bus, &EventBus::productChanged, this, [this](qint64 shopId) { onStoreChanged(shopId); });
    layOutTiles();
    m_stack->setCurrentIndex(0);
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::layOutTiles()
{
    // Six tiles in a row need about 1,100 pixels; a narrower window (1024 wide) gets two rows of three,
    // and the cards that stand side by side go one under the other: beside the trend chart "By platform"
    // had 295 pixels, its revenue column cut off behind a scroll bar, and "Stock alerts" lost its days.
    const int columns = width() >= 1100 ? TileCount : TileCount / 2;
    if (columns == m_tileColumns)
        return;
    m_tileColumns = columns;
    const bool sideBySide = columns == TileCount;
    for (const auto &[row, stretches] : std::as_const(m_cardRows)) {
        row->setDirection(sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
        for (int i = 0; i < stretches.size(); ++i)
            row->setStretch(i, sideBySide ? stretches.at(i) : 0); // one under the other: as tall as they need
    }
    for (DashboardTile *t : std::as_const(m_tiles))
        m_tileGrid->removeWidget(t);
    for (int i = 0; i < TileCount; ++i) {
        m_tileGrid->setColumnStretch(i, i < columns ? 1 : 0);
        m_tileGrid->addWidget(m_tiles.at(i), i / columns, i % columns);
    }
}

void DashboardPage::resizeEvent(QResizeEvent *event)
{
    layOutTiles();
    QWidget::resizeEvent(event);
}

void DashboardPage::setForecasts(forecast::ForecastService *forecasts)
{
    m_forecasts = forecasts;
    if (forecasts)
        connect(forecasts, &forecast::ForecastService::forecastsUpdated, this,
                &DashboardPage::onStoreChanged);
}

void DashboardPage::setAccount(qint64 userId)
{
    m_userId = userId;
}

void DashboardPage::setScope(const AnalyticsScope &scope)
{
    m_scope = scope;
    refresh();
}

void DashboardPage::onStoreChanged(qint64 shopId)
{
    if (m_scope.shopIds.contains(shopId))
        m_load.soon();
}

void DashboardPage::refresh()
{
    m_load.now();
}

QFuture<DashboardPage::Outcome> DashboardPage::startLoad()
{
    m_status->setText(tr("Updating…"));
    AnalyticsService *service = &m_service;
    forecast::ForecastService *forecasts = m_forecasts;
    const AnalyticsScope scope = m_scope;
    const qint64 userId = m_userId;
    return QtConcurrent::run([service, forecasts, scope, userId]() {
        Outcome o;
        // Without them the figures still show, each currency on its own.
        if (auto rates = userId > 0 ? service->exchangeRates(userId) : Result<ExchangeRates>(ExchangeRates{}))
            o.rates = *rates;
        auto d = service->dashboard(scope);
        if (d)
            o.dashboard = std::move(*d);
        else
            o.error = d.error().message;
        auto shops = forecasts ? service->shops(scope) : Result<QList<Shop>>(QList<Shop>{});
        if (shops) {
            QHash<QString, QList<QList<forecast::PredictedSalesDay>>> perCurrency;
            for (const Shop &s : std::as_const(*shops))
                if (auto days = forecasts->predictedSales(s.id); days && !days->isEmpty())
                    perCurrency[s.currency].append(*days);
            for (auto it = perCurrency.cbegin(); it != perCurrency.cend(); ++it)
                o.predicted.insert(it.key(), addPredictedDays(it.value()));
        }
        return o;
    });
}

void DashboardPage::onFinished(const Outcome &o)
{
    if (!o.dashboard) {
        if (m_load.isReplaced())
            return; // the newer run reports instead
        m_status->setText(tr("Could not load the figures: %1").arg(o.error));
        emit failed(o.error);
        return;
    }
    m_status->clear();
    m_dashboard = o.dashboard;
    if (m_dashboard->todayEndsAt.isValid())
        m_dayTurns->start(int(std::clamp<qint64>(Clock::nowUtc().msecsTo(m_dashboard->todayEndsAt) + 1000, 0,
                                                 24 * 3600 * 1000)));
    m_rates = o.rates;
    m_predictedByCurrency = o.predicted;
    apply();
    layOutNow();
    emit refreshed();
}

void DashboardPage::apply()
{
    const Dashboard &d = *m_dashboard;
    if (!d.hasShops()) {
        m_stack->setCurrentIndex(0);
        m_rangeLabel->clear();
        return;
    }
    m_stack->setCurrentIndex(1);
    const QLocale locale;
    QString range = tr("%1 – %2, compared with %3 – %4")
                        .arg(locale.toString(d.range.from, QLocale::ShortFormat),
                             locale.toString(d.range.to, QLocale::ShortFormat),
                             locale.toString(d.previousRange.from, QLocale::ShortFormat),
                             locale.toString(d.previousRange.to, QLocale::ShortFormat));
    // Shops on different clocks: each counts its own days, but "today" is the first shop's date; say so.
    if (d.daysDifferByShop)
        range = tr("%1 (today is the date in %2)").arg(range, Format::zonePlace(d.dayTimeZone));
    m_rangeLabel->setText(range);
    m_rangeLabel->setToolTip(
        d.daysDifferByShop
            ? plainToolTip(
                  tr("The shops in view are in different time zones. Each shop's figures are for its own days, "
                     "midnight to midnight on its clock; today is the date in %1, the first shop's time zone. "
                     "Pick one shop to see its own today.")
                      .arg(Format::zonePlace(d.dayTimeZone)))
            : QString());
    QStringList currencies;
    for (const CurrencyKpis &k : d.kpis)
        currencies.append(k.currency);
    {
        const QSignalBlocker block(m_currencyBox);
        m_currencyBox->clear();
        m_currencyBox->addItems(currencies);
        m_currencyBox->setVisible(currencies.size() > 1);
    }
    m_summary->setFigures(d.kpis, m_rates);
    QString c = currencies.contains(m_currency) ? m_currency : currencies.value(0);
    m_currencyBox->setCurrentText(c);
    showCurrency(c);

    m_noActivity->setVisible(!d.hasActivity());
    ReportBuilder builder(d.range, Granularity::Day);
    m_platformModel->setTable(builder.platformComparison(d.byPlatform, {}).tables.first());
    // One row per platform and currency (pesos and rupiah are never added): with several currencies each
    // row says its own, else Lazada in PHP and Lazada in IDR read as the same platform twice.
    QSet<QString> platformCurrencies;
    for (const BreakdownRow &b : d.byPlatform)
        platformCurrencies.insert(b.currency);
    m_platformTable->setColumnHidden(kPlatformCurrencyColumn, platformCurrencies.size() < 2);
    m_topModel->setProducts(d.topProducts);
    QList<ProductStats> alerts;
    for (const StockAlert &a : d.stockAlerts)
        alerts.append(a.product);
    m_alertModel->setProducts(alerts);
    m_recentModel->setOrders(d.recentOrders);
}

void DashboardPage::showCurrency(const QString &currency)
{
    m_currency = currency;
    if (!m_dashboard)
        return;
    const Dashboard &d = *m_dashboard;
    for (int i = 0; i < d.kpis.size(); ++i) {
        if (d.kpis.at(i).currency != currency)
            continue;
        const KpiTotals &now = d.kpis.at(i).current;
        const KpiTotals &before = d.kpis.at(i).previous;
        m_tiles[RevenueTile]->setFigure(formatMoney(now.revenueMinor, currency),
                                        percentChange(now.revenueMinor, before.revenueMinor));
        // The marketplace counts every order placed; a seller comparing must see what this leaves out.
        const qint64 lost = now.cancelledOrders + now.returnedOrders;
        m_tiles[OrdersTile]->setFigure(
            formatCount(now.orders), percentChange(now.orders, before.orders),
            lost > 0 ? tr("Not counting %Ln cancelled or returned (%1 placed in all)", nullptr, int(lost))
                           .arg(formatCount(now.orders + lost))
                     : tr("Cancelled and returned orders are not counted"));
        m_tiles[UnitsTile]->setFigure(formatCount(now.units), percentChange(now.units, before.units));
        m_tiles[AovTile]->setFigure(formatMoney(now.aovMinor(), currency),
                                    percentChange(now.aovMinor(), before.aovMinor()));
        QString note = tr("Margin %1").arg(formatPercent(now.marginPercent()));
        if (now.unknownCostRevenueMinor > 0)
            note +=
                u" · "_s +
                tr("%1 of revenue has no cost yet").arg(formatMoney(now.unknownCostRevenueMinor, currency));
        m_tiles[ProfitTile]->setFigure(now.knownCostRevenueMinor() > 0 || now.revenueMinor == 0
                                           ? formatMoney(now.profitMinor, currency)
                                           : unknownText(),
                                       percentChange(now.profitMinor, before.profitMinor), note);
        m_tiles[LossesTile]->setFigure(
            formatCount(now.cancelledOrders + now.returnedOrders),
            percentChange(now.cancelledOrders + now.returnedOrders,
                          before.cancelledOrders + before.returnedOrders),
            tr("%1 cancelled (%2) · %3 returned (%4)")
                .arg(formatCount(now.cancelledOrders), formatMoney(now.cancelledMinor, currency),
                     formatCount(now.returnedOrders), formatMoney(now.returnedMinor, currency)),
            false);
    }
    m_unfinished->setVisible(false);
    for (const CurrencySeries &s : d.series) {
        if (s.currency != currency)
            continue;
        // The period that holds today (on the shops' clock) is not over: in the line it read as a drop
        // toward zero. It is left out and said in words below the chart (a range of one period keeps it:
        // one point draws no line).
        QList<SeriesPoint> points = s.points;
        if (points.size() > 1 && d.today.isValid() && points.last().period <= d.today &&
            d.today < nextPeriod(points.last().period, s.granularity)) {
            const SeriesPoint now = points.takeLast();
            m_unfinished->setText(unfinishedText(now.totals, s.granularity, currency));
            m_unfinished->setVisible(true);
        }
        m_seriesModel->setSeries(currency, points);
    }
    QList<BreakdownRow> platforms;
    for (const BreakdownRow &b : d.byPlatform) {
        if (b.currency == currency)
            platforms.append(b);
    }
    m_platformChartModel->setTable(
        ReportBuilder(d.range, Granularity::Day).platformComparison(platforms, {}).tables.first());
    // A scope without orders has no KPI currency yet; its forecasts still have one.
    const QString predicted = m_predictedByCurrency.contains(currency) || m_predictedByCurrency.size() != 1
                                  ? currency
                                  : m_predictedByCurrency.constBegin().key();
    m_predicted->setDays(m_predictedByCurrency.value(predicted), predicted);
}

} // namespace bva::ui
