// Products & Inventory: every product of the scope's shops with its sales in the range, stock
// state and turnover; searchable and filterable (platform, shop, category, stock state), sortable,
// with a detail pane (daily sales chart, stock history).
#pragma once

#include "analytics/analyticsscope.h"
#include "analytics/analyticstypes.h"
#include "domain/shop.h"
#include "shell/latestload.h"

#include <QTimer>
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace bva {
class AnalyticsService;
class EventBus;
class NativeCatalog;
struct AccessibleShop;
} // namespace bva

namespace bva::ui {

class ElidingComboBox;

class ProductFilterProxy;
class UserSession;
class ProductTableModel;
class SeriesTableModel;
class StockHistoryModel;

class ProductsPage final : public QWidget
{
    Q_OBJECT
public:
    ProductsPage(AnalyticsService &service, EventBus &bus, QWidget *parent = nullptr);
    ~ProductsPage() override;

    ProductTableModel *model() const { return m_model; }
    SeriesTableModel *salesModel() const { return m_salesModel; }
    StockHistoryModel *stockModel() const { return m_historyModel; }
    ProductFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    void selectRow(int proxyRow);
    // Turns on the BVA channel's actions (New product, Edit product, Record sale, Import from CSV).
    void setCatalog(NativeCatalog *catalog, UserSession *session);
    QPushButton *newProductButton() const { return m_newProduct; }
    QPushButton *editProductButton() const { return m_editProduct; }
    QPushButton *recordSaleButton() const { return m_recordSale; }
    QPushButton *importButton() const { return m_import; }
    // Ctrl+K: filters cleared, `search` typed, the product selected (once loaded) and its detail shown.
    void focusProduct(qint64 shopId, const QString &externalId, const QString &search);

public slots:
    void setScope(const bva::AnalyticsScope &scope);
    void refresh();

signals:
    void refreshed();
    void detailShown(const QString &productExternalId);
    void connectShopRequested();

private:
    struct Outcome
    {
        std::optional<QList<ProductStats>> products;
        QList<Shop> shops;
        DateRange range;
        QString error;
    };
    struct Detail
    {
        QList<SeriesPoint> series;
        QList<InventoryEvent> history;
        QString productExternalId;
    };
    QFuture<Outcome> startLoad();
    void onFinished(const Outcome &o);
    void fillFilters(const QList<Shop> &shops);
    void applyFilters();
    void showDetail(const QModelIndex &proxyIndex);
    bool selectProduct(qint64 shopId, const QString &externalId);
    // The BVA channels the user may change (the user's own is made on first use), then `next`.
    void withChannels(const std::function<void(const QList<AccessibleShop> &)> &next);
    void newProduct();
    void editProduct();
    void recordSale();
    void importCsv(bool sales);
    void updateActions();
    QStringList categories() const;

    AnalyticsService &m_service;
    NativeCatalog *m_catalog = nullptr;
    UserSession *m_session = nullptr;
    AnalyticsScope m_scope;
    LatestLoad<Outcome> m_load;
    DateRange m_range;
    QList<Shop> m_shops; // in scope: their time zones put the stock history on the shop's clock
    std::optional<std::pair<qint64, QString>> m_focus; // asked for before the table had it

    QStackedWidget *m_stack;
    ProductTableModel *m_model;
    ProductFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    ElidingComboBox *m_platform;
    ElidingComboBox *m_shop;
    ElidingComboBox *m_category;
    ElidingComboBox *m_state;
    QLabel *m_count;
    QLabel *m_detailTitle;
    QLabel *m_detailFacts;
    SeriesTableModel *m_salesModel;
    StockHistoryModel *m_historyModel;
    QStackedWidget *m_detailStack;
    QPushButton *m_newProduct;
    QPushButton *m_editProduct;
    QPushButton *m_recordSale;
    QPushButton *m_import;
};

} // namespace bva::ui
