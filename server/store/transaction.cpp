#include "transaction.h"

#include "database.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace bva {

static bool isSqlite(const QSqlDatabase &db)
{
    return db.driverName() == u"QSQLITE";
}

// Open transactions per connection on this thread (connections never cross threads).
static thread_local QHash<QString, int> t_depth;

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    int &depth = t_depth[m_db.connectionName()];
    QSqlQuery q(m_db);
    if (depth > 0) {
        m_savepoint = u"sp"_s + QString::number(depth);
        m_active = q.exec(u"SAVEPOINT "_s + m_savepoint);
    } else {
        m_active = q.exec(isSqlite(m_db) ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
    }
    if (m_active)
        ++depth;
    else
        m_beginError = q.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return Error::storage(u"commit without an open transaction"_s);
    QSqlQuery q(m_db);
    if (!q.exec(m_savepoint.isEmpty() ? u"COMMIT"_s : u"RELEASE SAVEPOINT "_s + m_savepoint)) {
        const QString why = q.lastError().text();
        rollback();
        return Error::storage(u"commit failed: "_s + why);
    }
    m_active = false;
    --t_depth[m_db.connectionName()];
    return {};
}

void Transaction::relaxDurability()
{
    if (!m_active || !m_savepoint.isEmpty() || isSqlite(m_db))
        return;
    QSqlQuery q(m_db);
    if (!q.exec(u"SET LOCAL synchronous_commit TO OFF"_s))
        qCWarning(lcStore) << "could not relax durability:" << q.lastError().text();
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    const bool ok = m_savepoint.isEmpty() ? q.exec(u"ROLLBACK"_s)
                                          : q.exec(u"ROLLBACK TO SAVEPOINT "_s + m_savepoint) &&
                                                q.exec(u"RELEASE SAVEPOINT "_s + m_savepoint);
    if (!ok)
        qCWarning(lcStore) << "rollback failed:" << q.lastError().text();
    m_active = false;
    --t_depth[m_db.connectionName()];
}

} // namespace bva
