// Settings → Account: name and email, password change (which ends the account's other sessions),
// and "Where you're signed in": every open session, signing one out, or signing out everywhere.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace bva::ui {

class UserSession;
struct UiServices;

class AccountSettings final : public QWidget
{
    Q_OBJECT
public:
    AccountSettings(const UiServices &services, UserSession *session, QWidget *parent = nullptr);

    QTreeWidget *sessionList() const { return m_sessions; }
    // Without asking first (tests; the button asks).
    void signOutEverywhereNow();
    void signOutSelectedNow();

public slots:
    void loadSessions();

signals:
    void sessionsLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void saveProfile();
    void changePassword();
    void loadUser();
    // The password field of the profile shows while the email differs from the account's.
    void updateProfilePassword();
    void signOutEverywhere();
    void retranslate();

    const UiServices &m_services;
    UserSession *m_session;
    QLabel *m_profileTitle, *m_nameLabel, *m_emailLabel, *m_profilePasswordLabel, *m_profileStatus;
    QLabel *m_passwordTitle, *m_currentLabel, *m_newLabel, *m_confirmLabel, *m_passwordStatus;
    QLineEdit *m_name, *m_email, *m_profilePassword, *m_current, *m_new, *m_confirm;
    QPushButton *m_saveProfile, *m_changePassword;
    QLabel *m_sessionsTitle, *m_sessionsHelp, *m_sessionsStatus;
    QTreeWidget *m_sessions;
    QPushButton *m_signOutSelected, *m_signOutEverywhere;
    int m_sessionsGeneration = 0;
};

} // namespace bva::ui
