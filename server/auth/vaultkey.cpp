#include "vaultkey.h"

#include "passwordhasher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace bva::vaultkey {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOthers =
    QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther;

// Argon2id cost of the passphrase: about a second and 256 MiB once per start (libsodium's "moderate").
constexpr quint64 kOpsLimit = crypto_pwhash_OPSLIMIT_MODERATE;
constexpr size_t kMemLimit = crypto_pwhash_MEMLIMIT_MODERATE;

Result<void> writeOwnerOnly(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::storage(u"cannot write "_s + path + u": "_s + f.errorString());
    f.setPermissions(kOwnerOnly);
    f.write(bytes);
    if (!f.commit())
        return Error::storage(u"cannot write "_s + path + u": "_s + f.errorString());
    QFile::setPermissions(path, kOwnerOnly);
    return {};
}

} // namespace

Result<QByteArray> readKeyFile(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return Error::invalid(u"the vault key file "_s + path +
                              u" does not exist (bva-server --new-vault-key "_s + path + u" makes one)"_s);
    if ((f.permissions() & kOthers) != 0)
        return Error::invalid(u"the vault key file "_s + path + u" may be read by others: chmod 600 it"_s);
    if (!f.open(QIODevice::ReadOnly))
        return Error::storage(u"cannot read the vault key file "_s + path + u": "_s + f.errorString());
    const QByteArray bytes = f.read(1024);
    if (bytes.size() == kKeyBytes)
        return bytes;
    const QByteArray text = bytes.trimmed();
    if (text.size() == 2 * kKeyBytes) {
        const QByteArray key = QByteArray::fromHex(text);
        if (key.size() == kKeyBytes && key.toHex() == text.toLower())
            return key;
    }
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded && decoded.decoded.size() == kKeyBytes)
        return decoded.decoded;
    return Error::invalid(u"the vault key file "_s + path +
                          u" does not hold a 32-byte key (raw, hex or base64)"_s);
}

Result<void> writeNewKeyFile(const QString &path)
{
    if (QFile::exists(path))
        return Error::conflict(u"the vault key file "_s + path + u" exists already; it was not replaced"_s);
    if (!ensureSodium())
        return Error::internal(u"libsodium is not usable"_s);
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    QByteArray text = key.toBase64() + '\n';
    sodium_memzero(key.data(), size_t(key.size()));
    auto written = writeOwnerOnly(path, text);
    sodium_memzero(text.data(), size_t(text.size()));
    return written;
}

Result<QByteArray> derive(const QByteArray &passphrase, const QString &kdfPath)
{
    if (!ensureSodium())
        return Error::internal(u"libsodium is not usable"_s);
    if (passphrase.size() < 12)
        return Error::invalid(u"the vault passphrase must have at least 12 characters"_s);
    QByteArray salt;
    quint64 ops = kOpsLimit;
    qint64 mem = qint64(kMemLimit);
    QFile f(kdfPath);
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            return Error::storage(u"cannot read "_s + kdfPath + u": "_s + f.errorString());
        const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        salt = QByteArray::fromBase64(json.value(u"salt"_s).toString().toLatin1());
        ops = quint64(json.value(u"opslimit"_s).toInteger());
        mem = json.value(u"memlimit"_s).toInteger();
        if (json.value(u"kdf"_s).toString() != u"argon2id13"_s || salt.size() != crypto_pwhash_SALTBYTES ||
            ops == 0 || mem <= 0)
            return Error::storage(kdfPath + u" is damaged: the vault key cannot be derived"_s);
    } else {
        salt.resize(crypto_pwhash_SALTBYTES);
        randombytes_buf(salt.data(), size_t(salt.size()));
        const QJsonObject json{{u"kdf"_s, u"argon2id13"_s},
                               {u"salt"_s, QString::fromLatin1(salt.toBase64())},
                               {u"opslimit"_s, qint64(ops)},
                               {u"memlimit"_s, mem}};
        if (auto r = writeOwnerOnly(kdfPath, QJsonDocument(json).toJson()); !r)
            return r.error();
    }
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    if (crypto_pwhash(reinterpret_cast<unsigned char *>(key.data()), quint64(key.size()),
                      passphrase.constData(), quint64(passphrase.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), ops, size_t(mem),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error::internal(u"not enough memory to derive the vault key"_s);
    return key;
}

Result<void> checkApart(const QString &keyFile, const QString &vaultPath)
{
    const QString keyDir = QFileInfo(keyFile).absoluteDir().canonicalPath();
    const QString vaultDir = QFileInfo(vaultPath).absoluteDir().canonicalPath();
    if (!keyDir.isEmpty() && keyDir == vaultDir)
        return Error::invalid(u"the vault key file must not be in the vault's folder "_s + vaultDir +
                              u": one backup would hold the secrets and their key"_s);
    return {};
}

} // namespace bva::vaultkey
