// SecretVault in a local file encrypted with libsodium (crypto_secretbox: XSalsa20-Poly1305).
// The 32-byte key lives in its own 0600 file, never in the database. Writes are atomic (QSaveFile)
// and serialised across processes by a lock file, so the desktop app and bva-server can share it.
#pragma once

#include "secretvault.h"

#include <QHash>
#include <QMutex>
#include <QString>

namespace bva {

class FileVault final : public SecretVault
{
    Q_DISABLE_COPY_MOVE(FileVault)
public:
    // Creates the key file (0600) on first use. `vaultPath` holds the encrypted secrets.
    static Result<std::unique_ptr<FileVault>> open(const QString &vaultPath, const QString &keyPath);
    // With a key from elsewhere (a key file kept apart, a passphrase: vaultkey.h). `keyOrigin` names
    // it in errors ("the key file /etc/bva/vault.key", "the passphrase").
    static Result<std::unique_ptr<FileVault>> openWithKey(const QString &vaultPath, QByteArray key,
                                                          const QString &keyOrigin);
    ~FileVault() override;

    Result<void> store(const QString &key, const QByteArray &secret) override;
    Result<std::optional<QByteArray>> read(const QString &key) override;
    Result<void> remove(const QString &key) override;
    QString backendName() const override;

    QString vaultPath() const { return m_vaultPath; }
    QString keyPath() const { return m_keyPath; }

private:
    FileVault(QString vaultPath, QString keyPath, QByteArray key);
    Result<QHash<QString, QByteArray>> load() const;
    Result<void> save(const QHash<QString, QByteArray> &secrets) const;

    QString m_vaultPath;
    QString m_keyPath;
    QByteArray m_key; // crypto_secretbox_KEYBYTES
    QMutex m_mutex;
};

} // namespace bva
