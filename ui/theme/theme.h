// Light, dark or follow-the-system appearance: Fusion with our palettes and one style sheet.
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace bva::ui {

enum class Appearance { System, Light, Dark };
QString appearanceKey(Appearance a); // "system", "light", "dark"
Appearance appearanceFromKey(const QString &key);

class Theme final
{
public:
    // Call once right after QApplication is created, before any palette change.
    static void captureSystemPalette();
    static void apply(Appearance appearance);
    static bool isDark();
    // Accent and semantic colours of the current theme.
    static QColor accent();
    static QColor success();
    static QColor warning();
    static QColor danger();
    static QColor muted();
    // A hand-drawn icon from :/bva/icons/<name>.svg, stroked in `color` (default: text colour).
    static QIcon icon(const QString &name, const QColor &color = {});
    static QPixmap pixmap(const QString &name, int size, const QColor &color = {});
};

} // namespace bva::ui
