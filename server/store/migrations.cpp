#include "migrations.h"

#include "database.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace bva {

QList<Migration> availableMigrations()
{
    static const QRegularExpression pattern(u"^(\\d+)_(.+)\\.sql$"_s);
    QList<Migration> list;
    const QStringList files = QDir(u":/sql"_s).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto m = pattern.match(file);
        if (m.hasMatch())
            list.append({m.captured(1).toInt(), m.captured(2), u":/sql/"_s + file});
    }
    std::sort(list.begin(), list.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return list;
}

QStringList migrationStatements(const QString &sqlText, SqlDialect dialect)
{
    QString text;
    const auto lines = QStringView(sqlText).split(u'\n');
    for (QStringView line : lines) {
        if (line.trimmed().startsWith(u"--"))
            continue;
        text += line;
        text += u'\n';
    }
    const bool pg = dialect == SqlDialect::PostgreSQL;
    text.replace(u"@ID@"_s, pg ? u"BIGSERIAL PRIMARY KEY"_s : u"INTEGER PRIMARY KEY"_s);
    text.replace(u"@BLOB@"_s, pg ? u"BYTEA"_s : u"BLOB"_s);
    // A table stored as its primary-key B-tree (SQLite); PostgreSQL tables are always heaps.
    text.replace(u"@WITHOUT_ROWID@"_s, pg ? QString() : u"WITHOUT ROWID"_s);
    // Rollup figures carried in the key's index so PostgreSQL reads them from the index alone
    // (SQLite's WITHOUT ROWID key B-tree holds every column already).
    text.replace(u"@INCLUDE_FIGURES@"_s, pg ? u"INCLUDE (units, revenue_minor)"_s : QString());

    // `@SQLITE_ONLY@ statement`: run on SQLite alone. (A trigger's body is written on the line of
    // its BEGIN and END: statements are split at a semicolon that ends a line.)
    static const QString sqliteOnly = u"@SQLITE_ONLY@"_s;
    QStringList statements;
    for (const QString &part : text.split(u";\n"_s)) {
        QString s = part.trimmed();
        if (s.startsWith(sqliteOnly)) {
            if (pg)
                continue;
            s = s.mid(sqliteOnly.size()).trimmed();
        }
        if (!s.isEmpty())
            statements.append(s.endsWith(u';') ? s.chopped(1) : s);
    }
    return statements;
}

static Result<QSet<int>> appliedVersions(const QSqlDatabase &db)
{
    auto q = sql::run(db, u"SELECT version FROM schema_migrations"_s, {}, u"read schema versions");
    if (!q)
        return q.error();
    QSet<int> versions;
    while (q->next())
        versions.insert(q->value(0).toInt());
    return versions;
}

// A store a newer BVA has migrated may hold rules this build does not know (an invitation's
// code hash, say): writing to it with the older rules would bypass them, so it is not opened.
static Result<void> refuseNewerSchema(const QSet<int> &done, const QList<Migration> &known)
{
    const int newest = known.isEmpty() ? 0 : known.constLast().version;
    const int stored = done.isEmpty() ? 0 : *std::max_element(done.cbegin(), done.cend());
    if (stored <= newest)
        return {};
    return Error::conflict(QCoreApplication::translate(
                               "bva::Migrations", "This database was last used by a newer version of BVA "
                                                  "(schema %1; this version knows up to %2). Install that "
                                                  "version or a later one to open it.")
                               .arg(stored)
                               .arg(newest));
}

Result<int> applyMigrations(QSqlDatabase db, SqlDialect dialect, const MigrationProgress &progress)
{
    if (auto r = sql::run(db,
                          u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                          "name TEXT NOT NULL, applied_at BIGINT NOT NULL)"_s,
                          {}, u"create schema_migrations");
        !r)
        return r.error();
    const QList<Migration> known = availableMigrations();
    auto before = appliedVersions(db);
    if (!before)
        return before.error();
    if (auto r = refuseNewerSchema(*before, known); !r)
        return r.error();
    const bool upgrade = !before->isEmpty();
    const auto pending = std::count_if(known.cbegin(), known.cend(),
                                       [&](const Migration &m) { return !before->contains(m.version); });
    int applied = 0;
    for (const Migration &m : known) {
        Transaction tx(db);
        if (!tx.isActive())
            return Error::storage(u"begin migration: "_s + tx.beginError());
        if (dialect == SqlDialect::PostgreSQL) {
            // Serialises migrations of several processes sharing one server.
            if (auto r = sql::run(db, u"SELECT pg_advisory_xact_lock(715001)"_s, {}, u"migration lock"); !r)
                return r.error();
        }
        auto done = appliedVersions(db);
        if (!done)
            return done.error();
        if (done->contains(m.version))
            continue;
        if (upgrade && progress)
            progress(m, applied + 1, int(pending));
        QFile file(m.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return Error::storage(u"cannot read migration "_s + m.resourcePath);
        for (const QString &statement : migrationStatements(QString::fromUtf8(file.readAll()), dialect)) {
            if (auto r = sql::run(db, statement, {}, QString(u"migration "_s + QString::number(m.version)));
                !r)
                return r.error();
        }
        if (auto r =
                sql::run(db, u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"_s,
                         {m.version, m.name, sql::nowMs()}, u"record migration");
            !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        qCInfo(lcStore) << "applied migration" << m.version << m.name;
        ++applied;
    }
    return applied;
}

} // namespace bva
