#include "platformapprepository.h"

#include "database.h"
#include "sql.h"

using namespace Qt::StringLiterals;

namespace bva {

static const QString appColumns =
    u"id, user_id, api_kind, app_id, region, api_host, auth_host, secret_ref, created_at, updated_at"_s;

static Result<QList<PlatformAppRecord>> readApps(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<PlatformAppRecord> list;
    while (q->next()) {
        PlatformAppRecord a;
        a.id = q->value(0).toLongLong();
        a.userId = q->value(1).toLongLong();
        const auto kind = apiKindFromSlug(q->value(2).toString());
        if (!kind)
            continue;
        a.kind = *kind;
        a.appId = q->value(3).toString();
        a.region = q->value(4).toString();
        a.apiHost = q->value(5).toString();
        a.authHost = q->value(6).toString();
        a.secretRef = q->value(7).toString();
        a.createdAt = sql::toTime(q->value(8));
        a.updatedAt = sql::toTime(q->value(9));
        list.append(a);
    }
    return list;
}

Result<QList<PlatformAppRecord>> PlatformAppRepository::ofUser(qint64 userId)
{
    return readApps(
        sql::run(m_db.connection(),
                 u"SELECT "_s + appColumns + u" FROM platform_apps WHERE user_id = ? ORDER BY api_kind"_s,
                 {userId}, u"list platform apps"));
}

Result<std::optional<PlatformAppRecord>> PlatformAppRepository::find(qint64 userId, ApiKind kind)
{
    auto list = readApps(
        sql::run(m_db.connection(),
                 u"SELECT "_s + appColumns + u" FROM platform_apps WHERE user_id = ? AND api_kind = ?"_s,
                 {userId, apiKindSlug(kind)}, u"find platform app"));
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<PlatformAppRecord>()
                           : std::optional<PlatformAppRecord>(list->first());
}

Result<QList<PlatformAppRecord>> PlatformAppRepository::ofKind(ApiKind kind)
{
    return readApps(
        sql::run(m_db.connection(),
                 u"SELECT "_s + appColumns + u" FROM platform_apps WHERE api_kind = ? ORDER BY id"_s,
                 {apiKindSlug(kind)}, u"list platform apps of a kind"));
}

Result<PlatformAppRecord> PlatformAppRepository::save(const PlatformAppRecord &in)
{
    const QVariant now = sql::nowMs();
    auto q = sql::run(
        m_db.connection(),
        u"INSERT INTO platform_apps (user_id, api_kind, app_id, region, api_host, auth_host, secret_ref, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, api_kind) DO UPDATE SET "
        "app_id = excluded.app_id, region = excluded.region, api_host = excluded.api_host, "
        "auth_host = excluded.auth_host, secret_ref = excluded.secret_ref, updated_at = excluded.updated_at "
        "RETURNING id, created_at"_s,
        {in.userId, apiKindSlug(in.kind), in.appId, in.region, in.apiHost, in.authHost, in.secretRef, now,
         now},
        u"save platform app");
    if (!q)
        return q.error();
    if (!q->next())
        return Error::storage(u"save platform app returned no id"_s);
    PlatformAppRecord stored = in;
    stored.id = q->value(0).toLongLong();
    stored.createdAt = sql::toTime(q->value(1));
    stored.updatedAt = sql::toTime(now);
    return stored;
}

Result<void> PlatformAppRepository::addRequest(const AuthorizationRequest &r)
{
    auto q = sql::run(
        m_db.connection(),
        u"INSERT INTO authorization_requests (state_hash, user_id, api_kind, created_at, expires_at) "
        "VALUES (?, ?, ?, ?, ?)"_s,
        {r.stateHash, r.userId, apiKindSlug(r.kind), sql::time(r.createdAt), sql::time(r.expiresAt)},
        u"add authorization request");
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<AuthorizationRequest>> PlatformAppRepository::findRequest(const QString &stateHash)
{
    auto q = sql::run(
        m_db.connection(),
        u"SELECT id, state_hash, user_id, api_kind, created_at, expires_at, used_at, outcome, reason, "
        "integration_id FROM authorization_requests WHERE state_hash = ?"_s,
        {stateHash}, u"find authorization request");
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<AuthorizationRequest>();
    AuthorizationRequest r;
    r.id = q->value(0).toLongLong();
    r.stateHash = q->value(1).toString();
    r.userId = q->value(2).toLongLong();
    r.kind = apiKindFromSlug(q->value(3).toString()).value_or(ApiKind::Clone);
    r.createdAt = sql::toTime(q->value(4));
    r.expiresAt = sql::toTime(q->value(5));
    r.usedAt = sql::toTime(q->value(6));
    r.outcome = q->value(7).toString();
    r.reason = q->value(8).toString();
    r.integrationId = q->value(9).toLongLong();
    return std::optional<AuthorizationRequest>(r);
}

Result<bool> PlatformAppRepository::claimRequest(qint64 id, const QDateTime &at)
{
    auto q = sql::run(m_db.connection(),
                      u"UPDATE authorization_requests SET used_at = ? WHERE id = ? AND used_at IS NULL"_s,
                      {sql::time(at), id}, u"claim authorization request");
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

Result<bool> PlatformAppRepository::cancelRequest(qint64 id, const QDateTime &at, const QString &reason)
{
    auto q = sql::run(m_db.connection(),
                      u"UPDATE authorization_requests SET used_at = ?, outcome = 'cancelled', reason = ? "
                      "WHERE id = ? AND used_at IS NULL"_s,
                      {sql::time(at), reason.left(500), id}, u"cancel authorization request");
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

Result<void> PlatformAppRepository::finishRequest(qint64 id, const QString &outcome, const QString &reason,
                                                  qint64 integrationId)
{
    auto q = sql::run(
        m_db.connection(),
        u"UPDATE authorization_requests SET outcome = ?, reason = ?, integration_id = ? WHERE id = ?"_s,
        {outcome, reason.left(500),
         integrationId ? QVariant(integrationId) : QVariant(QMetaType::fromType<qint64>()), id},
        u"finish authorization request");
    if (!q)
        return q.error();
    return {};
}

} // namespace bva
