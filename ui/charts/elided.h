// A combo box and a label for the marketplace's words (shop names, categories): when the text is wider
// than the widget it ends in "…" instead of being cut off mid-letter ("Lahat ng platfor") or, for a
// label, widening the window to a 200-character shop name. The whole text is a plain tooltip: the
// name is chosen by whoever named the shop.
#pragma once

#include <QComboBox>
#include <QLabel>

namespace bva::ui {

class ElidingComboBox final : public QComboBox
{
public:
    explicit ElidingComboBox(QWidget *parent = nullptr);

    // The current choice as painted: whole when it fits, else elided at the right.
    QString shownText() const;
    // What the box is for, under the whole choice in its tooltip.
    void setHint(const QString &hint);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int textWidth(const QStyleOptionComboBox &option) const;
    void updateToolTip();

    QString m_hint;
};

// Plain text on one line. Asks for room for its whole text but takes what it is given.
class ElidedLabel final : public QLabel
{
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_full; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showElided();

    QString m_full;
};

} // namespace bva::ui
