// The store: one connection per thread, opened lazily, migrated once. SQLite runs in WAL mode.
// A PostgreSQL connection the server dropped (restart, network) is noticed and reopened on next use.
#pragma once

#include "migrations.h"
#include "util/databaseconfig.h"
#include "util/result.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>
#include <memory>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace bva {

namespace sql {
class StatementCache;
}
class WalCheckpointer;

class Database final
{
    Q_DISABLE_COPY_MOVE(Database)
public:
    explicit Database(DatabaseConfig config);
    ~Database();

    // Opens this thread's connection and applies pending migrations.
    Result<void> open(const MigrationProgress &progress = {});
    // This thread's connection (opened on first use). Check isOpen() if open() was not called.
    QSqlDatabase connection();
    Result<QSqlDatabase> tryConnection();
    // Checks that the server answers, without migrating (for "test connection" buttons).
    static Result<void> probe(const DatabaseConfig &config);
    // A connection of its own, outside the per-thread pool (advisory locks, LISTEN). Used only in the
    // calling thread; the caller closes it with closeDedicated().
    Result<QSqlDatabase> openDedicated(const QString &purpose);
    static void closeDedicated(QSqlDatabase &db);
    // False when the server ended this PostgreSQL session (SQLite connections stay usable while open).
    static bool isAlive(const QSqlDatabase &db);
    // SQLite statements prepared on this thread's connection, kept while it is open.
    sql::StatementCache &statements();
    // Counts the reopenings of this thread's connection: a transaction that sees it change between
    // begin and commit ran partly on another session and must not be reported as stored.
    quint64 sessionGeneration() const;

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
    std::vector<std::unique_ptr<sql::StatementCache>> m_statementCaches;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // SQLite files
};

} // namespace bva
