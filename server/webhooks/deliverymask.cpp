#include "deliverymask.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <string_view>

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

// The text a JSON reader makes of `body`'s strings, applied to the whole body whether or not it is JSON:
// backslash escapes decoded (\uXXXX, surrogate pairs, \/ and the others), everything else as it is.
QString unescaped(const QByteArray &body)
{
    const QString in = QString::fromUtf8(body);
    QString out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QChar c = in.at(i);
        if (c != u'\\' || i + 1 >= in.size()) {
            out += c;
            continue;
        }
        const QChar n = in.at(i + 1);
        if (n == u'u' && i + 5 < in.size()) {
            bool ok = false;
            const ushort code = QStringView(in).mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out += QChar(code);
                i += 5;
                continue;
            }
        }
        static constexpr QStringView kFrom = u"\"/bfnrt";
        static constexpr QStringView kTo = u"\"/\b\f\n\r\t";
        if (const qsizetype k = kFrom.indexOf(n); k >= 0 && n != u'u') {
            out += kTo.at(k);
            ++i;
            continue;
        }
        if (n == u'\\') {
            out += n;
            ++i;
            continue;
        }
        out += c;
    }
    return out;
}

QList<QString> secretSpellings(const QList<QByteArray> &secrets)
{
    QList<QString> out;
    for (const QByteArray &secret : secrets) {
        for (const QByteArray &s : {secret, secret.startsWith("whsec_") ? secret.mid(6) : QByteArray()}) {
            const QString text = QString::fromUtf8(s);
            if (s.size() >= 8 && !out.contains(text))
                out.append(text);
        }
    }
    // Longest first, so that a secret containing another is masked whole.
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return out;
}

bool containsAny(const QString &text, const QList<QString> &secrets)
{
    for (const QString &s : secrets) {
        if (text.contains(s))
            return true;
    }
    return false;
}

QString replaceAll(QString text, const QList<QString> &secrets)
{
    for (const QString &s : secrets)
        text.replace(s, kMasked);
    return text;
}

QJsonValue withoutSecrets(const QJsonValue &value, const QList<QString> &secrets)
{
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.constBegin(); it != in.constEnd(); ++it)
            out.insert(replaceAll(it.key(), secrets), withoutSecrets(it.value(), secrets));
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray in = value.toArray();
        for (const QJsonValue &v : in)
            out.append(withoutSecrets(v, secrets));
        return out;
    }
    if (value.isString())
        return replaceAll(value.toString(), secrets);
    return value;
}

// Whether a body without escapes spells none of the (ASCII) secrets, as the general check below would
// find, without making text of them: every delivery is checked, and nearly all spell none.
bool plainlyFreeOf(const QByteArray &body, const QList<QByteArray> &secrets)
{
    if (body.contains('\\'))
        return false;
    const std::string_view text(body.constData(), size_t(body.size()));
    for (const QByteArray &secret : secrets) {
        if (std::any_of(secret.cbegin(), secret.cend(), [](char c) { return uchar(c) >= 0x80; }))
            return false;
        for (const QByteArray &s : {secret, secret.startsWith("whsec_") ? secret.mid(6) : QByteArray()}) {
            if (s.size() >= 8 && text.find(std::string_view(s.constData(), size_t(s.size()))) != text.npos)
                return false;
        }
    }
    return true;
}

} // namespace

QByteArray withSecretsMasked(const QByteArray &body, const QList<QByteArray> &secrets)
{
    if (plainlyFreeOf(body, secrets))
        return body;
    const QList<QString> spellings = secretSpellings(secrets);
    if (spellings.isEmpty())
        return body;
    // Judged on the decoded text: a secret spelled with escapes, plainly or partly, is still that secret.
    bool inRaw = false;
    for (const QString &s : spellings)
        inRaw = inRaw || body.contains(s.toUtf8());
    if (!inRaw && (!body.contains('\\') || !containsAny(unescaped(body), spellings)))
        return body;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray())) {
        const QJsonValue masked =
            withoutSecrets(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), spellings);
        const QByteArray out = masked.isObject()
                                   ? QJsonDocument(masked.toObject()).toJson(QJsonDocument::Compact)
                                   : QJsonDocument(masked.toArray()).toJson(QJsonDocument::Compact);
        // The reader keeps one of two equal keys: the text written again holds only what it read.
        if (!containsAny(unescaped(out), spellings))
            return out;
    }
    // Not JSON (or written again it still spells a secret): its decoded text, decoded until no escape
    // spells a secret any more.
    QString text = replaceAll(QString::fromUtf8(body), spellings);
    for (int round = 0; round < 8 && containsAny(unescaped(text.toUtf8()), spellings); ++round)
        text = replaceAll(unescaped(text.toUtf8()), spellings);
    if (containsAny(unescaped(text.toUtf8()), spellings))
        return QByteArray(kMasked.data(), kMasked.size()); // escapes nested on purpose: nothing of it kept
    return text.toUtf8();
}

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

QString maskedDeliveryBody(const QByteArray &raw, const QList<QByteArray> &knownSecrets, int maxChars)
{
    // The known secrets first, on the decoded text (escaped spellings included), then what looks secret.
    const QByteArray body = withSecretsMasked(raw, knownSecrets);
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
