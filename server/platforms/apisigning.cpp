#include "apisigning.h"

#include <QMessageAuthenticationCode>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace bva::signing {

QByteArray hmacSha256Hex(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toHex();
}

QByteArray shopeeSign(const QByteArray &partnerKey, const QString &partnerId, const QString &path,
                      qint64 timestampSeconds, const QByteArray &accessToken, const QString &shopId)
{
    QByteArray base = partnerId.toUtf8() + path.toUtf8() + QByteArray::number(timestampSeconds);
    if (!accessToken.isEmpty())
        base += accessToken + shopId.toUtf8();
    return hmacSha256Hex(partnerKey, base);
}

QByteArray shopeePushSignature(const QByteArray &partnerKey, const QByteArray &url, const QByteArray &body)
{
    return hmacSha256Hex(partnerKey, url + '|' + body);
}

QByteArray lazadaSignBase(const QString &apiPath, const Params &params)
{
    Params sorted = params;
    // Byte order of the names (the documentation's "ASCII table"); a stable sort keeps repeated names
    // in the order given.
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.first.toUtf8() < b.first.toUtf8(); });
    QByteArray base = apiPath.toUtf8();
    for (const auto &[name, value] : std::as_const(sorted)) {
        if (name == u"sign" || name.isEmpty() || value.isEmpty())
            continue;
        base += name.toUtf8() + value.toUtf8();
    }
    return base;
}

QByteArray lazadaSign(const QByteArray &appSecret, const QString &apiPath, const Params &params)
{
    return hmacSha256Hex(appSecret, lazadaSignBase(apiPath, params)).toUpper();
}

QByteArray lazadaPushSignature(const QByteArray &appSecret, const QString &appKey, const QByteArray &body)
{
    return hmacSha256Hex(appSecret, appKey.toUtf8() + body);
}

bool sameSignature(const QByteArray &expected, const QByteArray &given)
{
    const QByteArray a = expected.toLower();
    const QByteArray b = given.trimmed().toLower();
    if (a.size() != b.size() || a.isEmpty())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace bva::signing
