// Settings → Exchange rates: the currency "All shops" totals are converted into and what one unit of
// each other shop currency is worth in it. Figures of different currencies are never added; these
// rates only add a total labelled as converted (Dashboard, Sales Summary report and its exports).
// Rates are the account's own, kept in the store as exact decimals; loading and saving run off the
// GUI thread.
#pragma once

#include "domain/exchangerates.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bva::ui {

class UserSession;
struct UiServices;

class ExchangeRatesSettings final : public QWidget
{
    Q_OBJECT
public:
    ExchangeRatesSettings(const UiServices &services, UserSession *session, QWidget *parent = nullptr);

    QComboBox *targetBox() const { return m_target; }
    // The rate field of `currency`, or null when that currency has no row.
    QLineEdit *rateField(const QString &currency) const { return m_fields.value(currency); }
    QString status() const;
    // What the fields say now, as the service stores it (a point as decimal separator).
    ExchangeRates typed() const;

public slots:
    void reload();
    void save();
    void clear();

signals:
    void loaded();
    void saved(); // or refused: status() says which

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildRows();
    void retranslate();
    void setStatus(const QString &text, bool ok);
    QStringList shopCurrencies() const;

    const UiServices &m_services;
    UserSession *m_session;
    ExchangeRates m_rates;
    QHash<QString, QString> m_typed; // what was typed per currency, kept across target changes
    QLabel *m_title, *m_help, *m_targetLabel, *m_status, *m_empty;
    QComboBox *m_target;
    QGridLayout *m_grid;
    QHash<QString, QLineEdit *> m_fields;
    QList<QWidget *> m_rowWidgets;
    QPushButton *m_save, *m_clear;
};

} // namespace bva::ui
