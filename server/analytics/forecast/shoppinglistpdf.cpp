#include "shoppinglistpdf.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace bva::forecast {

int renderShoppingList(const RestockPlan &plan, QPagedPaintDevice &device)
{
    QTextDocument doc;
    doc.setDefaultStyleSheet(u"body { font-family: sans-serif; font-size: 9pt; } h1 { font-size: 15pt; } "
                             "th { background: #eeeeee; text-align: left; }"_s);
    doc.setHtml(shoppingListHtml(plan, plan.currency));
    const QRectF page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    doc.setPageSize(page.size());
    doc.documentLayout(); // lays out all pages
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    const int pages = doc.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -i * page.height());
        doc.drawContents(&painter, QRectF(0, i * page.height(), page.width(), page.height()));
        painter.restore();
    }
    painter.end();
    return pages;
}

Result<int> writeShoppingListPdf(const RestockPlan &plan, const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(36, 36, 36, 36), QPageLayout::Point));
    writer.setResolution(300);
    writer.setTitle(QCoreApplication::translate("bva::forecast::RestockPlanner", "Shopping list"));
    writer.setCreator(u"BVA"_s);
    const int pages = renderShoppingList(plan, writer);
    if (pages == 0)
        return Error::storage(
            QCoreApplication::translate("bva::forecast::RestockPlanner", "Could not write %1").arg(path));
    return pages;
}

} // namespace bva::forecast
