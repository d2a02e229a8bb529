// Chooses the secret vault: the OS keychain when one answers a probe, else the encrypted file.
// BVA_VAULT=file|keychain forces a backend (tests and headless servers use "file").
#pragma once

#include "secretvault.h"
#include "vaultkey.h"

#include <QString>
#include <memory>

namespace bva {

struct VaultOptions
{
    enum class Backend { Auto, Keychain, File };
    Backend backend = Backend::Auto;
    QString directory;  // for the file vault; empty: AppDataLocation
    VaultKeySource key; // the file vault's key: beside it (desktop), a key file, a passphrase
    QString keychainService = QStringLiteral("bva-desktop");
    int probeTimeoutMs = 3000;
};

// Applies BVA_VAULT, BVA_VAULT_DIR and the key's source (BVA_VAULT_KEY_FILE or BVA_VAULT_PASSPHRASE)
// from the environment to `options`.
VaultOptions vaultOptionsFromEnvironment(VaultOptions options = {});
Result<std::unique_ptr<SecretVault>>
createSecretVault(const VaultOptions &options = vaultOptionsFromEnvironment());

} // namespace bva
