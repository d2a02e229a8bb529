#include "accountdialog.h"

#include "shell/async.h"
#include "shell/uiservices.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bva::ui {

AccountDialog::AccountDialog(const UiServices &services, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_mode(mode)
{
    setObjectName(u"accountDialog"_s);
    setWindowIcon(QIcon(u":/bva/icons/app.svg"_s));
    setMinimumWidth(420);
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(32, 28, 32, 24);
    l->setSpacing(10);
    m_logo = new QLabel(this);
    m_logo->setPixmap(QIcon(u":/bva/icons/app.svg"_s).pixmap(56, 56));
    m_logo->setAlignment(Qt::AlignCenter);
    m_title = new QLabel(this);
    m_title->setObjectName(u"h1"_s);
    m_title->setAlignment(Qt::AlignCenter);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(u"muted"_s);
    m_subtitle->setAlignment(Qt::AlignCenter);
    m_subtitle->setWordWrap(true);
    l->addWidget(m_logo);
    l->addWidget(m_title);
    l->addWidget(m_subtitle);
    m_notice = new QLabel(this);
    m_notice->setObjectName(u"notice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();
    l->addWidget(m_notice);
    l->addSpacing(8);
    m_countdown = new QTimer(this);
    // Ticks a few times a second and reads the deadline, so a coarse timer firing early never
    // re-enables the button before the server's lock has ended.
    m_countdown->setInterval(250);
    connect(m_countdown, &QTimer::timeout, this, &AccountDialog::tick);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->setVerticalSpacing(6);
    m_nameLabel = new QLabel(this);
    m_emailLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_confirmLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"name"_s);
    m_email = new QLineEdit(this);
    m_email->setObjectName(u"email"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(u"confirm"_s);
    m_confirm->setEchoMode(QLineEdit::Password);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_emailLabel, m_email);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_confirmLabel, m_confirm);
    l->addLayout(form);
    m_remember = new QCheckBox(this);
    l->addWidget(m_remember);
    m_error = new QLabel(this);
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    l->addWidget(m_error);
    m_submit = new QPushButton(this);
    m_submit->setObjectName(u"primary"_s);
    m_submit->setDefault(true);
    m_submit->setMinimumHeight(36);
    l->addWidget(m_submit);
    m_switch = new QPushButton(this);
    m_switch->setObjectName(u"link"_s);
    l->addWidget(m_switch, 0, Qt::AlignCenter);

    connect(m_submit, &QPushButton::clicked, this, &AccountDialog::accept);
    connect(m_switch, &QPushButton::clicked, this,
            [this] { setMode(m_mode == Mode::Create ? Mode::Login : Mode::Create); });
    setMode(mode);
}

void AccountDialog::setMode(Mode mode)
{
    m_mode = mode;
    const bool create = mode == Mode::Create;
    for (QWidget *w : {static_cast<QWidget *>(m_nameLabel), static_cast<QWidget *>(m_name),
                       static_cast<QWidget *>(m_confirmLabel), static_cast<QWidget *>(m_confirm)})
        w->setVisible(create);
    m_remember->setVisible(!create);
    m_error->hide();
    retranslate();
    (create ? m_name : (m_email->text().isEmpty() ? m_email : m_password))->setFocus();
}

bool AccountDialog::rememberMe() const
{
    return m_remember->isChecked();
}

void AccountDialog::setEmail(const QString &email)
{
    m_email->setText(email);
}

void AccountDialog::submit(const QString &email, const QString &password, const QString &name)
{
    m_email->setText(email);
    m_password->setText(password);
    m_confirm->setText(password);
    m_name->setText(name);
    accept();
}

void AccountDialog::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void AccountDialog::accept()
{
    AuthService *auth = m_services.auth;
    if (!auth || m_waitLeft > 0)
        return;
    const QString email = m_email->text().trimmed();
    const QString password = m_password->text();
    const QString name = m_name->text().trimmed();
    if (m_mode == Mode::Create && password != m_confirm->text()) {
        showError(tr("The passwords do not match."));
        return;
    }
    m_submit->setEnabled(false);
    m_error->hide();
    emit busyChanged(true);
    // Argon2id runs on the password workers, never on the GUI thread.
    const SignInOrigin origin{u"desktop"_s, u"BVA desktop"_s};
    if (m_mode == Mode::Login) {
        runAsync(this, auth->login(email, password, origin),
                 [this](Result<AuthSession> r) { finish(std::move(r)); });
        return;
    }
    // Creating answers alike whether or not the email had an account; signing in says which.
    runAsync(this, auth->registerUser(email, password, name, origin),
             [this, auth, email, password, origin](Result<void> created) {
                 if (!created) {
                     finish(created.error());
                     return;
                 }
                 runAsync(this, auth->login(email, password, origin), [this](Result<AuthSession> r) {
                     if (!r.ok() && r.error().kind == Error::Kind::Unauthorized)
                         r = Error::conflict(r.error().message);
                     finish(std::move(r));
                 });
             });
}

void AccountDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void AccountDialog::finish(Result<AuthSession> r)
{
    emit busyChanged(false);
    if (!r.ok()) {
        m_submit->setEnabled(true);
        const Error &e = r.error();
        if (e.kind == Error::Kind::Throttled) {
            waitBeforeRetry(e.retryAfterSeconds);
            return;
        }
        if (m_mode == Mode::Login && e.kind == Error::Kind::Unauthorized)
            showError(tr("The email or password is not right."));
        else if (e.kind == Error::Kind::Conflict)
            showError(tr(
                "Could not sign in to the new account. If this email already has an account, log in with its "
                "password instead."));
        else if (e.kind == Error::Kind::Busy)
            showError(tr("BVA is busy checking other sign-ins. Try again in a moment."));
        else
            showError(e.message);
        return;
    }
    m_session = std::move(r.value());
    QDialog::accept();
}

void AccountDialog::waitBeforeRetry(int seconds)
{
    m_waitUntil = QDeadlineTimer(qMax(1, seconds) * 1000LL);
    m_waitLeft = qMax(1, seconds);
    m_countdown->start();
    showWait();
}

void AccountDialog::tick()
{
    const qint64 left = m_waitUntil.remainingTime();
    if (left > 0) {
        const int seconds = int((left + 999) / 1000);
        if (seconds != m_waitLeft) {
            m_waitLeft = seconds;
            showWait();
        }
        return;
    }
    m_waitLeft = 0;
    m_countdown->stop();
    m_error->hide();
    m_submit->setEnabled(true);
    retranslate();
}

void AccountDialog::showWait()
{
    m_submit->setEnabled(false);
    showError(
        tr("Too many attempts that did not match. For your safety, wait %n second(s) before trying again.",
           nullptr, m_waitLeft));
    retranslate();
}

void AccountDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AccountDialog::retranslate()
{
    const bool create = m_mode == Mode::Create;
    setWindowTitle(create ? tr("Create your BVA account") : tr("Log in to BVA"));
    m_title->setText(create ? tr("Welcome to BVA") : tr("Welcome back"));
    m_subtitle->setText(create ? tr("Create a local account. Your shops and figures stay on this computer "
                                    "(or your own database server).")
                               : tr("Log in to see your shops."));
    m_nameLabel->setText(tr("Your name"));
    m_emailLabel->setText(tr("Email"));
    m_passwordLabel->setText(tr("Password"));
    m_confirmLabel->setText(tr("Repeat password"));
    m_remember->setText(tr("Keep me logged in on this computer"));
    if (m_waitLeft > 0)
        m_submit->setText(tr("Wait %n s", nullptr, m_waitLeft));
    else
        m_submit->setText(create ? tr("Create account") : tr("Log in"));
    m_switch->setText(create ? tr("I already have an account") : tr("Create another account"));
}

} // namespace bva::ui
