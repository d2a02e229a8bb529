#include "opensigning.h"

#include <QMessageAuthenticationCode>
#include <algorithm>

namespace bva::clone::OpenSigning {

QByteArray hmacHex(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toHex();
}

QByteArray shopeeSign(const QByteArray &partnerKey, qint64 partnerId, const QString &path, qint64 timestamp,
                      const QByteArray &accessToken, qint64 shopId)
{
    QByteArray base = QByteArray::number(partnerId) + path.toUtf8() + QByteArray::number(timestamp);
    if (!accessToken.isEmpty())
        base += accessToken + QByteArray::number(shopId);
    return hmacHex(partnerKey, base);
}

QByteArray shopeePushAuthorization(const QByteArray &partnerKey, const QByteArray &url,
                                   const QByteArray &body)
{
    return hmacHex(partnerKey, url + '|' + body);
}

QByteArray lazadaSign(const QByteArray &appSecret, const QString &apiPath,
                      QList<QPair<QString, QString>> params)
{
    // Sorted by the parameter name's bytes, as the documentation's Java sample (Arrays.sort) does.
    std::sort(params.begin(), params.end(),
              [](const auto &a, const auto &b) { return a.first.toUtf8() < b.first.toUtf8(); });
    QByteArray base = apiPath.toUtf8();
    for (const auto &[key, value] : std::as_const(params)) {
        if (key == u"sign" || key.isEmpty() || value.isEmpty())
            continue;
        base += key.toUtf8() + value.toUtf8();
    }
    return hmacHex(appSecret, base).toUpper();
}

QByteArray lazadaPushAuthorization(const QByteArray &appKey, const QByteArray &appSecret,
                                   const QByteArray &body)
{
    return hmacHex(appSecret, appKey + body);
}

bool sameSignature(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace bva::clone::OpenSigning
