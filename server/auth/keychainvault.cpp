#include "keychainvault.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QTimer>
#include <QUuid>

#ifdef BVA_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

#include <memory>

using namespace Qt::StringLiterals;

namespace bva {

KeychainVault::KeychainVault(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{}

bool KeychainVault::compiledIn()
{
#ifdef BVA_HAVE_QTKEYCHAIN
    return true;
#else
    return false;
#endif
}

QString KeychainVault::backendName() const
{
    return u"OS keychain"_s;
}

#ifdef BVA_HAVE_QTKEYCHAIN

namespace {

enum class Outcome { Ok, NotFound, Failed, TimedOut };

// Runs `job` to its end; the job is deleted afterwards (also when it finishes after a timeout).
Outcome runJob(QKeychain::Job *job, int timeoutMs, QString *error)
{
    job->setAutoDelete(false);
    auto finished = std::make_shared<bool>(false);
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&loop, finished] {
        *finished = true;
        loop.quit();
    });
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    job->start();
    timer.start(timeoutMs);
    if (!*finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!*finished) {
        // Leave the job to finish (or not) on its own; it deletes itself then.
        job->setAutoDelete(true);
        *error = u"the keychain did not answer in time"_s;
        return Outcome::TimedOut;
    }
    const auto code = job->error();
    *error = job->errorString();
    job->deleteLater();
    if (code == QKeychain::NoError)
        return Outcome::Ok;
    if (code == QKeychain::EntryNotFound)
        return Outcome::NotFound;
    return Outcome::Failed;
}

} // namespace

Result<void> KeychainVault::store(const QString &key, const QByteArray &secret)
{
    QMutexLocker lock(&m_mutex);
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(secret);
    QString error;
    if (runJob(job, m_timeoutMs, &error) != Outcome::Ok)
        return Error::storage(u"keychain: "_s + error);
    return {};
}

Result<std::optional<QByteArray>> KeychainVault::read(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    QString error;
    switch (runJob(job, m_timeoutMs, &error)) {
    case Outcome::Ok:
        return std::optional<QByteArray>(job->binaryData());
    case Outcome::NotFound:
        return std::optional<QByteArray>();
    case Outcome::Failed:
    case Outcome::TimedOut:
        break;
    }
    return Error::storage(u"keychain: "_s + error);
}

Result<void> KeychainVault::remove(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    QString error;
    const Outcome o = runJob(job, m_timeoutMs, &error);
    if (o == Outcome::Ok || o == Outcome::NotFound)
        return {};
    return Error::storage(u"keychain: "_s + error);
}

#else

Result<void> KeychainVault::store(const QString &, const QByteArray &)
{
    return Error::internal(u"built without qtkeychain"_s);
}

Result<std::optional<QByteArray>> KeychainVault::read(const QString &)
{
    return Error::internal(u"built without qtkeychain"_s);
}

Result<void> KeychainVault::remove(const QString &)
{
    return Error::internal(u"built without qtkeychain"_s);
}

#endif

Result<void> KeychainVault::probe()
{
    if (!compiledIn())
        return Error::internal(u"built without qtkeychain"_s);
        // Without a session bus there is no Secret Service: do not even try (it would wait for D-Bus).
#if defined(Q_OS_LINUX)
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") &&
        !QFile::exists(qEnvironmentVariable("XDG_RUNTIME_DIR") + u"/bus"_s))
        return Error::internal(u"no D-Bus session: no keychain"_s);
#endif
    const QString key = u"bva/probe/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray value = QUuid::createUuid().toRfc4122();
    if (auto r = store(key, value); !r)
        return r;
    auto back = read(key);
    remove(key).ok();
    if (!back)
        return back.error();
    if (!back->has_value() || **back != value)
        return Error::internal(u"keychain: the probe entry did not read back"_s);
    return {};
}

} // namespace bva
