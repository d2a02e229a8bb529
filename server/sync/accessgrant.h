// The marketplace access BVA holds for one shop, as kept in the vault: the access token, the refresh
// token that renews it and when it expires. One vault entry holds all three, so a rotation replaces
// the access token and the refresh token together or not at all (a crash between two writes would
// keep a refresh token the marketplace has already used up, and the next renewal would revoke the
// grant). The token the consent handed over stays under Integration::tokenRef: webhooks carrying it
// as their bearer are still recognised after renewals.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace bva {

struct AccessGrant
{
    QByteArray accessToken;
    QByteArray refreshToken; // empty: the marketplace gave none; the token is used until refused
    QDateTime expiresAt;     // invalid: not said
    QDateTime obtainedAt;

    bool renewable() const { return !refreshToken.isEmpty(); }
    // Renew before use: it expires within the margin (a quarter of its lifetime, at most five minutes).
    bool dueForRenewal(const QDateTime &now) const;

    QByteArray toVault() const;
    static std::optional<AccessGrant> fromVault(const QByteArray &bytes);
    // The grant's vault key next to the integration's token ("…/token" -> "…/grant").
    static QString vaultKey(const QString &tokenRef);
};

} // namespace bva
