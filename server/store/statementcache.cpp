#include "statementcache.h"

namespace bva::sql {

StatementCache::~StatementCache()
{
    clear();
}

void StatementCache::clear()
{
    m_statements.clear();
    m_handle = nullptr;
}

Result<SqliteStatement *> StatementCache::get(sqlite3 *handle, const QString &text, QStringView what)
{
    if (handle != m_handle) {
        clear();
        m_handle = handle;
    }
    const auto it = m_statements.constFind(text);
    if (it != m_statements.cend())
        return it->get();
    auto prepared = SqliteStatement::prepare(handle, text, what);
    if (!prepared)
        return prepared.error();
    auto stored = std::make_shared<SqliteStatement>(std::move(*prepared));
    m_statements.insert(text, stored);
    return stored.get();
}

} // namespace bva::sql
