// A private PostgreSQL cluster for fault tests: initdb into a temporary folder, its own port, so
// stopping and restarting it disturbs no other suite. Runs as the `postgres` OS user when the
// test runs as root (PostgreSQL refuses root).
#pragma once

#include <QString>
#include <QStringList>

namespace bva::test {

class PgCluster final
{
public:
    PgCluster();
    ~PgCluster();

    // Where initdb and pg_ctl are (BVA_PG_BIN or /usr/lib/postgresql/15/bin); empty if missing.
    static QString binDir();

    bool init(QString *why);
    bool start(QString *why);
    // Fast shutdown: sessions are ended, like a restart by an administrator.
    bool stop(QString *why);
    quint16 port() const { return m_port; }
    QString url() const;

private:
    bool run(const QString &tool, const QStringList &args, QString *why, int timeoutMs = 60000);

    QString m_root;
    QString m_data;
    quint16 m_port = 0;
    bool m_running = false;
};

} // namespace bva::test
