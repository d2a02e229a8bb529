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
bool isSecretKey(QStringView key);
bool looksLikeSecret(QStringView value);

} // namespace bva
