// Restock Planner: budget (in the shop currency), goal, horizon, supplier lead time, service level,
// payday and mega-sale toggles → a plan per product with the budget spent by the optimiser, its
// warnings and a budget bar; the shopping list exported to CSV or PDF, or printed.
#pragma once

#include "analytics/analyticsscope.h"
#include "analytics/forecast/restockplanner.h"
#include "shell/latestload.h"
#include "util/result.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace bva {
class AnalyticsService;
namespace forecast {
class ForecastService;
}
} // namespace bva

namespace bva::ui {

class RestockPlanModel;

class RestockPage final : public QWidget
{
    Q_OBJECT
public:
    RestockPage(forecast::ForecastService &forecasts, AnalyticsService &analytics, QWidget *parent = nullptr);
    ~RestockPage() override;

    RestockPlanModel *model() const { return m_model; }
    bool isBusy() const { return m_load.isRunning(); }
    bool showsEmptyState() const;
    QString currency() const { return m_currency; }
    // The form's values; an error names the field that is wrong.
    Result<forecast::RestockSettings> settings() const;
    // Fills the form (budget as the seller types it, in the shop currency).
    void setInputs(const QString &budget, forecast::RestockGoal goal, int horizonDays, int leadTimeDays,
                   double serviceLevel, bool payday, bool megaSale);
    QString warningsText() const;
    int budgetUsedPercent() const;

    Result<void> exportCsv(const QString &path) const;
    Result<int> exportPdf(const QString &path) const;

public slots:
    void setScope(const bva::AnalyticsScope &scope);
    void refresh();

signals:
    void refreshed();
    void failed(const QString &message);
    void connectShopRequested();

private:
    struct Outcome
    {
        std::optional<forecast::RestockPlan> plan;
        QString currency;
        bool hasShops = false;
        QString error;
    };
    QFuture<Outcome> startLoad();
    void onFinished(const Outcome &o);
    void chooseCsv();
    void showSaved(const QString &path);
    void choosePdf();
    void print();

    forecast::ForecastService &m_forecasts;
    AnalyticsService &m_analytics;
    AnalyticsScope m_scope;
    QString m_currency = QStringLiteral("PHP");
    LatestLoad<Outcome> m_load;
    bool m_hasPlan = false;

    QStackedWidget *m_stack;
    QLabel *m_status;
    QLineEdit *m_budget;
    QLabel *m_currencyLabel;
    QComboBox *m_goal;
    QSpinBox *m_horizon;
    QSpinBox *m_lead;
    QSpinBox *m_service;
    QCheckBox *m_payday;
    QCheckBox *m_megaSale;
    QPushButton *m_plan;
    QProgressBar *m_budgetBar;
    QLabel *m_totals;
    QLabel *m_warnings;
    QPushButton *m_csv;
    QPushButton *m_pdf;
    QPushButton *m_print;
    RestockPlanModel *m_model;
    QTableView *m_table;
    QLabel *m_reason = nullptr;
};

} // namespace bva::ui
