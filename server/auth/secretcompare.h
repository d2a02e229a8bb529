// Constant-time comparison of secrets (tokens, MACs): the time does not depend on where they differ.
#pragma once

#include <QByteArray>

namespace bva {

bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

// The SHA-256 digest constantTimeEquals compares: a secret kept in a cache keeps its digest, so that
// checking a presented secret against it hashes the presented one only (digestEquals).
QByteArray secretDigest(const QByteArray &secret);
// Two secretDigest() results, compared in constant time.
bool digestEquals(const QByteArray &a, const QByteArray &b);

} // namespace bva
