// New product / Edit product for a BVA channel (products that live only in BVA): name, SKU (unique in
// the channel), price and cost typed as decimals of the channel's currency and kept as integer minor
// units, stock and category. Saved through NativeCatalog off the GUI thread; what the store refuses
// (a SKU already used, a role that does not allow it) shows under the form and the dialog stays open.
#pragma once

#include "auth/actor.h"
#include "auth/shopaccess.h"
#include "domain/product.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace bva {
class NativeCatalog;
}

namespace bva::ui {

class ProductDialog final : public QDialog
{
    Q_OBJECT
public:
    // `channels`: the BVA channels the user may edit. `existing`: the product to edit (its channel is fixed).
    ProductDialog(NativeCatalog &catalog, const Actor &actor, const QList<AccessibleShop> &channels,
                  const QStringList &categories, std::optional<Product> existing = std::nullopt,
                  QWidget *parent = nullptr);

    QComboBox *channelBox() const { return m_channel; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *skuField() const { return m_sku; }
    QLineEdit *priceField() const { return m_price; }
    QLineEdit *costField() const { return m_cost; }
    QSpinBox *stockField() const { return m_stock; }
    QComboBox *categoryBox() const { return m_category; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *removeButton() const { return m_remove; } // editing only
    QLabel *errorLabel() const { return m_error; }
    const std::optional<Product> &saved() const { return m_saved; }

signals:
    void productSaved(const bva::Product &product);
    void productRemoved(const QString &externalId);

private:
    void save();
    void remove();
    void removeConfirmed();
    void showError(const QString &text);
    QString currency() const;

    NativeCatalog &m_catalog;
    Actor m_actor;
    QList<AccessibleShop> m_channels;
    std::optional<Product> m_existing;
    std::optional<Product> m_saved;
    QComboBox *m_channel;
    QLineEdit *m_name;
    QLineEdit *m_sku;
    QLineEdit *m_price;
    QLineEdit *m_cost;
    QSpinBox *m_stock;
    QComboBox *m_category;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_remove = nullptr;
};

} // namespace bva::ui
