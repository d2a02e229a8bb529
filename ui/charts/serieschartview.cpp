#include "serieschartview.h"

#include "charttheme.h"
#include "models/seriestablemodel.h"
#include "util/clock.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QVXYModelMapper>
#include <QValueAxis>
#include <cmath>

using namespace Qt::StringLiterals;

namespace bva::ui {

SeriesChartView::SeriesChartView(SeriesTableModel *model, const QList<Line> &lines, QWidget *parent)
    : QChartView(parent)
    , m_model(model)
    , m_lines(lines)
{
    auto *chart = new QChart();
    styleChart(chart);
    m_x = new QDateTimeAxis(chart);
    m_y = new QValueAxis(chart);
    styleAxis(m_x);
    styleAxis(m_y);
    m_y->setLabelFormat(u"%.0f"_s);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    for (const Line &l : m_lines) {
        auto *series = new QLineSeries(chart);
        series->setName(l.title);
        QPen pen(l.color);
        pen.setWidthF(2.0);
        series->setPen(pen);
        auto *mapper = new QVXYModelMapper(this);
        mapper->setXColumn(SeriesTableModel::Time);
        mapper->setYColumn(l.column);
        mapper->setSeries(series);
        mapper->setModel(model);
        if (l.area) {
            auto *area = new QAreaSeries(series);
            area->setName(l.title);
            QColor fill = l.color;
            fill.setAlphaF(0.12);
            area->setBrush(fill);
            area->setPen(pen);
            chart->addSeries(area);
            area->attachAxis(m_x);
            area->attachAxis(m_y);
            // The legend keys the area by its line, as the plain lines beside it (not a pale box).
            const auto markers = chart->legend()->markers(area);
            for (QLegendMarker *marker : markers)
                marker->setBrush(l.color);
        } else {
            chart->addSeries(series);
            series->attachAxis(m_x);
            series->attachAxis(m_y);
        }
    }
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    connect(model, &QAbstractItemModel::modelReset, this, &SeriesChartView::updateAxes);
    updateAxes();
}

void SeriesChartView::showEvent(QShowEvent *event)
{
    QChartView::showEvent(event);
    // Figures that arrived while the page was hidden left the value labels laid out for the
    // hidden size ("..." instead of 150000): a range change while shown lays them out again.
    const double low = m_y->min(), high = m_y->max();
    m_y->setRange(low, high + 1.0);
    m_y->setRange(low, high);
}

void SeriesChartView::updateAxes()
{
    const int rows = m_model->rowCount();
    if (rows == 0) {
        const QDateTime now = Clock::nowUtc();
        m_x->setRange(now.addDays(-1), now);
        m_x->setFormat(u"MMM d"_s); // Qt's default, with the time, is cut to "07-12-2026..."
        m_y->setRange(0, 1);
        return;
    }
    const auto &points = m_model->points();
    const QDateTime first = points.first().period.startOfDay(Qt::UTC);
    const QDateTime last = points.last().period.startOfDay(Qt::UTC);
    m_x->setRange(first, last > first ? last : first.addDays(1));
    const qint64 days = first.daysTo(last);
    m_x->setFormat(days > 300 ? u"MMM yyyy"_s : u"MMM d"_s);
    m_x->setTickCount(qBound(2, rows, 7));
    QList<int> columns;
    for (const Line &l : m_lines)
        columns.append(l.column);
    double top = m_model->maxValue(columns);
    const double bottom = m_model->minValue(columns);
    if (top <= 0)
        top = 1;
    // A round upper bound so the labels read well.
    const double magnitude = std::pow(10.0, std::floor(std::log10(top)));
    top = std::ceil(top / magnitude * 2.0) / 2.0 * magnitude;
    m_y->setRange(bottom < 0 ? -top : 0.0, top);
    m_y->setTickCount(5);
}

} // namespace bva::ui
