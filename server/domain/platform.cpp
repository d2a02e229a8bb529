#include "platform.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bva {

QString platformName(Platform p)
{
    switch (p) {
    case Platform::Shopee:
        return u"SHOPEE"_s;
    case Platform::Lazada:
        return u"LAZADA"_s;
    case Platform::TikTok:
        return u"TIKTOK"_s;
    case Platform::Other:
        break;
    }
    return u"OTHER"_s;
}

QString platformDisplayName(Platform p)
{
    switch (p) {
    case Platform::Shopee:
        return u"Shopee"_s;
    case Platform::Lazada:
        return u"Lazada"_s;
    case Platform::TikTok:
        return u"TikTok"_s;
    case Platform::Other:
        break;
    }
    // Shops of platform OTHER are BVA channels: products and offline sales kept in BVA itself.
    return QCoreApplication::translate("bva::ui::DisplayFormat", "BVA");
}

QString platformSlug(Platform p)
{
    return platformName(p).toLower();
}

std::optional<Platform> platformFromString(QStringView s)
{
    QString v = s.trimmed().toString().toUpper();
    if (v.endsWith(u"_CLONE"))
        v.chop(6);
    if (v == u"SHOPEE")
        return Platform::Shopee;
    if (v == u"LAZADA")
        return Platform::Lazada;
    if (v == u"TIKTOK")
        return Platform::TikTok;
    if (v == u"OTHER")
        return Platform::Other;
    return std::nullopt;
}

QString apiKindSlug(ApiKind kind)
{
    switch (kind) {
    case ApiKind::Clone:
        return u"clone"_s;
    case ApiKind::ShopeeOpen:
        return u"shopee-open"_s;
    case ApiKind::LazadaOpen:
        return u"lazada-open"_s;
    }
    return u"clone"_s;
}

std::optional<ApiKind> apiKindFromSlug(QStringView slug)
{
    for (ApiKind k : {ApiKind::Clone, ApiKind::ShopeeOpen, ApiKind::LazadaOpen}) {
        if (slug.compare(apiKindSlug(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

Platform platformOfApi(ApiKind kind)
{
    switch (kind) {
    case ApiKind::ShopeeOpen:
        return Platform::Shopee;
    case ApiKind::LazadaOpen:
        return Platform::Lazada;
    case ApiKind::Clone:
        break;
    }
    return Platform::Other;
}

} // namespace bva
