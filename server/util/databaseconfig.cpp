#include "databaseconfig.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace bva {

Result<DatabaseConfig> DatabaseConfig::fromUrl(const QString &text)
{
    const QString url = text.trimmed();
    if (url.startsWith(u"sqlite:")) {
        QString path = url.mid(7);
        if (path.startsWith(u"//"))
            path = path.mid(2);
        if (path.isEmpty())
            return Error::invalid(u"sqlite URL needs a file path, e.g. sqlite:/home/me/bva.db"_s);
        return sqliteAt(path);
    }
    if (url.startsWith(u"postgres://") || url.startsWith(u"postgresql://")) {
        const QUrl u(url, QUrl::StrictMode);
        if (!u.isValid() || u.host().isEmpty())
            return Error::invalid(u"invalid PostgreSQL URL: expected postgres://user:pass@host:port/db"_s);
        DatabaseConfig c;
        c.dialect = SqlDialect::PostgreSQL;
        c.host = u.host();
        c.port = u.port(5432);
        c.user = u.userName(QUrl::FullyDecoded);
        c.password = u.password(QUrl::FullyDecoded);
        c.databaseName = u.path().mid(1);
        if (c.databaseName.isEmpty())
            return Error::invalid(u"PostgreSQL URL needs a database name after the port"_s);
        return c;
    }
    return Error::invalid(
        u"unsupported database URL (use sqlite:/path/file.db or postgres://user:pass@host:port/db)"_s);
}

DatabaseConfig DatabaseConfig::sqliteAt(const QString &path)
{
    DatabaseConfig c;
    c.dialect = SqlDialect::SQLite;
    c.sqlitePath = path;
    return c;
}

DatabaseConfig DatabaseConfig::defaultConfig()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return sqliteAt(dir + u"/bva.db"_s);
}

QString DatabaseConfig::redactedUrl() const
{
    if (dialect == SqlDialect::SQLite)
        return u"sqlite:"_s + sqlitePath;
    QString userPart = user.isEmpty() ? QString() : user + (password.isEmpty() ? u"@"_s : u":***@"_s);
    return u"postgres://"_s + userPart + host + u':' + QString::number(port) + u'/' + databaseName;
}

} // namespace bva
