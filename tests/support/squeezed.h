// Cards and labels drawn shorter than their content: a word-wrapped label needs the height its text takes
// at its width (heightForWidth), a card the height its layout asks at its width. A page that is short of
// room must scroll, never squeeze (lines drawn over each other, a table cut off). Header-only: for suites
// that link Widgets.
#pragma once

#include <QFrame>
#include <QLabel>
#include <QLayout>
#include <QStringList>
#include <QWidget>

namespace bva::test {

inline int neededHeight(const QWidget *w)
{
    if (w->hasHeightForWidth())
        return w->heightForWidth(w->width());
    return w->minimumSizeHint().height();
}

// One line per squeezed card (QFrame "card") or label under `root` that is visible: its text or title,
// its height and the height it needs.
inline QStringList squeezedWidgets(const QWidget *root)
{
    QStringList out;
    const auto check = [&](const QWidget *w, const QString &what) {
        if (!w->isVisibleTo(root) || w->width() <= 0)
            return;
        const int needed = neededHeight(w);
        if (w->height() < needed)
            out.append(QStringLiteral("%1: %2 px of %3").arg(what).arg(w->height()).arg(needed));
    };
    for (const QFrame *card : root->findChildren<QFrame *>()) {
        if (card->objectName() != QLatin1String("card"))
            continue;
        const auto *title = card->findChild<QLabel *>();
        check(card, QStringLiteral("card \"%1\"").arg(title ? title->text().left(40) : QString()));
    }
    for (const QLabel *label : root->findChildren<QLabel *>())
        check(label, QStringLiteral("label \"%1\"").arg(label->text().left(40)));
    return out;
}

} // namespace bva::test
