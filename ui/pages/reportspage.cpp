#include "reportspage.h"

#include "analytics/analyticsservice.h"
#include "analytics/reportbuilder.h"
#include "analytics/reportcsv.h"
#include "charts/pagekit.h"
#include "charts/reportchartview.h"
#include "domain/eventbus.h"
#include "models/reporttablemodel.h"
#include "reportsdocument.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace bva::ui {

namespace {
constexpr int kMaxTables = 3;
}

ReportsPage::ReportsPage(AnalyticsService &service, EventBus &bus, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_stack(new QStackedWidget(this))
    , m_tabs(new QTabBar(this))
    , m_granularity(new QComboBox(this))
    , m_csv(new QPushButton(tr("Export CSV…"), this))
    , m_pdf(new QPushButton(tr("Export PDF…"), this))
    , m_print(new QPushButton(tr("Print…"), this))
    , m_subtitle(new QLabel(this))
    , m_note(new QLabel(this))
    , m_saved(new QLabel(this))
{
    const AnalyticsPageFrame frame =
        buildAnalyticsPage(this, m_stack,
                           {tr("Reports"), tr("No shops to report on"),
                            tr("Connect a shop in Settings → Integrations; reports cover its orders and "
                               "products once the first sync is done.")},
                           m_subtitle);
    QHBoxLayout *header = frame.header;
    m_granularity->addItem(tr("Automatic"), QString());
    m_granularity->addItem(tr("By day"), granularityName(Granularity::Day));
    m_granularity->addItem(tr("By week"), granularityName(Granularity::Week));
    m_granularity->addItem(tr("By month"), granularityName(Granularity::Month));
    // Beside the export buttons "Automatic" alone did not say what it chooses.
    m_granularity->setObjectName(u"reportPeriods"_s);
    m_granularity->setToolTip(tr("How the report splits the date range into periods. Automatic: by day up to "
                                 "three months, by week up to a year and a half, else by month."));
    m_granularity->setAccessibleName(tr("Report periods"));
    header->addWidget(m_granularity);
    header->addWidget(m_csv);
    header->addWidget(m_pdf);
    header->addWidget(m_print);
    for (ReportKind k : allReportKinds())
        m_tabs->addTab(ReportBuilder::title(k));
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    frame.outer->insertWidget(1, m_tabs); // between the header and the pages
    // An export said nothing when it worked: the seller looked for the file to open it. Under the
    // tabs, not in the header, where the name made the page wider than a 1024-pixel window.
    m_saved->setObjectName(u"exportSaved"_s);
    m_saved->setVisible(false);
    m_saved->setTextFormat(Qt::PlainText); // a file name the seller typed
    frame.outer->insertWidget(2, m_saved);
    connect(frame.connectButton, &QPushButton::clicked, this, &ReportsPage::connectShopRequested);

    QVBoxLayout *layout = addScrollPage(m_stack);
    QWidget *content = layout->parentWidget();
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    layout->addWidget(m_note);
    for (int i = 0; i < kMaxTables; ++i) {
        QVBoxLayout *body = nullptr;
        QFrame *card = makeCard(QString(), &body, content);
        auto *title = new QLabel(card);
        title->setObjectName(u"cardTitle"_s);
        body->addWidget(title);
        auto *model = new ReportTableModel(this);
        auto *chart = new ReportChartView(model, card);
        chart->setMinimumHeight(260);
        body->addWidget(chart);
        auto *proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(model);
        proxy->setSortRole(ReportTableModel::SortRole);
        auto *view = new QTableView(card);
        styleTable(view);
        view->setModel(proxy);
        view->setSortingEnabled(true);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->setMinimumHeight(240);
        body->addWidget(view);
        layout->addWidget(card);
        m_cards.append(card);
        m_titles.append(title);
        m_models.append(model);
        m_charts.append(chart);
        m_views.append(view);
    }
    layout->addStretch();

    connect(m_tabs, &QTabBar::currentChanged, this, [this](int i) { setKind(allReportKinds().value(i)); });
    connect(m_granularity, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    connect(m_csv, &QPushButton::clicked, this, &ReportsPage::chooseCsv);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsPage::choosePdf);
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::print);
    m_load.bind(
        this, [this] { return startLoad(); }, [this](const Outcome &o) { onFinished(o); });
    connect(&service, &AnalyticsService::exchangeRatesChanged, this, [this](qint64 userId) {
        if (userId == m_userId)
            m_load.soon();
    });
    // The report read when the page was built stayed on screen (and went into exports) while orders
    // kept arriving: the Sales Summary showed 4 orders fewer than the dashboard drawn before it.
    connect(&bus, &EventBus::orderChanged, this, [this](qint64 shopId) { onStoreChanged(shopId); });
    connect(&bus, &EventBus::orderStatusChanged, this, [this](qint64 shopId) { onStoreChanged(shopId); });
    connect(&bus, &EventBus::dashboardChanged, this, &ReportsPage::onStoreChanged);
    for (QPushButton *b : {m_csv, m_pdf, m_print})
        b->setEnabled(false);
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::onStoreChanged(qint64 shopId)
{
    if (!m_scope.shopIds.contains(shopId))
        return;
    if (isVisible())
        m_load.soon();
    else
        m_stale = true;
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        m_load.now();
    }
}

void ReportsPage::setAccount(qint64 userId)
{
    m_userId = userId;
}

void ReportsPage::setScope(const AnalyticsScope &scope)
{
    m_scope = scope;
    refresh();
}

void ReportsPage::setKind(ReportKind kind)
{
    m_kind = kind;
    const int index = int(allReportKinds().indexOf(kind));
    if (m_tabs->currentIndex() != index) {
        const QSignalBlocker block(m_tabs);
        m_tabs->setCurrentIndex(index);
    }
    refresh();
}

void ReportsPage::refresh()
{
    m_stale = false;
    m_load.now();
}

QFuture<ReportsPage::Outcome> ReportsPage::startLoad()
{
    AnalyticsService *service = &m_service;
    const AnalyticsScope scope = m_scope;
    const ReportKind kind = m_kind;
    const auto g = granularityFromString(m_granularity->currentData().toString());
    const qint64 userId = m_userId;
    return QtConcurrent::run([service, scope, kind, g, userId]() {
        Outcome o;
        auto shops = service->shops(scope);
        o.hasShops = shops && !shops->isEmpty();
        // Without rates (none set, or unreadable) the report is per currency only.
        auto rates = userId > 0 ? service->exchangeRates(userId) : Result<ExchangeRates>(ExchangeRates{});
        auto r = service->report(kind, scope, g, rates ? *rates : ExchangeRates{});
        if (r)
            o.report = *r;
        else
            o.error = r.error().message;
        return o;
    });
}

void ReportsPage::onFinished(const Outcome &o)
{
    m_stack->setCurrentIndex(o.hasShops ? 1 : 0);
    if (!o.report) {
        m_subtitle->setText(tr("Could not build the report: %1").arg(o.error));
        return;
    }
    m_report = o.report;
    const Report &r = *m_report;
    const QLocale locale;
    m_subtitle->setText(tr("%1 – %2").arg(locale.toString(r.range.from, QLocale::ShortFormat),
                                          locale.toString(r.range.to, QLocale::ShortFormat)));
    m_note->setText(r.note);
    for (int i = 0; i < kMaxTables; ++i) {
        const bool used = i < r.tables.size();
        m_cards.at(i)->setVisible(used);
        if (!used)
            continue;
        const ReportTable &t = r.tables.at(i);
        m_titles.at(i)->setText(t.title);
        m_models.at(i)->setTable(t);
        m_charts.at(i)->setVisible(t.chart.type != ChartSpec::Type::None && !t.rows.isEmpty());
    }
    for (QPushButton *b : {m_csv, m_pdf, m_print})
        b->setEnabled(o.hasShops);
    layOutNow();
    emit refreshed();
}

Result<void> ReportsPage::exportCsv(const QString &path) const
{
    if (!m_report)
        return Error::invalid(tr("No report to export yet."));
    return writeReportCsv(*m_report, path);
}

Result<int> ReportsPage::exportPdf(const QString &path) const
{
    if (!m_report)
        return Error::invalid(tr("No report to export yet."));
    return ReportsDocument(*m_report).writePdf(path);
}

static QString suggestedName(const std::optional<Report> &r, const QString &suffix)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!r)
        return dir;
    return dir + u'/' + reportKindName(r->kind) + u'_' + r->range.fromDay() + u'_' + r->range.toDay() +
           suffix;
}

void ReportsPage::chooseCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export CSV"), suggestedName(m_report, u".csv"_s), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto r = exportCsv(path); !r)
        QMessageBox::warning(this, tr("Export CSV"),
                             tr("Could not save the file: %1").arg(r.error().message));
    else
        showSaved(path);
}

void ReportsPage::showSaved(const QString &path)
{
    m_saved->setText(tr("Saved %1").arg(QFileInfo(path).fileName()));
    m_saved->setToolTip(QDir::toNativeSeparators(path));
    m_saved->setVisible(true);
}

void ReportsPage::choosePdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export PDF"), suggestedName(m_report, u".pdf"_s), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto r = exportPdf(path); !r)
        QMessageBox::warning(this, tr("Export PDF"),
                             tr("Could not save the file: %1").arg(r.error().message));
    else
        showSaved(path);
}

void ReportsPage::print()
{
    if (!m_report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(m_report->title);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReportsDocument(*m_report).render(printer);
}

} // namespace bva::ui
