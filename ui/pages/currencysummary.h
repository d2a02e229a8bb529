// "All shops" in several currencies: one tile per currency side by side (revenue, its change, orders
// and gross profit), never added together; and, when the seller set exchange rates (Settings →
// Exchange rates), one more tile with the total converted at those rates, labelled as converted.
// Clicking a currency's tile shows that currency in the dashboard's tiles and charts below.
#pragma once

#include "analytics/analyticstypes.h"

#include <QFrame>

class QHBoxLayout;
class QLabel;

namespace bva::ui {

class DashboardTile;

class CurrencySummary final : public QFrame
{
    Q_OBJECT
public:
    explicit CurrencySummary(QWidget *parent = nullptr);

    // Hidden with one currency or none: then there is nothing to compare.
    void setFigures(const QList<CurrencyKpis> &kpis, const ExchangeRates &rates);

    QList<DashboardTile *> currencyTiles() const { return m_tiles; }
    DashboardTile *convertedTile() const { return m_converted; }
    QString hint() const;

signals:
    void currencyChosen(const QString &currency);
    void ratesRequested(); // the hint's link: open Settings → Exchange rates

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QList<CurrencyKpis> m_kpis;
    ExchangeRates m_rates;
    QHBoxLayout *m_row;
    QList<DashboardTile *> m_tiles;
    DashboardTile *m_converted = nullptr;
    QLabel *m_hint;
};

} // namespace bva::ui
