#include "appstyle.h"

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

} // namespace bva::ui
