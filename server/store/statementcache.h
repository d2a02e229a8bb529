// SQLite statements prepared once per connection and kept while it stays open. The write paths run
// the same few statements for every sync page and webhook batch; preparing them again each time cost
// as much as running them (sqlite3_prepare_v3 stood out in stack samples of the webhook writer).
// One cache per Database and thread, like the connection itself (Database::statements()); Database
// finalizes it before that connection closes.
#pragma once

#include "sqlitestatement.h"

#include <QHash>
#include <memory>

namespace bva::sql {

class StatementCache final
{
    Q_DISABLE_COPY_MOVE(StatementCache)
public:
    StatementCache() = default;
    ~StatementCache();

    // The statement for `text` on `handle`, prepared on first use. A cache that sees another handle
    // (the connection was reopened) starts over.
    Result<SqliteStatement *> get(sqlite3 *handle, const QString &text, QStringView what);
    void clear();

private:
    sqlite3 *m_handle = nullptr;
    QHash<QString, std::shared_ptr<SqliteStatement>> m_statements;
};

} // namespace bva::sql
