// bva-server's secrets at rest, read from where an administrator can keep them safe:
//   the vault key      --vault-key-file PATH (or BVA_VAULT_KEY_FILE), or a passphrase from
//                      BVA_VAULT_PASSPHRASE or --vault-passphrase-file PATH (Argon2id-derived);
//                      never a key file beside the vault. --new-vault-key PATH makes a key file.
//   the database password   in the vault: --save-db-password reads it from standard input once;
//                      --db then names the database without it.
//   dev tokens         --dev-integrations-file PATH or BVA_DEV_INTEGRATIONS, never the command line
//                      (every user of the machine reads a process's arguments).
// docs/deploy.md walks through it.
#pragma once

#include "appservices.h"
#include "auth/vaultfactory.h"
#include "devintegration.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <optional>

namespace bva {

class ServerSecrets final
{
public:
    ServerSecrets();
    void addOptions(QCommandLineParser &parser) const;

    // A one-shot command (--new-vault-key, --save-db-password) ran: its exit code.
    std::optional<int> runCommand(const QCommandLineParser &parser) const;
    // How the vault opens; an error names what is missing or wrong.
    Result<AppServices::VaultFactory> vaultFactory(const QCommandLineParser &parser) const;
    // The dev integrations to provision; refuses tokens given on the command line.
    Result<QList<DevIntegrationSpec>> devIntegrations(const QCommandLineParser &parser) const;

private:
    Result<VaultOptions> vaultOptions(const QCommandLineParser &parser) const;

    QCommandLineOption m_memoryVault, m_vaultDir, m_keyFile, m_passphraseFile, m_newKey, m_saveDbPassword,
        m_dev, m_devFile;
};

} // namespace bva
