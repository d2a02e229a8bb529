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
// Which API BVA talks to a shop's marketplace through: the clone contract (CONTRACT.md) or a real
// platform's open API. Kept on the integration; the shop stays Platform::Shopee / Lazada either way.
enum class ApiKind { Clone, ShopeeOpen, LazadaOpen };
QString apiKindSlug(ApiKind kind); // "clone", "shopee-open", "lazada-open"
std::optional<ApiKind> apiKindFromSlug(QStringView slug);
Platform platformOfApi(ApiKind kind); // ShopeeOpen: Shopee, LazadaOpen: Lazada (Clone: Other)

inline size_t qHash(Platform p, size_t seed = 0) noexcept
{
    return ::qHash(int(p), seed);
}

} // namespace bva
