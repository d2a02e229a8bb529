#include "charttheme.h"

#include <QAbstractAxis>
#include <QChart>
#include <QFont>
#include <QLegend>
#include <QLocale>
#include <QPen>

using namespace Qt::StringLiterals;

namespace bva::ui {

namespace colors {
QColor shopee()
{
    return QColor(0xEE, 0x4D, 0x2D);
}
QColor lazada()
{
    return QColor(0x0F, 0x14, 0x6D);
}
QColor revenue()
{
    return QColor(0x25, 0x63, 0xEB);
}
QColor profit()
{
    return QColor(0x16, 0xA3, 0x4A);
}
QColor cost()
{
    return QColor(0x94, 0xA3, 0xB8);
}
QColor muted()
{
    return QColor(0x64, 0x74, 0x8B);
}
QColor positive()
{
    return QColor(0x15, 0x80, 0x3D);
}
QColor negative()
{
    return QColor(0xC6, 0x28, 0x28);
}

QColor platform(Platform p)
{
    switch (p) {
    case Platform::Shopee:
        return shopee();
    case Platform::Lazada:
        return lazada();
    case Platform::TikTok:
        return QColor(0x11, 0x11, 0x11);
    case Platform::Other:
        break;
    }
    return muted();
}

QColor platform(const QString &platformName)
{
    const auto p = platformFromString(platformName);
    return p ? platform(*p) : QColor();
}

QColor series(int i)
{
    static const QColor palette[] = {revenue(),
                                     profit(),
                                     QColor(0xF5, 0x9E, 0x0B),
                                     QColor(0x8B, 0x5C, 0xF6),
                                     QColor(0x06, 0xB6, 0xD4),
                                     QColor(0xEC, 0x48, 0x99)};
    return palette[qAbs(i) % 6];
}
} // namespace colors

void styleChart(QChart *chart)
{
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation); // live updates redraw in place, no jumping
    // Axis numbers as everywhere else in the language: "150,000" (English), "150.000" (Indonesian).
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont f = chart->legend()->font();
    f.setPointSizeF(qMax(7.0, f.pointSizeF() - 1));
    chart->legend()->setFont(f);
    chart->legend()->setLabelColor(colors::muted());
}

void styleAxis(QAbstractAxis *axis)
{
    axis->setLabelsColor(colors::muted());
    // Slate with alpha, not a fixed light grey: as faint over the dark theme's plot as over the light
    // one (the light grey drew a bright white grid on dark), and charts need no restyle on a switch.
    QPen grid(QColor(0x94, 0xA3, 0xB8, 70));
    grid.setWidthF(1.0);
    axis->setGridLinePen(grid);
    axis->setLinePen(QPen(QColor(0x94, 0xA3, 0xB8, 140)));
    QFont f = axis->labelsFont();
    f.setPointSizeF(qMax(7.0, f.pointSizeF() - 1));
    axis->setLabelsFont(f);
}

} // namespace bva::ui
