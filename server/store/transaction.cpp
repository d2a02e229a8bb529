#include "transaction.h"

#include "database.h"
#include "pgexec.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace bva {

static bool isSqlite(const QSqlDatabase &db)
{
    return db.driverName() == u"QSQLITE";
}

namespace {

// Per connection on this thread (connections never cross threads).
struct Nest
{
    int depth = 0;       // open transactions
    int wholeAt = 0;     // depth of the open AllOrNothing transaction, 0: none
    bool doomed = false; // a transaction nested in it was rolled back
};

thread_local QHash<QString, Nest> t_nests;

} // namespace

Transaction::Transaction(QSqlDatabase db, Nesting nesting)
    : m_db(std::move(db))
{
    Nest &nest = t_nests[m_db.connectionName()];
    if (nest.wholeAt > 0) {
        m_inWhole = true;
        m_active = true;
        ++nest.depth;
        return;
    }
    QSqlQuery q(m_db);
    if (nest.depth > 0) {
        m_savepoint = u"sp"_s + QString::number(nest.depth);
        m_active = q.exec(u"SAVEPOINT "_s + m_savepoint);
    } else {
        m_active = q.exec(isSqlite(m_db) ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
    }
    if (!m_active) {
        m_beginError = q.lastError().text();
        return;
    }
    ++nest.depth;
    if (nesting == Nesting::AllOrNothing) {
        m_whole = true;
        nest.wholeAt = nest.depth;
        nest.doomed = false;
    }
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

void Transaction::leave()
{
    Nest &nest = t_nests[m_db.connectionName()];
    m_active = false;
    --nest.depth;
    if (m_whole) {
        nest.wholeAt = 0;
        nest.doomed = false;
    }
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return Error::storage(u"commit without an open transaction"_s);
    if (m_inWhole) {
        leave(); // its changes stand or fall with the enclosing transaction
        return {};
    }
    if (m_whole && t_nests[m_db.connectionName()].doomed) {
        rollback();
        return Error::storage(u"commit failed: a part of the transaction failed and was rolled back"_s);
    }
    // PostgreSQL: a statement that failed inside (its error ignored by the caller) aborted the
    // transaction, and COMMIT would then roll it back without an error.
    if (PGconn *pg = m_savepoint.isEmpty() ? sql::pgHandle(m_db) : nullptr;
        pg && PQtransactionStatus(pg) == PQTRANS_INERROR) {
        rollback();
        return Error::storage(u"commit failed: a statement in the transaction failed; it was rolled back"_s);
    }
    QSqlQuery q(m_db);
    if (!q.exec(m_savepoint.isEmpty() ? u"COMMIT"_s : u"RELEASE SAVEPOINT "_s + m_savepoint)) {
        const QString why = q.lastError().text();
        rollback();
        return Error::storage(u"commit failed: "_s + why);
    }
    leave();
    return {};
}

void Transaction::relaxDurability()
{
    if (!m_active || m_inWhole || !m_savepoint.isEmpty() || isSqlite(m_db))
        return;
    QSqlQuery q(m_db);
    if (!q.exec(u"SET LOCAL synchronous_commit TO OFF"_s))
        qCWarning(lcStore) << "could not relax durability:" << q.lastError().text();
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_inWhole) {
        // Nothing of it can be undone alone: the enclosing transaction will not commit.
        t_nests[m_db.connectionName()].doomed = true;
        leave();
        return;
    }
    QSqlQuery q(m_db);
    const bool ok = m_savepoint.isEmpty() ? q.exec(u"ROLLBACK"_s)
                                          : q.exec(u"ROLLBACK TO SAVEPOINT "_s + m_savepoint) &&
                                                q.exec(u"RELEASE SAVEPOINT "_s + m_savepoint);
    if (!ok)
        qCWarning(lcStore) << "rollback failed:" << q.lastError().text();
    leave();
}

} // namespace bva
