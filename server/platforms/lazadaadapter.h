// Lazada-like clone sites (CONTRACT.md "lazada" flavour, default site port 3001). Its kebab-case
// statuses (to-ship, return-refund, ...) are understood by orderStatusFromString.
#pragma once

#include "platformadapter.h"

namespace bva {

class LazadaAdapter final : public PlatformAdapter
{
public:
    Platform platform() const override { return Platform::Lazada; }
    QString displayName() const override;
    QString defaultSiteUrl() const override;
};

} // namespace bva
