// Argon2id password hashes (libsodium crypto_pwhash_str): the encoded string carries its own
// parameters, so hashes made with either strength verify.
#pragma once

#include "util/result.h"

#include <QString>

namespace bva {

class PasswordHasher final
{
public:
    enum class Strength { Interactive, Minimal /* tests only */ };

    explicit PasswordHasher(Strength strength = Strength::Interactive);

    Result<QString> hash(const QString &password) const;
    bool verify(const QString &encodedHash, const QString &password) const;

private:
    Strength m_strength;
};

// sodium_init() once, thread-safe; false if libsodium cannot be used.
bool ensureSodium();

} // namespace bva
