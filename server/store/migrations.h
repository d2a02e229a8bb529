// Applies the numbered SQL files under :/sql (NNN_name.sql) in order, each in its own transaction,
// recording them in schema_migrations. Safe to run twice and, on PostgreSQL, from two processes.
#pragma once

#include "util/databaseconfig.h"
#include "util/result.h"

#include <QSqlDatabase>

namespace bva {

struct Migration
{
    int version = 0;
    QString name;
    QString resourcePath;
};

QList<Migration> availableMigrations();
// Turns the shared SQL into the dialect's (see 001_initial.sql) and splits it into statements.
QStringList migrationStatements(const QString &sqlText, SqlDialect dialect);
Result<int> applyMigrations(QSqlDatabase db, SqlDialect dialect);

} // namespace bva
