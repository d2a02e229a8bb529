// Minimal JWT HS256 (RFC 7519) for BVA sessions: sign claims, verify signature and expiry.
#pragma once

#include "util/result.h"
#include "util/clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

namespace bva::jwt {

QByteArray sign(const QJsonObject &claims, const QByteArray &key);
// The claims when the signature matches and "exp" (seconds) is in the future at `now`.
Result<QJsonObject> verify(const QByteArray &token, const QByteArray &key,
                           const QDateTime &now = Clock::nowUtc());

} // namespace bva::jwt
