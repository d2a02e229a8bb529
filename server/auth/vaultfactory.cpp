#include "vaultfactory.h"

#include "filevault.h"
#include "keychainvault.h"

#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

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
    // A vault whose key lives apart (bva-server's): any process opening it, the desktop included.
    const QString keyFile = qEnvironmentVariable("BVA_VAULT_KEY_FILE");
    const QByteArray passphrase = qgetenv("BVA_VAULT_PASSPHRASE");
    if (!keyFile.isEmpty()) {
        options.key.kind = VaultKeySource::Kind::KeyFile;
        options.key.keyFile = keyFile;
    } else if (!passphrase.isEmpty()) {
        options.key.kind = VaultKeySource::Kind::Passphrase;
        options.key.passphrase = passphrase;
    }
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
    const QString vaultPath = QDir(dir).filePath(u"secrets.vault"_s);
    Result<std::unique_ptr<FileVault>> vault = Error::internal(QString());
    switch (options.key.kind) {
    case VaultKeySource::Kind::BesideVault:
        // The desktop without a keychain: the key beside the vault (0600), never in the database.
        vault = FileVault::open(vaultPath, QDir(dir).filePath(u"secrets.key"_s));
        break;
    case VaultKeySource::Kind::KeyFile: {
        if (auto apart = vaultkey::checkApart(options.key.keyFile, vaultPath); !apart)
            return apart.error();
        auto key = vaultkey::readKeyFile(options.key.keyFile);
        if (!key)
            return key.error();
        vault = FileVault::openWithKey(vaultPath, *key, u"the key file "_s + options.key.keyFile);
        break;
    }
    case VaultKeySource::Kind::Passphrase: {
        auto key = vaultkey::derive(options.key.passphrase, vaultPath + u".kdf"_s);
        if (!key)
            return key.error();
        vault = FileVault::openWithKey(vaultPath, *key, u"this passphrase"_s);
        break;
    }
    }
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
        qCInfo(lcVault, "no usable OS keychain (%s); falling back to the encrypted file",
               qPrintable(probe.error().message));
    } else if (options.backend == VaultOptions::Backend::Keychain) {
        return Error::internal(u"built without qtkeychain"_s);
    }
    return openFileVault(options);
}

} // namespace bva
