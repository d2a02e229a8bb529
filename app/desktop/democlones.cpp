#include "democlones.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace bva::desktop {

DemoClones::DemoClones(QObject *parent)
    : QObject(parent)
{}

DemoClones::~DemoClones()
{
    stop();
}

QString DemoClones::cloneBinary()
{
    // Installed: libexec/bva beside bin (relative, so a moved install still works). Build tree:
    // next to bva, or clones/ beside app/.
    const QString dir = QCoreApplication::applicationDirPath();
    const QStringList candidates{dir + u"/" BVA_CLONE_DIR_FROM_BIN "/bva-clone"_s, dir + u"/bva-clone"_s,
                                 dir + u"/../clones/bva-clone"_s};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return QStandardPaths::findExecutable(u"bva-clone"_s);
}

quint16 DemoClones::freePort(quint16 preferred)
{
    QTcpServer probe;
    if (preferred != 0 && probe.listen(QHostAddress::LocalHost, preferred))
        return preferred;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool DemoClones::start(const QList<std::pair<Platform, quint16>> &sites, const QUrl &webhookBase,
                       double liveRate, QString *error, int timeoutMs)
{
    const QString binary = cloneBinary();
    if (binary.isEmpty()) {
        *error = tr("bva-clone was not found next to bva. Build it (target bva-clone) or install it.");
        return false;
    }
    for (const auto &[platform, port] : sites) {
        auto *p = new QProcess(this);
        p->setProgram(binary);
        p->setArguments({u"--flavor"_s, platformSlug(platform), u"--port"_s, QString::number(port),
                         u"--live-rate"_s, QString::number(liveRate), u"--webhook-url"_s,
                         webhookBase.toString(), u"--regional-shop"_s});
        p->setProcessChannelMode(QProcess::SeparateChannels);
        p->setProperty("platform", int(platform));
        p->start();
        m_processes.append(p);
    }
    QElapsedTimer timer;
    timer.start();
    for (QProcess *p : std::as_const(m_processes)) {
        if (!p->waitForStarted(5000)) {
            *error = tr("bva-clone did not start: %1").arg(p->errorString());
            return false;
        }
        QByteArray out;
        while (!out.contains('\n')) {
            const int left = timeoutMs - int(timer.elapsed());
            if (left <= 0 || (!p->waitForReadyRead(qMin(left, 500)) && p->state() != QProcess::Running)) {
                if (p->state() != QProcess::Running || left <= 0) {
                    *error = tr("bva-clone stopped before it was ready: %1")
                                 .arg(QString::fromUtf8(p->readAllStandardError()).trimmed());
                    return false;
                }
            }
            out += p->readAllStandardOutput();
        }
        const QJsonObject ready = QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object();
        DemoShop shop;
        shop.platform = Platform(p->property("platform").toInt());
        shop.siteUrl = QUrl(ready.value(u"url"_s).toString());
        const QJsonObject seller = ready.value(u"seller"_s).toObject();
        shop.email = seller.value(u"email"_s).toString();
        shop.password = seller.value(u"password"_s).toString();
        shop.shopId = ready.value(u"shopId"_s).toVariant().toString();
        shop.shopName = ready.value(u"shopName"_s).toString();
        m_shops.append(shop);
        // Keep draining the clone's output so it never blocks on a full pipe.
        connect(p, &QProcess::readyReadStandardOutput, p, [p] { p->readAllStandardOutput(); });
        connect(p, &QProcess::readyReadStandardError, p, [p] { p->readAllStandardError(); });
    }
    return true;
}

void DemoClones::stop()
{
    for (QProcess *p : std::as_const(m_processes)) {
        if (p->state() == QProcess::Running) {
            p->terminate();
            if (!p->waitForFinished(3000))
                p->kill();
        }
    }
    qDeleteAll(m_processes);
    m_processes.clear();
}

} // namespace bva::desktop
