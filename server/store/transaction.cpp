#include "transaction.h"

#include "database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace bva {

static bool isSqlite(const QSqlDatabase &db)
{
    return db.driverName() == u"QSQLITE";
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    m_active = q.exec(isSqlite(m_db) ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
    if (!m_active)
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
    if (!q.exec(u"COMMIT"_s)) {
        const QString why = q.lastError().text();
        rollback();
        return Error::storage(u"commit failed: "_s + why);
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    if (!q.exec(u"ROLLBACK"_s))
        qCWarning(lcStore) << "rollback failed:" << q.lastError().text();
    m_active = false;
}

} // namespace bva
