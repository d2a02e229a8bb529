// Chooses the secret vault: the OS keychain when one answers a probe, else the encrypted file.
// BVA_VAULT=file|keychain forces a backend (tests and headless servers use "file").
#pragma once

#include "secretvault.h"

#include <QString>

#include <memory>

namespace bva {

struct VaultOptions
{
    enum class Backend { Auto, Keychain, File };
    Backend backend = Backend::Auto;
    QString directory;                    // for the file vault; empty: AppDataLocation
    QString keychainService = QStringLiteral("bva-desktop");
    int probeTimeoutMs = 3000;
};

// Applies BVA_VAULT and BVA_VAULT_DIR from the environment to `options`.
VaultOptions vaultOptionsFromEnvironment(VaultOptions options = {});
Result<std::unique_ptr<SecretVault>> createSecretVault(const VaultOptions &options = vaultOptionsFromEnvironment());

} // namespace bva
