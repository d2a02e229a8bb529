// The request and push signatures of the real marketplaces' open platforms. Pure functions: the
// secret is only ever a key here, never part of what is returned or logged.
//   Shopee Open Platform v2: lower-case hex HMAC-SHA256 over partner_id + path + timestamp (seconds),
//     plus access_token + shop_id for shop APIs; pushes: HMAC-SHA256 over url + "|" + body.
//   Lazada Open Platform: upper-case hex HMAC-SHA256 over api_path + k1v1k2v2… of the parameters
//     sorted by name (sign itself excluded, empty values skipped); pushes: lower-case hex
//     HMAC-SHA256 over app_key + body.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace bva::signing {

using Params = QList<QPair<QString, QString>>;

QByteArray hmacSha256Hex(const QByteArray &key, const QByteArray &message); // lower case

QByteArray shopeeSign(const QByteArray &partnerKey, const QString &partnerId, const QString &path,
                      qint64 timestampSeconds, const QByteArray &accessToken = {},
                      const QString &shopId = {});
QByteArray shopeePushSignature(const QByteArray &partnerKey, const QByteArray &url, const QByteArray &body);

// What lazadaSign signs: the API path and the sorted parameters (for tests and diagnostics).
QByteArray lazadaSignBase(const QString &apiPath, const Params &params);
QByteArray lazadaSign(const QByteArray &appSecret, const QString &apiPath, const Params &params);
QByteArray lazadaPushSignature(const QByteArray &appSecret, const QString &appKey, const QByteArray &body);

// Constant-time comparison of two hex signatures, case-insensitive.
bool sameSignature(const QByteArray &expected, const QByteArray &given);

} // namespace bva::signing
