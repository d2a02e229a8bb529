#include "jwt.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <cstdlib>
#include <jwt.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace bva::jwt {

namespace {

// Shares the API's translation context: these reasons reach clients in its error answers.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bva::Api)
};

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

// Three base64url parts and nothing else (no NUL that would cut the C string libjwt reads).
bool wellFormed(const QByteArray &token)
{
    if (token.isEmpty() || token.size() > 4096 || token.count('.') != 2)
        return false;
    for (char c : token) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                        c == '-' || c == '_' || c == '.';
        if (!ok)
            return false;
    }
    return true;
}

const unsigned char *keyBytes(const QByteArray &key)
{
    return reinterpret_cast<const unsigned char *>(key.constData());
}

} // namespace

QByteArray sign(const QJsonObject &claims, const QByteArray &key)
{
    jwt_t *raw = nullptr;
    if (jwt_new(&raw) != 0)
        return {};
    JwtPtr token(raw);
    const QByteArray json = QJsonDocument(claims).toJson(QJsonDocument::Compact);
    if (jwt_add_grants_json(token.get(), json.constData()) != 0 ||
        jwt_set_alg(token.get(), JWT_ALG_HS256, keyBytes(key), int(key.size())) != 0)
        return {};
    const CText encoded(jwt_encode_str(token.get()));
    return encoded ? QByteArray(encoded.get()) : QByteArray();
}

Result<QJsonObject> verify(const QByteArray &token, const QByteArray &key, const QDateTime &now)
{
    if (!wellFormed(token) || key.isEmpty())
        return Error::unauthorized(Text::tr("malformed session token"));
    jwt_t *raw = nullptr;
    if (jwt_decode(&raw, token.constData(), keyBytes(key), int(key.size())) != 0 || !raw)
        return Error::unauthorized(Text::tr("invalid session token"));
    const JwtPtr decoded(raw);
    // Pinned: only what BVA signs is accepted ("none", HS512 or RS256 under the same key are not).
    if (jwt_get_alg(decoded.get()) != JWT_ALG_HS256)
        return Error::unauthorized(Text::tr("unsupported session token algorithm"));
    const CText grants(jwt_get_grants_json(decoded.get(), nullptr));
    const QJsonDocument doc = grants ? QJsonDocument::fromJson(QByteArray(grants.get())) : QJsonDocument();
    if (!doc.isObject())
        return Error::unauthorized(Text::tr("malformed session token"));
    const QJsonObject claims = doc.object();
    const qint64 exp = qint64(claims.value(u"exp"_s).toDouble(0));
    if (exp <= now.toSecsSinceEpoch())
        return Error::unauthorized(Text::tr("session expired"));
    return claims;
}

} // namespace bva::jwt
