// Driving the consent window in tests: JavaScript in the marketplace's page (its main world, as a
// person's clicks would), and what the window's status page says.
#pragma once

#include "consent/consentwindow.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QVariant>
#include <QWebEnginePage>
#include <QWebEngineScript>

namespace bva::test {

inline QVariant runJs(QWebEnginePage *page, const QString &js)
{
    QVariant out;
    bool done = false;
    page->runJavaScript(js, QWebEngineScript::MainWorld, [&](const QVariant &v) {
        out = v;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("JavaScript did not answer: %s", qPrintable(js));
    return out;
}

inline bool waitForJs(QWebEnginePage *page, const QString &condition, int timeoutMs = 20000)
{
    return QTest::qWaitFor([&] { return runJs(page, condition).toBool(); }, timeoutMs);
}

// The simulator's consent page asks to grant (signed in, the shop shown).
inline QString askShown()
{
    return QStringLiteral("location.pathname === '/bva-integration-check' && document.readyState === "
                          "'complete' && !document.getElementById('consent-ask').hidden");
}

// The status page's title, empty while the marketplace's page is shown.
inline QString statusTitle(ui::ConsentWindow &w)
{
    const auto labels = w.findChildren<QLabel *>(QStringLiteral("h2"));
    return labels.isEmpty() || !labels.first()->isVisible() ? QString() : labels.first()->text();
}

// The status page's sentence under the title.
inline QString statusText(ui::ConsentWindow &w)
{
    const auto title = w.findChildren<QLabel *>(QStringLiteral("h2"));
    for (QLabel *l : w.findChildren<QLabel *>()) {
        if (l->textFormat() == Qt::PlainText && l->wordWrap() && l->isVisible() && !title.contains(l))
            return l->text();
    }
    return {};
}

inline QPushButton *buttonNamed(ui::ConsentWindow &w, const QString &text)
{
    for (QPushButton *b : w.findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

} // namespace bva::test
