// Settings → Account: name and email, password change.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace bva::ui {

class UserSession;
struct UiServices;

class AccountSettings final : public QWidget
{
    Q_OBJECT
public:
    AccountSettings(const UiServices &services, UserSession *session, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void saveProfile();
    void changePassword();
    void loadUser();
    void retranslate();

    const UiServices &m_services;
    UserSession *m_session;
    QLabel *m_profileTitle, *m_nameLabel, *m_emailLabel, *m_profileStatus;
    QLabel *m_passwordTitle, *m_currentLabel, *m_newLabel, *m_confirmLabel, *m_passwordStatus;
    QLineEdit *m_name, *m_email, *m_current, *m_new, *m_confirm;
    QPushButton *m_saveProfile, *m_changePassword;
};

} // namespace bva::ui
