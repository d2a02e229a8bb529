// Append-only record of who did what (connect, disconnect, login, settings changes).
#pragma once

#include "domain/records.h"
#include "util/result.h"

#include <QList>

namespace bva {

class Database;

class AuditRepository final
{
public:
    explicit AuditRepository(Database &db) : m_db(db) {}

    Result<void> append(qint64 userId, const QString &action, const QString &target, const QJsonObject &details = {});
    Result<QList<AuditEntry>> recent(int limit = 100);

private:
    Database &m_db;
};

} // namespace bva
