// Driving an export through its file dialog in widget tests, as a seller does: click the page's button
// named `buttonText`, answer the (widget) file dialog it opens with `path`. Header-only: the support
// library links no Widgets, the suites that include this do.
#pragma once

#include <QApplication>
#include <QFileDialog>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace bva::test {

// True once the button was found enabled, clicked, and its dialog answered with `path`.
inline bool saveThroughFileDialog(QWidget *page, const QString &buttonText, const QString &path)
{
    QPushButton *button = nullptr;
    for (QPushButton *b : page->findChildren<QPushButton *>())
        if (b->text() == buttonText)
            button = b;
    if (!button || !button->isEnabled()) {
        qWarning("no enabled button '%s'", qPrintable(buttonText));
        return false;
    }
    bool answered = false;
    // The dialog runs its own event loop inside click(): answer it from there.
    QTimer::singleShot(0, page, [&answered, path] {
        if (!QTest::qWaitFor([] { return qobject_cast<QFileDialog *>(QApplication::activeModalWidget()); }))
            return;
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog hides it
        answered = true;
    });
    button->click();
    return answered;
}

} // namespace bva::test
