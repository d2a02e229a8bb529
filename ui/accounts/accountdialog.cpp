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
    l->addSpacing(8);

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
    connect(m_switch, &QPushButton::clicked, this, [this] {
        setMode(m_mode == Mode::Create ? Mode::Login : Mode::Create);
    });
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

void AccountDialog::accept()
{
    AuthService *auth = m_services.auth;
    if (!auth)
        return;
    const QString email = m_email->text().trimmed();
    const QString password = m_password->text();
    const QString name = m_name->text().trimmed();
    if (m_mode == Mode::Create && password != m_confirm->text()) {
        m_error->setText(tr("The passwords do not match."));
        m_error->show();
        return;
    }
    m_submit->setEnabled(false);
    m_error->hide();
    emit busyChanged(true);
    // Argon2id hashing takes a moment: never on the GUI thread.
    if (m_mode == Mode::Create)
        runAsync(this, [auth, email, password, name] { return auth->registerUser(email, password, name); },
                 [this](Result<AuthSession> r) { finish(std::move(r)); });
    else
        runAsync(this, [auth, email, password] { return auth->login(email, password); },
                 [this](Result<AuthSession> r) { finish(std::move(r)); });
}

void AccountDialog::finish(Result<AuthSession> r)
{
    m_submit->setEnabled(true);
    emit busyChanged(false);
    if (!r.ok()) {
        QString text = r.error().message;
        if (m_mode == Mode::Login && r.error().kind == Error::Kind::Unauthorized)
            text = tr("The email or password is not right.");
        else if (r.error().kind == Error::Kind::Conflict)
            text = tr("An account with this email already exists on this computer. Log in instead.");
        m_error->setText(text);
        m_error->show();
        return;
    }
    m_session = std::move(r.value());
    QDialog::accept();
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
    m_submit->setText(create ? tr("Create account") : tr("Log in"));
    m_switch->setText(create ? tr("I already have an account") : tr("Create another account"));
}

} // namespace bva::ui
