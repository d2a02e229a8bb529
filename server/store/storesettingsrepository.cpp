#include "storesettingsrepository.h"

#include "database.h"
#include "sql.h"

using namespace Qt::StringLiterals;

namespace bva {

Result<std::optional<QString>> StoreSettingsRepository::value(const QString &key)
{
    auto q = sql::run(m_db.connection(), u"SELECT value FROM store_settings WHERE setting_key = ?"_s, {key},
                      u"read store setting");
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Result<void> StoreSettingsRepository::setValue(const QString &key, const QString &value, qint64 userId)
{
    auto q = sql::run(
        m_db.connection(),
        u"INSERT INTO store_settings (setting_key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (setting_key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
        "updated_by = excluded.updated_by"_s,
        {key, value, sql::nowMs(), userId > 0 ? QVariant(userId) : QVariant(QMetaType::fromType<qint64>())},
        u"write store setting");
    if (!q)
        return q.error();
    return {};
}

} // namespace bva
