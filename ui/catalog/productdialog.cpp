#include "productdialog.h"

#include "domain/money.h"
#include "platforms/payloadreader.h"
#include "shell/async.h"
#include "sync/nativecatalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bva::ui {

namespace {
constexpr int kMaxAmountChars = 32; // "1234567890.12" and then some: an amount is never longer
} // namespace

ProductDialog::ProductDialog(NativeCatalog &catalog, const Actor &actor,
                             const QList<AccessibleShop> &channels, const QStringList &categories,
                             std::optional<Product> existing, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_actor(actor)
    , m_channels(channels)
    , m_existing(std::move(existing))
    , m_channel(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_sku(new QLineEdit(this))
    , m_price(new QLineEdit(this))
    , m_cost(new QLineEdit(this))
    , m_stock(new QSpinBox(this))
    , m_category(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(m_existing ? tr("Edit product") : tr("New product"));
    for (const AccessibleShop &c : std::as_const(m_channels))
        m_channel->addItem(c.shop.name, c.shop.id);
    if (m_existing)
        m_channel->setCurrentIndex(qMax(0, m_channel->findData(m_existing->shopId)));
    m_channel->setEnabled(!m_existing && m_channels.size() > 1);
    // A pasted megabyte stops at the field; the caps count characters, so up to two UTF-16 units each fit
    // (1,000 emoji are a name), and saving checks the exact count.
    m_name->setMaxLength(2 * payload::kMaxNameChars);
    m_sku->setMaxLength(2 * payload::kMaxSkuChars);
    m_price->setMaxLength(kMaxAmountChars);
    m_cost->setMaxLength(kMaxAmountChars);
    m_price->setPlaceholderText(tr("e.g. 199.50"));
    m_cost->setPlaceholderText(tr("optional: what one unit costs you"));
    m_stock->setRange(0, NativeCatalog::kMaxStock);
    m_category->setEditable(true);
    m_category->lineEdit()->setMaxLength(2 * payload::kMaxCategoryChars);
    m_category->addItem(QString());
    m_category->addItems(categories);
    m_error->setObjectName(u"formError"_s);
    m_error->setStyleSheet(u"color: #c0392b;"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout();
    form->addRow(tr("Channel"), m_channel);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("SKU"), m_sku);
    form->addRow(tr("Price"), m_price);
    form->addRow(tr("Cost"), m_cost);
    form->addRow(tr("Stock"), m_stock);
    form->addRow(tr("Category"), m_category);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_existing) {
        m_remove = buttons->addButton(tr("Remove product…"), QDialogButtonBox::DestructiveRole);
        m_remove->setToolTip(tr("Take it off your BVA channel; its past sales stay in your reports"));
        connect(m_remove, &QPushButton::clicked, this, &ProductDialog::remove);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    if (m_existing) {
        const int exp = currencyExponent(currency());
        m_name->setText(m_existing->name);
        m_sku->setText(m_existing->sku);
        m_price->setText(formatMinorUnits(m_existing->priceMinor, exp));
        if (m_existing->costMinor)
            m_cost->setText(formatMinorUnits(*m_existing->costMinor, exp));
        m_stock->setValue(m_existing->stock);
        m_category->setCurrentText(m_existing->category);
    }
}

QString ProductDialog::currency() const
{
    const qint64 id = m_channel->currentData().toLongLong();
    for (const AccessibleShop &c : m_channels) {
        if (c.shop.id == id)
            return c.shop.currency;
    }
    return u"PHP"_s;
}

void ProductDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ProductDialog::save()
{
    const qint64 shopId = m_channel->currentData().toLongLong();
    if (shopId <= 0)
        return showError(tr("There is no BVA channel you may add products to."));
    const int exp = currencyExponent(currency());
    Product p = m_existing.value_or(Product());
    p.name = m_name->text().trimmed();
    p.sku = m_sku->text().trimmed();
    if (p.name.isEmpty())
        return showError(tr("Give the product a name."));
    if (p.sku.isEmpty())
        return showError(tr("Give the product a SKU (your own code for it, unique in the channel)."));
    const auto price = parseExactMinorUnits(m_price->text(), exp);
    if (!price)
        return showError(tr("Price: write an amount like 199.50 (at most %1 decimals).").arg(exp));
    p.priceMinor = *price;
    if (m_cost->text().trimmed().isEmpty()) {
        p.costMinor.reset();
    } else {
        const auto cost = parseExactMinorUnits(m_cost->text(), exp);
        if (!cost)
            return showError(tr("Cost: write an amount like 120.00, or leave it empty."));
        p.costMinor = *cost;
    }
    p.stock = m_stock->value();
    p.category = m_category->currentText().trimmed();
    showError({});
    m_save->setEnabled(false);
    NativeCatalog *catalog = &m_catalog;
    const Actor actor = m_actor;
    runAsync(
        this, [catalog, actor, shopId, p] { return catalog->saveProduct(actor, shopId, p); },
        [this](const Result<Product> &r) {
            m_save->setEnabled(true);
            if (!r)
                return showError(r.error().message);
            m_saved = *r;
            emit productSaved(*r);
            accept();
        });
}

void ProductDialog::remove()
{
    // Window-modal, not a nested event loop: the dialog stays responsive and testable.
    auto *ask = new QMessageBox(
        QMessageBox::Question, tr("Remove product"),
        tr("Remove \"%1\" from %2? Its past sales stay in orders and reports; it leaves Products, SmartShelf "
           "and restock plans, and its SKU can be used again.")
            .arg(m_existing->name, m_channel->currentText()),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    ask->setObjectName(u"confirmRemove"_s);
    ask->setTextFormat(Qt::PlainText);
    ask->setDefaultButton(QMessageBox::Cancel);
    ask->button(QMessageBox::Yes)->setText(tr("Remove"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask->button(QMessageBox::Yes), &QAbstractButton::clicked, this, &ProductDialog::removeConfirmed);
    ask->open();
}

void ProductDialog::removeConfirmed()
{
    showError({});
    m_save->setEnabled(false);
    m_remove->setEnabled(false);
    NativeCatalog *catalog = &m_catalog;
    const Actor actor = m_actor;
    const qint64 shopId = m_existing->shopId;
    const QString externalId = m_existing->externalId;
    runAsync(
        this,
        [catalog, actor, shopId, externalId] { return catalog->removeProduct(actor, shopId, externalId); },
        [this, externalId](const Result<void> &r) {
            m_save->setEnabled(true);
            m_remove->setEnabled(true);
            if (!r)
                return showError(r.error().message);
            emit productRemoved(externalId);
            accept();
        });
}

} // namespace bva::ui
