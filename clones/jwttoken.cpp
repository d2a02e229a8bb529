#include "jwttoken.h"

#include <QJsonDocument>
#include <cstdlib>
#include <jwt.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace bva::clone {

namespace {

struct JwtFree
{
    void operator()(jwt_t *token) const { jwt_free(token); }
};
using JwtPtr = std::unique_ptr<jwt_t, JwtFree>;

struct CFree
{
    void operator()(char *text) const { std::free(text); }
};
using CText = std::unique_ptr<char, CFree>;

bool wellFormed(const QByteArray &token)
{
    if (token.isEmpty() || token.size() > 8192 || token.count('.') != 2)
        return false;
    for (char c : token) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
              c == '_' || c == '.'))
            return false;
    }
    return true;
}

const unsigned char *bytes(const QByteArray &secret)
{
    return reinterpret_cast<const unsigned char *>(secret.constData());
}

} // namespace

QByteArray Jwt::sign(const QJsonObject &claims, const QByteArray &secret)
{
    jwt_t *raw = nullptr;
    if (jwt_new(&raw) != 0)
        return {};
    JwtPtr token(raw);
    const QByteArray json = QJsonDocument(claims).toJson(QJsonDocument::Compact);
    if (jwt_add_grants_json(token.get(), json.constData()) != 0 ||
        jwt_set_alg(token.get(), JWT_ALG_HS256, bytes(secret), int(secret.size())) != 0)
        return {};
    const CText encoded(jwt_encode_str(token.get()));
    return encoded ? QByteArray(encoded.get()) : QByteArray();
}

std::optional<QJsonObject> Jwt::verify(const QByteArray &token, const QByteArray &secret, qint64 nowSecs,
                                       Error *error)
{
    auto fail = [error](Error e) {
        if (error)
            *error = e;
        return std::nullopt;
    };
    if (!wellFormed(token) || secret.isEmpty())
        return fail(Error::Malformed);
    jwt_t *raw = nullptr;
    if (jwt_decode(&raw, token.constData(), bytes(secret), int(secret.size())) != 0 || !raw)
        return fail(Error::BadSignature);
    const JwtPtr decoded(raw);
    if (jwt_get_alg(decoded.get()) != JWT_ALG_HS256) // pinned: "none" or another HMAC is not ours
        return fail(Error::BadSignature);
    const CText grants(jwt_get_grants_json(decoded.get(), nullptr));
    const QJsonDocument doc = grants ? QJsonDocument::fromJson(QByteArray(grants.get())) : QJsonDocument();
    if (!doc.isObject())
        return fail(Error::Malformed);
    const QJsonObject claims = doc.object();
    if (qint64(claims.value(u"exp"_s).toDouble(0)) <= nowSecs)
        return fail(Error::Expired);
    if (error)
        *error = Error::None;
    return claims;
}

} // namespace bva::clone
