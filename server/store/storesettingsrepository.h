// Settings kept in the store rather than in one computer's QSettings, because every process sharing
// the store must read them the same way (audit retention).
#pragma once

#include "util/result.h"

#include <QString>
#include <optional>

namespace bva {

class Database;

class StoreSettingsRepository final
{
public:
    explicit StoreSettingsRepository(Database &db)
        : m_db(db)
    {}

    Result<std::optional<QString>> value(const QString &key);
    Result<void> setValue(const QString &key, const QString &value, qint64 userId);

private:
    Database &m_db;
};

} // namespace bva
