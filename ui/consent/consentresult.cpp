// Allow-list validation of consent messages. Everything coming from JavaScript is untrusted.
#include "consentresult.h"

#include "util/clock.h"

#include <QJsonValue>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace bva::ui {
namespace {

constexpr qsizetype kMaxText = 256;
constexpr qsizetype kMaxReason = 500;
constexpr qsizetype kMaxToken = 8192;

bool fail(QString *why, const QString &text)
{
    if (why)
        *why = text;
    return false;
}

// An id may be a JSON string or an integral number; either way it comes out as text.
bool readId(const QJsonObject &o, const QString &key, QString *out, QString *why, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (s.isEmpty() || s.size() > kMaxText)
            return fail(why, path + u" must be a non-empty id"_s);
        static const QRegularExpression allowed(u"^[A-Za-z0-9_\\-:.]+$"_s);
        if (!allowed.match(s).hasMatch())
            return fail(why, path + u" has characters an id cannot have"_s);
        *out = s;
        return true;
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d < 0 || d > 9007199254740991.0 || d != static_cast<double>(static_cast<qint64>(d)))
            return fail(why, path + u" must be a whole number"_s);
        *out = QString::number(static_cast<qint64>(d));
        return true;
    }
    return fail(why, path + u" is missing or not an id"_s);
}

bool readText(const QJsonObject &o, const QString &key, QString *out, QString *why, const QString &path,
              qsizetype maxLen, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return fail(why, path + u" is missing"_s);
        out->clear();
        return true;
    }
    if (!v.isString())
        return fail(why, path + u" must be text"_s);
    QString s = v.toString().simplified();
    if (s.size() > maxLen)
        return fail(why, path + u" is too long"_s);
    for (const QChar c : std::as_const(s)) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return fail(why, path + u" contains control characters"_s);
    }
    if (required && s.isEmpty())
        return fail(why, path + u" is empty"_s);
    *out = s;
    return true;
}

bool readObject(const QJsonObject &o, const QString &key, QJsonObject *out, QString *why)
{
    const QJsonValue v = o.value(key);
    if (!v.isObject())
        return fail(why, key + u" must be an object"_s);
    *out = v.toObject();
    return true;
}

bool readToken(const QJsonObject &o, QString *out, QString *why, const QString &key = u"token"_s,
               bool required = true)
{
    const QJsonValue v = o.value(key);
    if (!required && (v.isUndefined() || v.isNull()))
        return true;
    if (!v.isString())
        return fail(why, key + u" must be text"_s);
    const QString s = v.toString();
    if (s.isEmpty() || s.size() > kMaxToken)
        return fail(why, key + u" has an invalid length"_s);
    // Bearer tokens are printable ASCII without spaces (RFC 6750 b64token and JWTs).
    for (const QChar c : s) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return fail(why, key + u" contains characters a bearer token cannot have"_s);
    }
    *out = s;
    return true;
}

// expiresAt (ISO-8601) or expiresIn (seconds from now); both optional.
bool readExpiry(const QJsonObject &o, QDateTime *out, QString *why)
{
    const QJsonValue at = o.value(u"expiresAt"_s);
    if (at.isString()) {
        const QString s = at.toString();
        const QDateTime t = s.size() <= 40 ? QDateTime::fromString(s, Qt::ISODateWithMs) : QDateTime();
        if (!t.isValid())
            return fail(why, u"expiresAt is not an ISO-8601 time"_s);
        *out = t.toUTC();
        return true;
    }
    const QJsonValue in = o.value(u"expiresIn"_s);
    if (in.isUndefined() || in.isNull())
        return true;
    if (!in.isDouble() || in.toDouble() < 0 || in.toDouble() > 10.0 * 365 * 86400)
        return fail(why, u"expiresIn must be a number of seconds"_s);
    *out = Clock::nowUtc().addMSecs(qint64(in.toDouble() * 1000));
    return true;
}

} // namespace

QString ConsentResult::typePrefix(Platform flavour)
{
    switch (flavour) {
    case Platform::Shopee:
        return u"SHOPEE_CLONE"_s;
    case Platform::Lazada:
        return u"LAZADA_CLONE"_s;
    default:
        return {};
    }
}

std::optional<ConsentResult> ConsentResult::fromMessage(Platform flavour, const QJsonObject &message,
                                                        QString *why)
{
    const QString prefix = typePrefix(flavour);
    if (prefix.isEmpty()) {
        fail(why, u"unsupported marketplace"_s);
        return std::nullopt;
    }
    const QJsonValue typeValue = message.value(u"type"_s);
    if (!typeValue.isString()) {
        fail(why, u"type is missing"_s);
        return std::nullopt;
    }
    const QString type = typeValue.toString();
    ConsentResult r;
    r.platform = flavour;

    if (type == prefix + u"_AUTH_SUCCESS"_s) {
        QJsonObject shop, user;
        if (!readObject(message, u"shop"_s, &shop, why) || !readObject(message, u"user"_s, &user, why) ||
            !readId(shop, u"id"_s, &r.shopId, why, u"shop.id"_s) ||
            !readText(shop, u"name"_s, &r.shopName, why, u"shop.name"_s, kMaxText, true) ||
            !readId(user, u"id"_s, &r.userId, why, u"user.id"_s) ||
            !readText(user, u"email"_s, &r.userEmail, why, u"user.email"_s, kMaxText, true) ||
            !readText(user, u"name"_s, &r.userName, why, u"user.name"_s, kMaxText, false) ||
            !readToken(message, &r.token, why) ||
            !readToken(message, &r.refreshToken, why, u"refreshToken"_s, false) ||
            !readExpiry(message, &r.expiresAt, why))
            return std::nullopt;
        if (!r.userEmail.contains(u'@')) {
            fail(why, u"user.email is not an email address"_s);
            return std::nullopt;
        }
        r.kind = Kind::Granted;
        return r;
    }
    if (flavour == Platform::Shopee && type == prefix + u"_AUTH_ERROR"_s) {
        if (!readText(message, u"error"_s, &r.reason, why, u"error"_s, kMaxReason, false))
            return std::nullopt;
        r.kind = Kind::Error;
        return r;
    }
    if (flavour == Platform::Shopee && type == prefix + u"_AUTH_REQUIRED"_s) {
        if (!readText(message, u"message"_s, &r.reason, why, u"message"_s, kMaxReason, false))
            return std::nullopt;
        r.kind = Kind::LoginRequired;
        return r;
    }
    // Lazada's page denies with no other field; some Shopee pages deny with SHOPEE_CLONE_AUTH_DENIED
    // (instead of an _AUTH_ERROR) and may say why in "error" or "message".
    if (type == prefix + u"_AUTH_DENIED"_s) {
        const QString key = message.contains(u"error"_s) ? u"error"_s : u"message"_s;
        if (!readText(message, key, &r.reason, why, key, kMaxReason, false))
            return std::nullopt;
        r.kind = Kind::Denied;
        return r;
    }
    fail(why, u"unknown message type"_s);
    return std::nullopt;
}

} // namespace bva::ui
