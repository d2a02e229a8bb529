#include "database.h"

#include "migrations.h"
#include "pgexec.h"
#include "sql.h"
#include "statementcache.h"
#include "walcheckpointer.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <libpq-fe.h>
#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStore, "bva.store")

using namespace Qt::StringLiterals;

namespace bva {

// WAL checkpoints run in the background once this much WAL has piled up (see walcheckpointer.h).
constexpr qint64 kCheckpointBytes = 64 * 1024 * 1024;

Database::Database(DatabaseConfig config)
    : m_config(std::move(config))
    , m_prefix(u"bva-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8) + u'-')
{
    if (m_config.dialect == SqlDialect::SQLite && !m_config.sqlitePath.isEmpty() &&
        !m_config.sqlitePath.startsWith(u':') && !m_config.sqlitePath.contains(u"mode=memory"))
        m_checkpointer = std::make_unique<WalCheckpointer>(m_config.sqlitePath, kCheckpointBytes);
}

// This thread's connection name per Database (connections never cross threads). Keyed by the
// instance's unique prefix, not its address: a pool thread outlives a Database, and a later one
// allocated at the same address must not find the old (removed) connection.
static thread_local QHash<QString, QString> t_connections;
static thread_local QHash<QString, quint64> t_generations;
static thread_local QHash<QString, sql::StatementCache *> t_statementCaches;

Database::~Database()
{
    t_connections.remove(m_prefix);
    t_generations.remove(m_prefix);
    t_statementCaches.remove(m_prefix);
    // Connections of other threads cannot be touched from here (Qt warns); removing them by name
    // closes them once their last handle is gone. Their prepared statements go first, or SQLite would
    // keep those connections open.
    QMutexLocker lock(&m_mutex);
    m_statementCaches.clear();
    for (const QString &name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
}

static QString driverFor(SqlDialect d)
{
    return d == SqlDialect::PostgreSQL ? u"QPSQL"_s : u"QSQLITE"_s;
}

static void configure(QSqlDatabase &db, const DatabaseConfig &c)
{
    if (c.dialect == SqlDialect::SQLite) {
        db.setDatabaseName(c.sqlitePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        return;
    }
    db.setHostName(c.host);
    db.setPort(c.port);
    db.setUserName(c.user);
    db.setPassword(c.password);
    db.setDatabaseName(c.databaseName);
    db.setConnectOptions(u"connect_timeout=5"_s);
}

// A store BVA may read but not write (the file or its folder read-only, a copy from a backup, another
// user's file) is refused when it is opened, with that reason: otherwise the app starts and its first
// sign-in, sync or webhook fails, and SQLite's own words ("attempt to write a readonly database", on
// the journal_mode pragma when the folder is the read-only part) say neither which file nor what to do.
static Error readOnlyStore(const DatabaseConfig &c)
{
    return Error::forbidden(
        u"BVA cannot write to the database %1: the file or its folder is read-only. "
        "Make both writable for this user, or choose another database."_s.arg(c.sqlitePath));
}

static bool sqliteRefusedWriting(const QSqlDatabase &db)
{
    sqlite3 *handle = sql::sqliteHandle(db);
    if (!handle)
        return false;
    const int code = sqlite3_errcode(handle) & 0xff; // Qt turns on SQLite's extended codes
    return sqlite3_db_readonly(handle, "main") == 1 || code == SQLITE_READONLY || code == SQLITE_CANTOPEN;
}

static Result<void> afterOpen(QSqlDatabase &db, SqlDialect dialect, WalCheckpointer *checkpointer)
{
    // page_size (a new store only; an existing one keeps its own): with 16 KiB pages a sync page's
    // random row writes touch a quarter of the pages, and SQLite's cost per page (WAL frames, cache,
    // lookups) went down more than its cost per byte went up: 1.6x the orders per CPU-second.
    // Checkpoints: WalCheckpointer, in the background, instead of inside commits. The WAL is not cut
    // back when it starts over (journal_size_limit=-1): truncating 100-200 MB held the commit that
    // did it 90-110 ms; the checkpoint thread gives the disk back when the writes pause.
    const QStringList pragmas =
        dialect == SqlDialect::SQLite
            ? QStringList{u"PRAGMA page_size=16384"_s,     u"PRAGMA journal_mode=WAL"_s,
                          u"PRAGMA synchronous=NORMAL"_s,  u"PRAGMA foreign_keys=ON"_s,
                          u"PRAGMA temp_store=MEMORY"_s,   u"PRAGMA cache_size=-65536"_s,
                          u"PRAGMA mmap_size=268435456"_s, u"PRAGMA journal_size_limit=-1"_s}
            : QStringList{u"SET TIME ZONE 'UTC'"_s, u"SET client_min_messages TO WARNING"_s};
    for (const QString &p : pragmas) {
        if (auto r = sql::run(db, p, {}, p); !r)
            return r.error();
    }
    if (checkpointer)
        checkpointer->attach(sql::sqliteHandle(db));
    return {};
}

// SQLite's memory statistics take a process-wide mutex and update four counters around every one of
// its allocations (~60 per order of a sync page: record buffers, cursors; ~4% of the store's
// instructions). Nothing here reads them (no sqlite3_memory_used, no soft heap limit). They can only be
// turned off before SQLite initializes, so this runs before the process opens its first connection; if
// SQLite is already up, the call is refused and nothing changes.
static void withoutSqliteMemoryStatistics()
{
    static const bool done = [] {
        const int rc = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        if (rc != SQLITE_OK)
            qCDebug(lcStore, "SQLite keeps its memory statistics (sqlite3_config: %d, initialised already)",
                    rc);
        return rc == SQLITE_OK;
    }();
    Q_UNUSED(done);
}

Result<QSqlDatabase> Database::openConnection(const QString &name)
{
    if (m_config.dialect == SqlDialect::SQLite)
        withoutSqliteMemoryStatistics();
    QSqlDatabase db = QSqlDatabase::addDatabase(driverFor(m_config.dialect), name);
    if (!db.isValid())
        return Error::storage(u"the Qt SQL driver "_s + driverFor(m_config.dialect) + u" is not installed"_s);
    configure(db, m_config);
    if (!db.open()) {
        // A new store in a folder this user may not write to.
        if (m_config.dialect == SqlDialect::SQLite &&
            db.lastError().nativeErrorCode().toInt() == SQLITE_CANTOPEN &&
            QFileInfo(m_config.sqlitePath).dir().exists())
            return readOnlyStore(m_config);
        const QString why = db.lastError().text();
        return Error::storage(u"cannot open "_s + m_config.redactedUrl() + u": "_s + why);
    }
    auto ready = afterOpen(db, m_config.dialect, m_checkpointer.get());
    if (m_config.dialect == SqlDialect::SQLite && sqliteRefusedWriting(db)) {
        db.close();
        return readOnlyStore(m_config);
    }
    if (!ready)
        return ready.error();
    return db;
}

QSqlDatabase Database::connection()
{
    auto db = tryConnection();
    if (!db) {
        qCWarning(lcStore) << db.error().message;
        return {};
    }
    return *db;
}

Result<QSqlDatabase> Database::tryConnection()
{
    const QString existing = t_connections.value(m_prefix);
    if (!existing.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::database(existing, false);
        if (db.isOpen() && isAlive(db))
            return db;
        if (db.isOpen()) {
            qCWarning(lcStore) << "the PostgreSQL connection was lost; reconnecting";
            db.close();
        }
        // Reuse the name: handles held by repositories of this thread keep working once reopened.
        ++t_generations[m_prefix];
        configure(db, m_config);
        if (db.open()) {
            if (auto r = afterOpen(db, m_config.dialect, m_checkpointer.get()); !r) {
                db.close();
                return r.error();
            }
            return db;
        }
        return Error::storage(u"cannot open "_s + m_config.redactedUrl() + u": "_s + db.lastError().text());
    }
    static QAtomicInteger<quint64> counter;
    const QString name = m_prefix + QString::number(++counter);
    auto db = openConnection(name);
    if (!db) {
        QSqlDatabase::removeDatabase(name);
        return db.error();
    }
    t_connections.insert(m_prefix, name);
    QMutexLocker lock(&m_mutex);
    m_connectionNames.append(name);
    return *db;
}

sql::StatementCache &Database::statements()
{
    sql::StatementCache *&cache = t_statementCaches[m_prefix];
    if (!cache) {
        auto owned = std::make_unique<sql::StatementCache>();
        cache = owned.get();
        QMutexLocker lock(&m_mutex);
        m_statementCaches.push_back(std::move(owned));
    }
    return *cache;
}

quint64 Database::sessionGeneration() const
{
    return t_generations.value(m_prefix);
}

bool Database::isAlive(const QSqlDatabase &db)
{
    if (PGconn *conn = sql::pgHandle(db))
        return PQstatus(conn) == CONNECTION_OK;
    return db.isOpen();
}

Result<QSqlDatabase> Database::openDedicated(const QString &purpose)
{
    static QAtomicInteger<quint64> counter;
    const QString name = m_prefix + purpose + u'-' + QString::number(++counter);
    auto db = openConnection(name);
    if (!db) {
        QSqlDatabase::removeDatabase(name);
        return db.error();
    }
    return *db;
}

void Database::closeDedicated(QSqlDatabase &db)
{
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    if (!name.isEmpty())
        QSqlDatabase::removeDatabase(name);
}

Result<void> Database::open(const MigrationProgress &progress)
{
    auto db = tryConnection();
    if (!db)
        return db.error();
    if (m_config.dialect == SqlDialect::SQLite) {
        // A file SQLite could only open for reading is found by its first write transaction.
        if (auto begun = sql::run(*db, u"BEGIN IMMEDIATE"_s, {}, u"write check"); !begun)
            return sqliteRefusedWriting(*db) ? readOnlyStore(m_config) : begun.error();
        if (auto ended = sql::run(*db, u"ROLLBACK"_s, {}, u"write check"); !ended)
            return ended.error();
    }
    auto applied = applyMigrations(*db, m_config.dialect, progress);
    if (!applied)
        return applied.error();
    return {};
}

Result<void> Database::probe(const DatabaseConfig &config)
{
    const QString name = u"bva-probe-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driverFor(config.dialect), name);
        configure(db, config);
        if (!db.open())
            result = Error::storage(db.lastError().text());
        else if (auto r = sql::run(db, u"SELECT 1"_s, {}, u"probe"); !r)
            result = r.error();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

int Database::schemaVersion()
{
    auto q = sql::run(connection(), u"SELECT MAX(version) FROM schema_migrations"_s, {}, u"schema version");
    if (!q || !q->next())
        return 0;
    return q->value(0).toInt();
}

} // namespace bva
