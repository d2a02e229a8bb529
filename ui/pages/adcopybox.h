// MarketMate's ad copy, read-only. Stacked under the suggestions (a narrow window) it is as tall as its
// text, so the campaigns follow it instead of a box stretched over blank lines; beside the suggestions
// it shares the row's height.
#pragma once

#include <QPlainTextEdit>

namespace bva::ui {

class AdCopyBox final : public QPlainTextEdit
{
public:
    explicit AdCopyBox(QWidget *parent = nullptr);

    void setFitToText(bool fit);
    bool fitsToText() const { return m_fit; }
    void setText(const QString &text);
    // The height that shows every line of the text at the box's width.
    int textHeight() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refit();

    bool m_fit = false;
};

} // namespace bva::ui
