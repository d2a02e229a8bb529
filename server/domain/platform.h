// The marketplaces BVA knows. Wire names follow CONTRACT.md ("SHOPEE", "LAZADA", "TIKTOK", "OTHER").
#pragma once

#include <QHashFunctions>
#include <QString>
#include <optional>

namespace bva {

enum class Platform { Shopee, Lazada, TikTok, Other };

QString platformName(Platform p);        // "SHOPEE"
QString platformSlug(Platform p);        // "shopee"
QString platformDisplayName(Platform p); // "Shopee": what people read (Other is translated)
// Accepts "SHOPEE", "shopee", "SHOPEE_CLONE", "Shopee" and the same for the others.
std::optional<Platform> platformFromString(QStringView s);
inline size_t qHash(Platform p, size_t seed = 0) noexcept
{
    return ::qHash(int(p), seed);
}

} // namespace bva
