// RAII transaction: rolls back unless commit() succeeded. SQLite takes the write lock at once
// (BEGIN IMMEDIATE) so two writers never deadlock upgrading a read lock. Nested transactions on the
// same connection and thread become savepoints, so a repository call that opens its own transaction
// can also run inside a caller's larger one.
#pragma once

#include "util/result.h"

#include <QSqlDatabase>

namespace bva {

class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();

    bool isActive() const { return m_active; }
    const QString &beginError() const { return m_beginError; }
    Result<void> commit();
    void rollback();

private:
    QString m_savepoint;  // empty for the outermost transaction
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_beginError;
};

} // namespace bva
