#include "theme.h"

#include "appstyle.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace bva::ui {
namespace {

QPalette &systemPalette()
{
    static QPalette palette;
    return palette;
}
bool g_captured = false;
bool g_dark = false;

struct Colors
{
    QColor window, base, alt, text, muted, border, accent, accentText, sidebar, sidebarText, hover, success,
        warning, danger;
};

Colors lightColors()
{
    return {QColor(0xf4f6fa), QColor(0xffffff), QColor(0xf8fafc), QColor(0x111827), QColor(0x6b7280),
            QColor(0xe3e7ee), QColor(0x2563eb), QColor(0xffffff), QColor(0xffffff), QColor(0x374151),
            QColor(0xeef2ff), QColor(0x16a34a), QColor(0xd97706), QColor(0xdc2626)};
}

Colors darkColors()
{
    return {QColor(0x0f1115), QColor(0x171a21), QColor(0x1c2029), QColor(0xe5e7eb), QColor(0x9ca3af),
            QColor(0x2a2f3a), QColor(0x60a5fa), QColor(0x0b1220), QColor(0x13161c), QColor(0xd1d5db),
            QColor(0x1e293b), QColor(0x22c55e), QColor(0xf59e0b), QColor(0xf87171)};
}

Colors current()
{
    return g_dark ? darkColors() : lightColors();
}

QPalette paletteFor(const Colors &c)
{
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alt);
    p.setColor(QPalette::ToolTipBase, c.base);
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::PlaceholderText, c.muted);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.base);
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::BrightText, c.danger);
    p.setColor(QPalette::Highlight, c.accent);
    p.setColor(QPalette::HighlightedText, c.accentText);
    p.setColor(QPalette::Link, c.accent);
    p.setColor(QPalette::Mid, c.border);
    p.setColor(QPalette::Midlight, c.border);
    p.setColor(QPalette::Dark, c.border.darker(130));
    p.setColor(QPalette::Light, c.base);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.muted);
    return p;
}

QString styleSheetFor(const Colors &c)
{
    QFile f(u":/bva/qss/app.qss"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString qss = QString::fromUtf8(f.readAll());
    const std::pair<const char16_t *, QColor> vars[] = {{u"@window", c.window},
                                                        {u"@base", c.base},
                                                        {u"@alt", c.alt},
                                                        {u"@text", c.text},
                                                        {u"@muted", c.muted},
                                                        {u"@border", c.border},
                                                        {u"@accentText", c.accentText},
                                                        {u"@accent", c.accent},
                                                        {u"@sidebarText", c.sidebarText},
                                                        {u"@sidebar", c.sidebar},
                                                        {u"@hover", c.hover},
                                                        {u"@success", c.success},
                                                        {u"@warning", c.warning},
                                                        {u"@danger", c.danger}};
    for (const auto &[name, color] : vars)
        qss.replace(QString::fromUtf16(name), color.name());
    return qss;
}

} // namespace

QString appearanceKey(Appearance a)
{
    switch (a) {
    case Appearance::Light:
        return u"light"_s;
    case Appearance::Dark:
        return u"dark"_s;
    default:
        return u"system"_s;
    }
}

Appearance appearanceFromKey(const QString &key)
{
    if (key == u"light"_s)
        return Appearance::Light;
    if (key == u"dark"_s)
        return Appearance::Dark;
    return Appearance::System;
}

void Theme::captureSystemPalette()
{
    if (g_captured)
        return;
    systemPalette() = QGuiApplication::palette();
    g_captured = true;
}

void Theme::apply(Appearance appearance)
{
    captureSystemPalette();
    // Qt 6.4 has no QStyleHints::colorScheme: the platform's default palette tells light from dark.
    const bool systemDark = systemPalette().color(QPalette::Window).lightness() < 128;
    g_dark = appearance == Appearance::Dark || (appearance == Appearance::System && systemDark);
    QApplication::setStyle(new AppStyle);
    const Colors c = current();
    QApplication::setPalette(paletteFor(c));
    qApp->setStyleSheet(styleSheetFor(c));
}

bool Theme::isDark()
{
    return g_dark;
}
QColor Theme::accent()
{
    return current().accent;
}
QColor Theme::success()
{
    return current().success;
}
QColor Theme::warning()
{
    return current().warning;
}
QColor Theme::danger()
{
    return current().danger;
}
QColor Theme::muted()
{
    return current().muted;
}

QPixmap Theme::pixmap(const QString &name, int size, const QColor &color)
{
    QFile f(u":/bva/icons/"_s + name + u".svg"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = f.readAll();
    const QColor c = color.isValid() ? color : current().sidebarText;
    svg.replace("currentColor", c.name().toLatin1());
    const qreal dpr = qApp ? qApp->devicePixelRatio() : 1.0;
    QBuffer buffer(&svg);
    QImageReader reader(&buffer, "svg");
    reader.setScaledSize(QSize(size, size) * dpr);
    const QImage img = reader.read();
    if (img.isNull())
        return {};
    QPixmap pm = QPixmap::fromImage(img);
    pm.setDevicePixelRatio(dpr);
    return pm;
}

QIcon Theme::icon(const QString &name, const QColor &color)
{
    QIcon icon;
    for (int s : {16, 20, 24, 32, 48})
        icon.addPixmap(pixmap(name, s, color));
    return icon;
}

} // namespace bva::ui
