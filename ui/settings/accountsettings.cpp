#include "accountsettings.h"

#include "accounts/usersession.h"
#include "auth/authservice.h"
#include "shell/async.h"
#include "shell/uiservices.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
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
    m_email->setObjectName(u"profileEmail"_s);
    // Changing the email asks the password, like changing the password does.
    m_profilePasswordLabel = new QLabel(profile);
    m_profilePassword = new QLineEdit(profile);
    m_profilePassword->setObjectName(u"profilePassword"_s);
    m_profilePassword->setEchoMode(QLineEdit::Password);
    m_saveProfile = new QPushButton(profile);
    m_saveProfile->setObjectName(u"primary"_s);
    m_profileStatus = new QLabel(profile);
    m_profileStatus->setObjectName(u"profileStatus"_s);
    m_profileStatus->setWordWrap(true);
    pg->addWidget(m_profileTitle, 0, 0, 1, 2);
    pg->addWidget(m_nameLabel, 1, 0);
    pg->addWidget(m_name, 1, 1);
    pg->addWidget(m_emailLabel, 2, 0);
    pg->addWidget(m_email, 2, 1);
    pg->addWidget(m_profilePasswordLabel, 3, 0);
    pg->addWidget(m_profilePassword, 3, 1);
    pg->addWidget(m_profileStatus, 4, 1);
    pg->addWidget(m_saveProfile, 5, 1, Qt::AlignRight);
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

    auto *where = card(this);
    where->setMaximumWidth(820);
    auto *sl = new QVBoxLayout(where);
    sl->setContentsMargins(20, 18, 20, 18);
    sl->setSpacing(10);
    m_sessionsTitle = new QLabel(where);
    m_sessionsTitle->setObjectName(u"h3"_s);
    m_sessionsHelp = new QLabel(where);
    m_sessionsHelp->setObjectName(u"muted"_s);
    m_sessionsHelp->setWordWrap(true);
    m_sessions = new QTreeWidget(where);
    m_sessions->setObjectName(u"sessions"_s);
    m_sessions->setRootIsDecorated(false);
    m_sessions->setColumnCount(3);
    m_sessions->setMinimumHeight(140);
    m_sessions->header()->setStretchLastSection(false);
    m_sessions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sessions->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_sessionsStatus = new QLabel(where);
    m_sessionsStatus->setWordWrap(true);
    m_signOutSelected = new QPushButton(where);
    m_signOutEverywhere = new QPushButton(where);
    m_signOutEverywhere->setObjectName(u"danger"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sessionsStatus, 1);
    buttons->addWidget(m_signOutSelected);
    buttons->addWidget(m_signOutEverywhere);
    sl->addWidget(m_sessionsTitle);
    sl->addWidget(m_sessionsHelp);
    sl->addWidget(m_sessions);
    sl->addLayout(buttons);
    l->addWidget(where);
    l->addStretch(1);
    connect(m_signOutSelected, &QPushButton::clicked, this, &AccountSettings::signOutSelectedNow);
    connect(m_signOutEverywhere, &QPushButton::clicked, this, &AccountSettings::signOutEverywhere);
    connect(m_sessions, &QTreeWidget::itemSelectionChanged, this, [this] {
        const auto selected = m_sessions->selectedItems();
        m_signOutSelected->setEnabled(!selected.isEmpty() &&
                                      selected.first()->data(0, Qt::UserRole).toLongLong() !=
                                          m_session->sessionId());
    });
    m_signOutSelected->setEnabled(false);

    connect(m_saveProfile, &QPushButton::clicked, this, &AccountSettings::saveProfile);
    connect(m_email, &QLineEdit::textChanged, this, &AccountSettings::updateProfilePassword);
    connect(m_profilePassword, &QLineEdit::returnPressed, m_saveProfile, &QPushButton::click);
    connect(m_changePassword, &QPushButton::clicked, this, &AccountSettings::changePassword);
    connect(session, &UserSession::userChanged, this, &AccountSettings::loadUser);
    connect(session, &UserSession::userChanged, this, &AccountSettings::loadSessions);
    retranslate();
    loadUser();
    loadSessions();
}

void AccountSettings::loadUser()
{
    m_name->setText(m_session->user().name);
    m_email->setText(m_session->user().email);
    m_profilePassword->clear();
    updateProfilePassword();
}

void AccountSettings::updateProfilePassword()
{
    const bool changing =
        m_email->text().trimmed().compare(m_session->user().email, Qt::CaseInsensitive) != 0;
    m_profilePasswordLabel->setVisible(changing);
    m_profilePassword->setVisible(changing);
}

void AccountSettings::saveProfile()
{
    AuthService *auth = m_services.auth;
    if (!auth)
        return;
    const Actor actor = m_session->actor();
    const QString email = m_email->text().trimmed(), name = m_name->text().trimmed();
    const QString password = m_profilePassword->isVisibleTo(this) ? m_profilePassword->text() : QString();
    m_saveProfile->setEnabled(false);
    // Off the GUI thread: the store, and the password check on the auth workers when the email changes.
    runAsync(
        this,
        [auth, actor, email, name, password] {
            return auth->updateProfile(actor, email, name, password).result();
        },
        [this](Result<User> r) {
            m_saveProfile->setEnabled(true);
            if (!r.ok()) {
                const Error &e = r.error();
                QString text = e.message;
                if (e.message.startsWith(u"currentPassword:"_s))
                    text = e.kind == Error::Kind::Invalid
                               ? tr("Enter your current password to change the email.")
                               : tr("The current password is wrong; the email was not changed.");
                setStatus(m_profileStatus, text, false);
                return;
            }
            m_profilePassword->clear();
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
    m_changePassword->setEnabled(false);
    // This window keeps its session; every other one of the account ends.
    runAsync(
        this,
        auth->changePassword(m_session->actor(), m_session->sessionId(), m_current->text(), m_new->text()),
        [this](Result<void> r) {
            m_changePassword->setEnabled(true);
            if (!r.ok()) {
                const Error &e = r.error();
                QString text = e.message;
                if (e.kind == Error::Kind::Unauthorized)
                    text = tr("The current password is not right.");
                else if (e.kind == Error::Kind::Throttled)
                    text = tr("Too many attempts that did not match. Wait %n second(s) and try again.",
                              nullptr, e.retryAfterSeconds);
                setStatus(m_passwordStatus, text, false);
                return;
            }
            m_current->clear();
            m_new->clear();
            m_confirm->clear();
            setStatus(m_passwordStatus,
                      tr("Password changed. Every other session of this account was signed out."), true);
            loadSessions();
        });
}

void AccountSettings::loadSessions()
{
    AuthService *auth = m_services.auth;
    if (!auth || !m_session->isActive())
        return;
    const qint64 userId = m_session->user().id;
    const int generation = ++m_sessionsGeneration;
    runAsync(
        this, [auth, userId] { return auth->sessions(userId); },
        [this, generation](Result<QList<SessionInfo>> r) {
            if (generation != m_sessionsGeneration)
                return; // a later load is on its way
            m_sessions->clear();
            if (!r.ok()) {
                setStatus(m_sessionsStatus, r.error().message, false);
                return;
            }
            const QLocale locale;
            for (const SessionInfo &s : std::as_const(*r)) {
                const bool here = s.id == m_session->sessionId();
                QString where = s.client == u"desktop"_s ? tr("BVA desktop") : s.client;
                if (!s.userAgent.isEmpty() && s.client != u"desktop"_s)
                    where += u" · "_s + s.userAgent;
                if (here)
                    where += u" "_s + tr("(this window)");
                auto *item = new QTreeWidgetItem(
                    m_sessions, {where, locale.toString(s.createdAt.toLocalTime(), QLocale::ShortFormat),
                                 locale.toString(s.expiresAt.toLocalTime(), QLocale::ShortFormat)});
                item->setData(0, Qt::UserRole, s.id);
            }
            setStatus(m_sessionsStatus, tr("%n open session(s).", nullptr, int(r->size())), true);
            m_signOutSelected->setEnabled(false);
            emit sessionsLoaded();
        });
}

void AccountSettings::signOutSelectedNow()
{
    AuthService *auth = m_services.auth;
    const auto selected = m_sessions->selectedItems();
    if (!auth || selected.isEmpty())
        return;
    const qint64 id = selected.first()->data(0, Qt::UserRole).toLongLong();
    const Actor actor = m_session->actor();
    runAsync(
        this, [auth, actor, id] { return auth->revokeSession(actor, id); },
        [this](Result<void> r) {
            if (!r.ok())
                setStatus(m_sessionsStatus, r.error().message, false);
            loadSessions();
        });
}

void AccountSettings::signOutEverywhere()
{
    const auto answer =
        QMessageBox::question(this, tr("Sign out everywhere"),
                              tr("Sign out of every device and browser that uses this account, this "
                                 "window included? Open live connections close at once."));
    if (answer == QMessageBox::Yes)
        signOutEverywhereNow();
}

void AccountSettings::signOutEverywhereNow()
{
    AuthService *auth = m_services.auth;
    if (!auth)
        return;
    const Actor actor = m_session->actor();
    m_signOutEverywhere->setEnabled(false);
    // The shell hears that this session ended too and goes back to sign-in.
    runAsync(
        this, [auth, actor] { return auth->signOutEverywhere(actor); },
        [this](Result<int> r) {
            m_signOutEverywhere->setEnabled(true);
            if (!r.ok())
                setStatus(m_sessionsStatus, r.error().message, false);
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
    m_profilePasswordLabel->setText(tr("Current password"));
    m_profilePassword->setPlaceholderText(tr("Needed to change the email"));
    m_saveProfile->setText(tr("Save profile"));
    m_passwordTitle->setText(tr("Password"));
    m_currentLabel->setText(tr("Current password"));
    m_newLabel->setText(tr("New password"));
    m_confirmLabel->setText(tr("Repeat new password"));
    m_changePassword->setText(tr("Change password"));
    m_sessionsTitle->setText(tr("Where you're signed in"));
    m_sessionsHelp->setText(
        tr("Every open session of this account. Signing one out ends it at once, live updates "
           "included; changing the password signs out all but this window."));
    m_sessions->setHeaderLabels({tr("Where"), tr("Signed in", "when a session began"), tr("Expires")});
    m_signOutSelected->setText(tr("Sign out selected"));
    m_signOutEverywhere->setText(tr("Sign out everywhere"));
}

} // namespace bva::ui
