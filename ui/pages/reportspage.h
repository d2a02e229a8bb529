// Reports: Sales Summary, Profit Analysis, Stock Turnover and Platform Comparison for the scope's
// range, each as charts and tables, exported to CSV or PDF (with the charts) and printed.
#pragma once

#include "analytics/analyticsscope.h"
#include "analytics/report.h"
#include "shell/latestload.h"
#include "util/result.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabBar;
class QTableView;

namespace bva {
class AnalyticsService;
class EventBus;
} // namespace bva

namespace bva::ui {

class ReportChartView;
class ReportTableModel;

class ReportsPage final : public QWidget
{
    Q_OBJECT
public:
    // `bus`: orders stored by sync or webhooks make the report on screen (or the next one shown) current.
    ReportsPage(AnalyticsService &service, EventBus &bus, QWidget *parent = nullptr);
    ~ReportsPage() override;

    ReportKind kind() const { return m_kind; }
    const std::optional<Report> &report() const { return m_report; }
    ReportTableModel *tableModel(int i) const { return m_models.value(i); }

    // The signed-in account: its exchange rates add the Sales Summary's converted total (0: none).
    void setAccount(qint64 userId);

    Result<void> exportCsv(const QString &path) const;
    Result<int> exportPdf(const QString &path) const;

public slots:
    void setScope(const bva::AnalyticsScope &scope);
    void setKind(bva::ReportKind kind);
    void refresh();

signals:
    void refreshed();
    void connectShopRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Outcome
    {
        std::optional<Report> report;
        bool hasShops = false;
        QString error;
    };
    QFuture<Outcome> startLoad();
    void onFinished(const Outcome &o);
    void chooseCsv();
    void choosePdf();
    void print();
    void showSaved(const QString &path);
    void onStoreChanged(qint64 shopId);

    AnalyticsService &m_service;
    AnalyticsScope m_scope;
    qint64 m_userId = 0;
    ReportKind m_kind = ReportKind::SalesSummary;
    std::optional<Report> m_report;
    LatestLoad<Outcome> m_load;
    bool m_stale = false; // orders changed while the page was hidden

    QStackedWidget *m_stack;
    QTabBar *m_tabs;
    QComboBox *m_granularity;
    QPushButton *m_csv;
    QPushButton *m_pdf;
    QPushButton *m_print;
    QLabel *m_subtitle;
    QLabel *m_note;
    QLabel *m_saved; // which file the last export wrote (its path in the tooltip)
    QList<QWidget *> m_cards;
    QList<QLabel *> m_titles;
    QList<ReportTableModel *> m_models;
    QList<ReportChartView *> m_charts;
    QList<QTableView *> m_views;
};

} // namespace bva::ui
