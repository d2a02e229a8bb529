// The real platforms' signatures (docs/adding-a-marketplace.md, "The real platforms as the simulator
// plays them"): Shopee Open Platform v2 request signs and push Authorization, Lazada Open Platform
// request signs and push Authorization.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace bva::clone::OpenSigning {

// Lower-case hex HMAC-SHA256.
QByteArray hmacHex(const QByteArray &key, const QByteArray &message);

// partner_id + path + timestamp [+ access_token + shop_id], lower-case hex.
QByteArray shopeeSign(const QByteArray &partnerKey, qint64 partnerId, const QString &path, qint64 timestamp,
                      const QByteArray &accessToken = {}, qint64 shopId = 0);
// hex(HMAC-SHA256(partner_key, url + "|" + body)).
QByteArray shopeePushAuthorization(const QByteArray &partnerKey, const QByteArray &url,
                                   const QByteArray &body);

// api_path + k1 v1 k2 v2 … (sorted by name, `sign` left out), upper-case hex.
QByteArray lazadaSign(const QByteArray &appSecret, const QString &apiPath,
                      QList<QPair<QString, QString>> params);
// hex(HMAC-SHA256(app_secret, app_key + body)).
QByteArray lazadaPushAuthorization(const QByteArray &appKey, const QByteArray &appSecret,
                                   const QByteArray &body);

// Constant-time comparison of two signatures.
bool sameSignature(const QByteArray &a, const QByteArray &b);

} // namespace bva::clone::OpenSigning
