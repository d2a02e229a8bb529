#include "vaultkeys.h"

#include "passwordhasher.h"
#include "secretvault.h"

#include <QMessageAuthenticationCode>
#include <QMutex>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace bva {

Result<QByteArray> loadOrCreateVaultKey(SecretVault &vault, const QString &name, int bytes)
{
    static QMutex mutex; // two threads creating the same key at once would store two different ones
    QMutexLocker lock(&mutex);
    auto existing = vault.read(name);
    if (!existing)
        return existing.error();
    if (existing->has_value() && !(*existing)->isEmpty())
        return **existing;
    if (!ensureSodium())
        return Error::internal(u"libsodium is not usable"_s);
    QByteArray key(bytes, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    if (auto r = vault.store(name, key); !r)
        return r.error();
    return key;
}

QString tokenLookupKey(const QByteArray &key, const QByteArray &token)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(token, key, QCryptographicHash::Sha256).toHex());
}

Result<QString> tokenLookupKey(SecretVault &vault, const QByteArray &token)
{
    auto key = loadOrCreateVaultKey(vault, QString::fromLatin1(vaultkeys::kTokenLookupKey));
    if (!key)
        return key.error();
    return tokenLookupKey(*key, token);
}

} // namespace bva
