// Who sent a webhook: a Standard Webhooks signature (webhook-id, webhook-timestamp within 5 minutes,
// webhook-signature "v1,<base64 HMAC-SHA256>") made with an integration's whsec_ secret, which decides
// alone when present (a wrong one is refused even next to a good token); else "Authorization: Bearer
// <token>" equal (constant time) to the marketplace token of an active integration, found through its
// keyed lookup hash. Nothing else; a token in the body is never read. Whether a token alone is still
// enough for that integration is the caller's to decide (WebhookSource::signing, SigningLedger).
// Used from the HTTP thread; integrations and secrets are cached for a few seconds.
// A credential no integration holds costs no look-up of its own: the token lookup hashes and signing shops
// of all integrations are read at once (again after a change in this process, and for a key not among them
// at most kRefreshesPerSecond times a second), and a token or shop outside them is refused from memory.
// Nothing is counted per client or per address, so strangers flooding wrong or missing credentials cannot
// hold back the marketplace's deliveries, whose credentials are among those read (docs/security.md, "Unknown
// webhook credentials").
#pragma once

#include "domain/integration.h"
#include "util/clock.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>
#include <optional>

namespace bva {

class Database;
class SecretVault;
struct HttpRequest;

struct WebhookSource
{
    qint64 integrationId = 0;
    qint64 shopId = 0;      // BVA's shop row id
    QString shopExternalId; // the marketplace's shop id
    Platform platform = Platform::Other;
    QString currency;
    // Rate-limit key, never the secret itself: the token's and the signature's of an integration apart, so
    // whoever holds a leaked token cannot spend the marketplace's signed deliveries' rate.
    QString credential;
    QByteArray webhookId;                          // from a signed delivery, else empty
    WebhookSigning signing = WebhookSigning::Auto; // the integration's, as last read (cached a few seconds)
    // The shop's marketplace token and signing secret, to be masked in whatever is kept of a delivery
    // (never written anywhere themselves).
    QList<QByteArray> secrets;
    // Bearer: the keyed hash of the token it was verified with. The writer checks it (and that the
    // integration is still connected) in the transaction that keeps the delivery, so a disconnect or a new
    // token takes effect at once, whatever this process or another one still has cached.
    QString tokenLookup;
    bool isSigned() const { return !webhookId.isEmpty(); }
};

class WebhookVerifier final
{
public:
    static constexpr qint64 kToleranceSeconds = 5 * 60;

    WebhookVerifier(Database &db, SecretVault &vault, QByteArray lookupKey);

    // The shops the request's credential may deliver for: the one a valid signature was made for
    // (bodyShopIds: the shops the body names, which say whose secret to try), or every shop a bearer
    // token was issued for (one marketplace account's token serves each of its connected shops).
    // Never a shop the credential was not issued for.
    Result<QList<WebhookSource>> verify(const HttpRequest &request, const QStringList &bodyShopIds,
                                        const QDateTime &now = Clock::nowUtc());
    // Which of `sources` a body naming `bodyShopIds` (first one decides) is for. A body naming none is
    // for the only shop of its credential; one naming a shop outside `sources` is refused (Forbidden),
    // as is one naming none when the credential serves several (Invalid).
    static Result<WebhookSource> pickShop(const QList<WebhookSource> &sources,
                                          const QStringList &bodyShopIds);
    void clearCache()
    {
        m_cache.clear();
        m_recentTokens.clear();
        m_known.reset();
    }
    // Reads of the store so far (integrations, shops, the vault), for tests.
    qint64 storeReads() const { return m_storeReads; }

    // Standard Webhooks signature over "id.timestamp.body" with a "whsec_<base64>" secret.
    static QByteArray sign(const QByteArray &secret, const QByteArray &id, const QByteArray &timestamp,
                           const QByteArray &body);

private:
    struct Candidate
    {
        WebhookSource source;
        QByteArray secret; // the token (bearer) or the whsec_ secret (signature)
        QByteArray digest; // bearer: secretDigest(secret)
    };
    struct CacheEntry
    {
        QList<Candidate> candidates;
        qint64 expiresMs = 0;
    };

    Result<QList<WebhookSource>> verifyBearer(const QByteArray &token);
    Result<WebhookSource> verifySignature(const HttpRequest &request, const QStringList &bodyShopIds,
                                          const QDateTime &now);
    // expiresMs: when the list read (or cached) is read again.
    Result<QList<Candidate>> bearerCandidates(const QString &lookup, qint64 *expiresMs);
    // A token just verified, by digest, until its candidates' cache entry expires.
    void rememberToken(const QByteArray &digest, const QList<WebhookSource> &sources, qint64 expiresMs);
    Result<QList<Candidate>> signatureCandidates(const QString &shopExternalId);
    // The vault's secret under `ref` (none: empty).
    Result<QByteArray> readSecret(const QString &ref);
    // Whether `key` is among the known token lookups (`tokens`) or signing shops (see the top).
    Result<bool> isKnown(const QString &key, bool tokens);

    Database &m_db;
    SecretVault &m_vault;
    QByteArray m_lookupKey;
    QHash<QString, CacheEntry> m_cache;
    // Bearer tokens verified lately: a delivery with one of them costs one SHA-256 of the presented
    // token and constant-time comparisons, not the keyed lookup hash and a database read.
    struct RecentToken
    {
        QByteArray digest;
        QList<WebhookSource> sources;
        qint64 expiresMs = 0;
    };
    static constexpr int kRecentTokens = 16;
    QList<RecentToken> m_recentTokens;
    // Known credentials: read again after a second, or for a key not seen missing, a few times a second.
    static constexpr qint64 kKnownRefreshMs = 1000;
    static constexpr int kRefreshesPerSecond = 8;
    static constexpr qsizetype kMaxMissed = 4096;
    struct Known
    {
        QSet<QString> tokenLookups;
        QSet<QString> signingShops;
        QSet<QString> missed; // keys looked for in this reading and not found ('t' or 's' first)
        QElapsedTimer age;
    };
    std::optional<Known> m_known;
    QElapsedTimer m_refreshWindow; // the second the readings are counted in
    int m_refreshes = 0;
    qint64 m_storeReads = 0;
};

} // namespace bva
