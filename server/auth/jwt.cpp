#include "jwt.h"

#include "secretcompare.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace bva::jwt {

namespace {

// Shares the API's translation context: these reasons reach clients in its error answers.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::Api)
};

} // namespace

static constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

static QByteArray mac(const QByteArray &data, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

QByteArray sign(const QJsonObject &claims, const QByteArray &key)
{
    static const QByteArray header = QByteArray(R"({"alg":"HS256","typ":"JWT"})").toBase64(kB64);
    const QByteArray signingInput = header + '.' + QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kB64);
    return signingInput + '.' + mac(signingInput, key).toBase64(kB64);
}

Result<QJsonObject> verify(const QByteArray &token, const QByteArray &key, const QDateTime &now)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || token.size() > 4096)
        return Error::unauthorized(Text::tr("malformed session token"));
    const auto header = QByteArray::fromBase64Encoding(parts.at(0), kB64);
    const auto payload = QByteArray::fromBase64Encoding(parts.at(1), kB64);
    const auto signature = QByteArray::fromBase64Encoding(parts.at(2), kB64);
    if (!header || !payload || !signature)
        return Error::unauthorized(Text::tr("malformed session token"));
    const QJsonObject h = QJsonDocument::fromJson(*header).object();
    if (h.value(u"alg"_s).toString() != u"HS256"_s)
        return Error::unauthorized(Text::tr("unsupported session token algorithm"));
    const QByteArray expected = mac(parts.at(0) + '.' + parts.at(1), key);
    if (!constantTimeEquals(expected, *signature))
        return Error::unauthorized(Text::tr("invalid session token"));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(*payload, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::unauthorized(Text::tr("malformed session token"));
    const QJsonObject claims = doc.object();
    const qint64 exp = qint64(claims.value(u"exp"_s).toDouble(0));
    if (exp <= now.toSecsSinceEpoch())
        return Error::unauthorized(Text::tr("session expired"));
    return claims;
}

} // namespace bva::jwt
