#include "databasepassword.h"

#include "secretvault.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

namespace bva::databasepassword {

QString urlWithoutPassword(const DatabaseConfig &c)
{
    if (c.dialect == SqlDialect::SQLite)
        return u"sqlite:"_s + c.sqlitePath;
    const QString user = c.user.isEmpty() ? QString() : QString(c.user + u'@');
    return u"postgres://"_s + user + c.host + u':' + QString::number(c.port) + u'/' + c.databaseName;
}

QString vaultKey(const DatabaseConfig &c)
{
    return u"bva/database-password/"_s + urlWithoutPassword(c);
}

Result<QString> store(SecretVault &vault, const QString &url, const QString &password)
{
    auto config = DatabaseConfig::fromUrl(url);
    if (!config)
        return config.error();
    if (config->dialect != SqlDialect::PostgreSQL)
        return Error::invalid(u"only a PostgreSQL database has a password to keep"_s);
    const QString secret = password.isEmpty() ? config->password : password;
    if (secret.isEmpty())
        return Error::invalid(u"no password was given"_s);
    if (auto r = vault.store(vaultKey(*config), secret.toUtf8()); !r)
        return r.error();
    return urlWithoutPassword(*config);
}

Result<void> fill(SecretVault &vault, DatabaseConfig &config)
{
    if (config.dialect != SqlDialect::PostgreSQL || !config.password.isEmpty())
        return {};
    auto stored = vault.read(vaultKey(config));
    if (!stored)
        return stored.error();
    if (stored->has_value())
        config.password = QString::fromUtf8(**stored);
    return {};
}

Result<void> probe(SecretVault *vault, DatabaseConfig config)
{
    if (vault)
        (void)fill(*vault, config);
    return Database::probe(config);
}

} // namespace bva::databasepassword
