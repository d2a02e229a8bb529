// BVA session tokens: JWT (RFC 7519) signed HS256 through libjwt, the algorithm pinned on verify.
#pragma once

#include "util/clock.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

namespace bva::jwt {

QByteArray sign(const QJsonObject &claims, const QByteArray &key);
// The claims when the signature matches and "exp" (seconds) is in the future at `now`.
Result<QJsonObject> verify(const QByteArray &token, const QByteArray &key,
                           const QDateTime &now = Clock::nowUtc());

} // namespace bva::jwt
