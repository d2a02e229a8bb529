// Lays a report out on pages: title, range and note, then each table with its chart (drawn by the
// same chart view the page shows, as vectors) and its rows, repeating the header on every page.
// The same painting serves PDF export (QPdfWriter) and printing (QPrinter).
#pragma once

#include "analytics/report.h"
#include "util/result.h"

#include <QCoreApplication>

class QPagedPaintDevice;
class QPainter;

namespace bva::ui {

class ReportsDocument final
{
    Q_DECLARE_TR_FUNCTIONS(ReportsDocument)
public:
    // Layout in points (1/72 inch) on landscape A4 with 36 pt margins.
    static constexpr double kPageWidth = 842.0 - 72.0;
    static constexpr double kPageHeight = 595.0 - 72.0;
    static constexpr double kTitleBlock = 48.0; // report title and range
    static constexpr double kTableTitle = 22.0;
    static constexpr double kHeaderRow = 18.0;
    static constexpr double kRow = 14.0;
    static constexpr double kChart = 230.0;
    static constexpr double kFooter = 16.0;
    static constexpr double kGap = 10.0;

    explicit ReportsDocument(const Report &report);

    // Paints every page; returns how many were painted.
    int render(QPagedPaintDevice &device);
    Result<int> writePdf(const QString &path);

private:
    void newPage(QPagedPaintDevice &device, QPainter &painter);
    void footer(QPainter &painter);
    double noteHeight(QPainter &painter) const;
    void drawChart(QPainter &painter, int tableIndex, const QRectF &target);

    Report m_report;
    double m_y = 0;
    int m_pages = 0;
};

} // namespace bva::ui
