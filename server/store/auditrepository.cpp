#include "auditrepository.h"

#include "database.h"
#include "sql.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace bva {

Result<void> AuditRepository::append(qint64 userId, const QString &action, const QString &target,
                                     const QJsonObject &details)
{
    auto q = sql::run(m_db.connection(),
                      u"INSERT INTO audit_log (user_id, action, target, details, created_at) VALUES (?, ?, ?, ?, ?)"_s,
                      {userId ? QVariant(userId) : QVariant(QMetaType::fromType<qint64>()), action, target,
                       QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), sql::nowMs()},
                      u"append audit entry");
    if (!q)
        return q.error();
    return {};
}

Result<QList<AuditEntry>> AuditRepository::recent(int limit)
{
    auto q = sql::run(m_db.connection(),
                      u"SELECT id, user_id, action, target, details, created_at FROM audit_log ORDER BY id DESC LIMIT ?"_s,
                      {limit}, u"read audit log");
    if (!q)
        return q.error();
    QList<AuditEntry> list;
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toLongLong();
        e.userId = q->value(1).toLongLong();
        e.action = q->value(2).toString();
        e.target = q->value(3).toString();
        e.details = QJsonDocument::fromJson(q->value(4).toString().toUtf8()).object();
        e.createdAt = sql::toTime(q->value(5));
        list.append(e);
    }
    return list;
}

} // namespace bva
