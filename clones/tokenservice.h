// Seller bearer tokens (JWT HS256). Each seller keeps one stable token while it is valid, so the
// token BVA received at consent also signs the server-side webhooks and later logins.
#pragma once

#include "clonestore.h"

#include <QHash>

namespace bva::clone {

class TokenService final
{
public:
    TokenService(CloneStore &store, qint64 ttlSecs);

    QByteArray stableToken(const Seller &seller);
    // ttlSecs <= 0 gives a token that is already expired.
    QByteArray issue(const Seller &seller, qint64 ttlSecs) const;

    enum class Failure { None, Missing, Invalid, Expired, UnknownSeller };
    const Seller *authenticate(const QByteArray &authorizationHeader, Failure *failure) const;
    static QString failureText(Failure f);

private:
    CloneStore &m_store;
    qint64 m_ttlSecs;
};

} // namespace bva::clone
