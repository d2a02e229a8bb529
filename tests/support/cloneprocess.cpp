#include "cloneprocess.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>
#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace bva::test {

CloneProcess::CloneProcess(CloneOptions options)
    : m_options(std::move(options))
{}

CloneProcess::~CloneProcess()
{
    stop();
}

QString CloneProcess::binaryPath()
{
    const QString fromEnv = qEnvironmentVariable("BVA_CLONE_BIN");
    if (!fromEnv.isEmpty())
        return fromEnv;
#ifdef BVA_CLONE_BIN
    return QString::fromUtf8(BVA_CLONE_BIN);
#else
    return u"bva-clone"_s;
#endif
}

bool CloneProcess::start()
{
    stop();
    m_stdout.clear();
    m_stderr.clear();
    m_error.clear();
    const QString bin = binaryPath();
    if (!QFileInfo(bin).isExecutable()) {
        m_error =
            u"bva-clone binary not found at %1 (build the bva-clone target or set BVA_CLONE_BIN)"_s.arg(bin);
        return false;
    }
    QStringList args{u"--flavor"_s,         m_options.flavor,
                     u"--port"_s,           QString::number(m_options.port),
                     u"--seed"_s,           QString::number(m_options.seed),
                     u"--products"_s,       QString::number(m_options.products),
                     u"--days"_s,           QString::number(m_options.days),
                     u"--orders-per-day"_s, QString::number(m_options.ordersPerDay),
                     u"--sellers"_s,        QString::number(m_options.sellers)};
    if (!m_options.endDate.isEmpty())
        args << u"--end-date"_s << m_options.endDate;
    if (!m_options.webhookUrl.isEmpty())
        args << u"--webhook-url"_s << m_options.webhookUrl.toString();
    if (!m_options.webhookSecret.isEmpty())
        args << u"--webhook-secret"_s << m_options.webhookSecret;
    if (m_options.liveRate > 0)
        args << u"--live-rate"_s << QString::number(m_options.liveRate);
    if (!m_options.dataFile.isEmpty())
        args << u"--data"_s << m_options.dataFile;
    args << m_options.extraArgs;

    m_process = std::make_unique<QProcess>();
    QProcess *p = m_process.get();
    // A test that crashes takes its simulator with it, instead of leaving it to hold ctest's pipes.
    p->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    QObject::connect(p, &QProcess::readyReadStandardError, p, [this, p] {
        m_stderr += p->readAllStandardError();
        if (m_stderr.size() > 4 * 1024 * 1024)
            m_stderr.remove(0, m_stderr.size() - 2 * 1024 * 1024);
    });
    QObject::connect(p, &QProcess::readyReadStandardOutput, p,
                     [this, p] { m_stdout += p->readAllStandardOutput(); });

    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(p, &QProcess::readyReadStandardOutput, &loop, [this, &loop] {
        if (m_stdout.contains('\n'))
            loop.quit();
    });
    QObject::connect(p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    p->start(bin, args);
    timeout.start(m_options.startTimeoutMs);
    if (!m_stdout.contains('\n'))
        loop.exec();

    auto fail = [this, &bin, &args](const QString &why) {
        m_error = u"%1\ncommand: %2 %3\nstderr:\n%4"_s.arg(why, bin, args.join(u' '), stderrText());
        stop();
        return false;
    };
    const qsizetype nl = m_stdout.indexOf('\n');
    if (nl < 0) {
        if (p->state() == QProcess::NotRunning)
            return fail(u"bva-clone exited (code %1) before it was ready"_s.arg(p->exitCode()));
        return fail(u"bva-clone gave no ready line within %1 ms"_s.arg(m_options.startTimeoutMs));
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(m_stdout.left(nl), &pe);
    if (!doc.isObject() || !doc.object().value(u"ready"_s).toBool())
        return fail(u"unexpected ready line: %1"_s.arg(QString::fromUtf8(m_stdout.left(nl))));
    m_ready = doc.object();
    m_url = QUrl(m_ready.value(u"url"_s).toString());
    return true;
}

void CloneProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_stderr += m_process->readAllStandardError();
    m_process.reset();
}

bool CloneProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString CloneProcess::sellerEmail() const
{
    return m_ready.value(u"seller"_s).toObject().value(u"email"_s).toString();
}

QString CloneProcess::sellerPassword() const
{
    return m_ready.value(u"seller"_s).toObject().value(u"password"_s).toString();
}

QString CloneProcess::shopId() const
{
    return m_ready.value(u"shopId"_s).toString();
}

QString CloneProcess::shopName() const
{
    return m_ready.value(u"shopName"_s).toString();
}

QString CloneProcess::userId() const
{
    return m_ready.value(u"userId"_s).toString();
}

QByteArray CloneProcess::token() const
{
    return m_ready.value(u"token"_s).toString().toLatin1();
}

QJsonObject CloneProcess::seller(int index) const
{
    return m_ready.value(u"sellers"_s).toArray().at(index).toObject();
}

CloneReply CloneProcess::request(const QByteArray &method, const QString &pathAndQuery,
                                 const QByteArray &body, const QByteArray &bearer, int timeoutMs) const
{
    CloneReply result;
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy); // the simulator is local, whatever http_proxy says
    QNetworkRequest req(QUrl(m_url.toString() + pathAndQuery));
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    if (!bearer.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + bearer);
    req.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body);
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    delete reply;
    return result;
}

QJsonValue CloneProcess::admin(const QString &path, const QJsonObject &body) const
{
    const CloneReply r =
        request("POST", u"/__admin/"_s + path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    return r.data();
}

bool CloneProcess::setFaults(const QJsonObject &faults) const
{
    const CloneReply r =
        request("POST", u"/__admin/faults"_s, QJsonDocument(faults).toJson(QJsonDocument::Compact));
    return r.status == 200;
}

QByteArray CloneProcess::issueToken(qint64 ttlSeconds, const QString &shopId) const
{
    QJsonObject body{{u"ttlSeconds"_s, double(ttlSeconds)}};
    if (!shopId.isEmpty())
        body.insert(u"shopId"_s, shopId);
    return admin(u"token"_s, body).toObject().value(u"token"_s).toString().toLatin1();
}

QJsonObject CloneProcess::addSeller(const QJsonObject &body) const
{
    return admin(u"sellers"_s, body).toObject();
}

} // namespace bva::test
