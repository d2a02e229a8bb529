#include "secretcompare.h"

#include "passwordhasher.h"

#include <QCryptographicHash>
#include <sodium.h>

namespace bva {

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // Compare digests so that the lengths leak nothing either.
    const QByteArray da = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray db = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    ensureSodium();
    return sodium_memcmp(da.constData(), db.constData(), size_t(da.size())) == 0 && a.size() == b.size();
}

QByteArray secretDigest(const QByteArray &secret)
{
    // The same SHA-256 as constantTimeEquals', through libsodium (faster than QCryptographicHash's).
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
                       reinterpret_cast<const unsigned char *>(secret.constData()), quint64(secret.size()));
    return digest;
}

bool digestEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size() || a.isEmpty())
        return false; // digests have one size: only a missing one differs
    ensureSodium();
    return sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace bva
