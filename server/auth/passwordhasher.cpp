#include "passwordhasher.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace bva {

bool ensureSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

PasswordHasher::PasswordHasher(Strength strength)
    : m_strength(strength)
{}

Result<QString> PasswordHasher::hash(const QString &password) const
{
    if (!ensureSodium())
        return Error::internal(u"libsodium is not usable"_s);
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const bool minimal = m_strength == Strength::Minimal;
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
                          minimal ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          minimal ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return Error::internal(u"out of memory while hashing a password"_s);
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &encodedHash, const QString &password) const
{
    if (!ensureSodium())
        return false;
    const QByteArray stored = encodedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

} // namespace bva
