// Seller bearer tokens (JWT HS256) and the refresh tokens that renew them. Each seller keeps one
// stable token while it is valid: consent and login hand it over, and server-side webhooks carry it
// (as it was handed over, expired or not: a webhook's bearer is a credential BVA compares, not an API
// call), so the token BVA received at consent keeps matching its webhooks. API calls need a token
// that has not expired: BVA renews it with the refresh token (POST /api/auth/refresh), which hands
// out a fresh access token of the grant's family each time.
#pragma once

#include "clonestore.h"

#include <QHash>
#include <optional>

namespace bva::clone {

class TokenService final
{
public:
    TokenService(CloneStore &store, qint64 ttlSecs);

    // The seller's stable token, renewed when less than min(a day, half its lifetime) is left.
    QByteArray stableToken(const Seller &seller);
    // The stable token as last handed out, never renewed (webhooks carry it).
    QByteArray webhookToken(const Seller &seller);
    // ttlSecs <= 0 gives a token that is already expired. `family`: the refresh grant it belongs to
    // (its revocation ends the token too).
    QByteArray issue(const Seller &seller, qint64 ttlSecs, const QString &family = {}) const;
    qint64 ttlSecs() const { return m_ttlSecs; }

    struct Grant
    {
        QByteArray accessToken;
        QByteArray refreshToken;
        qint64 expiresAtSecs = 0;
    };
    // Consent and login: the stable token plus the first refresh token of a new family.
    Grant grant(const Seller &seller);
    enum class RefreshFailure { None, Unknown, Expired, Reused, Revoked, UnknownSeller };
    // Rotation: the refresh token is used up; a reused one revokes its family.
    std::optional<Grant> refresh(const QByteArray &refreshToken, RefreshFailure *failure);
    static QString refreshFailureText(RefreshFailure f);
    int refreshCount() const { return m_refreshes; } // renewals granted since start (GET /__admin/state)
    static QString refreshFailureReason(RefreshFailure f); // "refresh_token_reused", ...
    // Every grant of the seller revoked (as when the seller removes the app on the marketplace).
    int revokeSeller(const Seller &seller);

    enum class Failure { None, Missing, Invalid, Expired, Revoked, UnknownSeller };
    const Seller *authenticate(const QByteArray &authorizationHeader, Failure *failure) const;
    static QString failureText(Failure f);
    static QString failureReason(Failure f); // "token_expired", ...

private:
    CloneStore &m_store;
    qint64 m_ttlSecs;
    int m_refreshes = 0;
};

} // namespace bva::clone
