// Settings → Language and look: light/dark/system, UI language with a formatting preview,
// system tray notifications.
#pragma once

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QRadioButton;

namespace bva::ui {

class NotificationCenter;

class AppearanceSettings final : public QWidget
{
    Q_OBJECT
public:
    explicit AppearanceSettings(NotificationCenter *notifications, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updatePreview();

    NotificationCenter *m_notifications;
    QLabel *m_themeTitle, *m_languageTitle, *m_previewTitle, *m_preview, *m_notifyTitle;
    QRadioButton *m_system, *m_light, *m_dark;
    QButtonGroup *m_group;
    QComboBox *m_language;
    QCheckBox *m_tray;
};

} // namespace bva::ui
