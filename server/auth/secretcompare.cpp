#include "secretcompare.h"

#include "passwordhasher.h"
#include "util/sha256.h"

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
    // The same SHA-256 as constantTimeEquals', with the CPU's SHA extensions (util/sha256.h).
    return Sha256::hash(secret);
}

bool digestEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size() || a.isEmpty())
        return false; // digests have one size: only a missing one differs
    ensureSodium();
    return sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace bva
