#include "smartshelfpage.h"

#include "analytics/analyticsservice.h"
#include "analytics/forecast/forecastservice.h"
#include "charts/pagekit.h"
#include "forecasttable.h"
#include "models/shelftablemodel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace bva::ui {

using namespace bva::forecast;

SmartShelfPage::SmartShelfPage(ForecastService &forecasts, AnalyticsService &analytics, QWidget *parent)
    : QWidget(parent)
    , m_forecasts(forecasts)
    , m_analytics(analytics)
    , m_stack(new QStackedWidget(this))
    , m_summary(new QLabel(this))
    , m_status(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_model(new ShelfTableModel(this))
    , m_proxy(new ShelfFilterProxy(this))
    , m_expiredModel(new ShelfTableModel(this))
{
    m_summary->setObjectName(u"rangeLabel"_s);
    const AnalyticsPageFrame frame =
        buildAnalyticsPage(this, m_stack,
                           {tr("SmartShelf"), tr("No shops to check yet"),
                            tr("Connect a shop in Settings → Integrations. SmartShelf scores every product "
                               "for stock-out, expiry and slow-moving risk once its sales are synced.")},
                           m_summary);
    QHBoxLayout *header = frame.header;
    header->addWidget(m_status);
    m_filter->addItem(tr("All products"), 0);
    m_filter->addItem(tr("At risk only"), ShelfFilterProxy::AtRiskOnly);
    for (ShelfRisk r : {ShelfRisk::StockOut, ShelfRisk::NearExpiry, ShelfRisk::Expired, ShelfRisk::SlowMoving,
                        ShelfRisk::Overstock})
        m_filter->addItem(ShelfTableModel::riskLabel(r), int(r));
    m_filter->setToolTip(tr("Show only the products with this risk"));
    header->addWidget(m_filter);
    connect(frame.connectButton, &QPushButton::clicked, this, &SmartShelfPage::connectShopRequested);

    QVBoxLayout *layout = addScrollPage(m_stack);
    QWidget *content = layout->parentWidget();

    QVBoxLayout *body = nullptr;
    QFrame *products = makeCard(tr("Products by risk"), &body, content);
    m_proxy->setSourceModel(m_model);
    m_table = makeForecastTable(m_proxy, ShelfTableModel::Reason, ShelfTableModel::Product, 220, products);
    m_table->setMinimumHeight(320);
    m_table->sortByColumn(ShelfTableModel::Score, Qt::DescendingOrder);
    body->addWidget(m_table);
    m_details = new QLabel(products);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setText(tr("Select a product to read SmartShelf's reasoning."));
    body->addWidget(m_details);
    layout->addWidget(products, 3);

    QFrame *expired = makeCard(tr("Expired items"), &body, content);
    m_noExpired = new QLabel(tr("Nothing in stock has passed its expiry date."), expired);
    body->addWidget(m_noExpired);
    auto *expiredProxy = new ShelfFilterProxy(this); // sorting only
    expiredProxy->setSourceModel(m_expiredModel);
    m_expiredTable =
        makeForecastTable(expiredProxy, ShelfTableModel::Reason, ShelfTableModel::Product, 220, expired);
    m_expiredTable->setColumnHidden(ShelfTableModel::Score, true);
    m_expiredTable->setColumnHidden(ShelfTableModel::Risks, true);
    m_expiredTable->setMinimumHeight(140);
    body->addWidget(m_expiredTable);
    layout->addWidget(expired, 1);

    m_load.bind(
        this, [this] { return startLoad(); }, [this](const Outcome &o) { onFinished(o); });
    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setRiskFilter(m_filter->currentData().toInt()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SmartShelfPage::showDetails);
    connect(&m_forecasts, &ForecastService::forecastsUpdated, this, [this](qint64 shopId) {
        if (m_scope.shopIds.contains(shopId))
            m_load.soon();
    });
}

SmartShelfPage::~SmartShelfPage() {}

bool SmartShelfPage::showsEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

void SmartShelfPage::setFilterIndex(int index)
{
    m_filter->setCurrentIndex(index);
}

void SmartShelfPage::setScope(const AnalyticsScope &scope)
{
    m_scope = scope;
    refresh();
}

void SmartShelfPage::refresh()
{
    m_load.now();
}

QFuture<SmartShelfPage::Outcome> SmartShelfPage::startLoad()
{
    m_status->setText(tr("Updating…"));
    ForecastService *forecasts = &m_forecasts;
    AnalyticsService *analytics = &m_analytics;
    const AnalyticsScope scope = m_scope;
    return QtConcurrent::run([forecasts, analytics, scope]() {
        Outcome o;
        auto shops = analytics->shops(scope);
        if (!shops) {
            o.error = shops.error().message;
            return o;
        }
        QList<qint64> ids;
        for (const Shop &s : std::as_const(*shops))
            ids.append(s.id);
        o.shopNames = shopLabels(*shops);
        o.hasShops = !ids.isEmpty();
        if (!o.hasShops)
            return o;
        auto report = forecasts->smartShelf(ids, ShelfSettings{});
        if (report)
            o.report = std::move(*report);
        else
            o.error = report.error().message;
        return o;
    });
}

void SmartShelfPage::onFinished(const Outcome &o)
{
    m_stack->setCurrentIndex(o.hasShops ? 1 : 0);
    if (!o.error.isEmpty()) {
        m_status->setText(tr("Could not score the products: %1").arg(o.error));
        return;
    }
    m_status->clear();
    const int expired = int(o.report.expired.size());
    const int total = int(o.report.items.size());
    m_summary->setText(
        tr("%1 products · %2 at risk · %3 expired").arg(total).arg(o.report.atRisk).arg(expired));
    m_model->setItems(std::move(o.report.items), o.shopNames);
    m_expiredModel->setItems(std::move(o.report.expired), o.shopNames);
    m_noExpired->setVisible(expired == 0);
    m_expiredTable->setVisible(expired > 0);
    m_details->setText(tr("Select a product to read SmartShelf's reasoning."));
    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    layOutNow();
    emit refreshed();
}

void SmartShelfPage::showDetails()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const ShelfItem *it = m_model->item(current.row());
    if (!it)
        return;
    QString text = u"<b>"_s + it->name.toHtmlEscaped() + u"</b> — "_s +
                   tr("risk %1 of 100 (%2)").arg(it->score).arg(riskLevelLabel(it->level)).toHtmlEscaped() +
                   u"<br>"_s;
    for (const QString &r : it->reasons)
        text += u"• "_s + r.toHtmlEscaped() + u"<br>"_s;
    text += u"<b>"_s + shelfActionLabel(it->action).toHtmlEscaped() + u":</b> "_s +
            it->actionText.toHtmlEscaped();
    m_details->setText(text);
}

} // namespace bva::ui
