// The bell's drop-down: recent notifications, click to mark one read, or mark all read.
#pragma once

#include <QFrame>

class QLabel;
class QListView;
class QPushButton;

namespace bva::ui {

class NotificationCenter;

class NotificationPanel final : public QFrame
{
    Q_OBJECT
public:
    explicit NotificationPanel(NotificationCenter *center, QWidget *parent = nullptr);
    void popupBelow(QWidget *anchor);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEmpty();

    NotificationCenter *m_center;
    QLabel *m_title = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_markAll = nullptr;
    QListView *m_list = nullptr;
};

} // namespace bva::ui
