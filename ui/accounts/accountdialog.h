// First run: create the local BVA account. Later: log in (remember me optional), or create
// another account for another person on this computer.
#pragma once

#include "auth/authservice.h"

#include <QDeadlineTimer>
#include <QDialog>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace bva::ui {

struct UiServices;

class AccountDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Create, Login };

    AccountDialog(const UiServices &services, Mode mode, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    bool rememberMe() const;
    const std::optional<AuthSession> &session() const { return m_session; }
    void setEmail(const QString &email);
    // A line above the form, e.g. why the previous session ended.
    void setNotice(const QString &text);
    // Seconds until sign-in may be tried again after too many failures (0: it may now).
    int waitSeconds() const { return m_waitLeft; }
    // For tests and the demo: fill in and submit.
    void submit(const QString &email, const QString &password, const QString &name = {});

signals:
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent *event) override;

private:
    void accept() override;
    void finish(Result<AuthSession> r);
    void showError(const QString &text);
    // Too many attempts: the button waits, counting down, then the form may be sent again.
    void waitBeforeRetry(int seconds);
    void tick();
    void showWait();
    void retranslate();

    const UiServices &m_services;
    Mode m_mode;
    QLabel *m_logo, *m_title, *m_subtitle, *m_nameLabel, *m_emailLabel, *m_passwordLabel, *m_confirmLabel,
        *m_error;
    QLabel *m_notice;
    QTimer *m_countdown;
    int m_waitLeft = 0;
    QDeadlineTimer m_waitUntil;
    QLineEdit *m_name, *m_email, *m_password, *m_confirm;
    QCheckBox *m_remember;
    QPushButton *m_submit, *m_switch;
    std::optional<AuthSession> m_session;
};

} // namespace bva::ui
