#include "reportsdocument.h"

#include "charts/reportchartview.h"
#include "models/reporttablemodel.h"
#include "util/clock.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace bva::ui {

namespace {

QFont fontOf(double px, bool bold = false)
{
    QFont f;
    f.setPixelSize(qMax(1, int(px)));
    f.setBold(bold);
    return f;
}

const QColor ink(0x1F, 0x29, 0x37);
const QColor muted(0x64, 0x74, 0x8B);
const QColor rule(0xE2, 0xE8, 0xF0);

} // namespace

ReportsDocument::ReportsDocument(const Report &report)
    : m_report(report)
{}

void ReportsDocument::newPage(QPagedPaintDevice &device, QPainter &painter)
{
    if (m_pages > 0) {
        footer(painter);
        device.newPage();
    }
    ++m_pages;
    m_y = 0;
}

void ReportsDocument::footer(QPainter &painter)
{
    painter.setFont(fontOf(8));
    painter.setPen(muted);
    const QRectF r(0, kPageHeight - kFooter + 4, kPageWidth, kFooter - 4);
    painter.drawText(
        r, Qt::AlignLeft | Qt::AlignVCenter,
        tr("BVA · %1 · %2 – %3").arg(m_report.title, m_report.range.fromDay(), m_report.range.toDay()));
    painter.drawText(r, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1").arg(m_pages));
}

double ReportsDocument::noteHeight(QPainter &painter) const
{
    if (m_report.note.isEmpty())
        return 0;
    const QFontMetricsF fm(fontOf(9), painter.device());
    return fm.boundingRect(QRectF(0, 0, kPageWidth, 1000), Qt::TextWordWrap, m_report.note).height() + 6;
}

void ReportsDocument::drawChart(QPainter &painter, int tableIndex, const QRectF &target)
{
    ReportTableModel model;
    model.setTable(m_report.tables.at(tableIndex));
    ReportChartView view(&model);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    // Lay the chart out at twice the target size, then paint it scaled: vectors in the PDF.
    const QSize size(int(target.width() * 2), int(target.height() * 2));
    view.resize(size);
    view.grab(); // sends the pending resize so the chart is laid out
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / size.width(), target.height() / size.height());
    static_cast<QWidget &>(view).render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.restore();
}

int ReportsDocument::render(QPagedPaintDevice &device)
{
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    // Work in points whatever the device's resolution.
    const double scale = device.logicalDpiX() / 72.0;
    const QRect paint = device.pageLayout().paintRectPixels(device.logicalDpiX());
    painter.translate(paint.left() > 0 ? 0 : 36 * scale, paint.top() > 0 ? 0 : 36 * scale);
    painter.scale(scale, scale);
    m_pages = 0;
    newPage(device, painter);

    painter.setPen(ink);
    painter.setFont(fontOf(18, true));
    painter.drawText(QRectF(0, 0, kPageWidth, 26), Qt::AlignLeft | Qt::AlignVCenter, m_report.title);
    painter.setFont(fontOf(10));
    painter.setPen(muted);
    const QLocale locale;
    painter.drawText(QRectF(0, 26, kPageWidth, 18), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("%1 – %2 · generated %3")
                         .arg(locale.toString(m_report.range.from, QLocale::LongFormat),
                              locale.toString(m_report.range.to, QLocale::LongFormat),
                              locale.toString(Clock::nowUtc().toLocalTime(), QLocale::ShortFormat)));
    m_y = kTitleBlock;
    if (const double h = noteHeight(painter); h > 0) {
        painter.setFont(fontOf(9));
        painter.drawText(QRectF(0, m_y, kPageWidth, h), Qt::TextWordWrap, m_report.note);
        m_y += h;
    }
    const double bottom = kPageHeight - kFooter;

    for (int ti = 0; ti < m_report.tables.size(); ++ti) {
        const ReportTable &t = m_report.tables.at(ti);
        // Title with at least the header and one row, else start a new page.
        if (m_y + kTableTitle + kHeaderRow + kRow > bottom)
            newPage(device, painter);
        m_y += ti > 0 ? kGap : 0;
        painter.setPen(ink);
        painter.setFont(fontOf(12, true));
        painter.drawText(QRectF(0, m_y, kPageWidth, kTableTitle), Qt::AlignLeft | Qt::AlignVCenter, t.title);
        m_y += kTableTitle;
        if (t.chart.type != ChartSpec::Type::None && !t.rows.isEmpty()) {
            if (m_y + kChart > bottom)
                newPage(device, painter);
            drawChart(painter, ti, QRectF(0, m_y, kPageWidth, kChart - kGap));
            m_y += kChart;
        }

        // Column widths from the content, shrunk to the page when too wide.
        const QFontMetricsF fm(fontOf(8), painter.device());
        const QFontMetricsF fmBold(fontOf(8, true), painter.device());
        QList<double> widths;
        for (int c = 0; c < t.columns.size(); ++c) {
            double w = fmBold.horizontalAdvance(t.columns.at(c).title);
            for (int r = 0; r < qMin<qsizetype>(t.rows.size(), 300); ++r)
                w = qMax(w, fm.horizontalAdvance(ReportTableModel::displayText(t, r, c)));
            widths.append(qMin(w, 220.0) + 10);
        }
        double total = 0;
        for (double w : widths)
            total += w;
        if (total > kPageWidth) {
            for (double &w : widths)
                w *= kPageWidth / total;
        }
        auto drawHeader = [&]() {
            painter.setFont(fontOf(8, true));
            painter.setPen(ink);
            double x = 0;
            for (int c = 0; c < t.columns.size(); ++c) {
                const bool numeric = ReportTableModel::isNumeric(t.columns.at(c).kind);
                const QRectF cell(x + 3, m_y, widths.at(c) - 6, kHeaderRow);
                painter.drawText(cell, (numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                                 fmBold.elidedText(t.columns.at(c).title, Qt::ElideRight, cell.width()));
                x += widths.at(c);
            }
            painter.setPen(QPen(rule, 0.8));
            painter.drawLine(QPointF(0, m_y + kHeaderRow), QPointF(kPageWidth, m_y + kHeaderRow));
            m_y += kHeaderRow;
        };
        drawHeader();
        if (t.rows.isEmpty()) {
            painter.setFont(fontOf(8));
            painter.setPen(muted);
            painter.drawText(QRectF(0, m_y, kPageWidth, kRow), Qt::AlignLeft | Qt::AlignVCenter,
                             tr("Nothing in this range."));
            m_y += kRow;
        }
        for (int r = 0; r < t.rows.size(); ++r) {
            if (m_y + kRow > bottom) {
                newPage(device, painter);
                drawHeader();
            }
            painter.setFont(fontOf(8));
            painter.setPen(ink);
            double x = 0;
            for (int c = 0; c < t.columns.size(); ++c) {
                const bool numeric = ReportTableModel::isNumeric(t.columns.at(c).kind);
                const QRectF cell(x + 3, m_y, widths.at(c) - 6, kRow);
                painter.drawText(
                    cell, (numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                    fm.elidedText(ReportTableModel::displayText(t, r, c), Qt::ElideRight, cell.width()));
                x += widths.at(c);
            }
            m_y += kRow;
        }
    }
    footer(painter);
    painter.end();
    return m_pages;
}

Result<int> ReportsDocument::writePdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(36, 36, 36, 36), QPageLayout::Point));
    writer.setResolution(300);
    writer.setTitle(m_report.title);
    writer.setCreator(u"BVA"_s);
    const int pages = render(writer);
    if (pages == 0)
        return Error::storage(tr("Could not write %1").arg(path));
    return pages;
}

} // namespace bva::ui
