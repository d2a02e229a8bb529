#include "webhookverifier.h"

#include "auth/secretcompare.h"
#include "auth/secretvault.h"
#include "auth/vaultkeys.h"
#include "http/httprequest.h"
#include "platforms/payloadreader.h"
#include "store/integrationrepository.h"
#include "store/shoprepository.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

constexpr qint64 kCacheMs = 5000;

// The context lupdate and QCoreApplication::translate share for this file's strings.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::Webhooks)
};

QByteArray secretKeyBytes(const QByteArray &secret)
{
    if (secret.startsWith("whsec_"))
        return QByteArray::fromBase64(secret.mid(6));
    return secret;
}

} // namespace

WebhookVerifier::WebhookVerifier(Database &db, SecretVault &vault, QByteArray lookupKey)
    : m_db(db)
    , m_vault(vault)
    , m_lookupKey(std::move(lookupKey))
{}

QByteArray WebhookVerifier::sign(const QByteArray &secret, const QByteArray &id, const QByteArray &timestamp,
                                 const QByteArray &body)
{
    const QByteArray content = id + '.' + timestamp + '.' + body;
    return "v1," +
           QMessageAuthenticationCode::hash(content, secretKeyBytes(secret), QCryptographicHash::Sha256)
               .toBase64();
}

Result<QList<WebhookSource>> WebhookVerifier::verify(const HttpRequest &request,
                                                     const QStringList &bodyShopIds, const QDateTime &now)
{
    // A signature decides alone: a delivery that carries one is judged by it, whatever token comes with it.
    if (!request.header("webhook-signature").isEmpty()) {
        auto source = verifySignature(request, bodyShopIds, now);
        if (!source)
            return source.error();
        return QList<WebhookSource>{*source};
    }
    const QByteArray authorization = request.header("authorization");
    if (!authorization.isEmpty()) {
        const QByteArray token = request.bearerToken();
        if (token.isEmpty())
            return Error::unauthorized(Text::tr("Authorization: expected a Bearer token"));
        return verifyBearer(token);
    }
    return Error::unauthorized(
        Text::tr("Authorization: missing (Bearer token or webhook signature required)"));
}

Result<WebhookSource> WebhookVerifier::pickShop(const QList<WebhookSource> &sources,
                                                const QStringList &bodyShopIds)
{
    if (sources.isEmpty())
        return Error::unauthorized(Text::tr("Authorization: unknown or revoked token"));
    if (bodyShopIds.isEmpty()) {
        if (sources.size() == 1)
            return sources.constFirst();
        return Error::invalid(
            Text::tr("shopId: required, this credential serves %n shops", nullptr, int(sources.size())));
    }
    const QString &named = bodyShopIds.constFirst();
    for (const WebhookSource &s : sources) {
        if (s.shopExternalId == named)
            return s;
    }
    return Error::forbidden(
        Text::tr("shopId: %1 is not the shop of this credential").arg(named.left(payload::kMaxIdChars)));
}

Result<QList<WebhookVerifier::Candidate>> WebhookVerifier::bearerCandidates(const QString &lookup,
                                                                            qint64 *expiresMs)
{
    const qint64 nowMs = Clock::nowMs();
    const QString cacheKey = u"t:"_s + lookup;
    if (auto it = m_cache.constFind(cacheKey); it != m_cache.cend() && it->expiresMs > nowMs) {
        *expiresMs = it->expiresMs;
        return it->candidates;
    }
    ++m_storeReads;
    auto integrations = IntegrationRepository(m_db).findByTokenLookup(lookup);
    if (!integrations)
        return integrations.error();
    QList<Candidate> list;
    for (const Integration &i : std::as_const(*integrations)) {
        if (i.state == IntegrationState::Disconnected || i.tokenRef.isEmpty())
            continue;
        auto token = m_vault.read(i.tokenRef);
        if (!token)
            return token.error();
        if (!token->has_value())
            continue;
        auto shop = ShopRepository(m_db).findById(i.shopId);
        if (!shop)
            return shop.error();
        if (!shop->has_value())
            continue;
        auto signingSecret = readSecret(i.webhookSecretRef);
        if (!signingSecret)
            return signingSecret.error();
        Candidate c;
        c.source = {i.id,       i.shopId,          (*shop)->externalId,
                    i.platform, (*shop)->currency, u"token:"_s + QString::number(i.id),
                    {},         i.webhookSigning,  {**token, *signingSecret},
                    lookup};
        c.secret = **token;
        c.digest = secretDigest(c.secret);
        list.append(c);
    }
    if (m_cache.size() > 1000)
        m_cache.clear();
    *expiresMs = nowMs + kCacheMs;
    m_cache.insert(cacheKey, {list, *expiresMs});
    return list;
}

void WebhookVerifier::rememberToken(const QByteArray &digest, const QList<WebhookSource> &sources,
                                    qint64 expiresMs)
{
    const qint64 nowMs = Clock::nowMs();
    m_recentTokens.removeIf([nowMs](const RecentToken &r) { return r.expiresMs <= nowMs; });
    if (m_recentTokens.size() >= kRecentTokens) {
        qsizetype oldest = 0;
        for (qsizetype i = 1; i < m_recentTokens.size(); ++i) {
            if (m_recentTokens.at(i).expiresMs < m_recentTokens.at(oldest).expiresMs)
                oldest = i;
        }
        m_recentTokens.removeAt(oldest);
    }
    m_recentTokens.append({digest, sources, expiresMs});
}

Result<QList<WebhookSource>> WebhookVerifier::verifyBearer(const QByteArray &token)
{
    // One digest of the presented token, compared in constant time with those of the tokens verified
    // lately, then (not one of them) with those of the candidates its keyed lookup hash finds.
    const QByteArray digest = secretDigest(token);
    const qint64 nowMs = Clock::nowMs();
    const RecentToken *recent = nullptr;
    for (const RecentToken &r : std::as_const(m_recentTokens)) {
        if (digestEquals(r.digest, digest) && r.expiresMs > nowMs)
            recent = &r;
    }
    if (recent)
        return recent->sources;
    const QString lookup = tokenLookupKey(m_lookupKey, token);
    auto known = isKnown(lookup, true);
    if (!known)
        return known.error();
    if (!*known)
        return Error::unauthorized(Text::tr("Authorization: unknown or revoked token"));
    qint64 expiresMs = 0;
    auto candidates = bearerCandidates(lookup, &expiresMs);
    if (!candidates)
        return candidates.error();
    QList<WebhookSource> sources;
    for (const Candidate &c : std::as_const(*candidates)) {
        if (digestEquals(c.digest, digest))
            sources.append(c.source);
    }
    if (sources.isEmpty())
        return Error::unauthorized(Text::tr("Authorization: unknown or revoked token"));
    rememberToken(digest, sources, expiresMs);
    return sources;
}

Result<QList<WebhookVerifier::Candidate>> WebhookVerifier::signatureCandidates(const QString &shopExternalId)
{
    const qint64 nowMs = Clock::nowMs();
    const QString cacheKey = u"s:"_s + shopExternalId;
    if (auto it = m_cache.constFind(cacheKey); it != m_cache.cend() && it->expiresMs > nowMs)
        return it->candidates;
    ++m_storeReads;
    QList<Candidate> list;
    ShopRepository shops(m_db);
    IntegrationRepository integrations(m_db);
    for (Platform p : {Platform::Shopee, Platform::Lazada, Platform::TikTok, Platform::Other}) {
        auto shop = shops.findByExternal(p, shopExternalId);
        if (!shop)
            return shop.error();
        if (!shop->has_value())
            continue;
        auto integration = integrations.findByShop((*shop)->id);
        if (!integration)
            return integration.error();
        if (!integration->has_value())
            continue;
        const Integration &i = **integration;
        if (i.state == IntegrationState::Disconnected || i.webhookSecretRef.isEmpty())
            continue;
        auto secret = m_vault.read(i.webhookSecretRef);
        if (!secret)
            return secret.error();
        if (!secret->has_value())
            continue;
        auto token = readSecret(i.tokenRef);
        if (!token)
            return token.error();
        Candidate c;
        c.source = {i.id,       i.shopId,          (*shop)->externalId,
                    i.platform, (*shop)->currency, u"signature:"_s + QString::number(i.id),
                    {},         i.webhookSigning,  {*token, **secret}};
        c.secret = **secret;
        list.append(c);
    }
    if (m_cache.size() > 1000)
        m_cache.clear();
    m_cache.insert(cacheKey, {list, nowMs + kCacheMs});
    return list;
}

Result<bool> WebhookVerifier::isKnown(const QString &key, bool tokens)
{
    auto contains = [&] {
        return tokens ? m_known->tokenLookups.contains(key) : m_known->signingShops.contains(key);
    };
    if (m_known && contains())
        return true;
    // Not among those last read: read again (linked since, perhaps by another process on the same store)
    // when that reading is a second old, or for a key not missed in it while readings are few this second.
    // A stranger's wrong credentials, new or repeated, cost no more than kRefreshesPerSecond readings.
    const bool stale = !m_known || m_known->age.elapsed() >= kKnownRefreshMs;
    if (m_refreshWindow.isValid() && m_refreshWindow.elapsed() >= 1000)
        m_refreshWindow.invalidate();
    if (!stale) {
        const QString missedKey = QChar(tokens ? u't' : u's') + key;
        if (m_known->missed.contains(missedKey) || m_refreshes >= kRefreshesPerSecond) {
            if (m_known->missed.size() < kMaxMissed)
                m_known->missed.insert(missedKey);
            return false;
        }
    }
    if (!m_refreshWindow.isValid()) {
        m_refreshWindow.start();
        m_refreshes = 0;
    }
    ++m_refreshes;
    ++m_storeReads;
    auto read = IntegrationRepository(m_db).webhookCredentials();
    if (!read)
        return read.error();
    m_known.emplace();
    m_known->tokenLookups = std::move(read->tokenLookups);
    m_known->signingShops = std::move(read->signingShops);
    m_known->age.start();
    if (contains())
        return true;
    m_known->missed.insert(QChar(tokens ? u't' : u's') + key);
    return false;
}

Result<QByteArray> WebhookVerifier::readSecret(const QString &ref)
{
    if (ref.isEmpty())
        return QByteArray();
    auto secret = m_vault.read(ref);
    if (!secret)
        return secret.error();
    return secret->value_or(QByteArray());
}

Result<WebhookSource> WebhookVerifier::verifySignature(const HttpRequest &request,
                                                       const QStringList &bodyShopIds, const QDateTime &now)
{
    const QByteArray id = request.header("webhook-id");
    const QByteArray timestamp = request.header("webhook-timestamp");
    const QByteArray signatures = request.header("webhook-signature");
    if (id.isEmpty() || timestamp.isEmpty())
        return Error::unauthorized(
            Text::tr("webhook-id and webhook-timestamp are required with webhook-signature"));
    bool ok = false;
    const qint64 ts = timestamp.toLongLong(&ok);
    if (!ok || qAbs(now.toSecsSinceEpoch() - ts) > kToleranceSeconds)
        return Error::unauthorized(Text::tr("webhook-timestamp: missing or more than 5 minutes off"));
    if (bodyShopIds.isEmpty())
        return Error::unauthorized(Text::tr("signed webhook names no shopId"));
    auto known = isKnown(bodyShopIds.constFirst(), false);
    if (!known)
        return known.error();
    if (!*known)
        return Error::unauthorized(Text::tr("webhook-signature: invalid"));
    auto candidates = signatureCandidates(bodyShopIds.constFirst());
    if (!candidates)
        return candidates.error();
    const QList<QByteArray> offered = signatures.split(' ');
    for (const Candidate &c : std::as_const(*candidates)) {
        const QByteArray expected = sign(c.secret, id, timestamp, request.body);
        for (const QByteArray &s : offered) {
            if (constantTimeEquals(s.trimmed(), expected)) {
                WebhookSource source = c.source;
                source.webhookId = id;
                return source;
            }
        }
    }
    return Error::unauthorized(Text::tr("webhook-signature: invalid"));
}

} // namespace bva
