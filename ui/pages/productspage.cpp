#include "productspage.h"

#include "accounts/usersession.h"
#include "analytics/analyticsservice.h"
#include "catalog/csvimportdialog.h"
#include "catalog/productdialog.h"
#include "catalog/saledialog.h"
#include "charts/charttheme.h"
#include "charts/columnfit.h"
#include "charts/elided.h"
#include "charts/pagekit.h"
#include "charts/serieschartview.h"
#include "charts/tablepage.h"
#include "domain/eventbus.h"
#include "models/displayformat.h"
#include "models/productfilterproxy.h"
#include "models/producttablemodel.h"
#include "models/seriestablemodel.h"
#include "models/stockhistorymodel.h"
#include "shell/async.h"
#include "sync/nativecatalog.h"
#include "util/clock.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace bva::ui {

ProductsPage::ProductsPage(AnalyticsService &service, EventBus &bus, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_stack(new QStackedWidget(this))
    , m_model(new ProductTableModel(this))
    , m_proxy(new ProductFilterProxy(this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_platform(new ElidingComboBox(this))
    , m_shop(new ElidingComboBox(this))
    , m_category(new ElidingComboBox(this))
    , m_state(new ElidingComboBox(this))
    , m_count(new QLabel(this))
    , m_detailTitle(new QLabel(this))
    , m_detailFacts(new QLabel(this))
    , m_salesModel(new SeriesTableModel(this))
    , m_historyModel(new StockHistoryModel(this))
    , m_detailStack(new QStackedWidget(this))
    , m_newProduct(new QPushButton(tr("New product"), this))
    , m_editProduct(new QPushButton(tr("Edit product"), this))
    , m_recordSale(new QPushButton(tr("Record sale"), this))
    , m_import(new QPushButton(this))
{
    const TablePageFrame frame = buildTablePage(
        this,
        {tr("Products & Inventory"), tr("Search name, SKU or category"), tr("No products yet"),
         tr("Connect a shop in Settings → Integrations; its products are listed here after the first sync. "
            "Products you sell outside the marketplaces: add them with New product."),
         tr("Select a product"), tr("Its daily sales and stock history show here.")},
        {m_stack, m_view, m_search, m_platform, m_detailStack, m_detailTitle, m_detailFacts});
    // Under the title, not beside the buttons: in a 1024-pixel window the title, the count and the
    // catalogue's four buttons did not fit one row, and the title and the buttons were cut.
    m_count->setObjectName(u"productCount"_s);
    frame.titleBlock->addWidget(m_count);
    m_import->setText(tr("Import CSV"));
    auto *importMenu = new QMenu(m_import);
    connect(importMenu->addAction(tr("Import products from CSV…")), &QAction::triggered, this,
            [this] { importCsv(false); });
    connect(importMenu->addAction(tr("Import sales from CSV…")), &QAction::triggered, this,
            [this] { importCsv(true); });
    m_import->setMenu(importMenu);
    m_import->setProperty("menu", true); // room for the menu's arrow (app.qss)
    m_newProduct->setToolTip(tr("A product you sell outside the marketplaces, kept in your BVA channel"));
    m_recordSale->setToolTip(tr("A walk-in or other offline sale of your BVA channel's products"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_newProduct, m_editProduct, m_recordSale, m_import}) {
        frame.header->addWidget(w);
        w->setVisible(false); // until setCatalog()
    }
    connect(m_newProduct, &QPushButton::clicked, this, &ProductsPage::newProduct);
    connect(m_editProduct, &QPushButton::clicked, this, &ProductsPage::editProduct);
    connect(m_recordSale, &QPushButton::clicked, this, &ProductsPage::recordSale);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_editProduct->isVisible() && m_editProduct->isEnabled())
            editProduct();
    });
    m_state->addItem(tr("Any stock state"), -1);
    for (StockState s : {StockState::InStock, StockState::Low, StockState::Out, StockState::Inactive})
        m_state->addItem(ProductTableModel::stockStateText(s), int(s));
    m_shop->addItem(tr("All shops"), qint64(0));
    m_category->addItem(tr("All categories"), QString());
    connect(m_platform, &QComboBox::currentIndexChanged, this, &ProductsPage::applyFilters);
    for (ElidingComboBox *box : {m_shop, m_category, m_state}) {
        addFilterBox(frame, box);
        connect(box, &QComboBox::currentIndexChanged, this, &ProductsPage::applyFilters);
    }
    connect(m_search, &QLineEdit::textChanged, this, &ProductsPage::applyFilters);
    connect(frame.connectButton, &QPushButton::clicked, this, &ProductsPage::connectShopRequested);

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProductTableModel::UnitsSold, Qt::DescendingOrder);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Stock and sales beside the name, in sight next to the detail pane; identifiers after them.
    setVisualOrder(header,
                   {ProductTableModel::Name, ProductTableModel::Shop, ProductTableModel::Stock,
                    ProductTableModel::State, ProductTableModel::UnitsSold, ProductTableModel::Revenue,
                    ProductTableModel::Price, ProductTableModel::DaysOfInventory,
                    ProductTableModel::SellThrough, ProductTableModel::Sku, ProductTableModel::Category});
    m_view->setColumnHidden(ProductTableModel::Platform, true);
    new ColumnFit(m_view, ProductTableModel::Revenue,
                  {{ProductTableModel::Name, 230}, {ProductTableModel::Shop, 130}}, 100);
    QWidget *detailPage = frame.detailPage;
    QVBoxLayout *d = frame.detail;
    auto *chart = new SeriesChartView(
        m_salesModel, {{SeriesTableModel::Units, tr("Units sold per day"), colors::revenue(), true}},
        detailPage);
    chart->chart()->legend()->setVisible(false);
    chart->setMinimumHeight(180);
    d->addWidget(new QLabel(tr("Units sold per day"), detailPage));
    d->addWidget(chart, 1);
    d->addWidget(new QLabel(tr("Stock history"), detailPage));
    auto *history = new QTableView(detailPage);
    styleTable(history);
    history->setModel(m_historyModel);
    history->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    d->addWidget(history, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showDetail(current);
                updateActions();
            });
    m_load.bind(
        this, [this] { return startLoad(); }, [this](const Outcome &o) { onFinished(o); },
        LatestLoad<Outcome>::Results::Every);
    auto changed = [this](qint64 shopId) {
        if (m_scope.shopIds.contains(shopId))
            m_load.soon();
    };
    connect(&bus, &EventBus::inventoryChanged, this, [changed](qint64 shopId) { changed(shopId); });
    connect(&bus, &EventBus::productChanged, this, [changed](qint64 shopId) { changed(shopId); });
    connect(&bus, &EventBus::dashboardChanged, this, [changed](qint64 shopId) { changed(shopId); });
}

ProductsPage::~ProductsPage() = default;

void ProductsPage::setCatalog(NativeCatalog *catalog, UserSession *session)
{
    m_catalog = catalog;
    m_session = session;
    for (QWidget *w : std::initializer_list<QWidget *>{m_newProduct, m_editProduct, m_recordSale, m_import})
        w->setVisible(catalog && session);
    updateActions();
}

void ProductsPage::updateActions()
{
    const ProductStats *p = m_model->productAt(m_proxy->mapToSource(m_view->currentIndex()).row());
    const auto role = p && m_session ? m_session->roleOn(p->shopId) : std::nullopt;
    const bool editable = p && p->platform == Platform::Other && role && int(*role) >= int(ShopRole::Editor);
    m_editProduct->setEnabled(editable);
    m_editProduct->setToolTip(editable || !p ? QString()
                              : p->platform != Platform::Other
                                  ? tr("Marketplace products are changed on the marketplace")
                                  : tr("Your role on this channel does not allow changes"));
}

QStringList ProductsPage::categories() const
{
    QStringList out;
    for (const ProductStats &p : m_model->products()) {
        if (!p.category.isEmpty() && !out.contains(p.category))
            out.append(p.category);
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

void ProductsPage::withChannels(const std::function<void(const QList<AccessibleShop> &)> &next)
{
    if (!m_catalog || !m_session)
        return;
    NativeCatalog *catalog = m_catalog;
    const Actor actor = m_session->actor();
    runAsync(
        this, [catalog, actor] { return catalog->channels(actor); },
        [this, next](const Result<QList<AccessibleShop>> &channels) {
            if (!channels) {
                QMessageBox::warning(this, tr("BVA channel"), channels.error().message);
                return;
            }
            QList<AccessibleShop> writable;
            bool known = true;
            for (const AccessibleShop &c : *channels) {
                known = known && m_session->shop(c.shop.id);
                if (int(c.role) >= int(ShopRole::Editor))
                    writable.append(c);
            }
            if (!known) // a channel made just now: the top bar and the pages' scope follow
                m_session->reloadShops();
            next(writable);
        });
}

void ProductsPage::newProduct()
{
    withChannels([this](const QList<AccessibleShop> &channels) {
        auto *dialog =
            new ProductDialog(*m_catalog, m_session->actor(), channels, categories(), std::nullopt, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ProductDialog::productSaved, this, [this](const Product &p) {
            m_focus = {p.shopId, p.externalId};
            m_load.now();
        });
        dialog->open();
    });
}

void ProductsPage::editProduct()
{
    const ProductStats *p = m_model->productAt(m_proxy->mapToSource(m_view->currentIndex()).row());
    if (!p || !m_catalog || !m_session)
        return;
    NativeCatalog *catalog = m_catalog;
    const Actor actor = m_session->actor();
    const qint64 shopId = p->shopId;
    const QString ext = p->externalId;
    runAsync(
        this, [catalog, actor, shopId] { return catalog->products(actor, shopId); },
        [this, shopId, ext](const Result<QList<Product>> &products) {
            if (!products) {
                QMessageBox::warning(this, tr("Edit product"), products.error().message);
                return;
            }
            const auto found = std::find_if(products->cbegin(), products->cend(),
                                            [&ext](const Product &x) { return x.externalId == ext; });
            const Shop *shop = m_session->shop(shopId);
            const auto role = m_session->roleOn(shopId);
            if (found == products->cend() || !shop || !role)
                return;
            auto *dialog = new ProductDialog(*m_catalog, m_session->actor(), {AccessibleShop{*shop, *role}},
                                             categories(), *found, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &ProductDialog::productSaved, this, [this] { m_load.now(); });
            connect(dialog, &ProductDialog::productRemoved, this, [this] { m_load.now(); });
            dialog->open();
        });
}

void ProductsPage::recordSale()
{
    withChannels([this](const QList<AccessibleShop> &channels) {
        auto *dialog = new SaleDialog(*m_catalog, m_session->actor(), channels, Clock::nowUtc(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SaleDialog::saleRecorded, this, [this] { m_load.now(); });
        dialog->open();
    });
}

void ProductsPage::importCsv(bool sales)
{
    withChannels([this, sales](const QList<AccessibleShop> &channels) {
        auto *dialog =
            new CsvImportDialog(sales ? CsvImportDialog::Kind::Sales : CsvImportDialog::Kind::Products,
                                *m_catalog, m_session->actor(), channels, Clock::nowUtc(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &CsvImportDialog::imported, this, [this] { m_load.now(); });
        dialog->open();
    });
}

void ProductsPage::setScope(const AnalyticsScope &scope)
{
    m_scope = scope;
    refresh();
}

void ProductsPage::refresh()
{
    m_load.now();
}

QFuture<ProductsPage::Outcome> ProductsPage::startLoad()
{
    AnalyticsService *service = &m_service;
    const AnalyticsScope scope = m_scope;
    return QtConcurrent::run([service, scope]() {
        Outcome o;
        auto shops = service->shops(scope);
        auto products = service->productStats(scope);
        if (auto range = service->rangeOf(scope))
            o.range = *range;
        if (shops)
            o.shops = *shops;
        if (products)
            o.products = *products;
        else
            o.error = products.error().message;
        return o;
    });
}

void ProductsPage::onFinished(const Outcome &o)
{
    if (!o.products)
        return;
    m_range = o.range;
    const QString current =
        m_model->productAt(m_proxy->mapToSource(m_view->currentIndex()).row())
            ? m_model->productAt(m_proxy->mapToSource(m_view->currentIndex()).row())->externalId
            : QString();
    m_model->setProducts(*o.products);
    m_shops = o.shops;
    fillFilters(o.shops);
    m_stack->setCurrentIndex(o.shops.isEmpty() ? 0 : 1);
    applyFilters();
    if (m_focus && selectProduct(m_focus->first, m_focus->second)) {
        m_focus.reset();
    } else if (!current.isEmpty()) { // keep the selection across live refreshes
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const ProductStats *p = m_model->productAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
            if (p && p->externalId == current) {
                selectRow(row);
                break;
            }
        }
    }
    layOutNow();
    emit refreshed();
}

void ProductsPage::focusProduct(qint64 shopId, const QString &externalId, const QString &search)
{
    for (QComboBox *box : {m_platform, m_shop, m_category, m_state}) {
        const QSignalBlocker block(box);
        box->setCurrentIndex(0);
    }
    {
        const QSignalBlocker block(m_search);
        m_search->setText(search);
    }
    applyFilters();
    if (selectProduct(shopId, externalId))
        m_focus.reset();
    else
        m_focus = {shopId, externalId};
}

bool ProductsPage::selectProduct(qint64 shopId, const QString &externalId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const ProductStats *p = m_model->productAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        if (p && p->shopId == shopId && p->externalId == externalId) {
            selectRow(row);
            return true;
        }
    }
    return false;
}

void ProductsPage::fillFilters(const QList<Shop> &shops)
{
    const QSignalBlocker b1(m_shop);
    const QSignalBlocker b2(m_category);
    const qint64 shop = m_shop->currentData().toLongLong();
    const QString category = m_category->currentData().toString();
    m_shop->clear();
    m_shop->addItem(tr("All shops"), qint64(0));
    const QHash<qint64, QString> labels = shopLabels(shops);
    for (const Shop &s : shops)
        m_shop->addItem(labels.value(s.id), s.id);
    m_shop->setCurrentIndex(qMax(0, m_shop->findData(shop)));
    QStringList categories;
    for (const ProductStats &p : m_model->products()) {
        if (!p.category.isEmpty() && !categories.contains(p.category))
            categories.append(p.category);
    }
    categories.sort(Qt::CaseInsensitive);
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (const QString &c : categories)
        m_category->addItem(c, c);
    m_category->setCurrentIndex(qMax(0, m_category->findData(category)));
}

void ProductsPage::applyFilters()
{
    m_proxy->setSearch(m_search->text());
    m_proxy->setPlatform(m_platform->currentData().toString());
    m_proxy->setShopId(m_shop->currentData().toLongLong());
    m_proxy->setCategory(m_category->currentData().toString());
    const int state = m_state->currentData().toInt();
    m_proxy->setStockState(state < 0 ? std::nullopt : std::optional<int>(state));
    m_count->setText(
        tr("%1 of %Ln product(s)", nullptr, m_model->rowCount()).arg(formatCount(m_proxy->rowCount())));
}

void ProductsPage::selectRow(int proxyRow)
{
    m_view->setCurrentIndex(m_proxy->index(proxyRow, 0));
}

void ProductsPage::showDetail(const QModelIndex &proxyIndex)
{
    const ProductStats *p = m_model->productAt(m_proxy->mapToSource(proxyIndex).row());
    if (!p) {
        m_detailStack->setCurrentIndex(0);
        return;
    }
    m_detailStack->setCurrentIndex(1);
    m_detailTitle->setText(p->name);
    const QString cost = p->costMinor ? formatMoney(*p->costMinor, p->currency) : tr("unknown");
    m_detailFacts->setText(
        tr("<b>%1</b> · %2 · %3<br>Price %4 · Cost %5<br>Stock %6 (%7) · Sold %8 in range · Revenue %9<br>"
           "Sell-through %10 · Days of inventory %11")
            .arg(p->sku.toHtmlEscaped(), p->shopName.toHtmlEscaped(), p->category.toHtmlEscaped(),
                 formatMoney(p->priceMinor, p->currency), cost, formatCount(p->stock),
                 ProductTableModel::stockStateText(p->stockState), formatCount(p->unitsSold),
                 formatMoney(p->revenueMinor, p->currency))
            .arg(formatPercent(p->sellThroughPercent()), formatDays(p->daysOfInventory())));
    m_salesModel->setSeries(p->currency, {});
    m_historyModel->setEvents({});
    // A result for a product no longer selected is ignored (checked by id).
    AnalyticsService *service = &m_service;
    const qint64 shopId = p->shopId;
    const QString ext = p->externalId;
    const DateRange range = m_range;
    runAsync(
        this,
        [service, shopId, ext, range]() {
            Detail d;
            d.productExternalId = ext;
            if (range.isValid()) {
                if (auto s = service->productSeries(shopId, ext, range))
                    d.series = *s;
            }
            if (auto h = service->stockHistory(shopId, ext, 200))
                d.history = *h;
            return d;
        },
        [this](const Detail &detail) {
            const ProductStats *p = m_model->productAt(m_proxy->mapToSource(m_view->currentIndex()).row());
            if (!p || p->externalId != detail.productExternalId)
                return;
            m_salesModel->setSeries(p->currency, detail.series);
            QString zone;
            for (const Shop &s : std::as_const(m_shops))
                if (s.id == p->shopId)
                    zone = s.timezone;
            m_historyModel->setEvents(detail.history, zone);
            emit detailShown(detail.productExternalId);
        });
}

} // namespace bva::ui
