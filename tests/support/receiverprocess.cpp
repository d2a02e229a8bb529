#include "receiverprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace bva::test {

ReceiverProcess::ReceiverProcess(const QString &binary, QStringList arguments)
    : m_binary(binary)
    , m_arguments(std::move(arguments))
{}

ReceiverProcess::~ReceiverProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

bool ReceiverProcess::start(QString *why, int timeoutMs)
{
    m_process.setProgram(m_binary);
    m_process.setArguments(m_arguments);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // A test that crashes takes its server with it.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *why = m_process.errorString();
        return false;
    }
    QElapsedTimer t;
    t.start();
    while (!m_output.contains("listening on") && t.elapsed() < timeoutMs &&
           m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(200);
        m_output += m_process.readAll();
    }
    if (!m_output.contains("listening on")) {
        *why = u"bva-server did not start: "_s + QString::fromUtf8(m_output);
        return false;
    }
    const auto match = QRegularExpression(u"listening on (\\S+)"_s).match(QString::fromUtf8(m_output));
    m_url = QUrl(match.captured(1));
    return true;
}

qint64 ReceiverProcess::residentKb() const
{
    QFile status(u"/proc/%1/status"_s.arg(m_process.processId()));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

void ReceiverProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
}

bool ReceiverProcess::terminate(int timeoutMs)
{
    m_process.terminate();
    return m_process.waitForFinished(timeoutMs) && m_process.exitStatus() == QProcess::NormalExit;
}

} // namespace bva::test
