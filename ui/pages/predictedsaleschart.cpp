#include "predictedsaleschart.h"

#include "charts/charttheme.h"
#include "models/displayformat.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QMap>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

using namespace Qt::StringLiterals;

namespace bva::ui {

using namespace bva::forecast;

QList<PredictedSalesDay> addPredictedDays(const QList<QList<PredictedSalesDay>> &perShop)
{
    QMap<QDate, PredictedSalesDay> byDay;
    QMap<QDate, double> halfWidth2;
    for (const auto &shop : perShop) {
        for (const PredictedSalesDay &d : shop) {
            PredictedSalesDay &sum = byDay[d.day];
            sum.day = d.day;
            sum.units += d.units;
            sum.revenueMinor += d.revenueMinor;
            // Shops are independent: the interval half-widths add in quadrature.
            const double hw = d.upper - d.units;
            halfWidth2[d.day] += hw * hw;
        }
    }
    QList<PredictedSalesDay> out;
    for (auto it = byDay.begin(); it != byDay.end(); ++it) {
        PredictedSalesDay d = it.value();
        const double hw = std::sqrt(halfWidth2.value(it.key()));
        d.lower = std::max(0.0, d.units - hw);
        d.upper = d.units + hw;
        out.append(d);
    }
    return out;
}

PredictedSalesChart::PredictedSalesChart(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_caption(new QLabel(this))
    , m_view(new QChartView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    auto *empty = new QLabel(tr("No forecast yet. BVA forecasts each product's sales after a shop's sync "
                                "finishes; the predicted sales appear here then."),
                             this);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(empty);

    auto *chartPage = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    m_caption->setObjectName(u"rangeLabel"_s);
    m_caption->setWordWrap(true);
    chartLayout->addWidget(m_caption);
    auto *chart = new QChart();
    styleChart(chart);
    m_x = new QDateTimeAxis(chart);
    m_y = new QValueAxis(chart);
    styleAxis(m_x);
    styleAxis(m_y);
    m_x->setFormat(u"MMM d"_s);
    m_y->setLabelFormat(u"%.0f"_s);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    m_lower = new QLineSeries(chart);
    m_upper = new QLineSeries(chart);
    m_band = new QAreaSeries(m_upper, m_lower);
    m_band->setName(tr("95% interval"));
    QColor fill = colors::revenue();
    fill.setAlphaF(0.15);
    m_band->setBrush(fill);
    m_band->setPen(Qt::NoPen);
    chart->addSeries(m_band);
    m_mean = new QLineSeries(chart);
    m_mean->setName(tr("Predicted units"));
    QPen pen(colors::revenue());
    pen.setWidthF(2.0);
    pen.setStyle(Qt::DashLine);
    m_mean->setPen(pen);
    chart->addSeries(m_mean);
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *>{m_band, m_mean}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    m_view->setChart(chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    chartLayout->addWidget(m_view, 1);
    m_stack->addWidget(chartPage);
    m_stack->setCurrentIndex(0);
}

bool PredictedSalesChart::showsEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

void PredictedSalesChart::setDays(const QList<PredictedSalesDay> &days, const QString &currency)
{
    m_days = days;
    if (days.isEmpty()) {
        m_stack->setCurrentIndex(0);
        return;
    }
    QList<QPointF> mean, lower, upper;
    double top = 1.0, units = 0.0;
    qint64 revenue = 0;
    for (const PredictedSalesDay &d : days) {
        const double x = double(d.day.startOfDay(Qt::UTC).toMSecsSinceEpoch());
        mean.append({x, d.units});
        lower.append({x, d.lower});
        upper.append({x, d.upper});
        top = std::max(top, d.upper);
        units += d.units;
        revenue += d.revenueMinor;
    }
    m_mean->replace(mean);
    m_lower->replace(lower);
    m_upper->replace(upper);
    const QDateTime first = days.first().day.startOfDay(Qt::UTC);
    const QDateTime last = days.last().day.startOfDay(Qt::UTC);
    m_x->setRange(first, last > first ? last : first.addDays(1));
    m_x->setTickCount(std::min<int>(8, int(days.size())));
    m_y->setRange(0, std::ceil(top * 1.1));
    m_y->applyNiceNumbers();
    const QLocale locale;
    QString caption = tr("Next %n day(s): about %1 units", nullptr, int(days.size()))
                          .arg(locale.toString(std::llround(units)));
    if (!currency.isEmpty())
        caption += u" · "_s + tr("%1 at today's prices").arg(formatMoneyShort(revenue, currency));
    m_caption->setText(caption);
    m_stack->setCurrentIndex(1);
}

} // namespace bva::ui
