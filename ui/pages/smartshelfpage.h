// SmartShelf: every product of the scope scored for inventory risk, with its risk kinds, the
// recommended action and the reasoning in words; a filter by risk and the expired-items list.
// Computed off the GUI thread; recomputed when the shell's scope changes or forecasts refresh.
#pragma once

#include "analytics/analyticsscope.h"
#include "analytics/forecast/smartshelf.h"
#include "shell/latestload.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace bva {
class AnalyticsService;
namespace forecast {
class ForecastService;
}
} // namespace bva

namespace bva::ui {

class ShelfFilterProxy;
class ShelfTableModel;

class SmartShelfPage final : public QWidget
{
    Q_OBJECT
public:
    SmartShelfPage(forecast::ForecastService &forecasts, AnalyticsService &analytics,
                   QWidget *parent = nullptr);
    ~SmartShelfPage() override;

    ShelfTableModel *model() const { return m_model; }
    ShelfTableModel *expiredModel() const { return m_expiredModel; }
    ShelfFilterProxy *proxy() const { return m_proxy; }
    bool isBusy() const { return m_load.isRunning(); }
    bool showsEmptyState() const;
    // Index into the filter box: 0 all, 1 at risk, then one per risk kind.
    void setFilterIndex(int index);

public slots:
    void setScope(const bva::AnalyticsScope &scope);
    void refresh();

signals:
    void refreshed();
    void connectShopRequested();

private:
    struct Outcome
    {
        forecast::ShelfReport report;
        QHash<qint64, QString> shopNames;
        bool hasShops = false;
        QString error;
    };
    QFuture<Outcome> startLoad();
    void onFinished(const Outcome &o);
    void showDetails();

    forecast::ForecastService &m_forecasts;
    AnalyticsService &m_analytics;
    AnalyticsScope m_scope;
    LatestLoad<Outcome> m_load;

    QStackedWidget *m_stack;
    QLabel *m_summary;
    QLabel *m_status;
    QComboBox *m_filter;
    ShelfTableModel *m_model;
    ShelfFilterProxy *m_proxy;
    ShelfTableModel *m_expiredModel;
    QTableView *m_table;
    QTableView *m_expiredTable;
    QLabel *m_details;
    QLabel *m_noExpired;
};

} // namespace bva::ui
