#include "databasesettings.h"

#include "accounts/usersession.h"
#include "auth/auditactions.h"
#include "auth/auditservice.h"
#include "auth/databasepassword.h"
#include "auth/secretvault.h"
#include "http/hostpolicy.h"
#include "shell/async.h"
#include "shell/uiservices.h"
#include "util/serversettings.h"

#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bva::ui {
namespace {

void setStatus(QLabel *label, const QString &text, bool ok)
{
    label->setObjectName(ok ? u"muted"_s : u"error"_s);
    label->setText(text);
    label->style()->unpolish(label);
    label->style()->polish(label);
}

} // namespace

DatabaseSettings::DatabaseSettings(const UiServices &services, UserSession *session, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(session)
{
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 16, 0, 0);
    l->setSpacing(16);

    auto *db = new QFrame(this);
    db->setObjectName(u"card"_s);
    db->setMaximumWidth(720);
    auto *dg = new QGridLayout(db);
    dg->setContentsMargins(20, 18, 20, 18);
    dg->setVerticalSpacing(10);
    m_dbTitle = new QLabel(db);
    m_dbTitle->setObjectName(u"h3"_s);
    m_current = new QLabel(db);
    m_current->setObjectName(u"muted"_s);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sqlite = new QRadioButton(db);
    m_postgres = new QRadioButton(db);
    m_path = new QLineEdit(db);
    m_url = new QLineEdit(db);
    m_url->setPlaceholderText(u"postgres://user@host:5432/bva"_s);
    m_url->setObjectName(u"databaseUrl"_s);
    m_passwordLabel = new QLabel(db);
    m_password = new QLineEdit(db);
    m_password->setObjectName(u"databasePassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_dbHint = new QLabel(db);
    m_dbHint->setObjectName(u"muted"_s);
    m_dbHint->setWordWrap(true);
    m_dbStatus = new QLabel(db);
    m_dbStatus->setWordWrap(true);
    m_test = new QPushButton(db);
    m_test->setObjectName(u"testConnection"_s);
    m_applyDb = new QPushButton(db);
    m_applyDb->setObjectName(u"primary"_s);
    dg->addWidget(m_dbTitle, 0, 0, 1, 3);
    dg->addWidget(m_current, 1, 0, 1, 3);
    dg->addWidget(m_sqlite, 2, 0);
    dg->addWidget(m_path, 2, 1, 1, 2);
    dg->addWidget(m_postgres, 3, 0);
    dg->addWidget(m_url, 3, 1, 1, 2);
    dg->addWidget(m_passwordLabel, 4, 0, Qt::AlignRight);
    dg->addWidget(m_password, 4, 1, 1, 2);
    dg->addWidget(m_dbHint, 5, 0, 1, 3);
    dg->addWidget(m_dbStatus, 6, 0, 1, 3);
    auto *dbButtons = new QHBoxLayout;
    dbButtons->addStretch(1);
    dbButtons->addWidget(m_test);
    dbButtons->addWidget(m_applyDb);
    dg->addLayout(dbButtons, 7, 0, 1, 3);
    dg->setColumnStretch(1, 1);
    l->addWidget(db);

    auto *srv = new QFrame(this);
    srv->setObjectName(u"card"_s);
    srv->setMaximumWidth(720);
    auto *sg = new QGridLayout(srv);
    sg->setContentsMargins(20, 18, 20, 18);
    sg->setVerticalSpacing(10);
    m_serverTitle = new QLabel(srv);
    m_serverTitle->setObjectName(u"h3"_s);
    m_serverHint = new QLabel(srv);
    m_serverHint->setObjectName(u"muted"_s);
    m_serverHint->setWordWrap(true);
    m_addressLabel = new QLabel(srv);
    m_portLabel = new QLabel(srv);
    m_address = new QLineEdit(settings::listenAddress().get(), srv);
    m_address->setObjectName(u"listenAddress"_s);
    m_port = new QSpinBox(srv);
    m_port->setRange(1, 65535);
    m_port->setValue(settings::listenPort().get());
    m_behindProxy = new QCheckBox(srv);
    m_behindProxy->setObjectName(u"behindTlsProxy"_s);
    m_behindProxy->setChecked(settings::behindTlsProxy().get());
    m_publicUrlLabel = new QLabel(srv);
    m_publicUrl = new QLineEdit(settings::publicUrl().get(), srv);
    m_publicUrl->setObjectName(u"publicUrl"_s);
    m_publicUrl->setPlaceholderText(u"https://bva.example.com"_s);
    m_serverStatus = new QLabel(srv);
    m_serverStatus->setObjectName(u"serverStatus"_s);
    m_serverStatus->setWordWrap(true);
    m_applyServer = new QPushButton(srv);
    m_applyServer->setObjectName(u"primary"_s);
    sg->addWidget(m_serverTitle, 0, 0, 1, 2);
    sg->addWidget(m_serverHint, 1, 0, 1, 2);
    sg->addWidget(m_addressLabel, 2, 0);
    sg->addWidget(m_address, 2, 1);
    sg->addWidget(m_portLabel, 3, 0);
    sg->addWidget(m_port, 3, 1);
    sg->addWidget(m_behindProxy, 4, 0, 1, 2);
    sg->addWidget(m_publicUrlLabel, 5, 0);
    sg->addWidget(m_publicUrl, 5, 1);
    sg->addWidget(m_serverStatus, 6, 0, 1, 2);
    sg->addWidget(m_applyServer, 7, 1, Qt::AlignRight);
    sg->setColumnStretch(1, 1);
    l->addWidget(srv);
    l->addStretch(1);

    const QString url = settings::databaseUrl().get();
    const bool pg = url.startsWith(u"postgres"_s);
    (pg ? m_postgres : m_sqlite)->setChecked(true);
    if (pg) {
        // An older setting may still carry the password: the form never shows it.
        auto config = DatabaseConfig::fromUrl(url);
        m_url->setText(config ? databasepassword::urlWithoutPassword(*config) : url);
    } else
        m_path->setText(url.isEmpty() ? DatabaseConfig::defaultConfig().sqlitePath : url.mid(7));

    connect(m_sqlite, &QRadioButton::toggled, this, &DatabaseSettings::updateMode);
    connect(m_test, &QPushButton::clicked, this, &DatabaseSettings::testConnection);
    connect(m_applyDb, &QPushButton::clicked, this, &DatabaseSettings::applyDatabase);
    connect(m_applyServer, &QPushButton::clicked, this, &DatabaseSettings::applyServer);
    updateMode();
    retranslate();
}

QString DatabaseSettings::databaseUrl() const
{
    if (m_postgres->isChecked())
        return m_url->text().trimmed();
    const QString path = m_path->text().trimmed();
    if (path.isEmpty() || path == DatabaseConfig::defaultConfig().sqlitePath)
        return {};
    return u"sqlite:"_s + path;
}

void DatabaseSettings::updateMode()
{
    m_path->setEnabled(m_sqlite->isChecked());
    m_url->setEnabled(m_postgres->isChecked());
    m_password->setEnabled(m_postgres->isChecked());
}

void DatabaseSettings::audit(const QString &action, const QString &from, const QString &to)
{
    if (!m_services.audit)
        return;
    AuditEntry e = m_session ? m_session->actor().audit(action) : Actor::system(u"desktop"_s).audit(action);
    e.details = {{u"from"_s, from}, {u"to"_s, to}};
    AuditService *audit = m_services.audit;
    runAsync(
        this, [audit, e] { return audit->record(e); }, [](const Result<void> &) {});
}

Result<QString> DatabaseSettings::saveDatabase()
{
    const QString url = databaseUrl();
    auto config = url.isEmpty() ? Result<DatabaseConfig>(DatabaseConfig::defaultConfig())
                                : DatabaseConfig::fromUrl(url);
    if (!config)
        return Error::invalid(tr("This is not a database address BVA understands."));
    QString saved = url;
    if (config->dialect == SqlDialect::PostgreSQL) {
        const QString password = m_password->text().isEmpty() ? config->password : m_password->text();
        if (!password.isEmpty()) {
            if (!m_services.vault)
                return Error::internal(tr("No secret vault to keep the password in."));
            auto stored = databasepassword::store(*m_services.vault, url, password);
            if (!stored)
                return Error::storage(
                    tr("The password could not be kept in the secret vault: %1").arg(stored.error().message));
            saved = *stored;
        } else {
            saved = databasepassword::urlWithoutPassword(*config);
        }
        m_url->setText(saved);
        m_password->clear();
    }
    const QString before = settings::databaseUrl().get();
    settings::databaseUrl().set(saved);
    if (before != saved) {
        auto old = before.isEmpty() ? Result<DatabaseConfig>(DatabaseConfig::defaultConfig())
                                    : DatabaseConfig::fromUrl(before);
        audit(audit::kDatabaseSetting, old ? databasepassword::urlWithoutPassword(*old) : QString(),
              databasepassword::urlWithoutPassword(*config));
    }
    return saved;
}

void DatabaseSettings::testConnection()
{
    const QString url = databaseUrl();
    auto config = url.isEmpty() ? Result<DatabaseConfig>(DatabaseConfig::defaultConfig())
                                : DatabaseConfig::fromUrl(url);
    if (!config.ok()) {
        setStatus(m_dbStatus,
                  tr("This is not a database address BVA understands: %1").arg(config.error().message),
                  false);
        return;
    }
    m_test->setEnabled(false);
    setStatus(m_dbStatus, tr("Testing…"), true);
    DatabaseConfig c = config.value();
    if (!m_password->text().isEmpty())
        c.password = m_password->text();
    SecretVault *vault = m_services.vault;
    // Typed without a password: the one kept in the vault for this database, if any.
    runAsync(
        this, [c, vault] { return databasepassword::probe(vault, c); },
        [this, c](Result<void> r) {
            m_test->setEnabled(true);
            if (r.ok())
                setStatus(m_dbStatus, tr("Connected to %1.").arg(c.redactedUrl()), true);
            else
                setStatus(m_dbStatus, tr("Could not connect: %1").arg(r.error().message), false);
        });
}

void DatabaseSettings::applyDatabase()
{
    if (auto saved = saveDatabase(); !saved) {
        setStatus(m_dbStatus, saved.error().message, false);
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Restart BVA?"),
        tr("BVA opens the new database when it restarts. Your shops on the old database stay there. Restart now?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        emit restartRequested();
    else
        setStatus(m_dbStatus, tr("Saved. The new database is used from the next start."), true);
}

void DatabaseSettings::applyServer()
{
    const QString address = m_address->text().trimmed();
    const int port = m_port->value();
    const QHostAddress host(address == u"localhost"_s ? u"127.0.0.1"_s : address);
    if (host.isNull()) {
        setStatus(m_serverStatus, tr("\"%1\" is not an IP address this computer can listen on.").arg(address),
                  false);
        return;
    }
    if (const QString refusal = listenRefusal(host, false, m_behindProxy->isChecked()); !refusal.isEmpty()) {
        setStatus(m_serverStatus, refusal, false);
        return;
    }
    const QString publicUrl = m_publicUrl->text().trimmed();
    const QUrl parsed(publicUrl, QUrl::StrictMode);
    if (!publicUrl.isEmpty() &&
        (!parsed.isValid() || !parsed.scheme().startsWith(u"http"_s) || parsed.host().isEmpty())) {
        setStatus(m_serverStatus,
                  tr("The public address must be a web address, e.g. https://bva.example.com."), false);
        return;
    }
    const QString before =
        settings::listenAddress().get() + u':' + QString::number(settings::listenPort().get());
    settings::listenAddress().set(address);
    settings::listenPort().set(port);
    if (const QString after = address + u':' + QString::number(port); after != before)
        audit(audit::kServerSetting, before, after);
    settings::behindTlsProxy().set(m_behindProxy->isChecked());
    settings::publicUrl().set(publicUrl);
    if (!m_services.restartServer) {
        setStatus(m_serverStatus, tr("Saved. The webhook server uses it from the next start."), true);
        return;
    }
    QString error;
    if (m_services.restartServer(address, port, &error))
        setStatus(m_serverStatus,
                  tr("The webhook server now listens on %1:%2. Update the webhook URL in your "
                     "marketplaces if it changed.")
                      .arg(address)
                      .arg(port),
                  true);
    else
        setStatus(m_serverStatus,
                  tr("The webhook server could not start on %1:%2: %3").arg(address).arg(port).arg(error),
                  false);
}

void DatabaseSettings::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DatabaseSettings::retranslate()
{
    m_dbTitle->setText(tr("Database"));
    m_sqlite->setText(tr("SQLite file"));
    m_postgres->setText(tr("PostgreSQL"));
    m_dbHint->setText(
        tr("One seller: the SQLite file on this computer. A team: a PostgreSQL server shared by "
           "several BVA apps and bva-server. Its password is kept in this computer's secret vault "
           "(keychain), not in BVA's settings."));
    m_passwordLabel->setText(tr("Password"));
    m_password->setPlaceholderText(tr("unchanged: the one in the vault, if any"));
    m_test->setText(tr("Test connection"));
    m_applyDb->setText(tr("Use this database"));
    m_serverTitle->setText(tr("Webhook server"));
    m_serverHint->setText(
        tr("Marketplaces send live updates to this address. 127.0.0.1 accepts them only from "
           "this computer."));
    m_addressLabel->setText(tr("Bind address"));
    m_portLabel->setText(tr("Port"));
    m_behindProxy->setText(
        tr("A TLS proxy on a trusted network fronts this server (needed to listen beyond this computer)"));
    m_publicUrlLabel->setText(tr("Public address"));
    m_publicUrl->setToolTip(
        tr("The address marketplaces and browsers use through the proxy. BVA answers only "
           "this name and this computer's own names."));
    m_applyServer->setText(tr("Apply and restart the server"));
    if (!m_services.databaseInUse.isEmpty())
        m_current->setText(tr("In use: %1").arg(m_services.databaseInUse));
}

} // namespace bva::ui
