#include "tokenservice.h"

#include "clock.h"
#include "jwttoken.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace bva::clone {

TokenService::TokenService(CloneStore &store, qint64 ttlSecs)
    : m_store(store)
    , m_ttlSecs(ttlSecs)
{}

QByteArray TokenService::issue(const Seller &seller, qint64 ttlSecs, const QString &family) const
{
    QJsonArray shopIds;
    for (const Shop *shop : m_store.shopsOf(seller))
        shopIds.append(shop->id);
    const qint64 now = Clock::nowSecs();
    const qint64 iat = ttlSecs <= 0 ? now + ttlSecs - 3600 : now;
    QJsonObject claims{
        {u"sub"_s, seller.id},      {u"userId"_s, seller.id},
        {u"email"_s, seller.email}, {u"role"_s, u"SELLER"_s},
        {u"shopIds"_s, shopIds},    {u"iss"_s, QString(u"bva-clone-"_s + flavorName(m_store.flavor()))},
        {u"iat"_s, double(iat)},    {u"exp"_s, double(ttlSecs <= 0 ? now + ttlSecs - 1 : now + ttlSecs)}};
    if (!family.isEmpty()) {
        claims.insert(u"fam"_s, family);
        // Two refreshes within a second must not hand out the same token.
        claims.insert(u"jti"_s, QString::number(QRandomGenerator::system()->generate64(), 36));
    }
    return Jwt::sign(claims, m_store.jwtSecret());
}

QByteArray TokenService::stableToken(const Seller &seller)
{
    const QByteArray current = m_store.sellerToken(seller.id);
    // Renewed only when less than a day is left, so BVA's stored token keeps matching.
    if (!current.isEmpty() &&
        Jwt::verify(current, m_store.jwtSecret(), Clock::nowSecs() + std::min<qint64>(86400, m_ttlSecs / 2)))
        return current;
    const QByteArray fresh = issue(seller, m_ttlSecs);
    m_store.setSellerToken(seller.id, fresh);
    m_store.markChanged();
    return fresh;
}

QByteArray TokenService::webhookToken(const Seller &seller)
{
    const QByteArray current = m_store.sellerToken(seller.id);
    return current.isEmpty() ? stableToken(seller) : current;
}

TokenService::Grant TokenService::grant(const Seller &seller)
{
    Grant g;
    g.accessToken = stableToken(seller);
    const qint64 now = Clock::nowSecs();
    g.expiresAtSecs = now;
    if (const auto claims = Jwt::verify(g.accessToken, m_store.jwtSecret(), now))
        g.expiresAtSecs = qint64(claims->value(u"exp"_s).toDouble());
    QString family;
    g.refreshToken = m_store.refreshGrants().start(seller.id, now, &family);
    m_store.markChanged();
    return g;
}

std::optional<TokenService::Grant> TokenService::refresh(const QByteArray &refreshToken,
                                                         RefreshFailure *failure)
{
    const qint64 now = Clock::nowSecs();
    RefreshGrants &grants = m_store.refreshGrants();
    const RefreshGrants::Redeemed r = grants.redeem(refreshToken, now);
    m_store.markChanged();
    switch (r.outcome) {
    case RefreshGrants::Outcome::Ok:
        break;
    case RefreshGrants::Outcome::Unknown:
        *failure = RefreshFailure::Unknown;
        return std::nullopt;
    case RefreshGrants::Outcome::Expired:
        *failure = RefreshFailure::Expired;
        return std::nullopt;
    case RefreshGrants::Outcome::Reused:
        *failure = RefreshFailure::Reused;
        return std::nullopt;
    case RefreshGrants::Outcome::Revoked:
        *failure = RefreshFailure::Revoked;
        return std::nullopt;
    }
    const Seller *seller = m_store.sellerById(r.sellerId);
    if (!seller) {
        *failure = RefreshFailure::UnknownSeller;
        return std::nullopt;
    }
    *failure = RefreshFailure::None;
    ++m_refreshes;
    Grant g;
    g.accessToken = issue(*seller, m_ttlSecs, r.family);
    g.refreshToken = grants.next(r.family, now);
    g.expiresAtSecs = now + m_ttlSecs;
    return g;
}

int TokenService::revokeSeller(const Seller &seller)
{
    const int count = m_store.refreshGrants().revokeSeller(seller.id);
    m_store.markChanged();
    return count;
}

const Seller *TokenService::authenticate(const QByteArray &header, Failure *failure) const
{
    const QByteArray h = header.trimmed();
    if (!h.toLower().startsWith("bearer ")) {
        *failure = Failure::Missing;
        return nullptr;
    }
    Jwt::Error error = Jwt::Error::None;
    const auto claims = Jwt::verify(h.mid(7).trimmed(), m_store.jwtSecret(), Clock::nowSecs(), &error);
    if (!claims) {
        *failure = error == Jwt::Error::Expired ? Failure::Expired : Failure::Invalid;
        return nullptr;
    }
    if (const QString family = claims->value(u"fam"_s).toString();
        !family.isEmpty() && m_store.refreshGrants().isRevoked(family)) {
        *failure = Failure::Revoked;
        return nullptr;
    }
    const Seller *seller = m_store.sellerById(claims->value(u"sub"_s).toString());
    *failure = seller ? Failure::None : Failure::UnknownSeller;
    return seller;
}

QString TokenService::failureText(Failure f)
{
    switch (f) {
    case Failure::None:
        return {};
    case Failure::Missing:
        return QCoreApplication::translate("bva::clone::TokenService", "No token provided");
    case Failure::Invalid:
        return QCoreApplication::translate("bva::clone::TokenService", "Invalid token");
    case Failure::Expired:
        return QCoreApplication::translate("bva::clone::TokenService", "Token expired");
    case Failure::Revoked:
        return QCoreApplication::translate("bva::clone::TokenService", "Token revoked");
    case Failure::UnknownSeller:
        return QCoreApplication::translate("bva::clone::TokenService", "User not found");
    }
    return {};
}

QString TokenService::failureReason(Failure f)
{
    switch (f) {
    case Failure::None:
        return {};
    case Failure::Missing:
        return u"token_missing"_s;
    case Failure::Invalid:
        return u"token_invalid"_s;
    case Failure::Expired:
        return u"token_expired"_s;
    case Failure::Revoked:
        return u"token_revoked"_s;
    case Failure::UnknownSeller:
        return u"user_not_found"_s;
    }
    return {};
}

QString TokenService::refreshFailureText(RefreshFailure f)
{
    switch (f) {
    case RefreshFailure::None:
        return {};
    case RefreshFailure::Unknown:
        return QCoreApplication::translate("bva::clone::TokenService", "Invalid refresh token");
    case RefreshFailure::Expired:
        return QCoreApplication::translate("bva::clone::TokenService", "Refresh token expired");
    case RefreshFailure::Reused:
        return QCoreApplication::translate("bva::clone::TokenService",
                                           "Refresh token already used; the grant has been revoked");
    case RefreshFailure::Revoked:
        return QCoreApplication::translate("bva::clone::TokenService", "Refresh token revoked");
    case RefreshFailure::UnknownSeller:
        return QCoreApplication::translate("bva::clone::TokenService", "User not found");
    }
    return {};
}

QString TokenService::refreshFailureReason(RefreshFailure f)
{
    switch (f) {
    case RefreshFailure::None:
        return {};
    case RefreshFailure::Unknown:
        return u"refresh_token_invalid"_s;
    case RefreshFailure::Expired:
        return u"refresh_token_expired"_s;
    case RefreshFailure::Reused:
        return u"refresh_token_reused"_s;
    case RefreshFailure::Revoked:
        return u"refresh_token_revoked"_s;
    case RefreshFailure::UnknownSeller:
        return u"user_not_found"_s;
    }
    return {};
}

} // namespace bva::clone
