#include "integrationrepository.h"

#include "bulk.h"
#include "database.h"
#include "sql.h"

using namespace Qt::StringLiterals;

namespace bva {

static const QString columns =
    u"i.id, i.shop_id, i.owner_user_id, i.platform, i.site_url, i.api_base_url, i.token_ref, i.token_lookup, "
    "i.webhook_secret_ref, i.sync_interval_s, i.state, i.last_sync_at, i.last_error, i.created_at, i.updated_at, "
    "i.webhook_signing, i.signed_delivery_at, i.unsigned_refused, i.unsigned_refused_at, "
    "i.sync_paused_at, i.api_kind"_s;

static Result<QList<Integration>> readAll(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<Integration> list;
    while (q->next()) {
        Integration i;
        i.id = q->value(0).toLongLong();
        i.shopId = q->value(1).toLongLong();
        i.ownerUserId = q->value(2).toLongLong();
        i.platform = platformFromString(q->value(3).toString()).value_or(Platform::Other);
        i.siteUrl = q->value(4).toString();
        i.apiBaseUrl = q->value(5).toString();
        i.tokenRef = q->value(6).toString();
        i.tokenLookup = q->value(7).toString();
        i.webhookSecretRef = q->value(8).toString();
        i.syncIntervalSeconds = q->value(9).toInt();
        i.state = integrationStateFromString(q->value(10).toString());
        i.lastSyncAt = sql::toTime(q->value(11));
        i.lastError = q->value(12).toString();
        i.createdAt = sql::toTime(q->value(13));
        i.updatedAt = sql::toTime(q->value(14));
        i.webhookSigning =
            webhookSigningFromString(q->value(15).toString().toLower()).value_or(WebhookSigning::Auto);
        i.signedDeliveryAt = sql::toTime(q->value(16));
        i.unsignedRefused = q->value(17).toInt();
        i.unsignedRefusedAt = sql::toTime(q->value(18));
        i.syncPausedAt = sql::toTime(q->value(19));
        i.apiKind = apiKindFromSlug(q->value(20).toString()).value_or(ApiKind::Clone);
        list.append(i);
    }
    return list;
}

static Result<std::optional<Integration>> first(Result<QList<Integration>> list)
{
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<Integration>() : std::optional<Integration>(list->first());
}

Result<Integration> IntegrationRepository::save(const Integration &in)
{
    const QVariant now = sql::nowMs();
    auto q = sql::run(
        m_db.connection(),
        u"INSERT INTO integrations (shop_id, owner_user_id, platform, site_url, api_base_url, token_ref, token_lookup, "
        "webhook_secret_ref, sync_interval_s, state, last_sync_at, last_error, created_at, updated_at, api_kind) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (shop_id) DO UPDATE SET "
        "owner_user_id = excluded.owner_user_id, platform = excluded.platform, site_url = excluded.site_url, "
        "api_base_url = excluded.api_base_url, token_ref = excluded.token_ref, token_lookup = excluded.token_lookup, "
        "webhook_secret_ref = excluded.webhook_secret_ref, sync_interval_s = excluded.sync_interval_s, "
        "state = excluded.state, last_error = excluded.last_error, updated_at = excluded.updated_at, "
        "api_kind = excluded.api_kind RETURNING id, created_at"_s,
        {in.shopId, in.ownerUserId ? QVariant(in.ownerUserId) : QVariant(QMetaType::fromType<qint64>()),
         platformName(in.platform), in.siteUrl, in.apiBaseUrl, in.tokenRef, in.tokenLookup,
         in.webhookSecretRef, in.syncIntervalSeconds, integrationStateName(in.state),
         sql::time(in.lastSyncAt), in.lastError, now, now, apiKindSlug(in.apiKind)},
        u"save integration");
    if (!q)
        return q.error();
    if (!q->next())
        return Error::storage(u"save integration returned no id"_s);
    Integration stored = in;
    stored.id = q->value(0).toLongLong();
    stored.createdAt = sql::toTime(q->value(1));
    stored.updatedAt = sql::toTime(now);
    return stored;
}

Result<std::optional<Integration>> IntegrationRepository::findById(qint64 id)
{
    return first(
        readAll(sql::run(m_db.connection(), u"SELECT "_s + columns + u" FROM integrations i WHERE i.id = ?"_s,
                         {id}, u"find integration")));
}

Result<std::optional<Integration>> IntegrationRepository::findByShop(qint64 shopId)
{
    return first(readAll(sql::run(m_db.connection(),
                                  u"SELECT "_s + columns + u" FROM integrations i WHERE i.shop_id = ?"_s,
                                  {shopId}, u"find integration")));
}

Result<QList<Integration>> IntegrationRepository::findByTokenLookup(const QString &tokenLookup)
{
    return readAll(sql::run(m_db.connection(),
                            u"SELECT "_s + columns + u" FROM integrations i WHERE i.token_lookup = ?"_s,
                            {tokenLookup}, u"find integration by token"));
}

Result<QList<Integration>> IntegrationRepository::all()
{
    return readAll(sql::run(m_db.connection(),
                            u"SELECT "_s + columns + u" FROM integrations i ORDER BY i.id"_s, {},
                            u"list integrations"));
}

Result<QList<Integration>> IntegrationRepository::ofUser(qint64 userId)
{
    return readAll(sql::run(m_db.connection(),
                            u"SELECT "_s + columns +
                                u" FROM integrations i JOIN shop_access a ON a.shop_id = i.shop_id "
                                "WHERE a.user_id = ? ORDER BY i.id"_s,
                            {userId}, u"list integrations of user"));
}

Result<void> IntegrationRepository::setState(qint64 id, IntegrationState state, const QString &lastError)
{
    auto q = sql::run(m_db.connection(),
                      u"UPDATE integrations SET state = ?, last_error = ?, updated_at = ? WHERE id = ?"_s,
                      {integrationStateName(state), lastError, sql::nowMs(), id}, u"set integration state");
    if (!q)
        return q.error();
    return {};
}

Result<void> IntegrationRepository::markSynced(qint64 id, const QDateTime &at)
{
    auto q = sql::run(m_db.connection(),
                      u"UPDATE integrations SET last_sync_at = ?, updated_at = ? WHERE id = ?"_s,
                      {sql::time(at), sql::nowMs(), id}, u"mark integration synced");
    if (!q)
        return q.error();
    return {};
}

Result<void> IntegrationRepository::setSyncInterval(qint64 id, int seconds)
{
    auto q = sql::run(m_db.connection(),
                      u"UPDATE integrations SET sync_interval_s = ?, updated_at = ? WHERE id = ?"_s,
                      {seconds, sql::nowMs(), id}, u"set sync interval");
    if (!q)
        return q.error();
    return {};
}

Result<void> IntegrationRepository::setSyncPaused(qint64 id, const QDateTime &since)
{
    auto q = sql::run(m_db.connection(),
                      u"UPDATE integrations SET sync_paused_at = ?, updated_at = ? WHERE id = ?"_s,
                      {sql::time(since), sql::nowMs(), id}, u"pause or resume sync");
    if (!q)
        return q.error();
    return {};
}

Result<void> IntegrationRepository::setWebhookSigning(qint64 id, WebhookSigning mode)
{
    // A new choice starts a new count of refusals.
    auto q = sql::run(
        m_db.connection(),
        u"UPDATE integrations SET webhook_signing = ?, unsigned_refused = 0, updated_at = ? WHERE id = ?"_s,
        {webhookSigningName(mode).toUpper(), sql::nowMs(), id}, u"set webhook signing");
    if (!q)
        return q.error();
    return {};
}

Result<bool> IntegrationRepository::noteSignedDelivery(qint64 id, const QDateTime &at)
{
    auto flip = sql::run(
        m_db.connection(),
        u"UPDATE integrations SET webhook_signing = 'SIGNED', unsigned_refused = 0, signed_delivery_at = ? "
        "WHERE id = ? AND webhook_signing = 'AUTO'"_s,
        {sql::time(at), id}, u"require signed webhooks");
    if (!flip)
        return flip.error();
    if (flip->numRowsAffected() > 0)
        return true;
    auto seen = sql::run(m_db.connection(), u"UPDATE integrations SET signed_delivery_at = ? WHERE id = ?"_s,
                         {sql::time(at), id}, u"note signed webhook");
    if (!seen)
        return seen.error();
    return false;
}

Result<void> IntegrationRepository::noteUnsignedRefused(qint64 id, int count, const QDateTime &at)
{
    auto q = sql::run(
        m_db.connection(),
        u"UPDATE integrations SET unsigned_refused = unsigned_refused + ?, unsigned_refused_at = ? WHERE id = ?"_s,
        {count, sql::time(at), id}, u"note refused webhook");
    if (!q)
        return q.error();
    return {};
}

Result<QHash<qint64, QString>> IntegrationRepository::liveTokenLookups(const QList<qint64> &ids)
{
    QHash<qint64, QString> out;
    if (ids.isEmpty())
        return out;
    // Asked by every webhook group commit: a statement prepared once per connection (SQLite, one probe
    // per id) or one statement over all ids (PostgreSQL), not an IN list prepared again each time.
    static const QString live =
        u" AND state <> '"_s + integrationStateName(IntegrationState::Disconnected) + u"'"_s;
    static const QString sqlite = u"SELECT id, token_lookup FROM integrations WHERE id = ?1"_s + live;
    static const QString postgres =
        u"SELECT id, token_lookup FROM integrations WHERE id = ANY($1::bigint[])"_s + live;
    auto r = sql::forEachKey(
        m_db, sqlite, postgres, {}, ids, [&](const sql::Cursor &q) { out.insert(q.int64(0), q.text(1)); },
        u"check webhook credentials"_s);
    if (!r)
        return r.error();
    return out;
}

Result<IntegrationRepository::WebhookCredentials> IntegrationRepository::webhookCredentials()
{
    auto q = sql::run(m_db.connection(),
                      u"SELECT i.token_lookup, s.external_id, i.webhook_secret_ref FROM integrations i "
                      "JOIN shops s ON s.id = i.shop_id WHERE i.state <> '"_s +
                          integrationStateName(IntegrationState::Disconnected) + u"'"_s,
                      {}, u"list webhook credentials");
    if (!q)
        return q.error();
    WebhookCredentials out;
    while (q->next()) {
        if (const QString lookup = q->value(0).toString(); !lookup.isEmpty())
            out.tokenLookups.insert(lookup);
        if (!q->value(2).toString().isEmpty())
            out.signingShops.insert(q->value(1).toString());
    }
    return out;
}

Result<void> IntegrationRepository::remove(qint64 id)
{
    auto q =
        sql::run(m_db.connection(), u"DELETE FROM integrations WHERE id = ?"_s, {id}, u"delete integration");
    if (!q)
        return q.error();
    return {};
}

} // namespace bva
