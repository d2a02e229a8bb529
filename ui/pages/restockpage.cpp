#include "restockpage.h"

#include "analytics/analyticsservice.h"
#include "analytics/forecast/forecastservice.h"
#include "analytics/forecast/shoppinglistpdf.h"
#include "charts/pagekit.h"
#include "domain/money.h"
#include "forecasttable.h"
#include "models/displayformat.h"
#include "models/restockplanmodel.h"
#include "util/clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace bva::ui {

using namespace bva::forecast;

namespace {

// A budget typed the way the seller's locale writes numbers ("15.000,50" in Indonesian) as the plain
// decimal parseMinorUnits reads ("15000.50").
QString plainDecimal(QString typed)
{
    const QLocale locale;
    typed = typed.trimmed().remove(locale.groupSeparator()).remove(u' ');
    if (locale.decimalPoint() != u"."_s)
        typed.replace(locale.decimalPoint(), u"."_s);
    return typed;
}

// 15000.50 as the seller would type it here: "15,000.50", "15.000,50", or "15,000" in a currency without
// decimals.
QString budgetExample(const QString &currency)
{
    const QLocale locale;
    const int exponent = currencyExponent(currency);
    const QString whole = locale.toString(15000);
    return exponent > 0 ? whole + locale.decimalPoint() + u"5"_s.leftJustified(exponent, u'0') : whole;
}

} // namespace

RestockPage::RestockPage(ForecastService &forecasts, AnalyticsService &analytics, QWidget *parent)
    : QWidget(parent)
    , m_forecasts(forecasts)
    , m_analytics(analytics)
    , m_stack(new QStackedWidget(this))
    , m_status(new QLabel(this))
    , m_budget(new QLineEdit(this))
    , m_currencyLabel(new QLabel(this))
    , m_goal(new QComboBox(this))
    , m_horizon(new QSpinBox(this))
    , m_lead(new QSpinBox(this))
    , m_service(new QSpinBox(this))
    , m_payday(new QCheckBox(tr("Payday effects"), this))
    , m_megaSale(new QCheckBox(tr("Mega-sale effects"), this))
    , m_plan(new QPushButton(tr("Make plan"), this))
    , m_budgetBar(new QProgressBar(this))
    , m_totals(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_csv(new QPushButton(tr("Export CSV…"), this))
    , m_pdf(new QPushButton(tr("Export PDF…"), this))
    , m_print(new QPushButton(tr("Print…"), this))
    , m_model(new RestockPlanModel(this))
{
    const AnalyticsPageFrame frame =
        buildAnalyticsPage(this, m_stack,
                           {tr("Restock Planner"), tr("No shops to plan for yet"),
                            tr("Connect a shop in Settings → Integrations. The planner turns its sales "
                               "forecasts into a shopping list for the budget you set.")});
    m_status->setTextFormat(Qt::PlainText); // file names, the planner's errors
    frame.header->addWidget(m_status);
    frame.header->addWidget(m_csv);
    frame.header->addWidget(m_pdf);
    frame.header->addWidget(m_print);
    connect(frame.connectButton, &QPushButton::clicked, this, &RestockPage::connectShopRequested);

    // Scrolls like the other planning pages: in a small window (1024×640) the inputs and the plan are
    // taller and wider than the page, and squeezed they overlapped (the reason over the table rows).
    QVBoxLayout *layout = addScrollPage(m_stack);
    QWidget *content = layout->parentWidget();

    QVBoxLayout *body = nullptr;
    QFrame *inputs = makeCard(tr("What to plan for"), &body, content);
    auto *row = new QHBoxLayout();
    row->setSpacing(18);
    auto *left = new QFormLayout();
    auto *budgetRow = new QHBoxLayout();
    m_budget->setObjectName(u"budgetInput"_s);
    m_budget->setPlaceholderText(tr("e.g. %1").arg(QLocale().toString(20000)));
    m_budget->setToolTip(tr("The money you can spend on stock now, in the shop currency."));
    budgetRow->addWidget(m_currencyLabel);
    budgetRow->addWidget(m_budget, 1);
    left->addRow(tr("Budget"), budgetRow);
    m_goal->addItem(tr("Balanced"), int(RestockGoal::Balanced));
    m_goal->addItem(tr("Most profit"), int(RestockGoal::Profit));
    m_goal->addItem(tr("Most units sold"), int(RestockGoal::Volume));
    left->addRow(tr("Goal"), m_goal);
    auto *middle = new QFormLayout();
    m_horizon->setRange(1, 365);
    m_horizon->setValue(30);
    m_horizon->setSuffix(tr(" days"));
    middle->addRow(tr("Cover sales for"), m_horizon);
    m_lead->setRange(0, 180);
    m_lead->setValue(7);
    m_lead->setSuffix(tr(" days"));
    middle->addRow(tr("Supplier lead time"), m_lead);
    auto *right = new QFormLayout();
    m_service->setRange(50, 99);
    m_service->setValue(95);
    m_service->setSuffix(u" %"_s);
    // The shared style sheet rounds spin boxes like line edits; their arrow buttons do not survive it.
    for (QSpinBox *box : {m_horizon, m_lead, m_service})
        box->setButtonSymbols(QAbstractSpinBox::NoButtons);
    // What the planner promises depends on the product (RestockSettings::ServiceMeasure::ByDemandClass).
    m_service->setToolTip(
        tr("The share of what buyers ask for that should be served from stock. For products that sell in "
           "large, irregular amounts: how often the stock should last until the next delivery. Higher needs "
           "more safety stock."));
    right->addRow(tr("Service level"), m_service);
    m_payday->setChecked(true);
    m_megaSale->setChecked(true);
    m_payday->setToolTip(tr("Expect the payday lift learned from your sales (15th and month end)."));
    m_megaSale->setToolTip(tr("Expect the lift learned from mega-sale days (11.11, 12.12, …)."));
    row->addLayout(left, 2);
    row->addLayout(middle, 2);
    row->addLayout(right, 2);
    body->addLayout(row);
    // The switches and the button on a row of their own: beside the inputs they made the card wider
    // than the page in a 1024-pixel window (Indonesian), the button out of sight behind a scroll bar.
    auto *go = new QHBoxLayout();
    go->setSpacing(18);
    go->addWidget(m_payday);
    go->addWidget(m_megaSale);
    go->addStretch();
    m_plan->setDefault(true);
    go->addWidget(m_plan);
    body->addLayout(go);
    layout->addWidget(inputs);

    QFrame *result = makeCard(tr("Plan"), &body, content);
    auto *budgetLine = new QHBoxLayout();
    budgetLine->addWidget(new QLabel(tr("Budget used"), result));
    m_budgetBar->setRange(0, 100);
    m_budgetBar->setValue(0);
    m_budgetBar->setTextVisible(true);
    budgetLine->addWidget(m_budgetBar, 1);
    body->addLayout(budgetLine);
    m_totals->setWordWrap(true);
    body->addWidget(m_totals);
    m_warnings->setWordWrap(true);
    m_warnings->setObjectName(u"planWarnings"_s);
    m_warnings->setTextFormat(Qt::PlainText); // they name products
    m_warnings->setVisible(false);
    body->addWidget(m_warnings);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(RestockPlanModel::SortRole);
    m_table = makeForecastTable(proxy, RestockPlanModel::Reason, RestockPlanModel::Product, 190, result);
    m_table->sortByColumn(RestockPlanModel::Priority, Qt::AscendingOrder);
    m_table->setMinimumHeight(260);
    body->addWidget(m_table, 1);
    m_reason = new QLabel(result);
    m_reason->setObjectName(u"planReason"_s);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body->addWidget(m_reason);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, proxy](const QModelIndex &i) {
                const int row = proxy->mapToSource(i).row();
                if (row < 0 || row >= int(m_model->plan().lines.size()))
                    return;
                const RestockLine &l = m_model->plan().lines[size_t(row)];
                m_reason->setText(u"<b>"_s + l.name.toHtmlEscaped() + u":</b> "_s + l.reason.toHtmlEscaped());
            });
    layout->addWidget(result, 1);

    m_load.bind(
        this, [this] { return startLoad(); }, [this](const Outcome &o) { onFinished(o); });
    connect(m_plan, &QPushButton::clicked, this, &RestockPage::refresh);
    connect(m_budget, &QLineEdit::returnPressed, this, &RestockPage::refresh);
    connect(m_csv, &QPushButton::clicked, this, &RestockPage::chooseCsv);
    connect(m_pdf, &QPushButton::clicked, this, &RestockPage::choosePdf);
    connect(m_print, &QPushButton::clicked, this, &RestockPage::print);
    connect(&m_forecasts, &ForecastService::forecastsUpdated, this, [this](qint64 shopId) {
        if (m_scope.shopIds.contains(shopId))
            m_load.soon();
    });
    m_currencyLabel->setText(currencySymbol(m_currency));
    for (QPushButton *b : {m_csv, m_pdf, m_print})
        b->setEnabled(false);
}

RestockPage::~RestockPage() {}

bool RestockPage::showsEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

Result<RestockSettings> RestockPage::settings() const
{
    RestockSettings st;
    st.currency = m_currency;
    const QString text = plainDecimal(m_budget->text());
    if (!text.isEmpty()) {
        const auto minor = parseMinorUnits(text, currencyExponent(m_currency));
        if (!minor || *minor < 0)
            return Error::invalid(tr("Budget: enter an amount in %1, like %2 or %3.")
                                      .arg(m_currency, QLocale().toString(20000), budgetExample(m_currency)));
        st.budgetMinor = *minor;
    }
    st.goal = RestockGoal(m_goal->currentData().toInt());
    st.horizonDays = m_horizon->value();
    st.leadTimeDays = m_lead->value();
    st.serviceLevel = double(m_service->value()) / 100.0;
    st.paydayEffects = m_payday->isChecked();
    st.megaSaleEffects = m_megaSale->isChecked();
    return st;
}

void RestockPage::setInputs(const QString &budget, RestockGoal goal, int horizonDays, int leadTimeDays,
                            double serviceLevel, bool payday, bool megaSale)
{
    m_budget->setText(budget);
    m_goal->setCurrentIndex(m_goal->findData(int(goal)));
    m_horizon->setValue(horizonDays);
    m_lead->setValue(leadTimeDays);
    m_service->setValue(int(std::lround(serviceLevel * 100.0)));
    m_payday->setChecked(payday);
    m_megaSale->setChecked(megaSale);
}

QString RestockPage::warningsText() const
{
    return m_warnings->isVisible() ? m_warnings->text() : QString();
}

int RestockPage::budgetUsedPercent() const
{
    return m_budgetBar->value();
}

void RestockPage::setScope(const AnalyticsScope &scope)
{
    m_scope = scope;
    refresh();
}

void RestockPage::refresh()
{
    m_status->setToolTip({}); // the path of the last export, whose text goes now
    if (auto st = settings(); !st) {
        m_status->setText(st.error().message);
        emit failed(st.error().message);
        return;
    }
    m_load.now();
}

QFuture<RestockPage::Outcome> RestockPage::startLoad()
{
    auto st = settings();
    if (!st) { // the inputs became invalid while the previous plan ran
        Outcome o;
        o.error = st.error().message;
        return QtFuture::makeReadyFuture(o);
    }
    m_status->setText(tr("Planning…"));
    ForecastService *forecasts = &m_forecasts;
    AnalyticsService *analytics = &m_analytics;
    const AnalyticsScope scope = m_scope;
    PlannerRequest rq;
    rq.settings = *st;
    const QString typed = plainDecimal(m_budget->text());
    return QtConcurrent::run([forecasts, analytics, scope, rq, typed]() mutable {
        Outcome o;
        auto shops = analytics->shops(scope);
        if (!shops) {
            o.error = shops.error().message;
            return o;
        }
        QList<qint64> ids;
        for (const Shop &s : std::as_const(*shops))
            ids.append(s.id);
        o.hasShops = !ids.isEmpty();
        if (!o.hasShops)
            return o;
        o.currency = shops->first().currency;
        if (o.currency != rq.settings.currency) {
            // The budget was read in another currency's minor units: read the typed text again.
            const auto minor = parseMinorUnits(typed, currencyExponent(o.currency));
            rq.settings.budgetMinor = minor.value_or(0);
            rq.settings.currency = o.currency;
        }
        auto plan = forecasts->planRestock(ids, rq);
        if (plan)
            o.plan = std::move(*plan);
        else
            o.error = plan.error().message;
        return o;
    });
}

void RestockPage::onFinished(const Outcome &o)
{
    m_stack->setCurrentIndex(o.hasShops ? 1 : 0);
    if (!o.currency.isEmpty() && o.currency != m_currency) {
        m_currency = o.currency;
        m_currencyLabel->setText(currencySymbol(m_currency));
    }
    if (!o.plan) {
        m_status->setText(o.error.isEmpty() ? QString() : tr("Could not make the plan: %1").arg(o.error));
        layOutNow();
        if (!o.error.isEmpty())
            emit failed(o.error);
        else
            emit refreshed(); // no shop in scope: the empty state is the result
        return;
    }
    m_status->clear();
    const RestockPlan &plan = *o.plan;
    m_model->setPlan(plan);
    m_hasPlan = true;
    m_reason->clear();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_table->model()->index(0, 0));
    const int used =
        plan.budgetMinor > 0 ? int(std::min<qint64>(100, plan.spentMinor * 100 / plan.budgetMinor)) : 0;
    m_budgetBar->setValue(used);
    m_budgetBar->setFormat(
        tr("%1 of %2")
            .arg(formatMoney(plan.spentMinor, plan.currency), formatMoney(plan.budgetMinor, plan.currency)));
    int toBuy = 0, atRisk = 0;
    for (const RestockLine &l : plan.lines) {
        toBuy += l.plannedQty > 0 ? 1 : 0;
        atRisk += l.atRisk ? 1 : 0;
    }
    QString totals = tr("%n product(s) to buy", nullptr, toBuy) + u" · "_s +
                     tr("expected revenue %1, expected profit %2")
                         .arg(formatMoney(plan.expectedRevenueMinor, plan.currency),
                              formatMoney(plan.expectedProfitMinor, plan.currency)) +
                     u" · "_s + tr("%n product(s) below the reorder point", nullptr, atRisk);
    if (plan.budgetMinor == 0)
        totals +=
            u"\n"_s + tr("Enter a budget to see what it buys; the recommended quantities need no budget.");
    m_totals->setText(totals);
    m_warnings->setText(plan.warnings.isEmpty() ? QString() : u"⚠ "_s + plan.warnings.join(u"\n⚠ "_s));
    m_warnings->setVisible(!plan.warnings.isEmpty());
    for (QPushButton *b : {m_csv, m_pdf, m_print})
        b->setEnabled(true);
    layOutNow();
    emit refreshed();
}

Result<void> RestockPage::exportCsv(const QString &path) const
{
    if (!m_hasPlan)
        return Error::invalid(tr("No plan to export yet."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::storage(tr("Could not write %1: %2").arg(path, file.errorString()));
    // A byte order mark, as the report export writes, so spreadsheets read product names as UTF-8.
    file.write("\xEF\xBB\xBF");
    file.write(shoppingListCsv(m_model->plan(), m_model->plan().currency).toUtf8());
    if (!file.commit())
        return Error::storage(tr("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<int> RestockPage::exportPdf(const QString &path) const
{
    if (!m_hasPlan)
        return Error::invalid(tr("No plan to export yet."));
    return writeShoppingListPdf(m_model->plan(), path);
}

static QString suggestedName(const QString &suffix)
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/shopping-list_"_s +
           Clock::today(QTimeZone::systemTimeZone()).toString(Qt::ISODate) + suffix;
}

void RestockPage::chooseCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), suggestedName(u".csv"_s),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto r = exportCsv(path); !r)
        QMessageBox::warning(this, tr("Export CSV"),
                             tr("Could not save the file: %1").arg(r.error().message));
    else
        showSaved(path);
}

// An export said nothing when it worked: the seller looked for the file to open it.
void RestockPage::showSaved(const QString &path)
{
    m_status->setText(tr("Saved %1").arg(QFileInfo(path).fileName()));
    m_status->setToolTip(QDir::toNativeSeparators(path));
}

void RestockPage::choosePdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), suggestedName(u".pdf"_s),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto r = exportPdf(path); !r)
        QMessageBox::warning(this, tr("Export PDF"),
                             tr("Could not save the file: %1").arg(r.error().message));
    else
        showSaved(path);
}

void RestockPage::print()
{
    if (!m_hasPlan)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Shopping list"));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    renderShoppingList(m_model->plan(), printer);
}

} // namespace bva::ui
