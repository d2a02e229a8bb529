// Where the encrypted file vault's key comes from. The desktop without a keychain keeps it in a
// 0600 file beside the vault (nobody is there to type a passphrase at start-up). bva-server must not:
// one backup of its data folder would hold the secrets and their key together. It takes the key from
// a key file an administrator keeps elsewhere, or derives it with Argon2id from a passphrase the
// administrator supplies (the salt and the cost, which are not secret, live beside the vault in
// "<vault>.kdf"). docs/deploy.md says how to set either up.
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace bva {

struct VaultKeySource
{
    enum class Kind { BesideVault, KeyFile, Passphrase };
    Kind kind = Kind::BesideVault;
    QString keyFile;       // KeyFile
    QByteArray passphrase; // Passphrase (wiped by the vault factory once used)
};

namespace vaultkey {

constexpr int kKeyBytes = 32;

// 32 raw bytes, or their 64 hex digits or base64 (a trailing newline allowed). Refuses a file
// others may read.
Result<QByteArray> readKeyFile(const QString &path);
// A new random key file (0600, base64); refuses to overwrite one.
Result<void> writeNewKeyFile(const QString &path);
// The key of `passphrase` with the salt and cost of `kdfPath` (created with a new salt on first use).
Result<QByteArray> derive(const QByteArray &passphrase, const QString &kdfPath);
// A key file must not sit in the vault's own folder (one backup would hold both).
Result<void> checkApart(const QString &keyFile, const QString &vaultPath);

} // namespace vaultkey
} // namespace bva
