#include "jwt.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace bva::clone {

static constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray Jwt::sign(const QJsonObject &claims, const QByteArray &secret)
{
    const QByteArray header = QByteArray(R"({"alg":"HS256","typ":"JWT"})").toBase64(kB64);
    const QByteArray payload = QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kB64);
    const QByteArray input = header + '.' + payload;
    const QByteArray sig = QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256);
    return input + '.' + sig.toBase64(kB64);
}

std::optional<QJsonObject> Jwt::verify(const QByteArray &token, const QByteArray &secret,
                                       qint64 nowSecs, Error *error)
{
    auto fail = [error](Error e) {
        if (error)
            *error = e;
        return std::nullopt;
    };
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return fail(Error::Malformed);
    const auto header = QJsonDocument::fromJson(QByteArray::fromBase64(parts[0], kB64)).object();
    if (header.value(u"alg"_s).toString() != u"HS256")
        return fail(Error::Malformed);
    const QByteArray expected = QMessageAuthenticationCode::hash(parts[0] + '.' + parts[1], secret,
                                                                 QCryptographicHash::Sha256)
                                    .toBase64(kB64);
    if (expected.size() != parts[2].size())
        return fail(Error::BadSignature);
    int diff = 0; // constant time: a simulator, but it should not teach bad habits
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= expected[i] ^ parts[2][i];
    if (diff != 0)
        return fail(Error::BadSignature);
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], kB64));
    if (!doc.isObject())
        return fail(Error::Malformed);
    const QJsonObject claims = doc.object();
    if (qint64(claims.value(u"exp"_s).toDouble()) <= nowSecs)
        return fail(Error::Expired);
    if (error)
        *error = Error::None;
    return claims;
}

} // namespace bva::clone
