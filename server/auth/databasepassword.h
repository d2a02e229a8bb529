// PostgreSQL passwords live in the secret vault (keychain or encrypted file), never in QSettings or
// on a command line: what is saved or typed names the database without its password, and the vault
// keeps the password under a name made of that database's user, host, port and name.
#pragma once

#include "util/databaseconfig.h"
#include "util/result.h"

#include <QString>

namespace bva {

class SecretVault;

namespace databasepassword {

QString vaultKey(const DatabaseConfig &config);
// The URL as saved: postgres://user@host:port/db (a SQLite URL as it is).
QString urlWithoutPassword(const DatabaseConfig &config);
// Stores `password` (or, when empty, the URL's own) for the URL's database and returns the URL
// without it. Invalid for a URL that is not PostgreSQL or has no password at all.
Result<QString> store(SecretVault &vault, const QString &url, const QString &password = {});
// Fills config.password from the vault when it has none (unchanged when the vault has none either).
Result<void> fill(SecretVault &vault, DatabaseConfig &config);
// Opens and closes a connection to the database (password from the vault when the config has
// none), for "Test connection". Blocks: call it off the GUI thread.
Result<void> probe(SecretVault *vault, DatabaseConfig config);

} // namespace databasepassword
} // namespace bva
