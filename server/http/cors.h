// CORS for the clone sites only: the configured origins in both their localhost and 127.0.0.1
// spellings. Other origins get no CORS headers (the browser then refuses the response).
#pragma once

#include "httpreply.h"

#include <QSet>
#include <QStringList>

namespace bva {

class CorsPolicy final
{
public:
    explicit CorsPolicy(const QStringList &origins = {});

    bool allows(const QByteArray &origin) const;
    // Headers for an ordinary response to a request with this Origin (empty if not allowed).
    HeaderPairs responseHeaders(const QByteArray &origin) const;
    // Headers for an allowed preflight (OPTIONS).
    HeaderPairs preflightHeaders(const QByteArray &origin) const;
    QStringList origins() const;

private:
    QSet<QByteArray> m_origins;
};

} // namespace bva
