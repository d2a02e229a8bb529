// Where platform tokens, webhook secrets and the session signing key live. The database only
// holds the keys (references) under which they are stored here.
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>
#include <optional>

// "bva.vault" (defined in filevault.cpp), for every vault backend.
Q_DECLARE_LOGGING_CATEGORY(lcVault)

namespace bva {

/*!
 * A store for small secrets. Implementations: the OS keychain (qtkeychain) and an encrypted
 * local file (libsodium) for machines without one. Calls are synchronous and thread-safe.
 */
class SecretVault
{
public:
    virtual ~SecretVault() = default;

    virtual Result<void> store(const QString &key, const QByteArray &secret) = 0;
    //! nullopt when nothing is stored under `key`.
    virtual Result<std::optional<QByteArray>> read(const QString &key) = 0;
    virtual Result<void> remove(const QString &key) = 0;
    //! For the settings page and logs: "OS keychain" or "encrypted file".
    virtual QString backendName() const = 0;
};

} // namespace bva
