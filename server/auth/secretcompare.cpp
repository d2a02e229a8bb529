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

} // namespace bva
