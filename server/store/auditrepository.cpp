#include "auditrepository.h"

#include "database.h"
#include "sql.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

// Entries written with only a user id (older ones, BVA's own) read as that account's email.
const QString kActor = u"(CASE WHEN a.actor = '' THEN COALESCE(u.email, '') ELSE a.actor END)"_s;
const QString kFrom =
    u" FROM audit_log a LEFT JOIN shops s ON s.id = a.shop_id LEFT JOIN users u ON u.id = a.user_id"_s;

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// The WHERE clause of a query and its binds.
QString whereOf(const AuditQuery &q, QVariantList *binds)
{
    QStringList parts;
    if (!q.unscoped) {
        QString scope = u"a.user_id = ?"_s;
        binds->append(q.viewerUserId);
        if (!q.shopIds.isEmpty()) {
            scope += u" OR a.shop_id IN ("_s + sql::placeholders(int(q.shopIds.size())) + u')';
            for (qint64 id : q.shopIds)
                binds->append(id);
        }
        parts.append(u'(' + scope + u')');
    }
    if (q.shopId > 0) {
        parts.append(u"a.shop_id = ?"_s);
        binds->append(q.shopId);
    }
    if (q.userId > 0) {
        parts.append(u"a.user_id = ?"_s);
        binds->append(q.userId);
    }
    if (!q.actions.isEmpty()) {
        QStringList any;
        for (const QString &a : q.actions) {
            if (a.endsWith(u'.')) {
                any.append(u"a.action LIKE ?"_s + sql::kLikeEscape);
                binds->append(sql::likePrefix(a));
            } else {
                any.append(u"a.action = ?"_s);
                binds->append(a);
            }
        }
        parts.append(u'(' + any.join(u" OR "_s) + u')');
    }
    if (!q.outcome.isEmpty()) {
        parts.append(u"a.outcome = ?"_s);
        binds->append(q.outcome);
    }
    if (!q.text.isEmpty()) {
        const QString needle = sql::likeEscaped(q.text.toLower());
        parts.append(u"(LOWER("_s + kActor +
                     u") LIKE ? ESCAPE '\\' OR LOWER(a.target) LIKE ? ESCAPE '\\')"_s);
        binds->append(QString(u'%' + needle + u'%'));
        binds->append(QString(u'%' + needle + u'%'));
    }
    if (q.from.isValid()) {
        parts.append(u"a.created_at >= ?"_s);
        binds->append(q.from.toMSecsSinceEpoch());
    }
    if (q.to.isValid()) {
        parts.append(u"a.created_at < ?"_s);
        binds->append(q.to.toMSecsSinceEpoch());
    }
    return parts.isEmpty() ? QString() : u" WHERE "_s + parts.join(u" AND "_s);
}

} // namespace

Result<void> AuditRepository::append(const AuditEntry &e)
{
    const QVariant when = e.createdAt.isValid() ? QVariant(e.createdAt.toMSecsSinceEpoch()) : sql::nowMs();
    auto q = sql::run(
        m_db.connection(),
        u"INSERT INTO audit_log (user_id, actor, source, shop_id, action, target, outcome, details, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {nullableId(e.userId), e.actor.left(320), e.source.left(100), nullableId(e.shopId), e.action,
         e.target.left(500), e.outcome.isEmpty() ? u"ok"_s : e.outcome,
         QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)), when},
        u"append audit entry");
    if (!q)
        return q.error();
    return {};
}

Result<void> AuditRepository::append(qint64 userId, const QString &action, const QString &target,
                                     const QJsonObject &details)
{
    AuditEntry e;
    e.userId = userId;
    e.action = action;
    e.target = target;
    e.details = details;
    return append(e);
}

Result<QList<AuditEntry>> AuditRepository::find(const AuditQuery &query)
{
    QVariantList binds;
    const QString where = whereOf(query, &binds);
    binds.append(qBound(1, query.limit, 100000));
    binds.append(qMax<qint64>(0, query.offset));
    auto q = sql::run(
        m_db.connection(),
        u"SELECT a.id, a.user_id, "_s + kActor +
            u", a.source, a.shop_id, a.action, a.target, a.outcome, a.details, a.created_at, s.external_id, "
            "s.name, s.platform"_s +
            kFrom + where + u" ORDER BY a.created_at DESC, a.id DESC LIMIT ? OFFSET ?"_s,
        binds, u"read audit log");
    if (!q)
        return q.error();
    QList<AuditEntry> list;
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toLongLong();
        e.userId = q->value(1).toLongLong();
        e.actor = q->value(2).toString();
        e.source = q->value(3).toString();
        e.shopId = q->value(4).toLongLong();
        e.action = q->value(5).toString();
        e.target = q->value(6).toString();
        e.outcome = q->value(7).toString();
        e.details = QJsonDocument::fromJson(q->value(8).toString().toUtf8()).object();
        e.createdAt = sql::toTime(q->value(9));
        e.shopExternalId = q->value(10).toString();
        e.shopName = q->value(11).toString();
        e.shopPlatform = q->value(12).toString();
        list.append(e);
    }
    return list;
}

Result<qint64> AuditRepository::count(const AuditQuery &query)
{
    QVariantList binds;
    const QString where = whereOf(query, &binds);
    auto q = sql::run(m_db.connection(), u"SELECT COUNT(*)"_s + kFrom + where, binds, u"count audit log");
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QList<AuditEntry>> AuditRepository::recent(int limit)
{
    AuditQuery all;
    all.unscoped = true;
    all.limit = limit;
    return find(all);
}

Result<int> AuditRepository::purgeBefore(const QDateTime &cutoff)
{
    auto q = sql::run(m_db.connection(), u"DELETE FROM audit_log WHERE created_at < ?"_s,
                      {cutoff.toMSecsSinceEpoch()}, u"purge audit log");
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

} // namespace bva
