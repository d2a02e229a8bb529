#include "saledialog.h"

#include "domain/money.h"
#include "models/displayformat.h"
#include "shell/async.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bva::ui {

SaleDialog::SaleDialog(NativeCatalog &catalog, const Actor &actor, const QList<AccessibleShop> &channels,
                       const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_actor(actor)
    , m_channels(channels)
    , m_channel(new QComboBox(this))
    , m_date(new QDateTimeEdit(now.toLocalTime(), this))
    , m_customer(new QLineEdit(this))
    , m_lines(new QTableWidget(0, 4, this))
    , m_addLine(new QPushButton(tr("Add line"), this))
    , m_removeLine(new QPushButton(tr("Remove line"), this))
    , m_total(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Record sale"));
    resize(640, 460);
    for (const AccessibleShop &c : std::as_const(m_channels))
        m_channel->addItem(c.shop.name, c.shop.id);
    m_channel->setEnabled(m_channels.size() > 1);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_customer->setPlaceholderText(tr("optional"));
    m_lines->setHorizontalHeaderLabels({tr("Product"), tr("Quantity"), tr("Unit price"), tr("Subtotal")});
    m_lines->horizontalHeader()->setSectionResizeMode(ProductColumn, QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout();
    form->addRow(tr("Channel"), m_channel);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Customer"), m_customer);
    auto *lineButtons = new QHBoxLayout();
    lineButtons->addWidget(m_addLine);
    lineButtons->addWidget(m_removeLine);
    lineButtons->addStretch();
    lineButtons->addWidget(m_total);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_record = buttons->addButton(tr("Record sale"), QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_lines, 1);
    layout->addLayout(lineButtons);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SaleDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addLine, &QPushButton::clicked, this, [this] { addLine(0); });
    connect(m_removeLine, &QPushButton::clicked, this, [this] {
        if (m_lines->currentRow() >= 0)
            m_lines->removeRow(m_lines->currentRow());
        onLineChanged();
    });
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        m_lines->setRowCount(0);
        loadProducts();
    });
    connect(m_date, &QDateTimeEdit::dateTimeChanged, this, [this] { resetConfirmation(); });
    m_addLine->setEnabled(false);
    loadProducts();
    onLineChanged();
}

QString SaleDialog::currency() const
{
    const qint64 id = m_channel->currentData().toLongLong();
    for (const AccessibleShop &c : m_channels) {
        if (c.shop.id == id)
            return c.shop.currency;
    }
    return u"PHP"_s;
}

void SaleDialog::loadProducts()
{
    const qint64 shopId = m_channel->currentData().toLongLong();
    m_addLine->setEnabled(false);
    NativeCatalog *catalog = &m_catalog;
    const Actor actor = m_actor;
    runAsync(
        this, [catalog, actor, shopId] { return catalog->products(actor, shopId); },
        [this, shopId](const Result<QList<Product>> &r) {
            if (m_channel->currentData().toLongLong() != shopId)
                return;
            if (!r)
                return showError(r.error().message);
            m_products = *r;
            m_addLine->setEnabled(!m_products.isEmpty());
            if (m_products.isEmpty())
                showError(tr("This channel has no products yet: add one with New product first."), true);
            else if (m_lines->rowCount() == 0)
                addLine(0);
            emit productsLoaded();
        });
}

void SaleDialog::addLine(int productIndex)
{
    if (productIndex < 0 || productIndex >= m_products.size())
        return;
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    auto *product = new QComboBox(m_lines);
    for (const Product &p : std::as_const(m_products))
        product->addItem(p.sku.isEmpty() ? p.name
                                         : tr("%1 (%2) · %3 in stock").arg(p.name, p.sku).arg(p.stock),
                         p.externalId);
    product->setCurrentIndex(productIndex);
    auto *quantity = new QSpinBox(m_lines);
    quantity->setRange(1, NativeCatalog::kMaxQuantity);
    auto *price = new QLineEdit(
        formatMinorUnits(m_products.at(productIndex).priceMinor, currencyExponent(currency())), m_lines);
    m_lines->setCellWidget(row, ProductColumn, product);
    m_lines->setCellWidget(row, QuantityColumn, quantity);
    m_lines->setCellWidget(row, PriceColumn, price);
    m_lines->setItem(row, SubtotalColumn, new QTableWidgetItem());
    m_lines->item(row, SubtotalColumn)->setFlags(Qt::ItemIsEnabled);
    connect(product, &QComboBox::currentIndexChanged, this, [this, price](int index) {
        if (index >= 0 && index < m_products.size())
            price->setText(formatMinorUnits(m_products.at(index).priceMinor, currencyExponent(currency())));
        onLineChanged();
    });
    connect(quantity, &QSpinBox::valueChanged, this, &SaleDialog::onLineChanged);
    connect(price, &QLineEdit::textChanged, this, &SaleDialog::onLineChanged);
    m_lines->setCurrentCell(row, ProductColumn);
    onLineChanged();
}

void SaleDialog::onLineChanged()
{
    resetConfirmation();
    const QString cur = currency();
    const int exp = currencyExponent(cur);
    qint64 total = 0;
    bool known = true;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const auto *quantity = qobject_cast<QSpinBox *>(m_lines->cellWidget(row, QuantityColumn));
        const auto *price = qobject_cast<QLineEdit *>(m_lines->cellWidget(row, PriceColumn));
        const qint64 unit = price ? parseExactMinorUnits(price->text(), exp).value_or(-1) : -1;
        const qint64 subtotal =
            unit >= 0 && quantity ? checkedMoneyProduct(unit, quantity->value()).value_or(-1) : -1;
        if (QTableWidgetItem *item = m_lines->item(row, SubtotalColumn))
            item->setText(subtotal >= 0 ? formatMoney(subtotal, cur) : tr("—"));
        const qint64 sum = subtotal >= 0 ? checkedMoneySum(total, subtotal).value_or(-1) : -1;
        known = known && sum >= 0;
        if (sum >= 0)
            total = sum;
    }
    m_total->setText(known ? tr("Total %1").arg(formatMoney(total, cur)) : tr("Total —"));
    m_record->setEnabled(m_lines->rowCount() > 0);
}

void SaleDialog::resetConfirmation()
{
    if (!m_confirming)
        return;
    m_confirming = false;
    m_record->setText(tr("Record sale"));
    showError({});
}

void SaleDialog::showError(const QString &text, bool warning)
{
    m_error->setStyleSheet(warning ? u"color: #b9770e;"_s : u"color: #c0392b;"_s);
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

Result<OfflineSale> SaleDialog::saleOfForm() const
{
    OfflineSale sale;
    sale.shopId = m_channel->currentData().toLongLong();
    sale.placedAt = m_date->dateTime().toUTC();
    sale.customerName = m_customer->text().trimmed();
    const int exp = currencyExponent(currency());
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const auto *product = qobject_cast<QComboBox *>(m_lines->cellWidget(row, ProductColumn));
        const auto *quantity = qobject_cast<QSpinBox *>(m_lines->cellWidget(row, QuantityColumn));
        const auto *price = qobject_cast<QLineEdit *>(m_lines->cellWidget(row, PriceColumn));
        if (!product || !quantity || !price)
            continue;
        const auto unit = parseExactMinorUnits(price->text(), exp);
        if (!unit)
            return Error::invalid(
                tr("Line %1: write the unit price like 199.50 (at most %2 decimals).").arg(row + 1).arg(exp));
        sale.lines.append({product->currentData().toString(), quantity->value(), *unit});
    }
    if (sale.lines.isEmpty())
        return Error::invalid(tr("Add at least one product to the sale."));
    return sale;
}

void SaleDialog::record()
{
    auto sale = saleOfForm();
    if (!sale)
        return showError(sale.error().message);
    const bool confirmed = m_confirming;
    m_record->setEnabled(false);
    NativeCatalog *catalog = &m_catalog;
    const Actor actor = m_actor;
    const OfflineSale s = *sale;
    struct Outcome
    {
        QList<StockShortage> shortages;
        std::optional<Result<SaleOutcome>> sale;
    };
    runAsync(
        this,
        [catalog, actor, s, confirmed]() -> Outcome {
            Outcome o;
            if (!confirmed) {
                auto shortages = catalog->shortages(actor, s);
                if (!shortages) {
                    o.sale = Result<SaleOutcome>(shortages.error());
                    return o;
                }
                o.shortages = *shortages;
                if (!o.shortages.isEmpty())
                    return o;
            }
            o.sale = catalog->recordSale(actor, s, confirmed);
            return o;
        },
        [this](const Outcome &o) {
            m_record->setEnabled(true);
            if (!o.shortages.isEmpty()) {
                QStringList lines;
                for (const StockShortage &s : o.shortages)
                    lines << tr("%1: %2 in stock, selling %3").arg(s.name).arg(s.inStock).arg(s.wanted);
                showError(
                    tr("Not enough stock. %1. Sell anyway? The stock stops at 0.").arg(lines.join(u"; "_s)),
                    true);
                m_confirming = true;
                m_record->setText(tr("Sell anyway"));
                return;
            }
            if (!o.sale)
                return;
            if (!*o.sale)
                return showError(o.sale->error().message);
            m_recorded = o.sale->value();
            emit saleRecorded(m_recorded->order);
            accept();
        });
}

} // namespace bva::ui
