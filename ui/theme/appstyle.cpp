#include "appstyle.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QStyleFactory>
#include <QStyleOptionHeader>

using namespace Qt::StringLiterals;

namespace bva::ui {

AppStyle::AppStyle()
    : QProxyStyle(QStyleFactory::create(u"Fusion"_s))
{}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                             const QWidget *widget) const
{
    // QHeaderView calls ascending order SortDown, and Fusion draws SortDown as a down arrow (Qt's
    // Windows style swaps them for the same reason).
    if (const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option);
        header && element == PE_IndicatorHeaderArrow && header->sortIndicator != QStyleOptionHeader::None) {
        QStyleOptionHeader swapped(*header);
        swapped.sortIndicator = header->sortIndicator == QStyleOptionHeader::SortDown
                                    ? QStyleOptionHeader::SortUp
                                    : QStyleOptionHeader::SortDown;
        QProxyStyle::drawPrimitive(element, &swapped, painter, widget);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

QSize AppStyle::sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                                 const QWidget *widget) const
{
    QSize s = QProxyStyle::sizeFromContents(type, option, size, widget);
    // The style sheet sizes a section for its text alone, but draws the label beside room for the sort
    // arrow even when none is shown, and a section sized to its contents cut its own label ("Rol…").
    // Asked for here: the label as drawn, its margins and the arrow's room (padding comes on top).
    const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option);
    if (type == CT_HeaderSection && header && widget && !header->text.isEmpty()) {
        const int margin = pixelMetric(PM_HeaderMargin, option, widget);
        const int icon = header->icon.isNull() ? 0 : pixelMetric(PM_SmallIconSize, option, widget) + margin;
        const int text = QFontMetrics(widget->font()).horizontalAdvance(header->text);
        const auto *view = qobject_cast<const QHeaderView *>(widget);
        // A sortable header adds the arrow's room itself.
        const int arrow =
            view && view->isSortIndicatorShown() ? 0 : pixelMetric(PM_HeaderMarkSize, option, widget);
        s.setWidth(qMax(s.width(), icon + text + 2 * margin + arrow));
    }
    return s;
}

} // namespace bva::ui
