// OAuth-style refresh tokens, as real marketplaces hand them out next to short-lived access tokens.
// Each consent or login starts a family; POST /api/auth/refresh trades one refresh token for a new
// access token and a new refresh token of the same family (rotation). A refresh token used twice
// means it leaked (or two clients share it): the whole family is revoked, its access tokens too.
// Only hashes are kept; the state goes with --data so a restart does not log BVA out.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace bva::clone {

class RefreshGrants final
{
public:
    static constexpr qint64 kLifetimeSecs = 30 * 24 * 3600;

    enum class Outcome { Ok, Unknown, Expired, Reused, Revoked };
    struct Redeemed
    {
        Outcome outcome = Outcome::Unknown;
        QString sellerId;
        QString family;
    };

    // The open flavours' refresh tokens live as long as their platform's (default kLifetimeSecs).
    void setLifetimeSecs(qint64 secs) { m_lifetimeSecs = secs; }
    qint64 lifetimeSecs() const { return m_lifetimeSecs; }

    // A new family for the seller; returns its first refresh token.
    QByteArray start(const QString &sellerId, qint64 nowSecs, QString *family);
    // Uses up `token`: Ok with the family to continue, or why not (Reused revokes the family).
    Redeemed redeem(const QByteArray &token, qint64 nowSecs);
    // The next refresh token of a family redeem() accepted.
    QByteArray next(const QString &family, qint64 nowSecs);
    bool isRevoked(const QString &family) const;
    // The seller withdrew the access (marketplace settings): every family of the seller.
    int revokeSeller(const QString &sellerId);

    QJsonObject toJson() const;
    void fromJson(const QJsonObject &json);

private:
    struct Token
    {
        QString family;
        qint64 expiresSecs = 0;
        bool used = false;
    };
    struct Family
    {
        QString sellerId;
        bool revoked = false;
    };
    QByteArray issue(const QString &family, qint64 nowSecs);

    QHash<QByteArray, Token> m_tokens; // by SHA-256 of the token
    QHash<QString, Family> m_families;
    qint64 m_lifetimeSecs = kLifetimeSecs;
};

} // namespace bva::clone
