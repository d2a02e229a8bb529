#include "csvimportdialog.h"

#include "models/displayformat.h"
#include "shell/async.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bva::ui {

namespace {

constexpr qint64 kMaxFileBytes = 32 * 1024 * 1024;

QString stateText(ImportRow::State s, CsvImportDialog::Kind kind)
{
    switch (s) {
    case ImportRow::State::New:
        return CsvImportDialog::tr("New");
    case ImportRow::State::Update:
        return CsvImportDialog::tr("Update");
    case ImportRow::State::Unchanged:
        return kind == CsvImportDialog::Kind::Sales ? CsvImportDialog::tr("Already imported")
                                                    : CsvImportDialog::tr("Unchanged");
    case ImportRow::State::Error:
        break;
    }
    return CsvImportDialog::tr("Error");
}

} // namespace

CsvImportDialog::CsvImportDialog(Kind kind, NativeCatalog &catalog, const Actor &actor,
                                 const QList<AccessibleShop> &channels, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_catalog(catalog)
    , m_actor(actor)
    , m_channels(channels)
    , m_channel(new QComboBox(this))
    , m_file(new QLabel(tr("No file chosen"), this))
    , m_choose(new QPushButton(tr("Choose file…"), this))
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_validOnly(new QRadioButton(tr("Import the valid rows and skip the rows with errors"), this))
    , m_allOrNothing(new QRadioButton(tr("Import nothing unless every row is valid"), this))
{
    setWindowTitle(kind == Kind::Products ? tr("Import products from CSV") : tr("Import sales from CSV"));
    resize(860, 560);
    for (const AccessibleShop &c : std::as_const(m_channels))
        m_channel->addItem(c.shop.name, c.shop.id);
    m_channel->setEnabled(m_channels.size() > 1);
    auto *fileRow = new QHBoxLayout();
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    auto *form = new QFormLayout();
    form->addRow(tr("Channel"), m_channel);
    form->addRow(tr("File"), fileRow);
    auto *hint =
        new QLabel(kind == Kind::Products
                       ? tr("Columns: sku, name, price (required); cost, stock, category, description. "
                            "A row whose SKU is already in the channel updates that product.")
                       : tr("Columns: date, sku, quantity (required); unit_price, receipt, customer. "
                            "Rows with the same receipt form one sale."),
                   this);
    hint->setWordWrap(true);
    form->addRow(hint);
    if (kind == Kind::Sales) {
        m_useDefaultDate = new QCheckBox(tr("Rows without a date were sold on"), this);
        m_defaultDate = new QDateTimeEdit(now.toLocalTime(), this);
        m_defaultDate->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        m_defaultDate->setCalendarPopup(true);
        m_defaultDate->setEnabled(false);
        auto *dateRow = new QHBoxLayout();
        dateRow->addWidget(m_useDefaultDate);
        dateRow->addWidget(m_defaultDate, 1);
        form->addRow(dateRow);
        m_oversell = new QCheckBox(tr("Allow selling more than is in stock (the stock stops at 0)"), this);
        form->addRow(m_oversell);
        connect(m_useDefaultDate, &QCheckBox::toggled, m_defaultDate, &QWidget::setEnabled);
        connect(m_useDefaultDate, &QCheckBox::toggled, this, &CsvImportDialog::refreshPreview);
        connect(m_defaultDate, &QDateTimeEdit::editingFinished, this, &CsvImportDialog::refreshPreview);
        connect(m_oversell, &QCheckBox::toggled, this, &CsvImportDialog::refreshPreview);
    }
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    m_validOnly->setChecked(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_validOnly);
    layout->addWidget(m_allOrNothing);
    layout->addWidget(buttons);
    connect(m_choose, &QPushButton::clicked, this, &CsvImportDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &CsvImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &CsvImportDialog::refreshPreview);
    connect(m_allOrNothing, &QRadioButton::toggled, this, [this] {
        if (m_preview)
            showPreview(*m_preview);
    });
}

void CsvImportDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, windowTitle(), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void CsvImportDialog::loadFile(const QString &path)
{
    m_file->setText(QFileInfo(path).fileName());
    m_summary->setText(tr("Reading…"));
    runAsync(
        this,
        [path]() -> Result<QByteArray> {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return Error::invalid(tr("Cannot open %1: %2").arg(path, f.errorString()));
            if (f.size() > kMaxFileBytes)
                return Error::invalid(tr("%1 is larger than 32 MB; split it into smaller files.").arg(path));
            return f.readAll();
        },
        [this](const Result<QByteArray> &bytes) {
            if (!bytes) {
                m_bytes.clear();
                showPreview(bytes.error());
                return;
            }
            m_bytes = *bytes;
            refreshPreview();
        });
}

SalesImportOptions CsvImportDialog::salesOptions() const
{
    SalesImportOptions o;
    if (m_useDefaultDate && m_useDefaultDate->isChecked())
        o.defaultDate = m_defaultDate->dateTime().toUTC();
    o.allowOversell = m_oversell && m_oversell->isChecked();
    return o;
}

void CsvImportDialog::refreshPreview()
{
    if (m_bytes.isEmpty())
        return;
    m_import->setEnabled(false);
    NativeCatalog *catalog = &m_catalog;
    const Actor actor = m_actor;
    const qint64 shopId = m_channel->currentData().toLongLong();
    const QByteArray bytes = m_bytes;
    const Kind kind = m_kind;
    const SalesImportOptions options = salesOptions();
    runAsync(
        this,
        [catalog, actor, shopId, bytes, kind, options] {
            CatalogImport import(*catalog);
            return kind == Kind::Products ? import.previewProducts(actor, shopId, bytes)
                                          : import.previewSales(actor, shopId, bytes, options);
        },
        [this](const Result<ImportPreview> &preview) { showPreview(preview); });
}

// A file's cell as the preview shows it: up to 120 characters, the rest in its tip (plain text, up to 2,000).
// A file may hold 20,000-character cells, which made columns wider than any screen and slow to draw.
static QTableWidgetItem *previewItem(const QString &text)
{
    auto *item = new QTableWidgetItem(shortened(text, 120));
    if (item->text().size() != text.size())
        item->setToolTip(plainToolTip(shortened(text, 2000)));
    return item;
}

void CsvImportDialog::showPreview(const Result<ImportPreview> &preview)
{
    m_table->clear();
    m_table->setRowCount(0);
    if (!preview) {
        m_preview.reset();
        m_table->setColumnCount(0);
        m_summary->setText(tr("This file cannot be imported: %1").arg(preview.error().message));
        m_import->setEnabled(false);
        emit previewShown();
        return;
    }
    m_preview = *preview;
    QStringList headers{tr("Row"), tr("Status")};
    headers << preview->columns << tr("Problem");
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(preview->rows.size()));
    for (int r = 0; r < preview->rows.size(); ++r) {
        const ImportRow &row = preview->rows.at(r);
        m_table->setItem(r, 0, new QTableWidgetItem(QString::number(row.line)));
        m_table->setItem(r, 1, new QTableWidgetItem(stateText(row.state, m_kind)));
        for (int c = 0; c < row.cells.size(); ++c)
            m_table->setItem(r, 2 + c, previewItem(row.cells.at(c)));
        m_table->setItem(r, int(headers.size()) - 1, previewItem(row.reason));
        if (row.state == ImportRow::State::Error) {
            for (int c = 0; c < m_table->columnCount(); ++c) {
                if (QTableWidgetItem *item = m_table->item(r, c))
                    item->setForeground(QColor(0xc0, 0x39, 0x2b));
            }
        }
    }
    m_table->resizeColumnsToContents();
    const int fresh = preview->count(ImportRow::State::New);
    const int updates = preview->count(ImportRow::State::Update);
    const int same = preview->count(ImportRow::State::Unchanged);
    const int errors = preview->count(ImportRow::State::Error);
    m_summary->setText(tr("%1 rows: %2 new, %3 to update, %4 already there, %5 with errors.")
                           .arg(preview->rows.size())
                           .arg(fresh)
                           .arg(updates)
                           .arg(same)
                           .arg(errors));
    const bool blocked = m_allOrNothing->isChecked() && errors > 0;
    m_import->setEnabled(fresh + updates > 0 && !blocked);
    emit previewShown();
}

void CsvImportDialog::runImport()
{
    if (m_bytes.isEmpty() || !m_preview)
        return;
    m_import->setEnabled(false);
    NativeCatalog *catalog = &m_catalog;
    const Actor actor = m_actor;
    const qint64 shopId = m_channel->currentData().toLongLong();
    const QByteArray bytes = m_bytes;
    const Kind kind = m_kind;
    const SalesImportOptions options = salesOptions();
    const auto policy = m_allOrNothing->isChecked() ? CatalogImport::Policy::AllOrNothing
                                                    : CatalogImport::Policy::ValidRowsOnly;
    runAsync(
        this,
        [catalog, actor, shopId, bytes, kind, options, policy] {
            CatalogImport import(*catalog);
            return kind == Kind::Products ? import.importProducts(actor, shopId, bytes, policy)
                                          : import.importSales(actor, shopId, bytes, policy, options);
        },
        [this](const Result<ImportOutcome> &r) {
            if (!r) {
                m_summary->setText(tr("Nothing was imported: %1").arg(r.error().message));
                emit failed(r.error().message);
                refreshPreview();
                return;
            }
            m_outcome = *r;
            m_summary->setText(
                tr("Imported: %1 new, %2 updated, %3 already there, %4 rows with errors skipped.")
                    .arg(r->created)
                    .arg(r->updated)
                    .arg(r->unchanged)
                    .arg(r->skipped));
            emit imported(*r);
            refreshPreview(); // shows every imported row as already there
        });
}

} // namespace bva::ui
