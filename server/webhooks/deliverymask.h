// Masks what looks secret in a webhook body before it is shown or kept outside the inbox: values of
// keys that name a secret (token, secret, signature, password, authorization, api key, ...), values
// that look like credentials (a bearer header, a signing secret or signature, a long opaque string),
// and every occurrence of the secrets given (the shop's own token and signing secret). JSON with
// nothing to mask comes back as received, else written again (compact); anything else is masked as
// text. Pure function, any thread.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace bva {

inline constexpr QLatin1StringView kMasked{"[masked]"};

// At most `maxChars` of the masked text (a longer one ends with a note that it was cut).
QString maskedDeliveryBody(const QByteArray &body, const QList<QByteArray> &knownSecrets = {},
                           int maxChars = 64 * 1024);
// `body` with every occurrence of `secrets` masked, judged on the text as a JSON reader sees it: a secret
// written with \uXXXX escapes (all or some of its letters) is found as well as one written plainly. Comes
// back as received when no secret is in it; else JSON is written again (compact) with the secret masked in
// every string and key, anything else as its unescaped text with the secret masked. Secrets shorter than
// 8 bytes are ignored; a whsec_ secret is also looked for without its prefix. What the inbox keeps.
QByteArray withSecretsMasked(const QByteArray &body, const QList<QByteArray> &secrets);
bool isSecretKey(QStringView key);
bool looksLikeSecret(QStringView value);

} // namespace bva
