#include "reportchartview.h"

#include "charttheme.h"
#include "models/reporttablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QMap>
#include <QValueAxis>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace bva::ui {

namespace {

double niceTop(double top)
{
    if (top <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(top)));
    return std::ceil(top / magnitude * 2.0) / 2.0 * magnitude;
}

} // namespace

ReportChartView::ReportChartView(ReportTableModel *model, QWidget *parent)
    : QChartView(parent)
    , m_model(model)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    connect(model, &QAbstractItemModel::modelReset, this, &ReportChartView::rebuild);
    rebuild();
}

bool ReportChartView::hasChart() const
{
    return m_model->table().chart.type != ChartSpec::Type::None && m_model->rowCount() > 0;
}

void ReportChartView::rebuild()
{
    auto *chart = new QChart();
    styleChart(chart);
    switch (m_model->table().chart.type) {
    case ChartSpec::Type::Line:
        buildLines(chart);
        break;
    case ChartSpec::Type::Bar:
        buildBars(chart);
        break;
    case ChartSpec::Type::None:
        break;
    }
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

void ReportChartView::buildLines(QChart *chart)
{
    const ReportTable &t = m_model->table();
    const ChartSpec &spec = t.chart;
    // One series per (value column, currency): amounts in different currencies never share a line.
    QMap<QString, QLineSeries *> series;
    double top = 0, bottom = 0;
    qint64 minX = std::numeric_limits<qint64>::max(), maxX = std::numeric_limits<qint64>::min();
    QStringList currencies;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QString c = m_model->index(r, 0).data(ReportTableModel::CurrencyRole).toString();
        if (!currencies.contains(c))
            currencies.append(c);
    }
    int colorIndex = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QString currency = m_model->index(r, 0).data(ReportTableModel::CurrencyRole).toString();
        const double x =
            m_model->index(r, spec.labelColumn).data(ReportTableModel::ChartValueRole).toDouble();
        minX = qMin(minX, qint64(x));
        maxX = qMax(maxX, qint64(x));
        for (int c : spec.valueColumns) {
            const QString key = QString::number(c) + u'|' + currency;
            QLineSeries *s = series.value(key);
            if (!s) {
                s = new QLineSeries(chart);
                const QString title = t.columns.at(c).title;
                s->setName(currencies.size() > 1 ? title + u" (" + currency + u')' : title);
                QPen pen(c == spec.valueColumns.first() && currencies.indexOf(currency) == 0
                             ? colors::revenue()
                             : colors::series(++colorIndex));
                if (t.columns.at(c).key == u"profit")
                    pen.setColor(currencies.indexOf(currency) == 0 ? colors::profit()
                                                                   : colors::series(++colorIndex));
                pen.setWidthF(2.0);
                s->setPen(pen);
                series.insert(key, s);
            }
            const double y = m_model->index(r, c).data(ReportTableModel::ChartValueRole).toDouble();
            top = qMax(top, y);
            bottom = qMin(bottom, y);
            s->append(x, y);
        }
    }
    auto *xAxis = new QDateTimeAxis(chart);
    auto *yAxis = new QValueAxis(chart);
    styleAxis(xAxis);
    styleAxis(yAxis);
    yAxis->setLabelFormat(u"%.0f"_s);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QLineSeries *s : std::as_const(series)) {
        chart->addSeries(s);
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }
    if (minX <= maxX) {
        xAxis->setRange(QDateTime::fromMSecsSinceEpoch(minX, Qt::UTC),
                        QDateTime::fromMSecsSinceEpoch(maxX > minX ? maxX : minX + 86400000, Qt::UTC));
        xAxis->setFormat((maxX - minX) > 300LL * 86400000 ? u"MMM yyyy"_s : u"MMM d"_s);
        xAxis->setTickCount(qBound(2, int((maxX - minX) / 86400000) + 1, 7));
    }
    const double t2 = niceTop(qMax(top, -bottom));
    yAxis->setRange(bottom < 0 ? -t2 : 0.0, t2);
    yAxis->setTickCount(5);
}

void ReportChartView::buildBars(QChart *chart)
{
    const ReportTable &t = m_model->table();
    const ChartSpec &spec = t.chart;
    const int rows = qMin(m_model->rowCount(), m_maxBars);
    auto *bars = new QBarSeries(chart);
    QStringList labels;
    double top = 0, bottom = 0;
    for (int r = 0; r < rows; ++r) {
        QString label = m_model->index(r, spec.labelColumn).data().toString();
        if (label.size() > 18)
            label = label.left(17) + u'…';
        const QString currency = m_model->index(r, 0).data(ReportTableModel::CurrencyRole).toString();
        // Qt Charts draws axis labels as HTML; a product's or shop's name is the marketplace's text.
        labels.append((currency.isEmpty() || t.columns.at(spec.labelColumn).key == u"currency"
                           ? label
                           : label + u" (" + currency + u')')
                          .toHtmlEscaped());
    }
    int i = 0;
    for (int c : spec.valueColumns) {
        auto *set = new QBarSet(t.columns.at(c).title);
        QColor color = i == 0 ? colors::revenue() : colors::profit();
        if (t.columns.at(c).key == u"units_sold")
            color = colors::revenue();
        set->setColor(color);
        set->setBorderColor(color);
        for (int r = 0; r < rows; ++r) {
            const double v = m_model->index(r, c).data(ReportTableModel::ChartValueRole).toDouble();
            top = qMax(top, v);
            bottom = qMin(bottom, v);
            set->append(v);
        }
        bars->append(set);
        ++i;
    }
    chart->addSeries(bars);
    auto *xAxis = new QBarCategoryAxis(chart);
    xAxis->append(labels);
    auto *yAxis = new QValueAxis(chart);
    styleAxis(xAxis);
    styleAxis(yAxis);
    yAxis->setLabelFormat(u"%.0f"_s);
    const double t2 = niceTop(qMax(top, -bottom));
    yAxis->setRange(bottom < 0 ? -t2 : 0.0, t2);
    yAxis->setTickCount(5);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    bars->attachAxis(xAxis);
    bars->attachAxis(yAxis);
    chart->legend()->setVisible(spec.valueColumns.size() > 1);
}

} // namespace bva::ui
