#include "filevault.h"

#include "passwordhasher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <sodium.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcVault, "bva.vault")

namespace bva {

namespace {

constexpr char kMagic[] = "BVAVAULT1";
constexpr qsizetype kMagicSize = sizeof(kMagic) - 1;
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

Result<void> writeAtomically(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::storage(u"cannot write "_s + path + u": "_s + f.errorString());
    f.setPermissions(kOwnerOnly);
    if (f.write(bytes) != bytes.size())
        return Error::storage(u"cannot write "_s + path + u": "_s + f.errorString());
    if (!f.commit())
        return Error::storage(u"cannot write "_s + path + u": "_s + f.errorString());
    QFile::setPermissions(path, kOwnerOnly);
    return {};
}

Result<QByteArray> loadOrCreateKey(const QString &keyPath)
{
    QFile f(keyPath);
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            return Error::storage(u"cannot read the vault key "_s + keyPath + u": "_s + f.errorString());
        const QByteArray key = f.readAll();
        if (key.size() != qsizetype(crypto_secretbox_KEYBYTES))
            return Error::storage(u"the vault key "_s + keyPath + u" is damaged"_s);
        if ((f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                                QFileDevice::WriteOther)) != 0) {
            qCWarning(lcVault, "vault key %s was readable by others; restricting to the owner",
                      qPrintable(keyPath));
            QFile::setPermissions(keyPath, kOwnerOnly);
        }
        return key;
    }
    QByteArray key(qsizetype(crypto_secretbox_KEYBYTES), Qt::Uninitialized);
    crypto_secretbox_keygen(reinterpret_cast<unsigned char *>(key.data()));
    if (auto r = writeAtomically(keyPath, key); !r)
        return r.error();
    qCInfo(lcVault, "created vault key %s", qPrintable(keyPath));
    return key;
}

} // namespace

Result<std::unique_ptr<FileVault>> FileVault::open(const QString &vaultPath, const QString &keyPath)
{
    if (!ensureSodium())
        return Error::internal(u"libsodium is not usable"_s);
    if (QFileInfo(vaultPath).absoluteFilePath() == QFileInfo(keyPath).absoluteFilePath())
        return Error::invalid(u"the vault key must not be stored in the vault file"_s);
    auto key = loadOrCreateKey(keyPath);
    if (!key)
        return key.error();
    std::unique_ptr<FileVault> vault(new FileVault(vaultPath, keyPath, *key));
    if (auto loaded = vault->load(); !loaded) // a wrong key or a damaged file shows at once
        return loaded.error();
    return vault;
}

Result<std::unique_ptr<FileVault>> FileVault::openWithKey(const QString &vaultPath, QByteArray key,
                                                          const QString &keyOrigin)
{
    if (!ensureSodium())
        return Error::internal(u"libsodium is not usable"_s);
    if (key.size() != qsizetype(crypto_secretbox_KEYBYTES))
        return Error::invalid(u"the vault key must be 32 bytes"_s);
    std::unique_ptr<FileVault> vault(new FileVault(vaultPath, keyOrigin, std::move(key)));
    if (auto loaded = vault->load(); !loaded) {
        if (loaded.error().message.contains(u"cannot be opened"_s))
            return Error::storage(u"the vault "_s + vaultPath + u" cannot be opened with "_s + keyOrigin +
                                  u" (a wrong key or passphrase?)"_s);
        return loaded.error();
    }
    return vault;
}

FileVault::FileVault(QString vaultPath, QString keyPath, QByteArray key)
    : m_vaultPath(std::move(vaultPath))
    , m_keyPath(std::move(keyPath))
    , m_key(std::move(key))
{}

FileVault::~FileVault()
{
    sodium_memzero(m_key.data(), size_t(m_key.size()));
}

QString FileVault::backendName() const
{
    return u"encrypted file"_s;
}

Result<QHash<QString, QByteArray>> FileVault::load() const
{
    QHash<QString, QByteArray> secrets;
    QFile f(m_vaultPath);
    if (!f.exists())
        return secrets;
    if (!f.open(QIODevice::ReadOnly))
        return Error::storage(u"cannot read the vault "_s + m_vaultPath + u": "_s + f.errorString());
    const QByteArray bytes = f.readAll();
    const qsizetype header = kMagicSize + qsizetype(crypto_secretbox_NONCEBYTES);
    if (bytes.size() < header + qsizetype(crypto_secretbox_MACBYTES) || !bytes.startsWith(kMagic))
        return Error::storage(u"the vault "_s + m_vaultPath + u" is damaged"_s);
    const auto *nonce = reinterpret_cast<const unsigned char *>(bytes.constData() + kMagicSize);
    const auto *cipher = reinterpret_cast<const unsigned char *>(bytes.constData() + header);
    const qsizetype cipherSize = bytes.size() - header;
    QByteArray plain(cipherSize - qsizetype(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()), cipher,
                                   (unsigned long long)cipherSize, nonce,
                                   reinterpret_cast<const unsigned char *>(m_key.constData())) != 0) {
        return Error::storage(u"the vault "_s + m_vaultPath + u" cannot be opened with its key"_s);
    }
    const QJsonObject json = QJsonDocument::fromJson(plain).object();
    sodium_memzero(plain.data(), size_t(plain.size()));
    for (auto it = json.begin(); it != json.end(); ++it)
        secrets.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
    return secrets;
}

Result<void> FileVault::save(const QHash<QString, QByteArray> &secrets) const
{
    QJsonObject json;
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        json.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    QByteArray plain = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QByteArray out(kMagicSize + qsizetype(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) +
                       plain.size(),
                   Qt::Uninitialized);
    memcpy(out.data(), kMagic, size_t(kMagicSize));
    auto *nonce = reinterpret_cast<unsigned char *>(out.data() + kMagicSize);
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(
        nonce + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char *>(plain.constData()),
        (unsigned long long)plain.size(), nonce, reinterpret_cast<const unsigned char *>(m_key.constData()));
    sodium_memzero(plain.data(), size_t(plain.size()));
    return writeAtomically(m_vaultPath, out);
}

// Read-modify-write under an in-process mutex and a cross-process lock file.
#define BVA_VAULT_LOCK()                                                                                     \
    QMutexLocker locker(&m_mutex);                                                                           \
    QLockFile lockFile(m_vaultPath + u".lock"_s);                                                            \
    lockFile.setStaleLockTime(10000);                                                                        \
    if (!lockFile.tryLock(10000))                                                                            \
        return Error::storage(u"the vault is locked by another process"_s);

Result<void> FileVault::store(const QString &key, const QByteArray &secret)
{
    BVA_VAULT_LOCK()
    auto secrets = load();
    if (!secrets)
        return secrets.error();
    secrets->insert(key, secret);
    return save(*secrets);
}

Result<std::optional<QByteArray>> FileVault::read(const QString &key)
{
    QMutexLocker locker(&m_mutex);
    auto secrets = load();
    if (!secrets)
        return secrets.error();
    const auto it = secrets->constFind(key);
    if (it == secrets->cend())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(*it);
}

Result<void> FileVault::remove(const QString &key)
{
    BVA_VAULT_LOCK()
    auto secrets = load();
    if (!secrets)
        return secrets.error();
    if (!secrets->remove(key))
        return {};
    return save(*secrets);
}

} // namespace bva
