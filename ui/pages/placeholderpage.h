// A page whose engine is not wired into the app yet. It says so plainly; it never shows numbers.
#pragma once

#include <QWidget>

class QLabel;

namespace bva::ui {

class PlaceholderPage final : public QWidget
{
    Q_OBJECT
public:
    // `what` is a translated sentence about what the page will show; `why` why it is not here yet.
    PlaceholderPage(const QString &iconName, std::function<QString()> what, std::function<QString()> why,
                    QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    std::function<QString()> m_what;
    std::function<QString()> m_why;
    QString m_iconName;
};

} // namespace bva::ui
