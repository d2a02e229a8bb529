#include "receiverprocess.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace bva::test {

ReceiverProcess::ReceiverProcess(const QString &binary, QStringList arguments)
    : m_binary(binary)
    , m_arguments(std::move(arguments))
{
}

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
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *why = m_process.errorString();
        return false;
    }
    QElapsedTimer t;
    t.start();
    while (!m_output.contains("listening on") && t.elapsed() < timeoutMs && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(200);
        m_output += m_process.readAll();
    }
    if (!m_output.contains("listening on")) {
        *why = u"bva-server did not start: "_s + QString::fromUtf8(m_output);
        return false;
    }
    return true;
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
