// Fusion, with the table headers' sort arrow pointing the way sellers know from their file manager and
// spreadsheet: up for ascending (smallest first), down for descending.
#pragma once

#include <QProxyStyle>

namespace bva::ui {

class AppStyle final : public QProxyStyle
{
public:
    AppStyle();
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                           const QWidget *widget) const override;
};

} // namespace bva::ui
