// RAII transaction: rolls back unless commit() succeeded. SQLite takes the write lock at once
// (BEGIN IMMEDIATE) so two writers never deadlock upgrading a read lock. Nested transactions on the
// same connection and thread become savepoints, so a repository call that opens its own transaction
// can also run inside a caller's larger one.
//
// A caller that undoes all of its transaction on any failure inside it (the webhook group commit,
// which then replays delivery by delivery) opens it AllOrNothing: transactions nested in it take no
// savepoint (on SQLite each one copied every page it touched into a statement journal, ~10% of a
// webhook delivery's instructions; on PostgreSQL two round trips). Their commit does nothing, and a
// rollback of one dooms the enclosing transaction: its commit() rolls back and fails, so no part of
// a failed inner transaction is ever committed.
#pragma once

#include "util/result.h"

#include <QSqlDatabase>

namespace bva {

class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    enum class Nesting {
        Savepoints,   // a nested transaction is a savepoint: it can fail alone
        AllOrNothing, // nested transactions are part of this one: any of them failing fails it
    };

    explicit Transaction(QSqlDatabase db, Nesting nesting = Nesting::Savepoints);
    ~Transaction();

    bool isActive() const { return m_active; }
    const QString &beginError() const { return m_beginError; }
    Result<void> commit();
    void rollback();
    // For writes that can be had again (a sync page: the marketplace still has it): PostgreSQL does
    // not wait for this commit's WAL to reach the disk. A later durable commit (the run's outcome)
    // flushes it with its own, so a run recorded as done never lacks its pages; a crash in between
    // loses at most the last few pages, which the next run fetches again. SQLite (WAL, NORMAL) never
    // syncs per commit anyway. Only the outermost transaction may relax; inside another it is a no-op.
    void relaxDurability();

private:
    void leave();

    QString m_savepoint; // empty for the outermost transaction
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_inWhole = false; // nested inside an AllOrNothing transaction: no savepoint of its own
    bool m_whole = false;   // this is the AllOrNothing transaction
    QString m_beginError;
};

} // namespace bva
