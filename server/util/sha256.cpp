#include "sha256.h"

// The one-call SHA256_* functions go straight to the block function OpenSSL picks for the CPU; the
// EVP interface that replaces them in OpenSSL 3 looks the algorithm up in a provider per digest,
// which costs more than hashing a webhook body. They stay supported throughout OpenSSL 3.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

namespace bva {

static_assert(sizeof(SHA256_CTX) <= 112, "Sha256::m_state is too small for SHA256_CTX");

static SHA256_CTX *context(std::array<unsigned char, 112> &state)
{
    return reinterpret_cast<SHA256_CTX *>(state.data());
}

Sha256::Sha256()
{
    SHA256_Init(context(m_state));
}

Sha256 &Sha256::add(QByteArrayView data)
{
    SHA256_Update(context(m_state), data.data(), size_t(data.size()));
    return *this;
}

QByteArray Sha256::result()
{
    QByteArray digest(kBytes, Qt::Uninitialized);
    SHA256_Final(reinterpret_cast<unsigned char *>(digest.data()), context(m_state));
    return digest;
}

} // namespace bva
