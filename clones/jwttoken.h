// HS256 JSON Web Tokens, the kind of bearer token the public clones hand out.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace bva::clone {

class Jwt final
{
public:
    static QByteArray sign(const QJsonObject &claims, const QByteArray &secret);

    enum class Error { None, Malformed, BadSignature, Expired };
    // Returns the claims when the signature is good and "exp" (seconds) is in the future.
    static std::optional<QJsonObject> verify(const QByteArray &token, const QByteArray &secret,
                                             qint64 nowSecs, Error *error = nullptr);
};

} // namespace bva::clone
