#include "deliverymask.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace bva {

namespace {

QJsonValue maskValue(const QJsonValue &value);

QJsonObject maskObject(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const bool secret = isSecretKey(it.key()) && !it.value().isNull() && !it.value().isBool();
        out.insert(it.key(), secret ? QJsonValue(QString(kMasked)) : maskValue(it.value()));
    }
    return out;
}

QJsonValue maskValue(const QJsonValue &value)
{
    if (value.isObject())
        return maskObject(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray in = value.toArray();
        for (const QJsonValue &v : in)
            out.append(maskValue(v));
        return out;
    }
    if (value.isString() && looksLikeSecret(value.toString()))
        return QString(kMasked);
    return value;
}

// Not JSON: "key": "value" pairs with a secret key, bearer credentials and long opaque runs.
QString maskText(QString text)
{
    static const QRegularExpression pair(uR"re(("([^"\\]|\\.)*"\s*[:=]\s*)"([^"\\]|\\.)*")re"_s);
    QString out;
    qsizetype from = 0;
    for (auto it = pair.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString key = m.captured(1).section(u'"', 1, 1);
        if (!isSecretKey(key))
            continue;
        out += QStringView(text).mid(from, m.capturedStart(0) - from);
        out += m.captured(1) + u'"' + kMasked + u'"';
        from = m.capturedEnd(0);
    }
    out += QStringView(text).mid(from);
    static const QRegularExpression bearer(uR"re(\b(Bearer|Basic)\s+[^\s"',;}]+)re"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    out.replace(bearer, u"\\1 "_s + kMasked);
    static const QRegularExpression opaque(u"[A-Za-z0-9+/=_\\-.~]{40,}"_s);
    QString result;
    from = 0;
    for (auto it = opaque.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        if (!looksLikeSecret(m.captured(0)))
            continue;
        result += QStringView(out).mid(from, m.capturedStart(0) - from);
        result += kMasked;
        from = m.capturedEnd(0);
    }
    result += QStringView(out).mid(from);
    return result;
}

} // namespace

bool isSecretKey(QStringView key)
{
    QString k;
    for (QChar c : key) {
        if (c.isLetterOrNumber())
            k += c.toLower();
    }
    static const QLatin1StringView parts[] = {
        "token"_L1,         "secret"_L1,    "signature"_L1, "password"_L1,   "passwd"_L1,    "passphrase"_L1,
        "authorization"_L1, "apikey"_L1,    "accesskey"_L1, "privatekey"_L1, "clientkey"_L1, "credential"_L1,
        "cookie"_L1,        "sessionid"_L1, "bearer"_L1,    "hmac"_L1};
    for (QLatin1StringView part : parts) {
        if (k.contains(part))
            return true;
    }
    return k == u"auth"_s || k == u"sig"_s || k == u"key"_s || k == u"pin"_s || k == u"otp"_s;
}

bool looksLikeSecret(QStringView value)
{
    const QStringView v = value.trimmed();
    if (v.startsWith(u"bearer "_s, Qt::CaseInsensitive) || v.startsWith(u"basic "_s, Qt::CaseInsensitive) ||
        v.startsWith(u"whsec_"_s) || v.startsWith(u"v1,"_s) || v.startsWith(u"sk_"_s))
        return true;
    if (v.size() < 40)
        return false;
    bool letter = false, digit = false;
    for (QChar c : v) {
        if (c.isSpace())
            return false;
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
    }
    return letter && digit;
}

QString maskedDeliveryBody(const QByteArray &body, const QList<QByteArray> &knownSecrets, int maxChars)
{
    QString text;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray())) {
        // As received when nothing in it looks secret; else written again (compact) with the masks.
        const QJsonDocument masked = doc.isObject() ? QJsonDocument(maskObject(doc.object()))
                                                    : QJsonDocument(maskValue(doc.array()).toArray());
        text = masked == doc ? QString::fromUtf8(body)
                             : QString::fromUtf8(masked.toJson(QJsonDocument::Compact));
    } else {
        text = maskText(QString::fromUtf8(body));
    }
    for (const QByteArray &secret : knownSecrets) {
        if (secret.size() >= 8)
            text.replace(QString::fromUtf8(secret), kMasked);
    }
    if (text.size() > maxChars) {
        text.truncate(maxChars);
        text += u"\n…"_s;
    }
    return text;
}

} // namespace bva
