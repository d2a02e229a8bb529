// Orders: server-side paged table (the store can hold millions) filtered by platform, shop, status
// and search, within the scope's days; a detail pane shows the order's lines and status history.
#pragma once

#include "analytics/analyticsscope.h"
#include "analytics/analyticsservice.h"
#include "shell/latestload.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace bva {
class EventBus;
}

namespace bva::ui {

class ElidingComboBox;

class OrderItemModel;
class OrderTableModel;
class StatusHistoryModel;

class OrdersPage final : public QWidget
{
    Q_OBJECT
public:
    OrdersPage(AnalyticsService &service, EventBus &bus, QWidget *parent = nullptr);
    ~OrdersPage() override;

    OrderTableModel *model() const { return m_model; }
    OrderItemModel *itemModel() const { return m_items; }
    StatusHistoryModel *historyModel() const { return m_history; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *statusFilter() const;
    QLabel *detailFacts() const { return m_detailFacts; }
    const OrderListPage &currentPage() const { return m_page; }
    void setPageSize(int n) { m_pageSize = n; }
    // Ctrl+K: the order whatever its date (until the search is edited), every shop and status, selected
    // once loaded.
    void focusOrder(const QString &externalId);

public slots:
    void setScope(const bva::AnalyticsScope &scope);
    void refresh();
    void nextPage();
    void previousPage();

signals:
    void refreshed();
    void detailShown(const QString &orderExternalId);
    void connectShopRequested();

private:
    struct Outcome
    {
        std::optional<OrderListPage> page;
        QList<Shop> shops;
        QString error;
    };
    struct Detail
    {
        QList<OrderItem> items;
        QList<OrderStatusChange> history;
    };
    QFuture<Outcome> startLoad();
    void onFinished(const Outcome &o);
    void filtersChanged();
    void showDetail(const QModelIndex &index);

    AnalyticsService &m_service;
    AnalyticsScope m_scope;
    OrderListPage m_page;
    int m_pageNumber = 1;
    int m_pageSize = 100;
    QTimer m_searchDelay;
    LatestLoad<Outcome> m_load;
    QHash<qint64, QString> m_shopZones; // shop row id -> IANA time zone
    qint64 m_detailOrderId = 0;
    bool m_anyDate = false; // a found order: the search ignores the date range
    QString m_focusOrder;

    QStackedWidget *m_stack;
    OrderTableModel *m_model;
    OrderItemModel *m_items;
    StatusHistoryModel *m_history;
    QTableView *m_view;
    QLineEdit *m_search;
    ElidingComboBox *m_platform;
    ElidingComboBox *m_shop;
    ElidingComboBox *m_status;
    QLabel *m_pageLabel;
    QPushButton *m_prev;
    QPushButton *m_next;
    QLabel *m_detailTitle;
    QLabel *m_detailFacts;
    QStackedWidget *m_detailStack;
};

} // namespace bva::ui
