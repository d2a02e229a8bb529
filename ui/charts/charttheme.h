// One look for every chart: brand colors per marketplace, revenue/profit colors, quiet axes.
#pragma once

#include "domain/platform.h"

#include <QColor>

class QChart;
class QAbstractAxis;

namespace bva::ui {

namespace colors {
QColor shopee(); // Shopee orange
QColor lazada(); // Lazada navy
QColor platform(Platform p);
QColor platform(const QString &platformName);
QColor revenue();
QColor profit();
QColor cost();
QColor muted();
QColor positive();
QColor negative();
QColor series(int i); // a palette for further series
} // namespace colors

void styleChart(QChart *chart);
void styleAxis(QAbstractAxis *axis);

} // namespace bva::ui
