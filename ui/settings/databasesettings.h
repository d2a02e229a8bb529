// Settings → Database: SQLite file or PostgreSQL URL with "Test connection"; the
// webhook server's bind address and port (beyond loopback only behind a TLS proxy, with its public address).
// The server restarts in place; a new database asks to restart BVA (it reopens cleanly, nothing to
// reinstall). A PostgreSQL password goes to the secret vault (keychain), never into the settings file; both
// changes are recorded in the activity.
#pragma once

#include "util/result.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace bva::ui {

class UserSession;
struct UiServices;

class DatabaseSettings final : public QWidget
{
    Q_OBJECT
public:
    explicit DatabaseSettings(const UiServices &services, UserSession *session = nullptr,
                              QWidget *parent = nullptr);

    // The URL the form describes ("" for the default SQLite file).
    QString databaseUrl() const;
    // Saves the form's database for the next start: the URL without its password in the settings,
    // the password in the vault. Returns the URL saved.
    Result<QString> saveDatabase();

signals:
    // The user chose to restart BVA to open another database.
    void restartRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void testConnection();
    void applyDatabase();
    void applyServer();
    void updateMode();
    void retranslate();

    void audit(const QString &action, const QString &from, const QString &to);

    const UiServices &m_services;
    UserSession *m_session;
    QLineEdit *m_password;
    QLabel *m_passwordLabel;
    QLabel *m_dbTitle, *m_dbHint, *m_dbStatus, *m_serverTitle, *m_serverHint, *m_addressLabel, *m_portLabel,
        *m_serverStatus;
    QLabel *m_current, *m_publicUrlLabel;
    QCheckBox *m_behindProxy;
    QLineEdit *m_publicUrl;
    QRadioButton *m_sqlite, *m_postgres;
    QLineEdit *m_path, *m_url, *m_address;
    QSpinBox *m_port;
    QPushButton *m_test, *m_applyDb, *m_applyServer;
};

} // namespace bva::ui
