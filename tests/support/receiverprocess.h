// One real bva-server process for a test: started with the given arguments, ready once it prints
// "listening on"; killed when destroyed.
#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace bva::test {

class ReceiverProcess final
{
public:
    ReceiverProcess(const QString &binary, QStringList arguments);
    ~ReceiverProcess();

    // Starts and waits for "listening on"; false with the output so far in *why.
    bool start(QString *why, int timeoutMs = 30000);
    void kill(); // SIGKILL
    bool terminate(int timeoutMs = 20000);
    QProcess &process() { return m_process; }
    QByteArray output() const { return m_output; }
    // The address it printed ("listening on http://127.0.0.1:PORT"), e.g. after --listen 127.0.0.1:0.
    QUrl url() const { return m_url; }
    // Resident memory now, in KiB (Linux /proc), 0 when unknown.
    qint64 residentKb() const;

private:
    QString m_binary;
    QStringList m_arguments;
    QProcess m_process;
    QByteArray m_output;
    QUrl m_url;
};

} // namespace bva::test
