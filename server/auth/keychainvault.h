// SecretVault in the OS keychain through qtkeychain (Secret Service / KWallet, macOS Keychain,
// Windows Credential Store). qtkeychain jobs are asynchronous; each call here runs one job to the
// end in a local event loop with a timeout, so it works from any thread that is allowed to block.
#pragma once

#include "secretvault.h"

#include <QMutex>
#include <QString>

namespace bva {

class KeychainVault final : public SecretVault
{
    Q_DISABLE_COPY_MOVE(KeychainVault)
public:
    explicit KeychainVault(QString service, int timeoutMs = 5000);
    ~KeychainVault() override = default;

    // True when this build has qtkeychain.
    static bool compiledIn();
    // Writes, reads back and removes a probe entry: a keychain that is missing, locked or too slow
    // (the usual case on a headless machine) answers with an error here.
    Result<void> probe();

    Result<void> store(const QString &key, const QByteArray &secret) override;
    Result<std::optional<QByteArray>> read(const QString &key) override;
    Result<void> remove(const QString &key) override;
    QString backendName() const override;

private:
    QString m_service;
    int m_timeoutMs;
    QMutex m_mutex;
};

} // namespace bva
