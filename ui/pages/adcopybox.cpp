#include "adcopybox.h"

#include <QAbstractTextDocumentLayout>
#include <QResizeEvent>
#include <QTextBlock>
#include <algorithm>
#include <cmath>

namespace bva::ui {

namespace {
constexpr int kBesideHeight = 150; // beside the suggestions: room for a usual ad without scrolling
constexpr int kLeastLines = 3;
} // namespace

AdCopyBox::AdCopyBox(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setMinimumHeight(kBesideHeight);
}

void AdCopyBox::setFitToText(bool fit)
{
    if (fit == m_fit)
        return;
    m_fit = fit;
    if (!fit) {
        setMinimumHeight(kBesideHeight);
        setMaximumHeight(QWIDGETSIZE_MAX);
        return;
    }
    refit();
}

void AdCopyBox::setText(const QString &text)
{
    setPlainText(text);
    refit();
}

int AdCopyBox::textHeight() const
{
    qreal text = 0;
    const QAbstractTextDocumentLayout *layout = document()->documentLayout();
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next())
        text += layout->blockBoundingRect(b).height();
    const QMargins m = contentsMargins();
    return int(std::ceil(text + 2 * document()->documentMargin())) + m.top() + m.bottom();
}

void AdCopyBox::refit()
{
    if (m_fit)
        setFixedHeight(std::max(textHeight(), kLeastLines * fontMetrics().lineSpacing()));
}

void AdCopyBox::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event); // wraps the text at the new width first
    if (event->size().width() != event->oldSize().width())
        refit();
}

} // namespace bva::ui
