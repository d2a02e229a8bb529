// Where the store lives: "sqlite:/path/file.db" or "postgres://user:pass@host:port/db".
#pragma once

#include "util/result.h"

#include <QString>

namespace bva {

enum class SqlDialect { SQLite, PostgreSQL };

struct DatabaseConfig
{
    SqlDialect dialect = SqlDialect::SQLite;
    QString sqlitePath;
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;

    static Result<DatabaseConfig> fromUrl(const QString &url);
    static DatabaseConfig sqliteAt(const QString &path);
    // SQLite file under QStandardPaths::AppDataLocation.
    static DatabaseConfig defaultConfig();
    // The URL without the password, for logs and the settings page.
    QString redactedUrl() const;
};

} // namespace bva
