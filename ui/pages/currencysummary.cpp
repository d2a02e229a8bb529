#include "currencysummary.h"

#include "dashboardtile.h"
#include "models/displayformat.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bva::ui {

CurrencySummary::CurrencySummary(QWidget *parent)
    : QFrame(parent)
    , m_row(new QHBoxLayout())
    , m_hint(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_row->setSpacing(12);
    layout->addLayout(m_row);
    m_hint->setObjectName(u"muted"_s);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::RichText);
    connect(m_hint, &QLabel::linkActivated, this, &CurrencySummary::ratesRequested);
    layout->addWidget(m_hint);
    setVisible(false);
}

void CurrencySummary::setFigures(const QList<CurrencyKpis> &kpis, const ExchangeRates &rates)
{
    m_kpis = kpis;
    m_rates = rates;
    rebuild();
}

QString CurrencySummary::hint() const
{
    return m_hint->text();
}

void CurrencySummary::rebuild()
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
    delete m_converted;
    m_converted = nullptr;
    setVisible(m_kpis.size() > 1);
    if (m_kpis.size() < 2)
        return;
    QStringList codes;
    for (const CurrencyKpis &k : std::as_const(m_kpis)) {
        codes.append(k.currency);
        auto *tile = new DashboardTile(tr("Revenue in %1").arg(k.currency), this);
        const KpiTotals &now = k.current;
        const QString profit =
            now.knownCostRevenueMinor() > 0 ? formatMoney(now.profitMinor, k.currency) : unknownText();
        tile->setFigure(formatMoney(now.revenueMinor, k.currency),
                        percentChange(now.revenueMinor, k.previous.revenueMinor),
                        tr("Orders: %1 · gross profit %2").arg(formatCount(now.orders), profit));
        tile->setProperty("currency", k.currency);
        tile->setCursor(Qt::PointingHandCursor);
        tile->setToolTip(tr("Show the figures and charts in %1").arg(k.currency));
        tile->installEventFilter(this);
        m_row->addWidget(tile, 1);
        tile->show();
        m_tiles.append(tile);
    }
    const QString link = u"<a href=\"rates\">"_s + tr("Set exchange rates") + u"</a>"_s;
    const auto converted = convertKpis(m_kpis, m_rates);
    if (!converted) {
        m_hint->setText(tr("Your shops sell in %1: each currency is shown on its own, never added together. "
                           "%2 to also see one total converted at your rates.")
                            .arg(codes.join(u", "_s), link));
        return;
    }
    m_converted = new DashboardTile(tr("All shops, converted to %1").arg(converted->target), this);
    QStringList used;
    for (const QString &c : std::as_const(converted->currencies)) {
        if (c != converted->target && m_rates.rates.contains(c))
            used.append(tr("1 %1 = %2 %3").arg(c, m_rates.rates.value(c), converted->target));
    }
    if (converted->complete()) {
        // "≈": a converted figure is only as good as the rates the seller typed.
        m_converted->setFigure(
            u"≈ "_s + formatMoney(converted->current.revenueMinor, converted->target),
            percentChange(converted->current.revenueMinor, converted->previous.revenueMinor),
            tr("Converted at your rates: %1").arg(used.join(u" · "_s)));
        m_hint->setText(tr("Each currency is shown on its own; the converted total is an estimate at your "
                           "rates. %1")
                            .arg(u"<a href=\"rates\">"_s + tr("Change the rates") + u"</a>"_s));
    } else {
        m_converted->setFigure(unknownText(), std::nullopt,
                               tr("No rate for %1 yet.").arg(converted->missing.join(u", "_s)));
        m_hint->setText(tr("%1 to see one total converted to %2.").arg(link, converted->target));
    }
    m_row->addWidget(m_converted, 1);
    m_converted->show();
}

bool CurrencySummary::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const QString currency = watched->property("currency").toString();
        if (!currency.isEmpty() && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton)
            emit currencyChosen(currency);
    }
    return QFrame::eventFilter(watched, event);
}

void CurrencySummary::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QFrame::changeEvent(event);
}

} // namespace bva::ui
