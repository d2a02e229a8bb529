// What a marketplace consent page told BVA, after field-by-field validation of its postMessage.
#pragma once

#include "domain/platform.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace bva::ui {

struct ConsentResult
{
    enum class Kind { Granted, Denied, Error, LoginRequired };
    Kind kind = Kind::Error;
    Platform platform = Platform::Other;
    QString shopId; // the marketplace's own shop id
    QString shopName;
    QString userId;
    QString userEmail;
    QString userName;
    QString token;        // the seller's bearer token: never logged, never shown
    QString refreshToken; // renews the token (optional; a secret like it)
    QDateTime expiresAt;  // when the token expires (optional: expiresAt, or expiresIn seconds from now)
    QString reason;       // ERROR / REQUIRED text from the page (plain text, bounded)

    // Validates `message` against the allow-list of its flavour (CONTRACT.md section 1). Unknown
    // types, missing or mistyped fields, oversized strings: nullopt and *why says which field.
    static std::optional<ConsentResult> fromMessage(Platform flavour, const QJsonObject &message,
                                                    QString *why = nullptr);
    // The message type prefix of a flavour: "SHOPEE_CLONE" / "LAZADA_CLONE" (empty if unknown).
    static QString typePrefix(Platform flavour);
};

} // namespace bva::ui
