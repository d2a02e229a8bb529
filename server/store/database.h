// The store: one connection per thread, opened lazily, migrated once. SQLite runs in WAL mode.
#pragma once

#include "databaseconfig.h"
#include "util/result.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace bva {

class Database final
{
    Q_DISABLE_COPY_MOVE(Database)
public:
    explicit Database(DatabaseConfig config);
    ~Database();

    // Opens this thread's connection and applies pending migrations.
    Result<void> open();
    // This thread's connection (opened on first use). Check isOpen() if open() was not called.
    QSqlDatabase connection();
    Result<QSqlDatabase> tryConnection();
    // Checks that the server answers, without migrating (for "test connection" buttons).
    static Result<void> probe(const DatabaseConfig &config);

    const DatabaseConfig &config() const { return m_config; }
    SqlDialect dialect() const { return m_config.dialect; }
    bool isPostgres() const { return m_config.dialect == SqlDialect::PostgreSQL; }
    int schemaVersion();
    // Bind values per statement for batch writes. Qt turns SQLite's "?" into named parameters,
    // which SQLite resolves in quadratic time, so SQLite statements stay small; PostgreSQL
    // statements are large because each one is a round trip.
    int batchBindLimit() const { return isPostgres() ? 6000 : 480; }

private:
    Result<QSqlDatabase> openConnection(const QString &name);

    DatabaseConfig m_config;
    QString m_prefix;
    QMutex m_mutex;
    QStringList m_connectionNames;
};

} // namespace bva
