#include "orderspage.h"

#include "charts/columnfit.h"
#include "charts/elided.h"
#include "charts/pagekit.h"
#include "charts/tablepage.h"
#include "domain/eventbus.h"
#include "models/displayformat.h"
#include "models/orderitemmodel.h"
#include "models/ordertablemodel.h"
#include "models/statushistorymodel.h"
#include "shell/async.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace bva::ui {

QComboBox *OrdersPage::statusFilter() const
{
    return m_status;
}

OrdersPage::OrdersPage(AnalyticsService &service, EventBus &bus, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_stack(new QStackedWidget(this))
    , m_model(new OrderTableModel(this))
    , m_items(new OrderItemModel(this))
    , m_history(new StatusHistoryModel(this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_platform(new ElidingComboBox(this))
    , m_shop(new ElidingComboBox(this))
    , m_status(new ElidingComboBox(this))
    , m_pageLabel(new QLabel(this))
    , m_prev(new QPushButton(tr("‹ Newer"), this))
    , m_next(new QPushButton(tr("Older ›"), this))
    , m_detailTitle(new QLabel(this))
    , m_detailFacts(new QLabel(this))
    , m_detailStack(new QStackedWidget(this))
{
    const TablePageFrame frame =
        buildTablePage(this,
                       {tr("Orders"), tr("Search order id, customer name or email"), tr("No orders yet"),
                        tr("Connect a shop in Settings → Integrations; orders arrive with the first sync and "
                           "then live from webhooks."),
                        tr("Select an order"), tr("Its items and status history show here.")},
                       {m_stack, m_view, m_search, m_platform, m_detailStack, m_detailTitle, m_detailFacts});
    frame.header->addWidget(m_pageLabel);
    frame.header->addWidget(m_prev);
    frame.header->addWidget(m_next);
    m_shop->addItem(tr("All shops"), qint64(0));
    m_status->addItem(tr("Any status"), QString());
    for (OrderStatus s :
         {OrderStatus::Pending, OrderStatus::ToShip, OrderStatus::ToReceive, OrderStatus::Completed,
          OrderStatus::Cancelled, OrderStatus::Returned, OrderStatus::Refunded, OrderStatus::Failed})
        m_status->addItem(OrderTableModel::statusText(s), orderStatusName(s));
    connect(m_platform, &QComboBox::currentIndexChanged, this, &OrdersPage::filtersChanged);
    for (ElidingComboBox *box : {m_shop, m_status}) {
        addFilterBox(frame, box);
        connect(box, &QComboBox::currentIndexChanged, this, &OrdersPage::filtersChanged);
    }
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(300);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textEdited, this, [this] {
        m_anyDate = false;
        m_focusOrder.clear();
    });
    connect(&m_searchDelay, &QTimer::timeout, this, &OrdersPage::filtersChanged);
    connect(frame.connectButton, &QPushButton::clicked, this, &OrdersPage::connectShopRequested);

    m_view->setModel(m_model);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // What a seller scans first (when, which order, who, where it stands, how much) before where it
    // came from: the amounts stay in sight beside the detail pane instead of past a scroll bar.
    setVisualOrder(header, {OrderTableModel::Placed, OrderTableModel::OrderId, OrderTableModel::Customer,
                            OrderTableModel::Status, OrderTableModel::Total, OrderTableModel::Profit,
                            OrderTableModel::Shop, OrderTableModel::Platform});
    header->resizeSection(OrderTableModel::Placed, 130);
    new ColumnFit(
        m_view, OrderTableModel::Shop,
        {{OrderTableModel::OrderId, 140}, {OrderTableModel::Customer, 150}, {OrderTableModel::Shop, 150}},
        90);
    QWidget *page = frame.detailPage;
    QVBoxLayout *d = frame.detail;
    d->addWidget(new QLabel(tr("Items"), page));
    auto *items = new QTableView(page);
    styleTable(items);
    items->setModel(m_items);
    items->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    items->horizontalHeader()->setSectionResizeMode(OrderItemModel::Product, QHeaderView::Stretch);
    d->addWidget(items, 1);
    d->addWidget(new QLabel(tr("Status history"), page));
    auto *history = new QTableView(page);
    styleTable(history);
    history->setModel(m_history);
    history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    history->horizontalHeader()->setSectionResizeMode(StatusHistoryModel::Status, QHeaderView::Stretch);
    d->addWidget(history, 1);

    connect(m_prev, &QPushButton::clicked, this, &OrdersPage::previousPage);
    connect(m_next, &QPushButton::clicked, this, &OrdersPage::nextPage);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showDetail(current); });
    m_load.bind(
        this, [this] { return startLoad(); }, [this](const Outcome &o) { onFinished(o); },
        LatestLoad<Outcome>::Results::Every);
    auto changed = [this](qint64 shopId) {
        // Live: only the first page moves when orders arrive; older pages stay put while read.
        if (m_scope.shopIds.contains(shopId) && m_pageNumber == 1)
            m_load.soon();
    };
    connect(&bus, &EventBus::orderChanged, this, [changed](qint64 shopId) { changed(shopId); });
    connect(&bus, &EventBus::orderStatusChanged, this, [changed](qint64 shopId) { changed(shopId); });
    m_prev->setEnabled(false);
    m_next->setEnabled(false);
}

OrdersPage::~OrdersPage() = default;

void OrdersPage::setScope(const AnalyticsScope &scope)
{
    m_scope = scope;
    m_pageNumber = 1;
    refresh();
}

void OrdersPage::filtersChanged()
{
    m_pageNumber = 1;
    refresh();
}

void OrdersPage::nextPage()
{
    if (m_pageNumber < m_page.pageCount()) {
        ++m_pageNumber;
        refresh();
    }
}

void OrdersPage::previousPage()
{
    if (m_pageNumber > 1) {
        --m_pageNumber;
        refresh();
    }
}

void OrdersPage::refresh()
{
    m_load.now();
}

QFuture<OrdersPage::Outcome> OrdersPage::startLoad()
{
    OrderQuery q;
    q.scope = m_scope;
    if (const QString p = m_platform->currentData().toString(); !p.isEmpty()) {
        const auto platform = platformFromString(p);
        if (m_scope.platform && platform != m_scope.platform)
            q.scope.shopIds.clear(); // the shell's filter and this one exclude each other
        q.scope.platform = platform;
    }
    if (const qint64 shop = m_shop->currentData().toLongLong())
        q.shopId = shop;
    if (const QString s = m_status->currentData().toString(); !s.isEmpty())
        q.status = orderStatusFromString(s);
    q.search = m_search->text();
    q.withinRange = !m_anyDate;
    q.page = m_pageNumber;
    q.pageSize = m_pageSize;
    AnalyticsService *service = &m_service;
    const AnalyticsScope scope = m_scope;
    return QtConcurrent::run([service, q, scope]() {
        Outcome o;
        if (auto shops = service->shops(scope))
            o.shops = *shops;
        auto page = service->orders(q);
        if (page)
            o.page = *page;
        else
            o.error = page.error().message;
        return o;
    });
}

void OrdersPage::onFinished(const Outcome &o)
{
    if (!o.page) {
        m_pageLabel->setText(tr("Could not load orders: %1").arg(o.error));
        return;
    }
    const QString selected = !m_focusOrder.isEmpty() ? m_focusOrder
                             : m_model->orderAt(m_view->currentIndex().row())
                                 ? m_model->orderAt(m_view->currentIndex().row())->order.externalId
                                 : QString();
    m_page = *o.page;
    {
        const QSignalBlocker block(m_shop);
        const qint64 shop = m_shop->currentData().toLongLong();
        m_shop->clear();
        m_shop->addItem(tr("All shops"), qint64(0));
        const QHash<qint64, QString> labels = shopLabels(o.shops);
        for (const Shop &s : o.shops) {
            m_shop->addItem(labels.value(s.id), s.id);
            m_shopZones.insert(s.id, s.timezone);
        }
        m_shop->setCurrentIndex(qMax(0, m_shop->findData(shop)));
    }
    m_model->setOrders(m_page.orders, m_shopZones);
    m_stack->setCurrentIndex(o.shops.isEmpty() ? 0 : 1);
    const qint64 first = m_page.total == 0 ? 0 : qint64(m_page.page - 1) * m_page.pageSize + 1;
    const qint64 last = qint64(m_page.page - 1) * m_page.pageSize + m_page.orders.size();
    m_pageLabel->setText(
        tr("%1–%2 of %3 orders").arg(formatCount(first), formatCount(last), formatCount(m_page.total)));
    m_prev->setEnabled(m_page.page > 1);
    m_next->setEnabled(m_page.page < m_page.pageCount());
    if (!selected.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->orderAt(row)->order.externalId == selected) {
                m_view->setCurrentIndex(m_model->index(row, 0));
                m_focusOrder.clear(); // found: later loads keep the selection as usual
                break;
            }
        }
    }
    layOutNow();
    emit refreshed();
}

void OrdersPage::focusOrder(const QString &externalId)
{
    m_anyDate = true;
    m_focusOrder = externalId;
    for (QComboBox *box : {m_platform, m_shop, m_status}) {
        const QSignalBlocker block(box);
        box->setCurrentIndex(0);
    }
    {
        const QSignalBlocker block(m_search);
        m_search->setText(externalId);
    }
    m_searchDelay.stop();
    m_pageNumber = 1;
    m_load.now();
}

void OrdersPage::showDetail(const QModelIndex &index)
{
    const RecentOrder *r = m_model->orderAt(index.row());
    if (!r) {
        m_detailStack->setCurrentIndex(0);
        return;
    }
    m_detailStack->setCurrentIndex(1);
    const Order &o = r->order;
    m_detailTitle->setText(tr("Order %1").arg(o.externalId));
    const QString profit =
        o.profitMinor ? formatMoney(*o.profitMinor, r->currency) : tr("unknown (an item has no cost)");
    QString statusLine = OrderTableModel::statusText(o.status);
    if (!o.rawStatus.isEmpty() && o.rawStatus != orderStatusName(o.status))
        statusLine += u" ("_s + o.rawStatus.toHtmlEscaped() + u')';
    if (isCancelledLike(o.status) || isReturnedLike(o.status))
        statusLine += u" · "_s + tr("not counted as revenue");
    const QDateTime placed = onShopClock(o.placedAt, m_shopZones.value(o.shopId));
    m_detailFacts->setText(tr("%1 · %2<br>Placed %3 (shop day %4)<br>Customer %5<br>Status: <b>%6</b><br>"
                              "Total %7 · Profit %8")
                               .arg(r->shopName.toHtmlEscaped(), platformDisplayName(r->platform),
                                    QLocale().toString(placed, u"yyyy-MM-dd HH:mm t"_s), o.localDay,
                                    o.customerName.isEmpty() ? unknownText() : o.customerName.toHtmlEscaped(),
                                    statusLine, formatMoney(o.totalMinor, r->currency), profit));
    m_items->setItems({}, r->currency);
    m_history->setHistory({}, QString());
    m_detailOrderId = o.id;
    AnalyticsService *service = &m_service;
    const qint64 id = o.id;
    runAsync(
        this,
        [service, id]() {
            Detail d;
            if (auto items = service->orderItems(id))
                d.items = *items;
            if (auto history = service->statusHistory(id))
                d.history = *history;
            return d;
        },
        [this](const Detail &detail) {
            const RecentOrder *o = m_model->orderAt(m_view->currentIndex().row());
            if (!o || o->order.id != m_detailOrderId)
                return;
            m_items->setItems(detail.items, o->currency);
            m_history->setHistory(detail.history, m_shopZones.value(o->order.shopId));
            emit detailShown(o->order.externalId);
        });
}

} // namespace bva::ui
