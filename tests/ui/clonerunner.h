// Starts a bva-clone process on a free port for a UI test and reads its JSON ready line.
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTest>

namespace bva::test {

class CloneRunner final
{
public:
    CloneRunner() = default;
    ~CloneRunner() { stop(); }

    bool start(const QString &flavour, const QStringList &extra = {})
    {
        m_process.setProgram(QStringLiteral(BVA_CLONE_PATH));
        m_process.setArguments(
            QStringList{QStringLiteral("--flavor"), flavour, QStringLiteral("--port"), QStringLiteral("0")} +
            extra);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QByteArray line;
        QElapsedTimer t;
        t.start();
        while (!line.contains('\n') && t.elapsed() < 20000) {
            if (!m_process.waitForReadyRead(200) && m_process.state() != QProcess::Running)
                return false;
            line += m_process.readAllStandardOutput();
        }
        m_info = QJsonDocument::fromJson(line.left(line.indexOf('\n'))).object();
        return m_info.value(QStringLiteral("ready")).toBool();
    }
    void stop()
    {
        if (m_process.state() == QProcess::Running) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
    QString url() const { return m_info.value(QStringLiteral("url")).toString(); }
    QString email() const
    {
        return m_info.value(QStringLiteral("seller")).toObject().value(QStringLiteral("email")).toString();
    }
    QString password() const
    {
        return m_info.value(QStringLiteral("seller")).toObject().value(QStringLiteral("password")).toString();
    }
    QString shopId() const { return m_info.value(QStringLiteral("shopId")).toVariant().toString(); }
    QJsonObject info() const { return m_info; }

private:
    QProcess m_process;
    QJsonObject m_info;
};

} // namespace bva::test
