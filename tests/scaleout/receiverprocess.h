// One real bva-server process for the scale-out tests.
#pragma once

#include <QProcess>
#include <QStringList>

namespace bva::test {

class ReceiverProcess final
{
public:
    ReceiverProcess(const QString &binary, QStringList arguments);
    ~ReceiverProcess();

    // Starts and waits for "listening on"; false with the output so far in *why.
    bool start(QString *why, int timeoutMs = 30000);
    void kill();   // SIGKILL
    bool terminate(int timeoutMs = 20000);
    QProcess &process() { return m_process; }
    QByteArray output() const { return m_output; }

private:
    QString m_binary;
    QStringList m_arguments;
    QProcess m_process;
    QByteArray m_output;
};

} // namespace bva::test
