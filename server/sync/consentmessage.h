// Turns the consent page's postMessage (CONTRACT.md section 1), already origin-checked by the
// consent window, into a ConnectRequest, or into the user-facing reason there is none.
#pragma once

#include "sync/integrationservice.h"

#include <QJsonObject>

namespace bva {

// *_AUTH_SUCCESS -> the request (platform from the type's prefix, shop.id, shop.name, token, and when
// the marketplace gives them refreshToken and expiresAt or expiresIn).
// *_AUTH_ERROR / *_AUTH_DENIED / *_AUTH_REQUIRED and malformed messages -> an Error to show.
// `siteUrl` is the consent page's origin (the window knows it; the message does not carry it).
Result<ConnectRequest> connectRequestFromConsent(const QJsonObject &message, const QString &siteUrl,
                                                 qint64 userId);

} // namespace bva
