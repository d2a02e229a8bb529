// Local keys kept in the SecretVault and generated on first use: the session signing key and the
// key of the token lookup hash. Also the keyed hash itself, shared with IntegrationService:
//   integrations.token_lookup = tokenLookupKey(lookupKey, marketplaceToken)
// so that a webhook's bearer token finds its integration without the token ever being stored.
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace bva {

class SecretVault;

namespace vaultkeys {
inline constexpr auto kSessionSigningKey = "bva/session-signing-key";
inline constexpr auto kTokenLookupKey = "bva/token-lookup-key";
} // namespace vaultkeys

// Reads the key stored under `name`, or creates `bytes` random bytes and stores them.
Result<QByteArray> loadOrCreateVaultKey(SecretVault &vault, const QString &name, int bytes = 32);

// Lower-case hex HMAC-SHA256(key, token).
QString tokenLookupKey(const QByteArray &key, const QByteArray &token);
// The same with the vault's lookup key (read from the vault on each call: cache the key where it is hot).
Result<QString> tokenLookupKey(SecretVault &vault, const QByteArray &token);

} // namespace bva
