#include "vaultfactory.h"

#include "filevault.h"
#include "keychainvault.h"

#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcVault)

namespace bva {

VaultOptions vaultOptionsFromEnvironment(VaultOptions options)
{
    const QString backend = qEnvironmentVariable("BVA_VAULT").trimmed().toLower();
    if (backend == u"file")
        options.backend = VaultOptions::Backend::File;
    else if (backend == u"keychain")
        options.backend = VaultOptions::Backend::Keychain;
    const QString dir = qEnvironmentVariable("BVA_VAULT_DIR");
    if (!dir.isEmpty())
        options.directory = dir;
    return options;
}

static Result<std::unique_ptr<SecretVault>> openFileVault(const VaultOptions &options)
{
    QString dir = options.directory;
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        return Error::storage(u"no folder for the secret vault"_s);
    QDir().mkpath(dir);
    // The key sits beside the vault but never in the database; both are 0600.
    auto vault = FileVault::open(QDir(dir).filePath(u"secrets.vault"_s), QDir(dir).filePath(u"secrets.key"_s));
    if (!vault)
        return vault.error();
    qCInfo(lcVault, "using the encrypted file vault in %s", qPrintable(dir));
    return std::unique_ptr<SecretVault>(std::move(*vault));
}

Result<std::unique_ptr<SecretVault>> createSecretVault(const VaultOptions &options)
{
    if (options.backend != VaultOptions::Backend::File && KeychainVault::compiledIn()) {
        auto keychain = std::make_unique<KeychainVault>(options.keychainService, options.probeTimeoutMs);
        const auto probe = keychain->probe();
        if (probe.ok()) {
            qCInfo(lcVault, "using the OS keychain");
            return std::unique_ptr<SecretVault>(std::move(keychain));
        }
        if (options.backend == VaultOptions::Backend::Keychain)
            return probe.error();
        qCInfo(lcVault, "no usable OS keychain (%s); falling back to the encrypted file", qPrintable(probe.error().message));
    } else if (options.backend == VaultOptions::Backend::Keychain) {
        return Error::internal(u"built without qtkeychain"_s);
    }
    return openFileVault(options);
}

} // namespace bva
