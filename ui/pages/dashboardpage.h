// Dashboard: KPI tiles with deltas, revenue and profit chart, platform breakdown, top products,
// stock alerts and recent orders for the shell's scope. Recomputed off the GUI thread, and again
// (debounced) whenever the event bus says a shop in scope changed, updating in place.
#pragma once

#include "analytics/analyticsscope.h"
#include "analytics/analyticstypes.h"
#include "analytics/forecast/forecastservice.h"
#include "shell/latestload.h"

#include <QHash>
#include <QWidget>
#include <optional>
#include <utility>

class QBoxLayout;
class QComboBox;
class QGridLayout;
class QLabel;
class QTimer;
class QStackedWidget;
class QTableView;

namespace bva {
class AnalyticsService;
class EventBus;
} // namespace bva

namespace bva::ui {

class CurrencySummary;
class DashboardTile;
class PredictedSalesChart;
class OrderTableModel;
class ProductTableModel;
class ReportChartView;
class ReportTableModel;
class SeriesChartView;
class SeriesTableModel;

class DashboardPage final : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(AnalyticsService &service, EventBus &bus, QWidget *parent = nullptr);
    ~DashboardPage() override;

    const AnalyticsScope &scope() const { return m_scope; }
    const std::optional<Dashboard> &dashboard() const { return m_dashboard; }
    bool isBusy() const { return m_load.isRunning(); }
    DashboardTile *tile(int i) const { return m_tiles.value(i); }
    // Each currency side by side (and the converted total) when the scope has several.
    CurrencySummary *currencySummary() const { return m_summary; }
    QString currency() const { return m_currency; }
    // The predicted-sales chart reads the stored forecasts; without a service it stays empty.
    void setForecasts(forecast::ForecastService *forecasts);
    // The signed-in account, whose exchange rates give the converted total (0: none).
    void setAccount(qint64 userId);
    PredictedSalesChart *predictedChart() const { return m_predicted; }
    QTableView *platformTable() const { return m_platformTable; }
    // What the revenue chart draws, and what it leaves out (the unfinished period, in words).
    const SeriesTableModel *chartSeries() const { return m_seriesModel; }
    QLabel *unfinishedPeriod() const { return m_unfinished; }

    static constexpr int kDebounceMs = kLoadDebounceMs;

public slots:
    void setScope(const bva::AnalyticsScope &scope);
    void refresh();

signals:
    void refreshed(); // new figures are on screen
    void failed(const QString &message);
    void connectShopRequested();   // the empty state's button: open Settings → Integrations
    void exchangeRatesRequested(); // open Settings → Exchange rates

private:
    struct Outcome
    {
        std::optional<Dashboard> dashboard;
        // Predicted sales per currency (shops in one currency added together).
        QHash<QString, QList<forecast::PredictedSalesDay>> predicted;
        ExchangeRates rates;
        QString error;
    };
    void onStoreChanged(qint64 shopId);
    QFuture<Outcome> startLoad();
    void onFinished(const Outcome &o);
    void apply();
    void showCurrency(const QString &currency);
    void layOutTiles();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    AnalyticsService &m_service;
    forecast::ForecastService *m_forecasts = nullptr;
    QHash<QString, QList<forecast::PredictedSalesDay>> m_predictedByCurrency;
    AnalyticsScope m_scope;
    std::optional<Dashboard> m_dashboard;
    ExchangeRates m_rates;
    qint64 m_userId = 0;
    QString m_currency;
    LatestLoad<Outcome> m_load;

    QStackedWidget *m_stack;
    QLabel *m_rangeLabel;
    QLabel *m_status;
    QComboBox *m_currencyBox;
    CurrencySummary *m_summary = nullptr;
    QList<DashboardTile *> m_tiles;
    QGridLayout *m_tileGrid = nullptr;
    int m_tileColumns = 0;
    QList<std::pair<QBoxLayout *, QList<int>>> m_cardRows; // rows of cards side by side, their stretches
    SeriesTableModel *m_seriesModel;
    SeriesChartView *m_chart;
    QTimer *m_dayTurns;   // reloads at the shops' midnight: today's figures become a finished day
    QLabel *m_unfinished; // today's (this week's, month's) figures so far, left out of the chart's line
    PredictedSalesChart *m_predicted;
    ReportTableModel *m_platformModel;
    ReportTableModel *m_platformChartModel;
    ReportChartView *m_platformChart;
    QTableView *m_platformTable;
    ProductTableModel *m_topModel;
    ProductTableModel *m_alertModel;
    OrderTableModel *m_recentModel;
    QLabel *m_noActivity;
};

} // namespace bva::ui
