// Applies the numbered SQL files under :/sql (NNN_name.sql) in order, each in its own transaction,
// recording them in schema_migrations. Safe to run twice and, on PostgreSQL, from two processes.
#pragma once

#include "util/databaseconfig.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <functional>

namespace bva {

struct Migration
{
    int version = 0;
    QString name;
    QString resourcePath;
};

// Told before each migration an upgrade applies (not when a new store is set up): the step (from 1) of
// how many. A large store can take a while (048 rebuilds order_items), so the desktop says so.
using MigrationProgress = std::function<void(const Migration &next, int step, int steps)>;

QList<Migration> availableMigrations();
// Turns the shared SQL into the dialect's (see 001_initial.sql) and splits it into statements.
QStringList migrationStatements(const QString &sqlText, SqlDialect dialect);
Result<int> applyMigrations(QSqlDatabase db, SqlDialect dialect, const MigrationProgress &progress = {});

} // namespace bva
