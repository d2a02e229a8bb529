// SHA-256 through OpenSSL's libcrypto, which uses the CPU's SHA extensions (SHA-NI) where there are
// some: on a webhook's dedupe key about a tenth of the instructions of libsodium's portable one
// (issue 18). Same digest as QCryptographicHash::Sha256. Any thread; one object per digest.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <array>

namespace bva {

class Sha256 final
{
public:
    static constexpr int kBytes = 32;

    Sha256();
    Sha256 &add(QByteArrayView data);
    // The 32-byte digest of what was added; the object is then spent.
    QByteArray result();

    static QByteArray hash(QByteArrayView data) { return Sha256().add(data).result(); }

private:
    // OpenSSL's SHA256_CTX, kept opaque here (112 bytes on every platform it builds for).
    alignas(8) std::array<unsigned char, 112> m_state;
};

} // namespace bva
