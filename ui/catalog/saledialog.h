// Record sale: an offline (walk-in) sale of a BVA channel. The date defaults to now and can be
// changed; each line is a product, a quantity and a unit price (the product's price unless changed).
// Selling more than is in stock asks first: the shortage is named under the form and the button
// becomes "Sell anyway"; changing the sale asks again. The store work (products, the shortage check,
// the sale with its stock change in one transaction) runs through NativeCatalog off the GUI thread.
#pragma once

#include "auth/actor.h"
#include "auth/shopaccess.h"
#include "domain/product.h"
#include "sync/nativecatalog.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace bva::ui {

class SaleDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Column { ProductColumn, QuantityColumn, PriceColumn, SubtotalColumn };

    SaleDialog(NativeCatalog &catalog, const Actor &actor, const QList<AccessibleShop> &channels,
               const QDateTime &now, QWidget *parent = nullptr);

    QComboBox *channelBox() const { return m_channel; }
    QDateTimeEdit *dateField() const { return m_date; }
    QLineEdit *customerField() const { return m_customer; }
    QTableWidget *lines() const { return m_lines; }
    QPushButton *addLineButton() const { return m_addLine; }
    QPushButton *recordButton() const { return m_record; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *totalLabel() const { return m_total; }
    const QList<Product> &products() const { return m_products; }
    // A new line for the product at `index` of products(), quantity 1 at its price.
    void addLine(int productIndex = 0);
    const std::optional<SaleOutcome> &recorded() const { return m_recorded; }

signals:
    void productsLoaded();
    void saleRecorded(const bva::Order &order);

private:
    void loadProducts();
    void onLineChanged();
    void record();
    Result<OfflineSale> saleOfForm() const;
    void showError(const QString &text, bool warning = false);
    void resetConfirmation();
    QString currency() const;

    NativeCatalog &m_catalog;
    Actor m_actor;
    QList<AccessibleShop> m_channels;
    QList<Product> m_products;
    bool m_confirming = false; // the shortage was shown: the next click sells anyway
    std::optional<SaleOutcome> m_recorded;
    QComboBox *m_channel;
    QDateTimeEdit *m_date;
    QLineEdit *m_customer;
    QTableWidget *m_lines;
    QPushButton *m_addLine;
    QPushButton *m_removeLine;
    QLabel *m_total;
    QLabel *m_error;
    QPushButton *m_record;
};

} // namespace bva::ui
