#include "accountsettings.h"
#include "accounts/usersession.h"
#include "auth/authservice.h"
#include "shell/async.h"
#include "shell/uiservices.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bva::ui {
namespace {

QFrame *card(QWidget *parent)
{
    auto *c = new QFrame(parent);
    c->setObjectName(u"card"_s);
    c->setMaximumWidth(640);
    return c;
}

void setStatus(QLabel *label, const QString &text, bool ok)
{
    label->setObjectName(ok ? u"muted"_s : u"error"_s);
    label->setText(text);
    label->style()->unpolish(label);
    label->style()->polish(label);
}

} // namespace

AccountSettings::AccountSettings(const UiServices &services, UserSession *session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
{
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 16, 0, 0);
    l->setSpacing(16);

    auto *profile = card(this);
    auto *pg = new QGridLayout(profile);
    pg->setContentsMargins(20, 18, 20, 18);
    pg->setVerticalSpacing(10);
    m_profileTitle = new QLabel(profile);
    m_profileTitle->setObjectName(u"h3"_s);
    m_nameLabel = new QLabel(profile);
    m_emailLabel = new QLabel(profile);
    m_name = new QLineEdit(profile);
    m_email = new QLineEdit(profile);
    m_saveProfile = new QPushButton(profile);
    m_saveProfile->setObjectName(u"primary"_s);
    m_profileStatus = new QLabel(profile);
    pg->addWidget(m_profileTitle, 0, 0, 1, 2);
    pg->addWidget(m_nameLabel, 1, 0);
    pg->addWidget(m_name, 1, 1);
    pg->addWidget(m_emailLabel, 2, 0);
    pg->addWidget(m_email, 2, 1);
    pg->addWidget(m_profileStatus, 3, 1);
    pg->addWidget(m_saveProfile, 4, 1, Qt::AlignRight);
    l->addWidget(profile);

    auto *pw = card(this);
    auto *wg = new QGridLayout(pw);
    wg->setContentsMargins(20, 18, 20, 18);
    wg->setVerticalSpacing(10);
    m_passwordTitle = new QLabel(pw);
    m_passwordTitle->setObjectName(u"h3"_s);
    m_currentLabel = new QLabel(pw);
    m_newLabel = new QLabel(pw);
    m_confirmLabel = new QLabel(pw);
    m_current = new QLineEdit(pw);
    m_new = new QLineEdit(pw);
    m_confirm = new QLineEdit(pw);
    for (auto *e : {m_current, m_new, m_confirm})
        e->setEchoMode(QLineEdit::Password);
    m_changePassword = new QPushButton(pw);
    m_passwordStatus = new QLabel(pw);
    m_passwordStatus->setWordWrap(true);
    wg->addWidget(m_passwordTitle, 0, 0, 1, 2);
    wg->addWidget(m_currentLabel, 1, 0);
    wg->addWidget(m_current, 1, 1);
    wg->addWidget(m_newLabel, 2, 0);
    wg->addWidget(m_new, 2, 1);
    wg->addWidget(m_confirmLabel, 3, 0);
    wg->addWidget(m_confirm, 3, 1);
    wg->addWidget(m_passwordStatus, 4, 1);
    wg->addWidget(m_changePassword, 5, 1, Qt::AlignRight);
    l->addWidget(pw);
    l->addStretch(1);

    connect(m_saveProfile, &QPushButton::clicked, this, &AccountSettings::saveProfile);
    connect(m_changePassword, &QPushButton::clicked, this, &AccountSettings::changePassword);
    connect(session, &UserSession::userChanged, this, &AccountSettings::loadUser);
    retranslate();
    loadUser();
}

void AccountSettings::loadUser()
{
    m_name->setText(m_session->user().name);
    m_email->setText(m_session->user().email);
}

void AccountSettings::saveProfile()
{
    AuthService *auth = m_services.auth;
    if (!auth)
        return;
    const qint64 id = m_session->user().id;
    const QString email = m_email->text().trimmed(), name = m_name->text().trimmed();
    m_saveProfile->setEnabled(false);
    runAsync(this, [auth, id, email, name] { return auth->updateProfile(id, email, name); },
             [this](Result<User> r) {
                 m_saveProfile->setEnabled(true);
                 if (!r.ok()) {
                     setStatus(m_profileStatus, r.error().message, false);
                     return;
                 }
                 m_session->setUser(r.value());
                 setStatus(m_profileStatus, tr("Profile saved."), true);
             });
}

void AccountSettings::changePassword()
{
    AuthService *auth = m_services.auth;
    if (!auth)
        return;
    if (m_new->text() != m_confirm->text()) {
        setStatus(m_passwordStatus, tr("The new passwords do not match."), false);
        return;
    }
    const qint64 id = m_session->user().id;
    const QString current = m_current->text(), next = m_new->text();
    m_changePassword->setEnabled(false);
    runAsync(this, [auth, id, current, next] { return auth->changePassword(id, current, next); },
             [this](Result<void> r) {
                 m_changePassword->setEnabled(true);
                 if (!r.ok()) {
                     setStatus(m_passwordStatus, r.error().kind == Error::Kind::Unauthorized
                                                     ? tr("The current password is not right.")
                                                     : r.error().message, false);
                     return;
                 }
                 m_current->clear();
                 m_new->clear();
                 m_confirm->clear();
                 setStatus(m_passwordStatus, tr("Password changed."), true);
             });
}

void AccountSettings::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AccountSettings::retranslate()
{
    m_profileTitle->setText(tr("Profile"));
    m_nameLabel->setText(tr("Name"));
    m_emailLabel->setText(tr("Email"));
    m_saveProfile->setText(tr("Save profile"));
    m_passwordTitle->setText(tr("Password"));
    m_currentLabel->setText(tr("Current password"));
    m_newLabel->setText(tr("New password"));
    m_confirmLabel->setText(tr("Repeat new password"));
    m_changePassword->setText(tr("Change password"));
}

} // namespace bva::ui
