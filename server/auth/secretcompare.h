// Constant-time comparison of secrets (tokens, MACs): the time does not depend on where they differ.
#pragma once

#include <QByteArray>

namespace bva {

bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace bva
