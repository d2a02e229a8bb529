// Shopee-like clone sites (CONTRACT.md "shopee" flavour, default site port 5173).
#pragma once

#include "platformadapter.h"

namespace bva {

class ShopeeAdapter final : public PlatformAdapter
{
public:
    Platform platform() const override { return Platform::Shopee; }
    QString displayName() const override;
    QString defaultSiteUrl() const override;
};

} // namespace bva
