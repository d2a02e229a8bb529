// A SecretVault kept in memory: for tests, and for a session that must not persist secrets.
#pragma once

#include "auth/secretvault.h"

#include <QHash>
#include <QMutex>

namespace bva {

class MemoryVault final : public SecretVault
{
public:
    Result<void> store(const QString &key, const QByteArray &secret) override
    {
        QMutexLocker lock(&m_mutex);
        m_secrets.insert(key, secret);
        return {};
    }
    Result<std::optional<QByteArray>> read(const QString &key) override
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_secrets.constFind(key);
        return it == m_secrets.cend() ? std::optional<QByteArray>() : std::optional<QByteArray>(*it);
    }
    Result<void> remove(const QString &key) override
    {
        QMutexLocker lock(&m_mutex);
        m_secrets.remove(key);
        return {};
    }
    QString backendName() const override { return QStringLiteral("memory"); }

private:
    QMutex m_mutex;
    QHash<QString, QByteArray> m_secrets;
};

} // namespace bva
