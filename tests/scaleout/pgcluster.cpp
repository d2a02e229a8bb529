#include "pgcluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>
#include <QUuid>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace bva::test {

PgCluster::PgCluster()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    m_port = probe.serverPort();
    m_root = QDir::tempPath() + u"/bva-pg-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    m_data = m_root + u"/data"_s;
}

PgCluster::~PgCluster()
{
    if (m_running) {
        QString ignored;
        run(u"pg_ctl"_s, {u"-D"_s, m_data, u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s}, &ignored, 20000);
    }
    if (!m_root.isEmpty())
        QDir(m_root).removeRecursively();
}

QString PgCluster::binDir()
{
    const QString env = qEnvironmentVariable("BVA_PG_BIN");
    const QString dir = env.isEmpty() ? u"/usr/lib/postgresql/15/bin"_s : env;
    return QFileInfo::exists(dir + u"/initdb"_s) && QFileInfo::exists(dir + u"/pg_ctl"_s) ? dir : QString();
}

QString PgCluster::url() const
{
    return u"postgres://postgres@127.0.0.1:%1/postgres"_s.arg(m_port);
}

bool PgCluster::run(const QString &tool, const QStringList &args, QString *why, int timeoutMs)
{
    QProcess p;
    const QString program = binDir() + u'/' + tool;
    if (::geteuid() == 0) {
        p.setProgram(u"runuser"_s);
        p.setArguments(QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + args);
    } else {
        p.setProgram(program);
        p.setArguments(args);
    }
    p.setWorkingDirectory(m_root);
    p.start();
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *why = tool + u" failed: "_s +
               QString::fromLocal8Bit(p.readAllStandardError() + p.readAllStandardOutput()).trimmed() + u' ' +
               p.errorString();
        return false;
    }
    return true;
}

bool PgCluster::init(QString *why)
{
    if (binDir().isEmpty()) {
        *why = u"no PostgreSQL binaries (initdb, pg_ctl) in /usr/lib/postgresql/15/bin or BVA_PG_BIN"_s;
        return false;
    }
    if (!QDir().mkpath(m_root)) {
        *why = u"cannot create "_s + m_root;
        return false;
    }
    // The postgres user creates its data folder inside ours.
    QFile::setPermissions(m_root, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                      QFileDevice::ReadOther | QFileDevice::WriteOther |
                                      QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                      QFileDevice::WriteGroup | QFileDevice::ExeGroup);
    return run(u"initdb"_s,
               {u"-D"_s, m_data, u"-U"_s, u"postgres"_s, u"-A"_s, u"trust"_s, u"-E"_s, u"UTF8"_s,
                u"--no-sync"_s, u"--no-instructions"_s},
               why, 120000);
}

bool PgCluster::start(QString *why)
{
    const QString options =
        u"-p %1 -c listen_addresses=127.0.0.1 -k %2 -c fsync=off -c max_connections=60"_s.arg(m_port).arg(
            m_root);
    m_running = run(u"pg_ctl"_s,
                    {u"-D"_s, m_data, u"-l"_s, m_root + u"/server.log"_s, u"-o"_s, options, u"-w"_s, u"-t"_s,
                     u"60"_s, u"start"_s},
                    why, 70000);
    return m_running;
}

bool PgCluster::stop(QString *why)
{
    const bool ok = run(
        u"pg_ctl"_s, {u"-D"_s, m_data, u"-m"_s, u"fast"_s, u"-w"_s, u"-t"_s, u"60"_s, u"stop"_s}, why, 70000);
    if (ok)
        m_running = false;
    return ok;
}

} // namespace bva::test
